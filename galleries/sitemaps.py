from django.contrib.sitemaps import Sitemap

from .models import Album


class AlbumSitemap(Sitemap):
    """The published albums' pages."""

    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Album.objects.filter(is_published=True).only("slug", "updated_at").order_by("pk")

    def lastmod(self, album):
        return album.updated_at

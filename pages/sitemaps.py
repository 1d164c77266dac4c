from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page


class PageSitemap(Sitemap):
    """/gioi-thieu/ and the introduction pages the public may see."""

    changefreq = "yearly"
    priority = 0.5

    def items(self):
        pages = Page.objects.published().only("slug", "updated_at").order_by("pk")
        return [None, *pages]  # None: the overview

    def location(self, page):
        return reverse("pages:overview") if page is None else page.get_absolute_url()

    def lastmod(self, page):
        return None if page is None else page.updated_at

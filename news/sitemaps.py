from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article, Category, EventSeries, Tag


class StaticViewSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return [
            "news:home",
            "models_registry:program_list",
            "models_registry:unit_list",
            "awards:honor_roll",
            "statistics",
        ]

    def location(self, item):
        return reverse(item)


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.active()


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7
    limit = 5000

    def items(self):
        # A stable order: the sitemap is split into pages of `limit` articles.
        return (
            Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-id")
        )

    def lastmod(self, article):
        return article.updated_at


class TagSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return Tag.objects.with_public_articles().only("slug").order_by("pk")


class SeriesSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return EventSeries.objects.filter(is_active=True).only("slug").order_by("pk")

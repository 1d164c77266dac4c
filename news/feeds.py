from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404

from .models import Article, Category, EventSeries, Tag

FEED_ITEMS = 30


class LatestArticlesFeed(Feed):
    link = "/"

    def title(self):
        return f"Tin mới – {settings.SITE_TAGLINE} {settings.SITE_NAME}"

    def description(self):
        return f"Tin tức mới nhất của {settings.SITE_NAME}."

    def items(self):
        return Article.objects.published().for_listing().prefetch_related("tags")[:FEED_ITEMS]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return article.updated_at

    def item_author_name(self, article):
        return article.byline or None

    def item_categories(self, article):
        return [article.category.name, *(tag.name for tag in article.tags.all())]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug, is_active=True)

    def title(self, category):
        return f"{category.name} – {settings.SITE_NAME}"

    def link(self, category):
        return category.get_absolute_url()

    def description(self, category):
        return (
            category.description or f"Tin tức chuyên mục {category.name} của {settings.SITE_NAME}."
        )

    def items(self, category):
        return category.articles.published().for_listing().prefetch_related("tags")[:FEED_ITEMS]


class TagFeed(CategoryFeed):
    """The feed of a tag's public articles: /the/<slug>/rss/."""

    def get_object(self, request, slug):
        return get_object_or_404(Tag.objects.with_public_articles(), slug=slug)

    def description(self, tag):
        return f"Tin tức gắn thẻ {tag.name} của {settings.SITE_NAME}."


class SeriesFeed(CategoryFeed):
    """The feed of an event series: /dong-su-kien/<slug>/rss/."""

    def get_object(self, request, slug):
        return get_object_or_404(EventSeries, slug=slug, is_active=True)

    def description(self, series):
        return series.description or f"Dòng sự kiện {series.name} của {settings.SITE_NAME}."

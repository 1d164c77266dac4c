import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils import timezone

from .models import Document

FEED_ITEMS = 30


class LatestDocumentsFeed(Feed):
    """The latest published documents: /van-ban/rss/."""

    link = reverse_lazy("documents:list")

    def title(self):
        return f"Văn bản mới – {settings.SITE_NAME}"

    def description(self):
        return f"Văn bản mới ban hành của {settings.SITE_NAME}."

    def items(self):
        return Document.objects.published().select_related("type", "issuer")[:FEED_ITEMS]

    def item_title(self, document):
        return f"{document.title}: {document.summary}"

    def item_description(self, document):
        return f"{document.issuer.name}, ngày {document.issued:%d/%m/%Y}. {document.summary}"

    def item_pubdate(self, document):
        return timezone.make_aware(datetime.datetime.combine(document.issued, datetime.time()))

    def item_updateddate(self, document):
        return document.updated_at

    def item_categories(self, document):
        return [document.type.name, document.issuer.name]

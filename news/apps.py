from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_save


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Tin tức"

    def ready(self):
        from .models import Article, Attachment, parts_added

        # Article.has_parts follows what is added, whoever adds it (news.models.parts_added).
        m2m_changed.connect(parts_added, sender=Article.tags.through, dispatch_uid="news-tags")
        m2m_changed.connect(
            parts_added, sender=Article.related.through, dispatch_uid="news-related"
        )
        post_save.connect(parts_added, sender=Attachment, dispatch_uid="news-attachments")

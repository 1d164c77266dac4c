from django.apps import AppConfig
from django.db.models.signals import m2m_changed


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Văn bản"

    def ready(self):
        from news.models import articles_linked

        from .models import Document

        # An article's page reads its documents only when it has parts (news.Article.has_parts).
        m2m_changed.connect(
            articles_linked, sender=Document.articles.through, dispatch_uid="documents-articles"
        )

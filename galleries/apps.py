from django.apps import AppConfig
from django.db.models.signals import m2m_changed


class GalleriesConfig(AppConfig):
    name = "galleries"
    verbose_name = "Thư viện ảnh"

    def ready(self):
        from news.models import articles_linked

        from .models import Album

        # An article's page reads its albums only when it has parts (news.Article.has_parts).
        m2m_changed.connect(
            articles_linked, sender=Album.articles.through, dispatch_uid="galleries-articles"
        )

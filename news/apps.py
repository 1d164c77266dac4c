from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Tin tức"

    def ready(self):
        from mttq_portal.pagecache import bump_on_change

        # Ratings and view counts are not cached: the article page reads them per request.
        bump_on_change(self.get_model("Category"), self.get_model("Article"))

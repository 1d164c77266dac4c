from django.contrib.sitemaps import Sitemap

from .models import AwardDecision


class DecisionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return AwardDecision.objects.only("pk", "updated_at").order_by("pk")

    def lastmod(self, decision):
        return decision.updated_at

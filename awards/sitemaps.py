from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef

from .models import AwardDecision, Commendation, Recipient


class DecisionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return AwardDecision.objects.only("pk", "updated_at").order_by("pk")

    def lastmod(self, decision):
        return decision.updated_at


class RecipientSitemap(Sitemap):
    """The recipients' pages: those with a public commendation (others have none)."""

    changefreq = "monthly"
    priority = 0.3

    def items(self):
        public = Commendation.objects.public().filter(recipient=OuterRef("pk"))
        return Recipient.objects.filter(Exists(public)).only("pk", "slug").order_by("pk")

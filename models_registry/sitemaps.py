from django.contrib.sitemaps import Sitemap

from .models import ModelProgram, PilotUnit


class ModelProgramSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return ModelProgram.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, program):
        return program.updated_at


class PilotUnitSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return PilotUnit.objects.only("slug").order_by("pk")

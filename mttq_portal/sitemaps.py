"""Every app's sitemaps, gathered for /sitemap.xml."""

from awards.sitemaps import DecisionSitemap
from models_registry.sitemaps import ModelProgramSitemap, PilotUnitSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap, StaticViewSitemap

SITEMAPS = {
    "pages": StaticViewSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "models": ModelProgramSitemap,
    "units": PilotUnitSitemap,
    "decisions": DecisionSitemap,
}

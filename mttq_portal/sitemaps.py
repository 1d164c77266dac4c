"""Every app's sitemaps, gathered for /sitemap.xml."""

from awards.sitemaps import DecisionSitemap, RecipientSitemap
from models_registry.sitemaps import ModelProgramSitemap, PilotUnitSitemap
from news.sitemaps import (
    ArticleSitemap,
    CategorySitemap,
    SeriesSitemap,
    StaticViewSitemap,
    TagSitemap,
)

SITEMAPS = {
    "pages": StaticViewSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "series": SeriesSitemap,
    "tags": TagSitemap,
    "models": ModelProgramSitemap,
    "units": PilotUnitSitemap,
    "decisions": DecisionSitemap,
    "recipients": RecipientSitemap,
}

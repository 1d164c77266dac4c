"""Every app's sitemaps, gathered for /sitemap.xml."""

from awards.sitemaps import DecisionSitemap, RecipientSitemap
from documents.sitemaps import DocumentSitemap
from galleries.sitemaps import AlbumSitemap
from models_registry.sitemaps import ModelProgramSitemap, PilotUnitSitemap
from news.sitemaps import (
    ArticleSitemap,
    CategorySitemap,
    SeriesSitemap,
    StaticViewSitemap,
    TagSitemap,
)
from pages.sitemaps import PageSitemap

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
    "documents": DocumentSitemap,
    "albums": AlbumSitemap,
    "about": PageSitemap,
}

"""The public pages of the news. The site-wide search lives in mttq_portal.search."""

from .article import ArticleView
from .lists import CategoryView, HomeView, SeriesView, TagView
from .rating import rate

__all__ = ["ArticleView", "CategoryView", "HomeView", "SeriesView", "TagView", "rate"]

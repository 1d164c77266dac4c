import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from . import views
from .search import SearchView
from .sitemaps import SITEMAPS
from .statistics import StatisticsView

admin.site.site_header = f"Quản trị – {settings.SITE_NAME}"
admin.site.site_title = "Quản trị cổng thông tin"
admin.site.index_title = "Bảng điều khiển"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("so-do-trang/", views.SiteMapPageView.as_view(), name="site_map"),
    # Not cached: an article taken down must leave the sitemap at once.
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("tim-kiem/", SearchView.as_view(), name="search"),
    path("thong-ke/", StatisticsView.as_view(), name="statistics"),
    path("", include("news.urls")),
    path("", include("models_registry.urls")),
    path("", include("awards.urls")),
    path("", include("pages.urls")),
    path("", include("documents.urls")),
    path("", include("galleries.urls")),
]

if settings.DEBUG and not urlsplit(settings.MEDIA_URL).netloc:
    # In production the web server in front serves MEDIA_ROOT (deploy/nginx.conf).
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", views.media)
    )

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import SuspiciousOperation
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from .pagecache import PublicPageMixin


@require_safe
@never_cache
def healthz(request):
    """Answer each dependency's state: 200 while the database answers, "degraded" when only the
    cache does not (the site serves every page without it), 503 when the database does not."""
    database = _database_state()
    cache = _cache_state()
    if database["status"] != "ok":
        status, http_status = "error", 503
    elif cache["status"] != "ok":
        status, http_status = "degraded", 200
    else:
        status, http_status = "ok", 200
    return JsonResponse(
        {"status": status, "database": database, "cache": cache}, status=http_status
    )


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return {"status": "unavailable"}
    return {"status": "ok"}


def _cache_state():
    cache = caches["default"]
    if hasattr(cache, "ping"):  # mttq_portal.cache.RedisCache: a PING bounded by its timeout
        return {"status": "ok" if cache.ping() else "unavailable", "backend": "redis"}
    if isinstance(cache, LocMemCache):
        return {"status": "ok", "backend": "local-memory"}
    return {"status": "ok", "backend": type(cache).__name__}


@require_safe
@cache_control(max_age=86400, public=True)
@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """/favicon.ico, which browsers ask for whatever the page links: the static icon."""
    return HttpResponsePermanentRedirect(staticfiles_storage.url("img/favicon.ico"))


class SiteMapPageView(PublicPageMixin, TemplateView):
    """/so-do-trang/: every section of the portal for readers (the XML sitemap stays for
    search engines): the menu's groups, the introduction pages with their children, the event
    series, the feeds."""

    template_name = "mttq_portal/site_map.html"

    def get_context_data(self, **kwargs):
        from news.models import EventSeries
        from pages.models import Page

        context = super().get_context_data(**kwargs)
        context["series"] = EventSeries.objects.with_public_articles().order_by("name")
        context["about_pages"] = Page.objects.for_navigation()
        return context


def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.ADMIN_URL}",
        "Disallow: /tim-kiem/",
        "Allow: /",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# Uploaded files served in development (DEBUG) with the headers deploy/snippets/mttq-http.conf
# and mttq-media.conf give them in production: never sniffed, sandboxed unless a PDF (browsers'
# PDF viewers do not run in a sandboxed document; a PDF may load nothing), and downloaded
# unless an image or a PDF.
MEDIA_POLICIES = {
    "pdf": "default-src 'none'; object-src 'self'; img-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'",
    "image": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
    "frame-ancestors 'self'",
    "other": "sandbox; default-src 'none'; frame-ancestors 'none'",
}
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp")


@require_safe
def media(request, path):
    """Serve an uploaded file in development, or 404 (a name too long or too strange for the
    file system, or outside MEDIA_ROOT, is not a file we stored)."""
    from django.views.static import serve

    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError, SuspiciousOperation) as error:
        raise Http404("Không có tệp này.") from error
    name = path.lower()
    kind = (
        "pdf" if name.endswith(".pdf") else "image" if name.endswith(IMAGE_EXTENSIONS) else "other"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_POLICIES[kind]
    if kind == "other":
        response["Content-Disposition"] = "attachment"
    return response

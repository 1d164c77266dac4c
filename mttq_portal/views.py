from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe


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

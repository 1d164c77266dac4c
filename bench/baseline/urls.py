import weakref

from django.db import connection
from django.http import Http404, HttpResponse
from django.urls import path
from django.utils.html import escape

PAGE = (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
    "<title>Trang chuẩn</title></head>"
    "<body><h1>Trang chuẩn</h1><p>Một trang ngắn để đo Django trần.</p></body></html>\n"
)


def short_page(request):
    return HttpResponse(PAGE)


# The floor of a counted article page: what one statement to PostgreSQL per request costs,
# with nothing else (no middleware, no template, no cookie). The statement is the portal's
# cheapest possible: prepared once per connection, committed asynchronously, reading the
# article by its slug and writing its row as counting a view does, without changing the count
# (the benchmark checks the portal's counts). The page is as long as an article page.
FLOOR_STATEMENT = (
    "PREPARE bench_floor(text) AS UPDATE news_article SET view_count = view_count "
    "WHERE slug = $1 AND status = 'published' AND published_at <= now() RETURNING title, body"
)
FLOOR_FRAME = (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
    "</head><body>" + "<p>Khung trang.</p>" * 800 + "<h1>{title}</h1>{body}</body></html>\n"
)
_prepared = weakref.WeakSet()


def floor_page(request, slug):
    with connection.cursor() as cursor:
        if connection.connection not in _prepared:
            cursor.execute(FLOOR_STATEMENT)
            _prepared.add(connection.connection)
        cursor.execute("SET LOCAL synchronous_commit TO OFF; EXECUTE bench_floor(%s)", [slug])
        row = cursor.fetchone()
    if row is None:
        raise Http404
    return HttpResponse(FLOOR_FRAME.format(title=escape(row[0]), body=row[1]))


urlpatterns = [path("", short_page), path("san/<slug:slug>/", floor_page)]

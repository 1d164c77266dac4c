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
# with nothing else (no middleware, no template, no cookie). The statement is the cheapest a
# counting page can send: it reads the article by its slug and writes its row as counting a
# view does, without changing the count (the benchmark checks the portal's counts exactly).
# It goes through the raw psycopg 3 connection with prepare=True, so psycopg prepares it on the
# connection's first request and every later request only executes it with the slug bound
# apart from the text: one round trip, no parsing. That needs the server-side binding and the
# prepare_threshold of bench/baseline/settings.py: with Django's defaults psycopg would prepare
# nothing and say nothing. It commits at once (Django keeps the connection in autocommit) and
# asynchronously, as the portal's counted views do: the connection starts with
# synchronous_commit=off (the same settings), since psycopg 3 with server-side binding cannot
# send a SET LOCAL and the statement in one execute(). The page is as long as an article page.
FLOOR_STATEMENT = (
    "UPDATE news_article SET view_count = view_count "
    "WHERE slug = %s AND status = 'published' AND published_at <= now() RETURNING title, body"
)
FLOOR_FRAME = (
    '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
    "</head><body>" + "<p>Khung trang.</p>" * 800 + "<h1>{title}</h1>{body}</body></html>\n"
)


def floor_page(request, slug):
    # Django's cursor wrapper has no prepare= argument; the raw psycopg cursor has.
    connection.ensure_connection()
    with connection.connection.cursor() as cursor:
        cursor.execute(FLOOR_STATEMENT, [slug], prepare=True)
        row = cursor.fetchone()
    if row is None:
        raise Http404
    return HttpResponse(FLOOR_FRAME.format(title=escape(row[0]), body=row[1]))


urlpatterns = [path("", short_page), path("san/<slug:slug>/", floor_page)]

"""Two gunicorn app servers on one PostgreSQL (and one Redis when present) add up as one.

Readers, voters and an editor go to both servers in turn: a reader's reload on the other
server is the same visit, a vote's CSRF token from one server is good on the other, an admin
session opened on one is good on the other, and every count adds up. Nothing may live in one
process's memory.
"""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.urls import reverse

from news.models import Article
from tests.news.factories import ArticleFactory, UserFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="several app servers need a database server; in-memory SQLite is one process's",
    ),
]

GUNICORN = Path(sys.executable).with_name("gunicorn")
REDIS_TEST_DB = 3
PASSWORD = "Mật-khẩu-thử-2025"
# The editor's password is checked by the gunicorn servers, which use the production hashers.
REAL_PASSWORD_HASHERS = True
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126"
READERS = 8
SCORES = [5, 4, 4, 3, 5, 2]  # fewer than the rating limit of one address


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url() -> str:
    """Return the URL of a scratch Redis database, emptied, or "" when Redis is not running."""
    url = f"redis://127.0.0.1:6379/{REDIS_TEST_DB}"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).flushdb()
    except redis.RedisError:
        return ""
    return url


def database_url() -> str:
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


class Browser:
    """One reader's browser: its own cookie jar, no redirects followed."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), self._NoRedirect
        )

    def request(self, url, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(url, data=data, headers={"User-Agent": BROWSER})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with id `form_id`."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside or "disabled" in a:
            return
        kind = a.get("type", "text")
        if tag == "input" and a.get("name") and kind not in {"submit", "button", "file", "image"}:
            if kind not in {"checkbox", "radio"}:
                self.fields.append((a["name"], a.get("value", "")))
            elif "checked" in a:
                self.fields.append((a["name"], a.get("value", "on")))
        elif tag == "select":
            self._select = [a.get("name"), None, "multiple" in a]
        elif tag == "option" and self._select:
            if "selected" in a:
                self.fields.append((self._select[0], a.get("value", "")))
                self._select[1] = "chosen"
            elif self._select[1] is None and not self._select[2]:
                self._select[1] = a.get("value", "")  # a browser's default: the first option
        elif tag == "textarea":
            self._textarea = [a.get("name"), ""]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            name, first, _ = self._select
            if first not in (None, "chosen"):
                self.fields.append((name, first))
            self._select = None
        elif tag == "textarea" and self._textarea:
            name, text = self._textarea
            self.fields.append((name, text.removeprefix("\n")))
            self._textarea = None


def form_fields(page, form_id):
    parser = FormFields(form_id)
    parser.feed(page)
    return parser.fields


def csrf_token(page):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]


@pytest.fixture
def app_servers(tmp_path):
    """Start two gunicorn servers on free ports; yield their base URLs; always stop them."""
    assert GUNICORN.exists(), GUNICORN
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,  # one key: sessions and signed cookies
        "DJANGO_HTTPS": "0",
        "DJANGO_STATIC_MANIFEST": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "REDIS_URL": redis_url(),
    }
    servers, urls = [], []
    try:
        for name in ["a", "b"]:
            port = free_port()
            log = open(tmp_path / f"gunicorn-{name}.log", "wb")  # noqa: SIM115
            servers.append(
                subprocess.Popen(
                    [
                        str(GUNICORN),
                        "mttq_portal.wsgi:application",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "2",
                        "--preload",  # load Django once, before the workers fork
                    ],
                    cwd=settings.BASE_DIR,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url, server in zip(urls, servers, strict=True):
            wait_until_up(url, server, tmp_path)
        yield urls
    finally:
        for server in servers:
            server.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        for server in servers:
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if env["REDIS_URL"]:
            redis_url()  # empty the scratch Redis database again


def wait_until_up(url, server, tmp_path):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            logs = "\n".join(p.read_text(errors="replace") for p in tmp_path.glob("*.log"))
            pytest.fail(f"gunicorn stopped with code {server.returncode}:\n{logs}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)  # polling for start-up, not waiting for a result
    pytest.fail(f"{url} did not start within 60 s")


@pytest.mark.django_db(transaction=True)  # the servers must see the rows: they are committed
def test_two_app_servers_share_counts_sessions_and_csrf(app_servers):
    server_a, server_b = app_servers
    article = ArticleFactory(title="Hội nghị tổng kết 5 năm xây dựng mô hình điểm")
    UserFactory(username="bientap", is_staff=True, is_superuser=True)
    path = article.get_absolute_url()
    rate_path = path + "danh-gia/"

    # Readers: each a new browser, reading on one server and reloading on the other.
    for n in range(READERS):
        reader = Browser()
        first, second = (server_a, server_b) if n % 2 == 0 else (server_b, server_a)
        assert reader.request(first + path)[0] == 200
        assert reader.request(second + path)[0] == 200

    # Voters: the form (and its CSRF token) from A, the vote to B.
    for score in SCORES:
        voter = Browser()
        status, page = voter.request(server_a + path)
        assert status == 200
        status, answer = voter.request(
            server_b + rate_path, {"csrfmiddlewaretoken": csrf_token(page), "score": score}
        )
        assert status in {200, 302, 303}, answer[:500]

    # The editor: logs in on A, saves the article through the admin change form on B.
    editor = Browser()
    login_url = reverse("admin:login")
    status, page = editor.request(server_a + login_url)
    assert status == 200
    status, _ = editor.request(
        server_a + login_url,
        {
            "csrfmiddlewaretoken": csrf_token(page),
            "username": "bientap",
            "password": PASSWORD,
            "next": reverse("admin:index"),
        },
    )
    assert status == 302
    change_url = reverse("admin:news_article_change", args=[article.pk])
    status, page = editor.request(server_b + change_url)
    assert status == 200
    fields = [(k, v) for k, v in form_fields(page, "article_form") if k != "title"]
    fields += [("title", "Hội nghị tổng kết (đã biên tập)"), ("_save", "Lưu")]
    status, answer = editor.request(server_b + change_url, fields)
    assert status == 302, re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', answer)

    # One more reader after the edit, on B: the new title, counted once more.
    status, page = Browser().request(server_b + path)
    assert status == 200
    assert "Hội nghị tổng kết (đã biên tập)" in page

    article.refresh_from_db()
    assert article.title == "Hội nghị tổng kết (đã biên tập)"
    # Every distinct visit once: the readers, the voters (who read before voting), the last one.
    assert article.view_count == READERS + len(SCORES) + 1
    assert article.rating_count == len(SCORES)
    assert article.rating_sum == sum(SCORES)
    assert Article.objects.count() == 1

"""Content Security Policy and Permissions-Policy on the public pages and the admin."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from mttq_portal.middleware import ContentSecurityPolicyMiddleware
from tests.mttq_portal.public_site import populate_public_site
from tests.news.factories import ArticleFactory, UserFactory

PUBLIC_PAGES = [
    "home",
    "category",
    "article",
    "search",
    "program_list",
    "program",
    "unit_list",
    "unit",
    "statistics",
    "honor_roll",
    "decision",
]


def directives(header: str) -> dict[str, list[str]]:
    """Return a policy header as {directive: [sources]}."""
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


class ScriptAudit(HTMLParser):
    """Collect inline scripts and inline event handler attributes of a page."""

    def __init__(self):
        super().__init__()
        self.inline_scripts = []  # attributes of <script> elements without src
        self.event_handlers = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.event_handlers += [f"<{tag} {name}>" for name, _ in attrs if name.startswith("on")]
        if tag == "script" and not attributes.get("src"):
            self.inline_scripts.append(attributes)


@pytest.fixture
def public_urls(db):
    return populate_public_site()


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_page_has_strict_content_security_policy(client, public_urls, page):
    response = client.get(public_urls[page])

    assert response.status_code == 200
    policy = directives(response.headers["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in " ".join(response.headers["Content-Security-Policy"].split())
    assert "'unsafe-inline'" not in policy["style-src"]
    assert {"'self'", "data:"} <= set(policy["img-src"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_page_has_no_inline_script_or_event_handler(client, public_urls, page):
    response = client.get(public_urls[page])
    audit = ScriptAudit()
    audit.feed(response.content.decode())

    policy = directives(response.headers["Content-Security-Policy"])
    nonces = {s.removeprefix("'nonce-").removesuffix("'") for s in policy["script-src"][1:]}
    runnable = [
        attributes
        for attributes in audit.inline_scripts
        if attributes.get("type") not in {"application/ld+json", "application/json"}
        and attributes.get("nonce") not in nonces
    ]
    assert runnable == []
    assert audit.event_handlers == []


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_page_switches_off_unused_browser_features(client, public_urls, page):
    response = client.get(public_urls[page])

    policy = response.headers["Permissions-Policy"]
    for feature in ["camera", "microphone", "geolocation", "interest-cohort"]:
        assert f"{feature}=()" in policy


def test_error_pages_carry_the_security_headers(client, db):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_inline_script_with_the_request_nonce_is_allowed_by_the_header():
    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')

    request = RequestFactory().get("/")
    middleware = ContentSecurityPolicyMiddleware(view)
    response = middleware(request)

    nonce = re.search(r'nonce="([^"]+)"', response.content.decode())[1]
    assert (
        f"'nonce-{nonce}'" in directives(response.headers["Content-Security-Policy"])["script-src"]
    )


@pytest.fixture
def superuser_client(client, db):
    user = UserFactory(username="quantri", is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def test_admin_has_its_own_policy_for_ckeditor(superuser_client):
    public = superuser_client.get("/khong-co-trang-nay/").headers["Content-Security-Policy"]
    response = superuser_client.get(reverse("admin:index"))

    assert response.status_code == 200
    admin_policy = response.headers["Content-Security-Policy"]
    assert admin_policy != public
    policy = directives(admin_policy)
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-eval'" not in admin_policy
    assert "'unsafe-inline'" in policy["style-src"]
    assert {"'self'", "data:", "blob:"} <= set(policy["img-src"])
    assert policy["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response.headers["Permissions-Policy"]


def test_ckeditor_upload_url_gets_the_admin_policy(superuser_client, settings):
    upload_url = reverse(settings.CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME)

    response = superuser_client.get(upload_url)

    assert "blob:" in directives(response.headers["Content-Security-Policy"])["img-src"]


def test_article_change_page_loads_ckeditor_from_static_files(superuser_client):
    article = ArticleFactory()

    response = superuser_client.get(reverse("admin:news_article_change", args=[article.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', page)
    stylesheets = re.findall(r'<link[^>]*href="([^"]+\.css)"', page)
    ckeditor_files = [
        url for url in scripts + stylesheets if "django_ckeditor_5/" in url
    ]  # bundle.js, its translation, styles.css
    assert any(url.endswith("bundle.js") for url in ckeditor_files)
    assert any(url.endswith(".css") for url in ckeditor_files)
    for url in ckeditor_files:
        # Same-origin static files: allowed by script-src/style-src 'self'.
        assert url.startswith("/static/")
        assert finders.find(url.removeprefix("/static/")), url
    audit = ScriptAudit()
    audit.feed(page)
    assert [
        s for s in audit.inline_scripts if s.get("type") not in {"application/json"}
    ] == []  # CKEditor's configuration is JSON data (json_script), not code


@pytest.mark.django_db
def test_a_session_cookie_with_a_nul_byte_is_no_session_not_a_server_error(client):
    article = ArticleFactory()
    client.cookies["sessionid"] = "abc\x00defghijklmnop"
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.wsgi_request.user.is_anonymous

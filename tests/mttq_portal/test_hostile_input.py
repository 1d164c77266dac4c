"""Hostile input at every public URL and every public POST: never a 5xx, never an echo.

Generated query strings, form bodies, path segments and headers carry script markers, NUL
bytes, lone surrogates (as the UTF-8 bytes '%ED%A0%80' a browser would never send), broken
percent-encoding, repeated parameters and 10,000-character values. The test client raises any
exception a view lets through, so a 500 fails the test with its traceback and the example.
"""

import re
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mttq_portal.public_site import populate_public_site, rating_url

MARKERS = ["<script>x</script>", '"><img src=x onerror=alert(1)>']
# What must never appear in a page: the markers' tags as the browser would parse them.
RAW_MARKERS = [b"<script>x</script>", b"<img src=x onerror=alert(1)>"]
BROKEN = [
    "%zz", "%E0%A4", "%", "%%", "%ED%A0%80", "%ED%BF%BF", "%00", "%C0%AF", "%FF%FE",
    "%F4%90%80%80", "%2e%2e%2f", "+", "%2B", "&", "=", ";", "%0D%0ASet-Cookie:%20x=1",
]  # fmt: skip
LONG = 10_000
# Parameter names any of the pages might read, besides those found in their forms and links.
COMMON_NAMES = [
    "q", "page", "score", "sort", "order", "year", "nam", "status", "format", "next",
    "csrfmiddlewaretoken", "username", "password", "utm_source",
]  # fmt: skip
PATH_TEMPLATES = [
    "/tin-tuc/{}/", "/chuyen-muc/{}/", "/chuyen-muc/{}/rss/", "/mo-hinh/{}/",
    "/don-vi-diem/{}/", "/khen-thuong/{}/", "/tin-tuc/{}/danh-gia/", "/{}", "/{}/",
    "/tim-kiem/{}", "/static/{}", "/media/{}",
]  # fmt: skip
HEADERS = [
    "HTTP_USER_AGENT", "HTTP_REFERER", "HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE",
    "HTTP_ACCEPT_ENCODING", "HTTP_COOKIE", "HTTP_X_FORWARDED_FOR", "HTTP_X_REQUESTED_WITH",
    "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_NONE_MATCH", "HTTP_ORIGIN", "HTTP_RANGE",
    "CONTENT_TYPE",
]  # fmt: skip
COOKIE_NAMES = ["csrftoken", "sessionid", "voter", "da_xem", "messages"]
ECHOING_TYPES = ("text/html", "application/xml", "application/rss+xml", "text/xml", "text/plain")

HYPOTHESIS = settings(
    max_examples=200,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def encode(text: str) -> str:
    """Percent-encode `text` as UTF-8, lone surrogates included (as a broken client would)."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


# Any Unicode text, surrogates (category Cs) and NUL included.
any_text = st.text(st.characters(exclude_categories=()), max_size=20)
with_marker = st.builds(
    lambda before, marker, after: before + marker + after,
    any_text,
    st.sampled_from(MARKERS),
    any_text,
)
# Values ready for a query string or a urlencoded body: ASCII, percent-encoded or deliberately not.
encoded_values = st.one_of(
    any_text.map(encode),
    with_marker.map(encode),
    st.sampled_from(MARKERS),  # unencoded: Django must still parse and escape them
    st.sampled_from(BROKEN),
    st.lists(st.one_of(st.sampled_from(BROKEN), any_text.map(encode)), max_size=6).map("".join),
    st.integers().map(str),
    st.sampled_from(["a" * LONG, encode("ê" * (LONG // 2)), encode(MARKERS[1] * (LONG // 30))]),
)
# Header values: WSGI hands them over as latin-1 text.
header_values = st.one_of(
    st.binary(max_size=60).map(lambda raw: raw.decode("latin-1")),
    with_marker.map(lambda text: text.encode("utf-8", "surrogatepass").decode("latin-1")),
    st.sampled_from(MARKERS + BROKEN + ["x" * LONG, "\x00", "1.2.3.4, 5.6.7.8", "unknown"]),
)
cookie_headers = st.lists(
    st.tuples(st.sampled_from(COOKIE_NAMES), header_values), min_size=1, max_size=3
).map(lambda pairs: "; ".join(f"{name}={value}" for name, value in pairs))


class FieldNames(HTMLParser):
    """Collect the names of form fields and of the query parameters in links."""

    def __init__(self):
        super().__init__()
        self.names = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in {"input", "select", "textarea", "button"} and attributes.get("name"):
            self.names.add(attributes["name"])
        if tag == "a" and attributes.get("href"):
            query = urlsplit(attributes["href"]).query
            self.names.update(part.split("=")[0] for part in query.split("&") if part)


@pytest.fixture
def site_urls(db):
    """The populated site: its public GET URLs and POST URLs."""
    urls = populate_public_site()
    urls["category_rss"] = urls["category"] + "rss/"
    get_urls = sorted({url.split("?")[0] for url in urls.values()})
    get_urls += ["/sitemap.xml", "/robots.txt", "/healthz", reverse("admin:login")]
    post_urls = [
        rating_url(urls["article"]),
        reverse("admin:login"),
        reverse(
            django_settings.CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME
        ),  # staff only; strangers get refused
    ]
    return {"get": get_urls, "post": post_urls}


@pytest.fixture
def site(site_urls):
    """The populated site's URLs, and the parameter names its forms and links use."""
    parser = FieldNames()
    for url in site_urls["get"]:
        parser.feed(Client().get(url).content.decode(errors="replace"))
    return {**site_urls, "names": sorted(parser.names | set(COMMON_NAMES))}


def query_strings(names):
    name = st.one_of(st.sampled_from(names), any_text.map(encode), st.sampled_from(BROKEN))
    pair = st.one_of(
        st.tuples(name, encoded_values).map("=".join),
        name,  # a key without "="
    )
    repeated = st.tuples(st.sampled_from(names), st.lists(encoded_values, min_size=2, max_size=4))
    return st.one_of(
        st.lists(pair, max_size=6).map("&".join),
        repeated.map(lambda kv: "&".join(f"{kv[0]}={value}" for value in kv[1])),
    )


def assert_safe(response, request_description):
    assert response.status_code < 500, request_description
    content_type = response.get("Content-Type", "")
    if content_type.startswith(ECHOING_TYPES) and not getattr(response, "streaming", False):
        body = response.content.lower()
        for marker in RAW_MARKERS:
            assert marker not in body, f"unescaped {marker!r} in {request_description}"


def fresh_client():
    # Each example starts clean: no rate limit left over from the previous ones.
    cache.clear()
    return Client()


@HYPOTHESIS
@given(data=st.data())
def test_query_strings_never_break_a_public_page(site, data):
    url = data.draw(st.sampled_from(site["get"]), label="url")
    query = data.draw(query_strings(site["names"]), label="query")

    response = fresh_client().get(url, QUERY_STRING=query)

    assert_safe(response, f"GET {url}?{query[:300]}")


@HYPOTHESIS
@given(template=st.sampled_from(PATH_TEMPLATES), segment=encoded_values)
def test_path_segments_never_break_a_public_page(site, template, segment):
    path = template.format(segment)

    response = fresh_client().get(path)

    assert_safe(response, f"GET {path[:300]}")


@HYPOTHESIS
@given(data=st.data())
def test_form_posts_never_break_a_public_post(site, data):
    url = data.draw(st.sampled_from(site["post"]), label="url")
    body = data.draw(query_strings(site["names"]), label="body")
    accept = data.draw(st.sampled_from(["text/html", "application/json", "*/*"]), label="accept")

    response = fresh_client().post(
        url, body, content_type="application/x-www-form-urlencoded", HTTP_ACCEPT=accept
    )

    assert_safe(response, f"POST {url} {body[:300]!r}")


@HYPOTHESIS
@given(
    data=st.data(),
    fields=st.dictionaries(
        st.sampled_from(COMMON_NAMES), st.one_of(st.sampled_from(MARKERS), st.text(max_size=30))
    ),
)
def test_multipart_posts_never_break_a_public_post(site, data, fields):
    url = data.draw(st.sampled_from(site["post"]), label="url")

    response = fresh_client().post(url, fields)

    assert_safe(response, f"POST multipart {url} {fields!r}")


@HYPOTHESIS
@given(
    data=st.data(),
    headers=st.dictionaries(st.sampled_from(HEADERS), header_values, min_size=1, max_size=4),
    cookie=st.one_of(st.none(), cookie_headers),
    behind_proxy=st.booleans(),
)
def test_headers_never_break_a_public_page(site, data, headers, cookie, behind_proxy):
    method = data.draw(st.sampled_from(["GET", "POST"]), label="method")
    url = data.draw(st.sampled_from(site["get"] if method == "GET" else site["post"]), label="url")
    if cookie is not None:
        headers["HTTP_COOKIE"] = cookie
    client = fresh_client()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            django_settings, "CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR" if behind_proxy else ""
        )
        if method == "GET":
            response = client.get(url, **headers)
        else:
            headers.pop("CONTENT_TYPE", None)
            response = client.post(url, {"score": "4", "username": "a", "password": "b"}, **headers)

    assert_safe(response, f"{method} {url} {headers!r}")


CASES = [
    "q=%00",
    "q=%ED%A0%80",
    "q=a%ED%A0%80b&page=%ED%BF%BF",
    "q=%zz&page=%E0%A4",
    "q=" + "a" * LONG,
    "q=" + encode(MARKERS[0]),
    "q=" + encode(MARKERS[1]),
    "q=1&q=2&q=3&page=1&page=2",
    "page=%00",
    "page=-1",
    "page=99999999999999999999999",
    "page=last",
]


@pytest.mark.parametrize("query", CASES)
def test_known_nasty_query_strings_on_every_public_page(site_urls, query):
    for url in site_urls["get"]:
        response = fresh_client().get(url, QUERY_STRING=query)
        assert_safe(response, f"GET {url}?{query[:100]}")


@pytest.mark.parametrize("body", [*CASES, "score=%00", "score=1e9", "score=4&score=5"])
def test_known_nasty_form_bodies_on_every_public_post(site_urls, body):
    for url in site_urls["post"]:
        response = fresh_client().post(url, body, content_type="application/x-www-form-urlencoded")
        assert_safe(response, f"POST {url} {body[:100]}")


@pytest.mark.parametrize("host", ["evil.example", "mattran.example.gov.vn.evil.example", "a b"])
def test_unknown_host_is_refused_with_400(db, host):
    response = Client().get("/", HTTP_HOST=host)

    assert response.status_code == 400


def test_search_echoes_the_query_escaped(db):
    response = fresh_client().get(reverse("search"), {"q": MARKERS[1]})

    assert response.status_code == 200
    assert re.search(rb"&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;", response.content)

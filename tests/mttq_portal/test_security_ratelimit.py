"""Rate limits on search and rating, end to end, per client address (an IPv6 client's /64).

The limits themselves belong to the news views; these tests send requests until the 429 comes,
so they hold whatever sensible limit is chosen.
"""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from mttq_portal.ratelimit import client_ip, client_key, rate_key
from tests.news.factories import ArticleFactory

MOST_REQUESTS = 300  # a limit above this would not stop a flood
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def search(client, **headers):
    return client.get(reverse("search"), {"q": "mô hình"}, **headers)


def rate(client, article, **headers):
    return client.post(article.get_absolute_url() + "danh-gia/", {"score": 4}, **headers)


def requests_until_limited(send):
    """Call `send()` until it answers 429; return how many calls were let through."""
    for allowed in range(MOST_REQUESTS):
        response = send()
        if response.status_code == 429:
            return allowed, response
        assert response.status_code < 500
    pytest.fail(f"no 429 after {MOST_REQUESTS} requests")


def test_searches_past_the_limit_get_429_in_vietnamese(client, db):
    allowed, response = requests_until_limited(lambda: search(client, REMOTE_ADDR="10.1.1.1"))

    assert allowed >= 10  # a reader refining a search is never stopped
    assert VIETNAMESE.search(response.content.decode())


def test_search_limit_of_one_address_leaves_other_readers_unaffected(client, db):
    requests_until_limited(lambda: search(client, REMOTE_ADDR="10.1.1.1"))

    assert search(Client(), REMOTE_ADDR="10.2.2.2").status_code == 200


def test_ratings_past_the_limit_get_429_in_vietnamese(client, db):
    article = ArticleFactory()

    allowed, response = requests_until_limited(
        lambda: rate(Client(), article, REMOTE_ADDR="10.1.1.1")
    )

    assert allowed >= 3
    assert VIETNAMESE.search(response.content.decode())


def test_rating_limit_answers_json_to_scripts(db):
    article = ArticleFactory()

    _, response = requests_until_limited(
        lambda: rate(Client(), article, REMOTE_ADDR="10.1.1.1", HTTP_ACCEPT="application/json")
    )

    assert response["Content-Type"].startswith("application/json")
    assert VIETNAMESE.search(json.dumps(response.json(), ensure_ascii=False))


def test_rating_limit_of_one_address_leaves_other_readers_unaffected(db):
    article = ArticleFactory()
    requests_until_limited(lambda: rate(Client(), article, REMOTE_ADDR="10.1.1.1"))

    assert rate(Client(), article, REMOTE_ADDR="10.2.2.2").status_code != 429


def test_forwarded_for_header_is_ignored_without_a_configured_proxy(client, db, settings):
    settings.CLIENT_IP_HEADER = ""
    requests_until_limited(lambda: search(client, REMOTE_ADDR="10.1.1.1"))

    for n in range(5):
        response = search(client, REMOTE_ADDR="10.1.1.1", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        assert response.status_code == 429


def test_behind_the_proxy_the_right_most_forwarded_address_is_limited(client, db, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    requests_until_limited(
        lambda: search(client, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 10.1.1.1")
    )

    # The reader forging the left part of the header is still the same reader...
    forged = search(client, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="9.9.9.9, 10.1.1.1")
    # ...and another reader behind the same proxy is not limited.
    other = search(client, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 10.2.2.2")
    assert forged.status_code == 429
    assert other.status_code == 200


@pytest.mark.parametrize(
    ("header", "meta", "expected"),
    [
        ("", {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "6.6.6.6"}, "10.0.0.5"),
        (
            "HTTP_X_FORWARDED_FOR",
            {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 10.0.0.5"},
            "10.0.0.5",
        ),
        ("HTTP_X_REAL_IP", {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_REAL_IP": "10.0.0.5"}, "10.0.0.5"),
        ("HTTP_X_FORWARDED_FOR", {"REMOTE_ADDR": "127.0.0.1"}, "127.0.0.1"),
    ],
)
def test_client_address_trusts_only_the_configured_header(rf, settings, header, meta, expected):
    settings.CLIENT_IP_HEADER = header

    assert client_ip(rf.get("/", **meta)) == expected


# What a limit counts a client under: IPv4 whole, IPv6 by its /64 ------------------------------


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("::ffff:cb00:7107", "203.0.113.7"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::1", "::/64"),
        ("không phải địa chỉ", "không phải địa chỉ"),
        ("unknown", "unknown"),
    ],
)
def test_limits_count_ipv6_by_its_64_and_ipv4_whole(address, key):
    assert rate_key(address) == key


def test_the_client_address_stays_whole_for_axes_and_the_logs(rf):
    request = rf.get("/", REMOTE_ADDR="2001:db8:1:2:aaaa:bbbb:cccc:dddd")

    assert client_ip(request) == "2001:db8:1:2:aaaa:bbbb:cccc:dddd"
    assert client_key(request) == "2001:db8:1:2::/64"


def test_ipv6_addresses_of_one_64_share_the_search_limit(client, db):
    requests_until_limited(lambda: search(client, REMOTE_ADDR="2001:db8:1:2::1"))

    # The same client moving to another address of its /64 is still limited...
    assert search(Client(), REMOTE_ADDR="2001:db8:1:2:ffff:ffff:ffff:fffe").status_code == 429
    assert search(Client(), REMOTE_ADDR="2001:db8:1:2:5::7").status_code == 429
    # ...a client of the next /64 is not.
    assert search(Client(), REMOTE_ADDR="2001:db8:1:3::1").status_code == 200


def test_ipv6_addresses_of_one_64_share_the_rating_limit(db):
    article = ArticleFactory()
    n = iter(range(1, MOST_REQUESTS + 1))
    requests_until_limited(lambda: rate(Client(), article, REMOTE_ADDR=f"2001:db8:9::{next(n)}"))

    assert rate(Client(), article, REMOTE_ADDR="2001:db8:9::abcd").status_code == 429
    assert rate(Client(), article, REMOTE_ADDR="2001:db8:9:1::1").status_code != 429


def test_an_ipv4_mapped_address_counts_as_its_ipv4_address(client, db):
    requests_until_limited(lambda: search(client, REMOTE_ADDR="::ffff:10.1.1.1"))

    assert search(Client(), REMOTE_ADDR="10.1.1.1").status_code == 429
    assert search(Client(), REMOTE_ADDR="10.1.1.2").status_code == 200


def test_behind_the_proxy_forwarded_ipv6_addresses_count_by_their_64(client, db, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    requests_until_limited(
        lambda: search(client, **proxy, HTTP_X_FORWARDED_FOR="1.1.1.1, 2001:db8:1:2::1")
    )

    requests_until_limited(lambda: search(client, **proxy, HTTP_X_FORWARDED_FOR="::ffff:10.3.3.3"))

    same_64 = search(Client(), **proxy, HTTP_X_FORWARDED_FOR="9.9.9.9, 2001:db8:1:2::99")
    other_64 = search(Client(), **proxy, HTTP_X_FORWARDED_FOR="2001:db8:1:2::1, 2001:db8:1:4::1")
    same_ipv4 = search(Client(), **proxy, HTTP_X_FORWARDED_FOR="10.3.3.3")
    other_ipv4 = search(Client(), **proxy, HTTP_X_FORWARDED_FOR="10.3.3.4")
    assert same_64.status_code == 429
    assert other_64.status_code == 200
    assert same_ipv4.status_code == 429
    assert other_ipv4.status_code == 200


def test_unparsable_forwarded_addresses_each_still_get_a_count(client, db, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    requests_until_limited(lambda: search(client, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="lạ"))

    assert search(Client(), REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="lạ").status_code == 429
    assert search(Client(), REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="khác").status_code == 200

import hashlib
import re

import pytest

from news import services
from news.models import Article, Rating
from tests.news.factories import BROWSER_UA, ArticleFactory

pytestmark = pytest.mark.django_db
CLIENT = "203.0.113.7"
ZALO_IN_APP_UA = (
    "Mozilla/5.0 (Linux; Android 12; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100625 "
    "ZaloTheme/light ZaloLanguage/vi"
)


def stored_views(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def test_view_record_counts_a_reader():
    article = ArticleFactory()
    recent = {}
    assert services.view_record(
        client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views=recent
    )
    assert stored_views(article) == 1
    assert article.pk in recent


def test_view_record_shows_the_new_count_on_the_instance():
    article = ArticleFactory(view_count=160)
    services.view_record(client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views={})
    assert article.view_count == 161


def test_view_record_ignores_a_reload_within_the_visit():
    article = ArticleFactory()
    recent = {}
    services.view_record(
        client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views=recent, now=1000
    )
    counted = services.view_record(
        client=CLIENT,
        article=article,
        user_agent=BROWSER_UA,
        recent_views=recent,
        now=1000 + 29 * 60,
    )
    assert not counted
    assert stored_views(article) == 1


def test_view_record_counts_again_after_the_visit():
    article = ArticleFactory()
    recent = {}
    services.view_record(
        client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views=recent, now=1000
    )
    counted = services.view_record(
        client=CLIENT,
        article=article,
        user_agent=BROWSER_UA,
        recent_views=recent,
        now=1000 + 30 * 60,
    )
    assert counted
    assert stored_views(article) == 2


def test_view_record_never_counts_a_preview():
    article = ArticleFactory()
    counted = services.view_record(
        client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views={}, is_preview=True
    )
    assert not counted
    assert stored_views(article) == 0


def test_view_record_adds_to_the_stored_count_not_to_a_stale_copy():
    article = ArticleFactory()
    stale = Article.objects.get(pk=article.pk)
    services.view_record(client=CLIENT, article=article, user_agent=BROWSER_UA, recent_views={})
    services.view_record(client=CLIENT, article=stale, user_agent=BROWSER_UA, recent_views={})
    assert stored_views(article) == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "   ",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "Baiduspider+(+http://www.baidu.com/search/spider.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "ZaloBot/1.0",
        "Zalo",
        "AhrefsCrawler",
        "curl/8.5.0",
        "python-requests/2.32.3",
    ],
)
def test_crawlers_and_scripts_are_recognised(user_agent):
    assert services.is_crawler(user_agent)


@pytest.mark.parametrize(
    "user_agent",
    [
        BROWSER_UA,
        ZALO_IN_APP_UA,
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Mobile/15E148 Zalo iOS/470 ZaloTheme/light ZaloLanguage/vi",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.0.0 Safari/537.36 coc_coc_browser/126.0.0",
    ],
)
def test_readers_browsers_are_not_crawlers(user_agent):
    assert not services.is_crawler(user_agent)


def test_crawler_view_is_not_counted():
    article = ArticleFactory()
    services.view_record(
        client=CLIENT, article=article, user_agent="Googlebot/2.1", recent_views={}
    )
    assert stored_views(article) == 0


def test_recent_views_round_trip_through_the_cookie_value():
    value = services.recent_views_dump({12: 1000, 7: 1500})
    assert services.recent_views_load(value, now=1600) == {12: 1000, 7: 1500}


def test_recent_views_drop_what_is_past_a_visit():
    value = services.recent_views_dump({12: 1000, 7: 1000 + 30 * 60})
    assert services.recent_views_load(value, now=1000 + 30 * 60 + 1) == {7: 2800}


@pytest.mark.parametrize("value", ["", "rác", "12_", "_5", "a_b-12_x", "1_2_3", "-" * 50])
def test_recent_views_ignore_what_cannot_be_read(value):
    assert services.recent_views_load(value, now=10) == {}


def test_recent_views_keep_the_newest_entries_only():
    recent = {article_id: 1000 + article_id for article_id in range(100)}
    kept = services.recent_views_load(services.recent_views_dump(recent), now=1200)
    assert len(kept) == services.RECENT_VIEWS_KEPT
    assert min(kept) == 100 - services.RECENT_VIEWS_KEPT


def test_voter_key_is_the_sha256_of_the_token_in_64_hex_digits():
    key = services.voter_key("jeton")
    assert key == hashlib.sha256(b"jeton").hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", key)


def test_rating_record_stores_the_score_and_updates_the_totals():
    article = ArticleFactory(rating_sum=7, rating_count=2)
    services.rating_record(article=article, voter_key="k" * 64, score=5)
    assert (article.rating_sum, article.rating_count) == (12, 3)
    stored = Article.objects.get(pk=article.pk)
    assert (stored.rating_sum, stored.rating_count) == (12, 3)
    assert Rating.objects.get().score == 5


def test_rating_record_refuses_a_second_vote_and_changes_nothing():
    article = ArticleFactory()
    services.rating_record(article=article, voter_key="k" * 64, score=4)
    with pytest.raises(services.AlreadyRated):
        services.rating_record(article=article, voter_key="k" * 64, score=1)
    stored = Article.objects.get(pk=article.pk)
    assert (stored.rating_sum, stored.rating_count) == (4, 1)
    assert Rating.objects.count() == 1


def test_same_voter_may_rate_another_article():
    first, second = ArticleFactory(), ArticleFactory()
    services.rating_record(article=first, voter_key="k" * 64, score=4)
    services.rating_record(article=second, voter_key="k" * 64, score=2)
    assert Rating.objects.count() == 2


@pytest.mark.parametrize("score", [0, 6, -1, 100, "3", 2.5, None])
def test_rating_record_refuses_a_score_outside_one_to_five(score):
    article = ArticleFactory()
    with pytest.raises(services.InvalidScore):
        services.rating_record(article=article, voter_key="k" * 64, score=score)
    assert Rating.objects.count() == 0
    assert Article.objects.get(pk=article.pk).rating_count == 0

"""The rules of the public side of news: counting views and recording ratings.

Free of HTTP: the views read cookies and headers and hand plain values to these functions.
"""

import functools
import hashlib
import re
import time

from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.db.models import F

from mttq_portal import ratelimit

from .models import Article, Rating

# A visit: a reader coming back to an article within this many seconds is still reading it.
VISIT_SECONDS = 30 * 60
# The most articles one reader's cookie remembers; older entries fall out first.
RECENT_VIEWS_KEPT = 30
SCORE_MIN, SCORE_MAX = 1, 5

# Crawlers, link previewers and scripts announce themselves in the User-Agent.
_CRAWLER = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|facebookcatalog|embedly|preview|"
    r"headless|lighthouse|pingdom|uptime|monitor|curl|wget|python|java/|okhttp|go-http|"
    r"httpclient|libwww|scrapy|axios|node-fetch",
    re.IGNORECASE,
)
# Zalo's in-app browser is a reader ("... Zalo android/12100625 ZaloTheme/light"); any other
# user agent naming Zalo is its link previewer.
_ZALO = re.compile(r"zalo", re.IGNORECASE)
_ZALO_IN_APP = re.compile(r"zalo\s*(android|ios|pc|mac|windows)/", re.IGNORECASE)


class AlreadyRated(Exception):
    """This reader has already rated this article."""


class InvalidScore(ValueError):
    """A score outside 1 to 5."""


def is_crawler(user_agent: str) -> bool:
    """Return True for an empty user agent or one of a crawler, previewer or script."""
    user_agent = (user_agent or "").strip()
    if not user_agent:
        return True
    if _CRAWLER.search(user_agent):
        return True
    return bool(_ZALO.search(user_agent)) and not _ZALO_IN_APP.search(user_agent)


def recent_views_load(value: str, *, now: float | None = None) -> dict[int, int]:
    """Return {article id: time counted} from a cookie value, dropping what is past a visit
    and whatever cannot be read."""
    now = time.time() if now is None else now
    recent = {}
    for entry in (value or "").split("-"):
        article_id, _, counted_at = entry.partition("_")
        if not (article_id.isdigit() and counted_at.isdigit()):
            continue
        if now - int(counted_at) < VISIT_SECONDS:
            recent[int(article_id)] = int(counted_at)
    return recent


def recent_views_dump(recent: dict[int, int]) -> str:
    """Return the cookie value for `recent`, keeping the most recent entries only."""
    newest = sorted(recent.items(), key=lambda item: item[1], reverse=True)[:RECENT_VIEWS_KEPT]
    return "-".join(f"{article_id}_{counted_at}" for article_id, counted_at in newest)


def view_counts(*, article_id, user_agent, recent_views, is_preview=False, now=None) -> bool:
    """Return True if this request is a view of `article_id` to count: not a staff preview,
    not a crawler, not this reader's reload within the same visit (`recent_views`)."""
    if is_preview or is_crawler(user_agent):
        return False
    counted_at = recent_views.get(article_id)
    now = int(time.time() if now is None else now)
    return counted_at is None or now - counted_at >= VISIT_SECONDS


def view_within_cap(*, client: str, article_key: str, now: float | None = None) -> bool:
    """Return True while `client` (an address) has added fewer than VIEW_COUNT_CAP_PER_MINUTE
    counted views of one article (`article_key`: its slug) this minute, and note one more.

    However a client rotates its cookies, its views of one article stop counting past the cap.
    The first view of an article by an address in this process this minute costs nothing but
    memory: that is every reader of the hot path. A repeat is counted in the shared cache, so
    that every process and server adds up (with the first views of those that saw only one:
    at most one more per app process). Without a shared cache, or while it does not answer,
    this process's own tally decides.
    """
    now = time.time() if now is None else now
    window = int(now // 60)
    tally = _cap_tally(window)
    client = hashlib.sha256(client.encode("utf-8", "replace")).hexdigest()[:32]
    key = (client, article_key)
    seen = tally[key] = tally.get(key, 0) + 1
    cap = settings.VIEW_COUNT_CAP_PER_MINUTE
    if seen == 1:
        return cap >= 1
    article_hash = hashlib.sha256(article_key.encode("utf-8", "replace")).hexdigest()[:16]
    shared_key = f"views-cap:{window}:{client}:{article_hash}"
    # The process's first view of it was not reported: it is, with this one.
    total = ratelimit.count(shared_key, window=120, delta=2 if seen == 2 else 1)
    return max(total, seen) <= cap


# This process's first views of the current minute: {(client, article): views}. Cleared when
# the minute changes, and when it grows past _CAP_TALLY_MAX (a flood of distinct addresses).
_cap_tallies = {"window": None, "views": {}}
_CAP_TALLY_MAX = 200_000


def _cap_tally(window):
    if _cap_tallies["window"] != window or len(_cap_tallies["views"]) > _CAP_TALLY_MAX:
        _cap_tallies["window"], _cap_tallies["views"] = window, {}
    return _cap_tallies["views"]


def article_for_page(*, slug: str, voter_key: str | None = None, count: bool = False) -> Article:
    """Return the published article of `slug` as its page shows it, with `reader_score` (the
    score this voter gave it, or None); with `count`, one view of it counted. Raise
    Article.DoesNotExist when no published article has this slug (nothing is counted then).

    On PostgreSQL the statement that reads the article counts the view too (CountedView): one
    round trip, and readers arriving at the same moment never overwrite each other's view. On
    other databases an UPDATE with an F() expression follows the read.
    """
    in_statement = count and connections[Article.objects.db].vendor == "postgresql"
    if voter_key:
        rows = Article.objects.with_reader_score(voter_key).for_page(count_view=in_statement)
    else:
        rows = _page_rows(in_statement)
    article = Article.from_page_row(rows.published().filter(slug=slug).get())
    if count and not in_statement:
        view_count_add(article)
    return article


@functools.cache
def _page_rows(count_view):
    """The article page's rows for a reader who has not voted, built once per process: a
    queryset is never evaluated until filtered, and each filter() makes a new one. Building the
    annotations and the eighteen columns again for every reader cost more than reading them."""
    return Article.objects.for_page(count_view=count_view)


def view_record(
    *,
    article: Article,
    user_agent: str,
    recent_views: dict[int, int],
    client: str,
    is_preview: bool = False,
    now: float | None = None,
) -> bool:
    """Count one view of `article` read without counting, unless view_counts() says it is not
    a view or its client is past the cap (view_within_cap()). Return True if counted;
    `recent_views` then holds it."""
    now = int(time.time() if now is None else now)
    if not view_counts(
        article_id=article.pk,
        user_agent=user_agent,
        recent_views=recent_views,
        is_preview=is_preview,
        now=now,
    ) or not view_within_cap(client=client, article_key=article.slug, now=now):
        return False
    view_count_add(article)
    recent_views[article.pk] = now
    return True


def view_count_add(article: Article) -> None:
    """Count one view of `article`: one UPDATE with an F() expression, so that readers arriving
    at the same moment never overwrite each other's view. `article.view_count` includes it."""
    Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 1)
    article.view_count += 1


def voter_key(token: str) -> str:
    """Return the stored form of a reader's voter token: its SHA-256, 64 hex digits."""
    return hashlib.sha256(token.encode()).hexdigest()


def rating_record(*, article: Article, voter_key: str, score: int) -> Rating:
    """Record one reader's score and add it to the article's totals, all or nothing.

    Raise InvalidScore outside 1 to 5 and AlreadyRated on a second vote by the same voter:
    the unique constraint decides, so two clicks racing each other still count once.
    `article`'s rating totals are refreshed from the database.
    """
    if not isinstance(score, int) or not SCORE_MIN <= score <= SCORE_MAX:
        raise InvalidScore(score)
    try:
        with transaction.atomic():
            rating = Rating.objects.create(article=article, voter_key=voter_key, score=score)
            Article.objects.filter(pk=article.pk).update(
                rating_sum=F("rating_sum") + score, rating_count=F("rating_count") + 1
            )
    except IntegrityError as error:
        raise AlreadyRated from error
    article.refresh_from_db(fields=["rating_sum", "rating_count"])
    return rating

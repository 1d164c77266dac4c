"""The rules of the public side of news: counting views and recording ratings.

Free of HTTP: the views read cookies and headers and hand plain values to these functions.
"""

import hashlib
import re
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from redis.exceptions import ResponseError as RedisResponseError

from .models import Article, Rating, ViewCountFold

# A visit: a reader coming back to an article within this many seconds is still reading it.
VISIT_SECONDS = 30 * 60
# The most articles one reader's cookie remembers; older entries fall out first.
RECENT_VIEWS_KEPT = 30
SCORE_MIN, SCORE_MAX = 1, 5
# A fold's record only has to outlive its batch key in Redis (seconds); a day is ample.
FOLD_RECORDS_KEPT = timedelta(days=1)

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


def view_record(
    *,
    article: Article,
    user_agent: str,
    recent_views: dict[int, int],
    is_preview: bool = False,
    now: float | None = None,
) -> bool:
    """Count one view of `article`, unless it is a staff preview, a crawler, or this reader's
    reload within the same visit (`recent_views`, updated in place). Return True if counted.

    One UPDATE with an F() expression: the database adds one to the stored count, so readers
    arriving at the same moment never overwrite each other's view.
    """
    now = int(time.time() if now is None else now)
    if not view_counts(
        article_id=article.pk,
        user_agent=user_agent,
        recent_views=recent_views,
        is_preview=is_preview,
        now=now,
    ):
        return False
    if settings.VIEW_COUNTS_IN_REDIS:
        # The page shows the stored count plus the views not folded in yet, this one included.
        article.view_count += view_buffer_add(article.pk)
    else:
        Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 1)
        # The page shows the count including this view, without reading it back.
        article.view_count += 1
    recent_views[article.pk] = now
    return True


# Views counted in Redis (settings.VIEW_COUNTS_IN_REDIS): HINCRBY on one hash per site, one
# round trip per view and no database write. view_counts_fold() moves them into PostgreSQL.
VIEW_KEY_PREFIX = "mttq:views:"
FOLD_EVERY_SECONDS = 10
FOLD_CHUNK = 500


def _redis():
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _key(name):
    return f"{getattr(settings, 'VIEW_KEY_PREFIX', VIEW_KEY_PREFIX)}{name}"


def view_buffer_add(article_id: int) -> int:
    """Count one view of `article_id` in Redis; return its views not folded in yet.

    The first request after FOLD_EVERY_SECONDS (a Redis lock, shared by every app server)
    folds the counts into the database, so no cron job is needed.
    """
    pipe = _redis().pipeline(transaction=False)
    pipe.hincrby(_key("pending"), article_id, 1)
    pipe.set(_key("fold-lock"), 1, nx=True, ex=FOLD_EVERY_SECONDS)
    pending, fold_now = pipe.execute()
    if fold_now:
        view_counts_fold()
    # Folded or not, the row read before this view lacks exactly these `pending` views.
    return int(pending)


def view_counts_fold() -> int:
    """Add the views counted in Redis to Article.view_count; return how many were added.

    Idempotent: the pending hash is renamed to a batch of its own (atomically: views counted
    meanwhile start a new hash), and each batch is applied in one transaction that also
    records its id (unique), so a batch whose key outlived a crash after the commit is only
    deleted, never applied twice. Leftover batches are applied first.
    """
    redis = _redis()
    added = 0
    for key in redis.scan_iter(match=_key("batch:*")):
        added += _fold_batch(redis, key.decode() if isinstance(key, bytes) else key)
    batch_key = _key(f"batch:{uuid.uuid4().hex}")
    try:
        redis.rename(_key("pending"), batch_key)
    except RedisResponseError:  # no pending views
        return added
    return added + _fold_batch(redis, batch_key)


def _fold_batch(redis, batch_key) -> int:
    batch_id = batch_key.rsplit(":", 1)[1]
    counts = {int(pk): int(n) for pk, n in redis.hgetall(batch_key).items() if int(n) > 0}
    if not ViewCountFold.objects.filter(batch_id=batch_id).exists():
        try:
            with transaction.atomic():
                ViewCountFold.objects.create(batch_id=batch_id, views=sum(counts.values()))
                by_count = {}
                for pk, n in counts.items():
                    by_count.setdefault(n, []).append(pk)
                for n, ids in by_count.items():
                    for start in range(0, len(ids), FOLD_CHUNK):
                        Article.objects.filter(pk__in=ids[start : start + FOLD_CHUNK]).update(
                            view_count=F("view_count") + n
                        )
        except IntegrityError:  # another server applied this batch at the same moment
            counts = {}
    else:
        counts = {}
    redis.delete(batch_key)
    ViewCountFold.objects.filter(folded_at__lt=timezone.now() - FOLD_RECORDS_KEPT).delete()
    return sum(counts.values())


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

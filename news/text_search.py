"""The text-search plumbing of news.models.ArticleQuerySet.search on PostgreSQL (how its
statements are read and planned), and the ranking and cutting of articles' search keys."""

import re

from django.db import connections, transaction


def newest_ids(queryset, limit):
    """Return the ids of the newest `limit` rows of `queryset`, a text search."""
    ordered = queryset.order_by("-published_at", "-id").values_list("pk", flat=True)
    return rows_planned_each_time(ordered[:limit])


def rows_from_the_text_index(queryset):
    """Return the rows of `queryset`, a text search on PostgreSQL, read through the text-search
    index (ArticleQuerySet.newest_matching): the planner's other choices are set aside for this
    one statement's transaction only (SET LOCAL, constant statements); the statement itself is
    the queryset's, not prepared (rows_planned_each_time)."""
    connection = connections[queryset.db]
    with transaction.atomic(using=queryset.db), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        return rows_planned_each_time(queryset)


def rows_planned_each_time(queryset):
    """Return the rows of `queryset` as a list, its statement not prepared by the driver.

    psycopg prepares a statement once it has run DJANGO_DB_PREPARE_THRESHOLD times, and after
    five runs PostgreSQL may keep one generic plan for it. A text search cannot have one: how
    rare the words are decides between the GIN index and the newest rows first, and the
    generic plan made searches twice as slow (README.md, Speed). The connection's own
    prepare_threshold (psycopg's) is lifted for this one statement, which Django runs as usual.
    """
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return list(queryset)
    connection.ensure_connection()
    driver = connection.connection
    threshold, driver.prepare_threshold = driver.prepare_threshold, None
    try:
        return list(queryset)
    finally:
        driver.prepare_threshold = threshold


_WORD = re.compile(r"\w+")


def at_most(key, length):
    """Return `key` (mttq_portal.text.search_key) cut to at most `length` characters between two
    words, a space still after the last."""
    return key if len(key) <= length else key[:length].rsplit(" ", 1)[0] + " "


def title_rank(search_title, words):
    """Return 2 when words of `search_title` start with `words` in this order, 1 when each of
    `words` starts one of its words, else 0 (search keys: mttq_portal.searching)."""
    tokens = _WORD.findall(search_title)
    wanted = [token for word in words for token in _WORD.findall(word)]
    if not wanted:
        return 0
    span = len(wanted)
    for i in range(len(tokens) - span + 1):
        if all(
            token.startswith(word) for token, word in zip(tokens[i : i + span], wanted, strict=True)
        ):
            return 2
    return 1 if all(any(t.startswith(word) for t in tokens) for word in wanted) else 0

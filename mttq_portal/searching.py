"""One search, the same on PostgreSQL and SQLite: the rules every search box of the portal
follows, public or in the admin, autocompletes included.

- Every word of the query must match the beginning of a word of the record: "hin" finds
  "hình", "1930" finds "18/11/1930", "an" does not find "thanh".
- Words are split at punctuation and dashes, in the query and in the text alike ("2011-2015"
  and "2011 – 2015" are 2011 and 2015; "mô-hình" is "mô hình").
- Case, Unicode form and tone placement never matter. Diacritics do not stop a match: a word
  typed with them matches the words that begin with it as typed, and the whole words that are
  it without diacritics ("Đặng" finds Đặng, then đang and Đảng; "Thủy" finds Thủy and Thúy,
  not "thuyền"); a word typed without them matches the beginning of any word ("thuy" finds
  "thuyền"). Records holding every word as typed rank first, then those whose name (or title)
  holds the words.

A record keeps its key in a `search_text` column written on save by
mttq_portal.text.search_key(name, *other texts): " <name words> | <other words> | <exact
words> ", every word between two spaces. A word begins a word of the key where the key holds it
after a space, and is a whole word where a space follows it too: LIKE on both databases (and,
for news' articles on PostgreSQL, the same words as prefixes or whole lexemes of a GIN-indexed
text-search vector of that key: news.models.ArticleQuerySet.matching).
"""

import re
from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, Value, When

from .text import exact_words, normalize_search

# Each word is one more condition on the search key; past this many they are ignored.
QUERY_MAX_WORDS = 10


@dataclass(frozen=True)
class Terms:
    """A query read by the rules above: `typed`, for each distinct word, (its key without
    diacritics, its exact key when it was typed with diacritics, else "")."""

    typed: tuple = ()

    @classmethod
    def parse(cls, query, max_words=QUERY_MAX_WORDS):
        typed = {}
        for token in normalize_search(str(query or ""), keep_diacritics=True).split():
            for plain in normalize_search(token).split():
                exact = exact_words(token)
                typed.setdefault(plain, exact[0] if exact else "")
        return cls(typed=tuple(typed.items())[:max_words])

    @property
    def words(self):
        """The words to match, without diacritics."""
        return tuple(plain for plain, _ in self.typed)

    @property
    def exact(self):
        """The exact keys of the words typed with diacritics."""
        return tuple(exact for _, exact in self.typed if exact)

    def as_typed(self):
        """Return these terms with each word typed with diacritics to be matched as typed only
        (the exact matches a search ranks first)."""
        return Terms(typed=tuple((exact or plain, "") for plain, exact in self.typed))

    def __bool__(self):
        return bool(self.typed)


def word_start(field, word):
    """Return the condition that `field`, a search key, holds a word starting with `word`."""
    return Q(**{f"{field}__contains": f" {word}"})


def word_match(field, plain, exact=""):
    """Return the condition that `field`, a search key, holds a match of one query word: a word
    starting with `plain`, or, for a word typed with diacritics (`exact`), a word starting with
    it as typed or the whole word `plain`."""
    if not exact:
        return word_start(field, plain)
    return word_start(field, exact) | Q(**{f"{field}__contains": f" {plain} "})


def _typed(terms):
    """Return the (plain, exact) pairs of `terms`, a Terms or search keys."""
    return terms.typed if isinstance(terms, Terms) else tuple((word, "") for word in terms)


def matching(queryset, terms, fields=("search_text",)):
    """Return `queryset` narrowed to rows where each word of `terms` (a Terms, or search keys)
    matches a word of one of `fields` (search keys, "unit__search_text" for a related row's)."""
    if not terms:
        return queryset.none()
    for plain, exact in _typed(terms):
        condition = Q()
        for field in fields:
            condition |= word_match(field, plain, exact)
        queryset = queryset.filter(condition)
    return queryset


def text_search_query(terms):
    """Return `terms` as a PostgreSQL text-search query (to_tsquery) over a search key's words,
    the same conditions as word_match(): each word a prefix; one typed with diacritics its exact
    key as a prefix or the whole word without diacritics. Keys hold letters and digits only, so
    no word can be an operator."""
    parts = [f"({exact}:* | {plain})" if exact else f"{plain}:*" for plain, exact in _typed(terms)]
    return " & ".join(parts)


def _all(conditions):
    combined = Q()
    for condition in conditions:
        combined &= condition
    return combined


def ranked(queryset, terms, field="search_text", *then):
    """Return `queryset` (already matching()) ordered as a search answers: rows holding every
    word typed with diacritics as typed first, then rows whose name holds every word (the first
    part of the key), then by `then` (the model's own order by default)."""
    exact = (
        Case(
            When(_all(word_start(field, word) for word in terms.exact), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
        if terms.exact
        else Value(0)
    )
    # A word of the name: from the key's start, past words of the name only (no "|").
    in_name = _all(Q(**{f"{field}__regex": rf"^[^|]* {re.escape(word)}"}) for word in terms.words)
    name = Case(When(in_name, then=Value(1)), default=Value(0), output_field=IntegerField())
    order = then or queryset.model._meta.ordering or ("pk",)
    return queryset.annotate(exact_rank=exact, name_rank=name).order_by(
        "-exact_rank", "-name_rank", *order
    )


def search(queryset, query, field="search_text", *then):
    """Return the rows of `queryset` matching `query`, ranked (none for an empty query)."""
    terms = query if isinstance(query, Terms) else Terms.parse(query)
    if not terms:
        return queryset.none()
    return ranked(matching(queryset, terms, (field,)), terms, field, *then)

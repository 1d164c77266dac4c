"""Search of commended collectives and individuals, for /tim-kiem/ and the honor roll."""

from mttq_portal.text import normalize_search

from .models import Commendation


def matching_commendations(queryset, query):
    """Return `queryset` narrowed to rows whose name, position or organization hold every word
    of `query`, with or without diacritics."""
    words = normalize_search(query).split()[:10]
    for word in words:
        queryset = queryset.filter(search_text__contains=word)
    return queryset


def search_commendations(query, limit=10):
    """Return up to `limit` public commendations matching `query` (none for an empty query)."""
    if not normalize_search(query):
        return Commendation.objects.none()
    public = Commendation.objects.public().select_related("decision")
    return matching_commendations(public, query).order_by("-decision__signed_on", "id")[:limit]

"""Search of commended collectives and individuals, for /tim-kiem/ and the honor roll, by the
portal's search rules (mttq_portal.searching)."""

from mttq_portal.searching import Terms, matching, ranked

from .models import Commendation


def matching_commendations(queryset, query):
    """Return `queryset` narrowed to rows where every word of `query` starts a word of the
    name, position or organization (with or without diacritics)."""
    return matching(queryset, Terms.parse(query))


def search_commendations(query, limit=10):
    """Return up to `limit` public commendations matching `query` (none for an empty query):
    those holding the words as typed first, then those whose name holds them, newest first."""
    terms = query if isinstance(query, Terms) else Terms.parse(query)
    if not terms:
        return Commendation.objects.none()
    public = Commendation.objects.public().select_related("decision", "award_type")
    found = ranked(matching(public, terms), terms, "search_text", "-decision__signed_on", "id")
    return found[:limit]

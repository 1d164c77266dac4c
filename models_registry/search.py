"""Search of model programs and pilot units, for /tim-kiem/: every word, without diacritics."""

from mttq_portal.text import normalize_search

from .models import ModelProgram, PilotUnit


def _matching(queryset, query):
    words = normalize_search(query).split()[:10]
    if not words:
        return queryset.none()
    for word in words:
        queryset = queryset.filter(search_text__contains=word)
    return queryset


def search_programs(query, limit=10):
    """Return up to `limit` model programs whose name, description or results hold every word."""
    # What the search page lists of each: its name, link and pilot unit.
    programs = ModelProgram.objects.select_related("unit").defer(
        "description", "results", "search_text"
    )
    return _matching(programs, query).order_by("name")[:limit]


def search_units(query, limit=10):
    """Return up to `limit` pilot units whose name or former district holds every word."""
    return _matching(PilotUnit.objects.all(), query).order_by("name")[:limit]

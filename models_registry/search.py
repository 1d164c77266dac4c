"""Search of model programs and pilot units, for /tim-kiem/, by the portal's search rules
(mttq_portal.searching): those holding the words as typed first, then those whose name holds
them, then alphabetically."""

from mttq_portal.searching import search

from .models import ModelProgram, PilotUnit


def search_programs(query, limit=10):
    """Return up to `limit` model programs whose name, description or results hold every word."""
    # What the search page lists of each: its name, link and pilot unit.
    programs = ModelProgram.objects.select_related("unit").defer("description", "results")
    return search(programs, query)[:limit]


def search_units(query, limit=10):
    """Return up to `limit` pilot units whose name or former district holds every word."""
    return search(PilotUnit.objects.all(), query)[:limit]

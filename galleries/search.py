"""Search of the published photo albums, for /tim-kiem/, by the portal's search rules
(mttq_portal.searching): those holding the words as typed first, then those whose title holds
them, newest event first."""

from mttq_portal.searching import search

from .models import Album


def search_albums(terms, limit=10):
    """Return up to `limit` published albums whose title, place or description holds every word
    of `terms` (a query or a Terms), each with `photo_count` (AlbumQuerySet.published())."""
    return search(Album.objects.published(), terms)[:limit]  # then in the model's order

"""Search of the published documents, for /tim-kiem/, by the portal's search rules
(mttq_portal.searching): those holding the words as typed first, then those whose symbol or
summary holds them, newest first."""

from mttq_portal.searching import search

from .models import Document


def search_documents(terms, limit=10):
    """Return up to `limit` published documents whose symbol, summary, signer, type or issuer
    holds every word of `terms` (a query or mttq_portal.searching.Terms)."""
    documents = Document.objects.published().select_related("type", "issuer")
    return search(documents, terms, "search_text", "-issued", "-id")[:limit]

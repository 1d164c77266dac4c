"""Search of the introduction pages, for /tim-kiem/, by the portal's search rules
(mttq_portal.searching): those holding the words as typed first, then those whose title holds
them, then in the tree's order."""

from mttq_portal.searching import Terms, ranked

from .models import Page


def search_pages(terms, limit=10):
    """Return up to `limit` published pages whose title, summary or text holds every word of
    `terms` (a query or a Terms); the «Lãnh đạo» and «Liên hệ» pages also for the people they
    list (PageQuerySet.search())."""
    terms = terms if isinstance(terms, Terms) else Terms.parse(terms)
    return ranked(Page.objects.search(terms), terms, "search_text", "order", "title", "pk")[:limit]

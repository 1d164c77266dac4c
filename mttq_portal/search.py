"""The site-wide search, /tim-kiem/: articles first, then pilot models, pilot units, commended
collectives and individuals, documents, introduction pages and photo albums. Each app searches
its own records (news' ArticleQuerySet.search, models_registry.search, awards.search,
documents.search, pages.search, galleries.search); this page, which belongs to none of them,
puts them together."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.views.generic import ListView

from awards.search import search_commendations
from documents.search import search_documents
from galleries.search import search_albums
from models_registry.search import search_programs, search_units
from news.forms import SearchForm
from news.models import SEARCH_RESULTS_MAX, Article, search_topics
from pages.search import search_pages

from .pagecache import public_page
from .ratelimit import configured_limit, is_limited

MESSAGE_SEARCH_LIMITED = "Bạn tìm kiếm quá nhanh. Vui lòng chờ một phút rồi thử lại."
# Pilot models, pilot units, commendations, documents, pages and albums listed beside the first
# page of results: a few each (commendations and documents with a link to their own list's
# search for more).
OTHER_RESULTS = 5


class SearchView(ListView):
    paginate_by = 10  # on a phone, ten results with their snippets are a long page
    template_name = "mttq_portal/search.html"
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        form.is_valid()  # QueryField accepts any text; this fills cleaned_data
        self.query, self.terms = form.cleaned_data["q"], form.cleaned_data["terms"]
        self.words = form.cleaned_data["words"]
        limit = None
        if self.words:
            limit = ("search", *configured_limit("RATE_LIMIT_SEARCH", "30/60"))
            if is_limited(request, limit[0], limit=limit[1], window=limit[2]):
                context = {"search_query": self.query, "limited": MESSAGE_SEARCH_LIMITED}
                response = render(request, self.template_name, context, status=429)
                response["Retry-After"] = str(limit[2])
                return response
        response = super().get(request, *args, **kwargs)
        number = response.context_data["page_obj"].number
        # Stored as asked only: "q" as typed is the page's own (it prints it). A copy served
        # from the cache still counts against the reader's limit.
        return public_page(
            response,
            params={"q": request.GET.get("q"), "page": None if number == 1 else str(number)},
            rate_limit=limit,
        )

    def get_queryset(self):
        """Return the ids of the matching articles, ranked (ArticleQuerySet.search)."""
        return Article.objects.published().search(self.terms, limit=SEARCH_RESULTS_MAX)

    def paginate_queryset(self, queryset, page_size):
        """Paginate the ranked ids, then read the articles of this page only."""
        paginator, page, ids, is_paginated = super().paginate_queryset(queryset, page_size)
        # The body stays: results show an excerpt of it when the article has no summary.
        found = Article.objects.select_related("category").defer("search_text").in_bulk(ids)
        page.object_list = [found[pk] for pk in ids if pk in found]
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first_page = context["page_obj"].number == 1
        others = {}
        if self.terms and first_page:
            others = {
                "topics": search_topics(self.terms, limit=OTHER_RESULTS),
                "programs": list(search_programs(self.terms, limit=OTHER_RESULTS)),
                "units": list(search_units(self.terms, limit=OTHER_RESULTS)),
                "commendations": list(search_commendations(self.terms, limit=OTHER_RESULTS)),
                "documents": list(search_documents(self.terms, limit=OTHER_RESULTS)),
                "pages": list(search_pages(self.terms, limit=OTHER_RESULTS)),
                "albums": list(search_albums(self.terms, limit=OTHER_RESULTS)),
            }
        context.update(
            search_query=self.query,
            words=self.terms,  # what the highlighting marks (news_tags.highlight)
            results_max=SEARCH_RESULTS_MAX,
            others_max=OTHER_RESULTS,
            page_query=urlencode({"q": self.query}),
            breadcrumbs=[("Tìm kiếm", None)],
            **others,
        )
        return context

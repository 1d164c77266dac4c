"""Public lists: paged, and narrowed by a form of GET parameters (the honor roll, the
document library)."""

from django.views.generic import ListView

from .pagecache import PublicPageMixin


class PageNumberMixin(PublicPageMixin):
    """For a public ListView whose one parameter is its page number: each page is stored in
    the cache under its number (the first under none)."""

    def page_cache_params(self, context):
        number = context["page_obj"].number
        return {self.page_kwarg: None if number == 1 else str(number)}


class NearestPageMixin(PageNumberMixin):
    """A page number that is not a number, or past the end, shows the nearest page rather than
    an error: people edit links to lists by hand and share them after the list shrinks."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class FilteredListView(NearestPageMixin, ListView):
    """A public list of get_listed() narrowed by `filter_form_class`, a form whose
    filter(queryset) applies every valid value and reports the others in Vietnamese.

    A page past the end shows the nearest (NearestPageMixin). The page is stored in the cache
    only under filters that were valid and applied, as given; any other address of the list is
    served but not stored. Templates get `filter_form` and `page_query`
    (the filters, for the page links: includes/pagination.html).
    """

    filter_form_class = None

    def get_listed(self):
        """Return what the list shows before any filter."""
        raise NotImplementedError

    def get_queryset(self):
        self.filter_form = self.filter_form_class(self.request.GET)
        return self.filter_form.filter(self.get_listed())

    def page_cache_params(self, context):
        form, query = self.filter_form, self.request.GET
        params = super().page_cache_params(context)
        for name in form.fields:
            raw = query.get(name)
            applied = name not in form.errors and form.cleaned_data.get(name) not in (None, "")
            params[name] = raw if raw and applied and raw == raw.strip() else None
        return params

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        context.update(filter_form=self.filter_form, page_query=query.urlencode())
        return context

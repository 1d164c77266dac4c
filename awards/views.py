from django.views.generic import DetailView, ListView

from mttq_portal.pagecache import PublicPageMixin
from news.models import Article

from .forms import HonorRollFilterForm
from .models import AwardDecision, Commendation


class HonorRollView(PublicPageMixin, ListView):
    """The honor roll: every public commendation, filtered and searched."""

    template_name = "awards/honor_roll.html"
    context_object_name = "commendations"
    paginate_by = 30

    def get_queryset(self):
        self.filter_form = HonorRollFilterForm(self.request.GET)
        return self.filter_form.filter(Commendation.objects.listed())

    def paginate_queryset(self, queryset, page_size):
        # A page number that is not a number, or past the end, shows the nearest page rather
        # than an error: people edit these links by hand and share them after the list shrinks.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def page_cache_params(self, context):
        """The filters as given when each was valid and applied; any other address of the
        list is served but not stored."""
        form, query = self.filter_form, self.request.GET
        params = {}
        for name in form.fields:
            raw = query.get(name)
            applied = name not in form.errors and form.cleaned_data.get(name) not in (None, "")
            params[name] = raw if raw and applied and raw == raw.strip() else None
        number = context["page_obj"].number
        params[self.page_kwarg] = None if number == 1 else str(number)
        return params

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop(self.page_kwarg, None)
        page = context["page_obj"]
        context.update(
            page_range=page.paginator.get_elided_page_range(page.number, on_each_side=2),
            filter_form=self.filter_form,
            filter_query=query.urlencode(),
        )
        return context


class DecisionDetailView(PublicPageMixin, DetailView):
    """One decision with its public recipients, collectives first."""

    template_name = "awards/decision_detail.html"
    context_object_name = "decision"

    def get_queryset(self):
        return AwardDecision.objects.select_related("campaign", "period")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        decision = self.object
        recipients = list(
            decision.commendations.public().select_related("pilot_unit", "program").order_by("id")
        )
        kinds = Commendation.RecipientKind
        context.update(
            collectives=[c for c in recipients if c.recipient_kind == kinds.COLLECTIVE],
            individuals=[c for c in recipients if c.recipient_kind == kinds.INDIVIDUAL],
            recipient_count=len(recipients),
            # The related article is named only once the public may read it.
            article=(
                Article.objects.published().filter(pk=decision.article_id).first()
                if decision.article_id
                else None
            ),
        )
        return context

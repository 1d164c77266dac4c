from urllib.parse import parse_qsl

from django.db.models import Count, Prefetch
from django.views.generic import DetailView, ListView

from awards.models import Commendation
from mttq_portal.lists import NearestPageMixin
from mttq_portal.pagecache import PublicPageMixin

from .filters import ProgramFilter
from .models import ModelProgram, PilotUnit, Review


class ForgivingPaginationMixin(NearestPageMixin):
    """The registry's lists: ?trang= (NearestPageMixin), with `page_range` for their links."""

    page_kwarg = "trang"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(
            page.number, on_each_side=2, on_ends=1
        )
        return context


class ModelProgramListView(ForgivingPaginationMixin, ListView):
    template_name = "models_registry/modelprogram_list.html"
    context_object_name = "programs"
    paginate_by = 20

    def get_queryset(self):
        self.filter = ProgramFilter(self.request.GET, path=self.request.path)
        return (
            self.filter.programs().select_related("unit", "sector", "period").order_by("name", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filter
        context["facets"] = self.filter.facets
        context["active_filters"] = self.filter.active_filters()
        context["ignored_filters"] = self.filter.form.ignored_messages()
        return context

    def page_cache_params(self, context):
        params = super().page_cache_params(context)
        # The filters as the list applied them: with one ignored, the address is not the page's
        # own and is not stored.
        applied = dict(parse_qsl(self.filter.url().partition("?")[2]))
        params.update((param, applied.get(param)) for param in self.filter.form.PARAMS)
        return params


class ModelProgramDetailView(PublicPageMixin, DetailView):
    template_name = "models_registry/modelprogram_detail.html"
    context_object_name = "program"

    def get_queryset(self):
        return ModelProgram.objects.select_related(
            "unit", "sector", "campaign", "period"
        ).prefetch_related(
            Prefetch("reviews", queryset=Review.objects.order_by("-date", "-id")),
            Prefetch("replicated_to", queryset=PilotUnit.objects.order_by("name")),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["commendations"] = Commendation.objects.for_program(self.object)
        return context


class PilotUnitListView(ForgivingPaginationMixin, ListView):
    template_name = "models_registry/pilotunit_list.html"
    context_object_name = "units"
    paginate_by = 30

    def get_queryset(self):
        return (
            PilotUnit.objects.select_related("period")
            .annotate(
                program_count=Count("programs", distinct=True),
                replicated_count=Count("replicated_programs", distinct=True),
            )
            .order_by("name", "pk")
        )


class PilotUnitDetailView(PublicPageMixin, DetailView):
    template_name = "models_registry/pilotunit_detail.html"
    context_object_name = "unit"

    def get_queryset(self):
        return PilotUnit.objects.select_related("period")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unit = self.object
        context["programs"] = unit.programs.select_related("sector", "period").order_by("name")
        context["replicated_programs"] = unit.replicated_programs.select_related(
            "unit", "sector", "period"
        ).order_by("name")
        context["commendations"] = Commendation.objects.for_unit(unit)
        return context

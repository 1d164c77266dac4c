from django.contrib import admin
from django.db.models import Count

from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin
from mttq_portal.import_admin import ImportExportAdminMixin

from .models import Campaign, ModelProgram, Period, PilotUnit, Review, Sector
from .resources import ModelProgramResource, PilotUnitResource

SEARCH_HELP = "Tìm theo tên, gõ có dấu hay không dấu đều được."


class ProgramCountMixin:
    """Show how many model programs a row (sector, campaign, pilot unit) has."""

    def get_queryset(self, request):
        # Explicit order: an annotated (grouped) queryset loses the model's default ordering,
        # which the autocomplete's pagination needs.
        return (
            super()
            .get_queryset(request)
            .annotate(program_count=Count("programs"))
            .order_by(*self.model._meta.ordering, "pk")
        )

    @admin.display(description="số mô hình", ordering="program_count")
    def program_count(self, obj):
        return obj.program_count


@admin.register(Sector)
class SectorAdmin(PublicContentAdmin, SearchKeyAdmin, ProgramCountMixin, admin.ModelAdmin):
    list_display = ["name", "order", "program_count"]
    list_editable = ["order"]
    search_fields = ["name"]
    search_help_text = SEARCH_HELP
    fields = ["name", "slug", "order", "description"]


@admin.register(Campaign)
class CampaignAdmin(PublicContentAdmin, SearchKeyAdmin, ProgramCountMixin, admin.ModelAdmin):
    list_display = ["name", "program_count"]
    search_fields = ["name"]
    search_help_text = SEARCH_HELP
    fields = ["name", "slug", "description"]


@admin.register(Period)
class PeriodAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ["name", "start_year", "end_year"]
    search_fields = ["name"]
    search_help_text = SEARCH_HELP
    fields = ["name", "slug", "start_year", "end_year"]


@admin.register(PilotUnit)
class PilotUnitAdmin(
    PublicContentAdmin,
    SearchKeyAdmin,
    ProgramCountMixin,
    ImportExportAdminMixin,
    admin.ModelAdmin,
):
    resource_classes = [PilotUnitResource]
    list_display = [
        "name",
        "unit_type",
        "former_district",
        "year_chosen",
        "period",
        "program_count",
    ]
    list_filter = ["unit_type", "period", "former_district"]
    list_select_related = ["period"]
    search_fields = ["name", "former_district"]
    search_help_text = "Tìm theo tên đơn vị hoặc huyện cũ, gõ có dấu hay không dấu đều được."
    autocomplete_fields = ["period"]
    fields = [
        "name",
        "unit_type",
        "former_district",
        "year_chosen",
        "period",
        "slug",
        "description",
    ]


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 1
    fields = ["kind", "date", "summary"]


@admin.register(ModelProgram)
class ModelProgramAdmin(
    PublicContentAdmin, SearchKeyAdmin, ImportExportAdminMixin, admin.ModelAdmin
):
    resource_classes = [ModelProgramResource]
    list_display = [
        "name",
        "unit",
        "sector",
        "period",
        "status",
        "is_advanced_example",
        "start_date",
    ]
    list_filter = ["status", "is_advanced_example", "sector", "period", "campaign"]
    list_select_related = ["unit", "sector", "period"]
    search_fields = ["name", "unit__name", "unit__former_district"]
    search_keys = ("search_text", "unit__search_text")
    search_help_text = "Tìm theo tên mô hình, đơn vị điểm hoặc huyện cũ, có dấu hay không dấu."
    autocomplete_fields = ["unit", "sector", "campaign", "period", "replicated_to"]
    inlines = [ReviewInline]
    fieldsets = [
        (None, {"fields": ["name", "unit", "sector", "campaign", "period", "start_date"]}),
        ("Kết quả", {"fields": ["status", "is_advanced_example", "replicated_to"]}),
        ("Nội dung", {"fields": ["description", "results"]}),
        ("Đường dẫn", {"fields": ["slug"], "classes": ["collapse"]}),
    ]


@admin.register(Review)
class ReviewAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ["program", "kind", "date"]
    list_filter = ["kind"]
    list_select_related = ["program"]
    search_fields = ["program__name", "summary"]
    search_help_text = "Tìm theo tên mô hình hoặc nội dung, gõ có dấu hay không dấu đều được."
    autocomplete_fields = ["program"]
    date_hierarchy = "date"

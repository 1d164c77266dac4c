from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin
from mttq_portal.searching import Terms, ranked
from news.models import Article

from .admin_import import DecisionImportMixin, ExportAdminMixin
from .forms import ReportForm
from .history import commendation_warnings, history_rows
from .models import AwardDecision, AwardType, Commendation, Recipient, make_recipient_key
from .reports import report_heading, report_tables, report_workbook, xlsx_response
from .resources import RECIPIENT_FIELDS, AwardDecisionResource, CommendationExportResource

INLINE_ROWS_NEW = 24  # the 2011–2015 review commended 24 at once: one page, one save
INLINE_ROWS_EDIT = 3


class CommendationInlineForm(forms.ModelForm):
    class Meta:
        model = Commendation
        fields = list(RECIPIENT_FIELDS)
        widgets = {
            "recipient_name": forms.TextInput(attrs={"size": 26}),
            "position": forms.TextInput(attrs={"size": 16}),
            "organization": forms.TextInput(attrs={"size": 18}),
            "achievement": forms.Textarea(attrs={"rows": 2, "cols": 28}),
        }


class CommendationInlineFormSet(BaseInlineFormSet):
    """The recipients of one decision; a recipient typed twice is named, with both rows."""

    def clean(self):
        super().clean()
        seen = {}
        duplicates = []
        for number, form in enumerate(self.forms, start=1):
            data = getattr(form, "cleaned_data", None)
            if not data or self._should_delete_form(form) or not data.get("recipient_name"):
                continue
            name = data["recipient_name"]
            key = make_recipient_key(name, data.get("organization", ""))
            if key in seen:
                duplicates.append(f"«{name}» (dòng {seen[key]} và {number})")
                form.add_error(
                    "recipient_name",
                    f"Trùng với dòng {seen[key]}: mỗi tập thể, cá nhân chỉ ghi một lần "
                    "trong một quyết định.",
                )
            else:
                seen[key] = number
        if duplicates:
            raise ValidationError(
                "Danh sách có tập thể, cá nhân bị nhập trùng: %(names)s. Hãy xóa dòng trùng "
                "hoặc ghi rõ đơn vị công tác nếu là hai người khác nhau.",
                params={"names": "; ".join(duplicates)},
                code="duplicate_recipient",
            )


def offered_award_types(request):
    """The catalogue entries a form offers: those still in use, and any a row being edited
    already holds (an old «Biểu dương»), which stays as it is."""
    match = getattr(request, "resolver_match", None)
    in_use = AwardType.objects.filter(active=True)
    if match is None or not match.kwargs.get("object_id"):
        return in_use
    return AwardType.objects.filter(
        Q(active=True) | Q(pk__in=Commendation.objects.values("award_type"))
    )


def warn_about_records(request, commendations):
    """Show the officer what the recipients' records say about what was just saved: missing
    consecutive years, an achievement already commended (awards.history)."""
    for commendation in commendations:
        for warning in commendation_warnings(commendation):
            messages.warning(request, f"{commendation.recipient_name}: {warning}")


class CommendationInline(admin.TabularInline):
    model = Commendation
    form = CommendationInlineForm
    formset = CommendationInlineFormSet
    autocomplete_fields = ["pilot_unit", "program"]
    readonly_fields = ["revocation_status"]
    show_change_link = True
    verbose_name = "tập thể, cá nhân được khen thưởng"
    verbose_name_plural = "danh sách tập thể, cá nhân được khen thưởng"

    def get_extra(self, request, obj=None, **kwargs):
        return INLINE_ROWS_NEW if obj is None else INLINE_ROWS_EDIT

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "award_type":
            kwargs["queryset"] = offered_award_types(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_fields(self, request, obj=None):
        # A new decision has nothing revoked yet: the column would only take width.
        fields = CommendationInlineForm.Meta.fields
        return fields if obj is None else [*fields, "revocation_status"]

    @admin.display(description="thu hồi")
    def revocation_status(self, commendation):
        if commendation.revoked_on:
            return f"Đã thu hồi ngày {commendation.revoked_on:%d/%m/%Y}"
        return "–"


# The decision's related article -----------------------------------------------------------------
#
# Django's own autocomplete answers only users who may view the picked model in its admin: the
# news' articles, which officers may not (mttq_portal.roles), and would list drafts and other
# staff's unpublished work. The decision admin answers its picker itself instead.

ARTICLE_PICKER = "awards_awarddecision_article_autocomplete"  # the name of its URL


def linkable_articles(keep=None):
    """Return the articles a decision may link to: the published ones, and the one it links to
    already (`keep`: its id), so that a decision whose article was taken down since is still
    shown and saved as it is."""
    articles = Article.objects.published()
    if keep is not None:
        articles |= Article.objects.filter(pk=keep)
    return articles


def picker_choices(term):
    """Return the published articles the picker lists for `term`: those whose title matches it
    by the portal's search rules, ranked as every search is; all, newest first, without one."""
    articles = Article.objects.published().only("pk", "title")
    terms = Terms.parse(term)
    if not terms:
        return articles.order_by("-published_at", "-id")
    found = articles.matching(terms, in_title=True)
    return ranked(found, terms, "search_title", "-published_at", "-id")


class ArticlePickerView(AutocompleteJsonView):
    """The decision form's article picker (ArticlePicker): the published articles, searched by
    title, for any user who may add or change decisions."""

    decision_admin = None  # set by AwardDecisionAdmin.get_urls()

    def process_request(self, request):
        # Always the decision's article field, whatever the query string names.
        field = AwardDecision._meta.get_field("article")
        return request.GET.get("term", ""), self.decision_admin, field, field.target_field.attname

    def has_perm(self, request, obj=None):
        decisions = self.decision_admin
        return decisions.has_add_permission(request) or decisions.has_change_permission(request)

    def get_queryset(self):
        return picker_choices(self.term)


class ArticlePicker(AutocompleteSelect):
    """Django's autocomplete select, asking ArticlePickerView."""

    def get_url(self):
        return reverse(f"{self.admin_site.name}:{ARTICLE_PICKER}")


class AwardDecisionForm(forms.ModelForm):
    """The decision's form: its article is one of linkable_articles(), whatever was posted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "article" in self.fields:  # not for a user who may only view the decision
            self.fields["article"].queryset = linkable_articles(keep=self.instance.article_id)


@admin.register(AwardDecision)
class AwardDecisionAdmin(
    PublicContentAdmin, SearchKeyAdmin, DecisionImportMixin, ExportAdminMixin, admin.ModelAdmin
):
    list_display = ["number", "signed_on", "issuer", "short_title", "recipient_count", "has_pdf"]
    list_display_links = ["number", "short_title"]
    list_filter = ["issuer", "campaign", "period"]
    date_hierarchy = "signed_on"
    search_fields = ["number", "title", "issuer"]
    search_help_text = "Tìm theo số, trích yếu hoặc cơ quan ban hành, có dấu hay không dấu."
    resource_classes = [AwardDecisionResource]
    form = AwardDecisionForm
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CommendationInline]
    change_form_template = "awards/admin/decision_change_form.html"

    class Media:
        css = {"all": ["css/admin-awards.css"]}

    fieldsets = [
        (None, {"fields": ["number", "signed_on", "issuer", "title", "kind"]}),
        (
            "Căn cứ và người ký",
            {"fields": ["legal_grounds", "place", "signer_name", "signer_position"]},
        ),
        ("Phân loại", {"fields": ["campaign", "period"]}),
        ("Văn bản và tin bài", {"fields": ["pdf", "article"]}),
        ("Lịch sử", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return fieldsets if obj else fieldsets[:-1]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        warn_about_records(
            request,
            form.instance.commendations.public().select_related(
                "decision", "recipient", "award_type__prerequisite"
            ),
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "title":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 80})
        if db_field.name == "legal_grounds":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 4, "cols": 80})
        if db_field.name == "signer_position":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 40})
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "article" and hasattr(formfield.widget, "can_add_related"):
            # An article written from here would be a draft, which a decision cannot link to.
            formfield.widget.can_add_related = False
        return formfield

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article":  # its choices: AwardDecisionForm
            kwargs["widget"] = ArticlePicker(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_urls(self):
        picker = ArticlePickerView.as_view(admin_site=self.admin_site, decision_admin=self)
        return [
            path("chon-bai-viet/", self.admin_site.admin_view(picker), name=ARTICLE_PICKER),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                public_count=Count("commendations", filter=Q(commendations__revoked_on=None)),
            )
        )

    @admin.display(description="trích yếu", ordering="title")
    def short_title(self, decision):
        return decision.title if len(decision.title) <= 80 else f"{decision.title[:79]}…"

    @admin.display(description="số tập thể, cá nhân", ordering="public_count")
    def recipient_count(self, decision):
        return decision.public_count

    @admin.display(description="có PDF", boolean=True)
    def has_pdf(self, decision):
        return bool(decision.pdf)


class RevokedFilter(admin.SimpleListFilter):
    title = "tình trạng"
    parameter_name = "thu_hoi"

    def lookups(self, request, model_admin):
        return [("con_hieu_luc", "Còn hiệu lực"), ("da_thu_hoi", "Đã thu hồi")]

    def queryset(self, request, queryset):
        if self.value() == "con_hieu_luc":
            return queryset.public()
        if self.value() == "da_thu_hoi":
            return queryset.filter(revoked_on__isnull=False)
        return queryset


@admin.register(Commendation)
class CommendationAdmin(PublicContentAdmin, SearchKeyAdmin, ExportAdminMixin, admin.ModelAdmin):
    list_display = [
        "recipient_name",
        "recipient_kind",
        "organization",
        "award_type",
        "decision_link",
        "revoked_on",
    ]
    list_filter = [RevokedFilter, "recipient_kind", "award_type", "decision__issuer"]
    search_fields = ["recipient_name", "organization", "position", "decision__number"]
    search_keys = ("search_text", "decision__search_text")
    search_help_text = (
        "Tìm theo tên, chức vụ, đơn vị công tác hoặc số quyết định, có dấu hay không dấu."
    )
    list_select_related = ["decision", "award_type", "pilot_unit", "program"]
    resource_classes = [CommendationExportResource]
    autocomplete_fields = ["decision", "recipient", "pilot_unit", "program"]
    fieldsets = [
        (None, {"fields": ["decision", "recipient_kind", "recipient_name", "position"]}),
        (None, {"fields": ["organization", "award_type", "achievement", "prize_amount"]}),
        ("Liên kết", {"fields": ["recipient", "pilot_unit", "program"]}),
        (
            "Thu hồi khen thưởng",
            {
                "fields": ["revoked_on", "revoking_decision", "revocation_reason"],
                "description": "Khen thưởng bị thu hồi không còn hiển thị công khai "
                "nhưng vẫn được lưu lại.",
            },
        ),
    ]

    change_list_template = "awards/admin/commendation_change_list.html"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        warn_about_records(request, [obj])

    def get_urls(self):
        reports = self.admin_site.admin_view(self.reports_view)
        return [
            path("bao-cao/", reports, name="awards_commendation_reports"),
            *super().get_urls(),
        ]

    def reports_view(self, request):
        """The reports officers send up: tables on the page, the same as Excel."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = ReportForm(request.GET or None)
        years = form.cleaned_data if form.is_valid() else {}
        tables = report_tables(years.get("tu_nam"), years.get("den_nam"))
        heading = report_heading(years.get("tu_nam"), years.get("den_nam"))
        if form.is_valid() and request.GET.get("xuat") == "xlsx":
            return xlsx_response(report_workbook(tables, heading=heading), "bao-cao-khen-thuong")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Báo cáo tổng hợp khen thưởng",
            "subtitle": heading,
            "form": form,
            "tables": tables,
            "export_query": request.GET.urlencode(),
        }
        return TemplateResponse(request, "awards/admin/reports.html", context)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "award_type":
            kwargs["queryset"] = offered_award_types(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="quyết định", ordering="decision__signed_on")
    def decision_link(self, commendation):
        url = reverse("admin:awards_awarddecision_change", args=[commendation.decision_id])
        return format_html('<a href="{}">{}</a>', url, commendation.decision.number)


@admin.register(AwardType)
class AwardTypeAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "receivers",
        "consecutive_years",
        "conferred_here",
        "active",
        "order",
    ]
    list_display_links = ["name"]
    list_editable = ["order"]
    list_filter = ["kind", "conferred_here", "active"]
    search_fields = ["name"]
    search_help_text = "Tìm theo tên, có dấu hay không dấu."
    autocomplete_fields = ["prerequisite"]
    fieldsets = [
        (None, {"fields": ["name", "kind", "slug", "order", "active"]}),
        ("Đối tượng được tặng", {"fields": ["for_collective", "for_individual", "for_household"]}),
        (
            "Điều kiện",
            {
                "fields": [
                    "consecutive_years",
                    "prerequisite",
                    "condition",
                    "legal_basis",
                    "conferred_here",
                ]
            },
        ),
    ]

    @admin.display(description="tặng cho")
    def receivers(self, award_type):
        return award_type.receivers_display


class HistoryInline(admin.TabularInline):
    """A recipient's whole history, revoked commendations included; changed on their own
    pages."""

    model = Commendation
    fields = ["year", "award_type", "decision", "position", "organization", "status"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name = "lần khen thưởng"
    verbose_name_plural = "quá trình khen thưởng"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("decision", "award_type")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="năm")
    def year(self, commendation):
        return commendation.decision.signed_on.year

    @admin.display(description="tình trạng")
    def status(self, commendation):
        if commendation.revoked_on:
            return f"Đã thu hồi ngày {commendation.revoked_on:%d/%m/%Y}"
        return "Còn hiệu lực"


@admin.register(Recipient)
class RecipientAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ["name", "kind", "birth_year", "commendation_count", "note"]
    list_filter = ["kind"]
    search_fields = ["name"]
    search_help_text = "Tìm theo tên, có dấu hay không dấu."
    fields = ["kind", "name", "birth_year", "note", "slug"]
    readonly_fields = ["slug"]
    inlines = [HistoryInline]
    change_form_template = "awards/admin/recipient_change_form.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(total=Count("commendations"))

    @admin.display(description="số lần khen thưởng", ordering="total")
    def commendation_count(self, recipient):
        return recipient.total

    def get_urls(self):
        history = self.admin_site.admin_view(self.history_export_view)
        return [
            path(
                "<path:object_id>/qua-trinh.xlsx",
                history,
                name="awards_recipient_history_xlsx",
            ),
            *super().get_urls(),
        ]

    def history_export_view(self, request, object_id):
        from .reports import history_workbook

        recipient = self.get_object(request, object_id)
        if recipient is None or not self.has_view_permission(request, recipient):
            raise PermissionDenied
        return xlsx_response(
            history_workbook(recipient, history_rows(recipient)),
            f"qua-trinh-khen-thuong-{recipient.slug}",
        )


from . import admin_proposals  # noqa: E402,F401  (registers the proposals' admin)

"""The proposals' admin: the proposing officer enters a proposal, its files and its lines and
sends it; another officer appraises each line on «Thẩm định», then makes the decision of the
accepted lines on «Ra quyết định». The rules are awards.proposals'; this module only asks and
answers."""

import mimetypes

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminDateWidget, AdminTextInputWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from mttq_portal.admin import SearchKeyAdmin
from news.editing import person

from . import proposals
from .admin import offered_award_types
from .history import award_warnings
from .models import AwardDecision, Proposal, ProposalLine, Recipient

APPRAISE = "awards.appraise_proposal"


class ProposalLineInline(admin.StackedInline):
    model = ProposalLine
    extra = 1
    autocomplete_fields = ["recipient"]
    fields = [
        ("recipient_kind", "recipient_name", "birth_year"),
        ("position", "organization"),
        ("award_type", "prize_amount"),
        "achievement",
        "recipient",
        "verdict_display",
    ]
    readonly_fields = ["verdict_display"]
    verbose_name = "tập thể, cá nhân được đề nghị"
    verbose_name_plural = "danh sách tập thể, cá nhân được đề nghị"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "award_type":
            kwargs["queryset"] = offered_award_types(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "achievement":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        return ProposalAdmin.may_edit(request, obj) and super().has_change_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return ProposalAdmin.may_edit(request, obj) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return ProposalAdmin.may_edit(request, obj) and super().has_delete_permission(request, obj)

    @admin.display(description="kết quả thẩm định")
    def verdict_display(self, line):
        if line.pk is None:
            return "–"
        text = line.get_verdict_display()
        if line.appraisal_note:
            text += f": {line.appraisal_note}"
        if line.appraised_by_id:
            text += (
                f" ({person(line.appraised_by)}, {timezone.localtime(line.appraised_at):%d/%m/%Y})"
            )
        return text


class AppraisalForm(forms.Form):
    """One line's verdict on the appraisal page."""

    verdict = forms.ChoiceField(
        label="Kết quả",
        choices=[
            (ProposalLine.Verdict.PENDING, "Chưa quyết"),
            (ProposalLine.Verdict.ACCEPTED, "Đồng ý"),
            (ProposalLine.Verdict.RETURNED, "Trả lại để bổ sung"),
            (ProposalLine.Verdict.REFUSED, "Không đồng ý"),
        ],
        widget=forms.RadioSelect,
        initial=ProposalLine.Verdict.PENDING,
    )
    note = forms.CharField(
        label="Ý kiến thẩm định",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )


def decision_defaults(proposal):
    """What the decision form offers for a proposal: the issuer, place and signer of the last
    decision (the same committee signs them), today, the proposal's subject as a decision's
    ("Về việc đề nghị tặng …" becomes "Về việc tặng …"), and its grounds."""
    last = AwardDecision.objects.order_by("-signed_on", "-id").first()
    title = proposal.title
    for proposing in ("Về việc đề nghị ", "V/v đề nghị "):
        if title.startswith(proposing):
            title = "Về việc " + title[len(proposing) :]
    return {
        "issuer": last.issuer if last else settings.SITE_NAME,
        "place": last.place if last else "",
        "signer_name": last.signer_name if last else "",
        "signer_position": last.signer_position if last else "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH",
        "signed_on": timezone.localdate(),
        "title": title,
        "kind": "chuyen_de" if proposal.campaign_id else "thuong_xuyen",
        "legal_grounds": "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n"
        f"Xét đề nghị của {proposal.proposing_unit} tại Tờ trình số {proposal.number} ngày "
        f"{proposal.submitted_on:%d/%m/%Y};",
    }


class DecisionFromProposalForm(forms.ModelForm):
    """The decision made of a proposal's accepted lines."""

    class Meta:
        model = AwardDecision
        fields = [
            "number",
            "signed_on",
            "issuer",
            "title",
            "kind",
            "legal_grounds",
            "place",
            "signer_name",
            "signer_position",
        ]
        widgets = {
            "signed_on": AdminDateWidget,
            "issuer": AdminTextInputWidget,
            "number": AdminTextInputWidget,
            "place": AdminTextInputWidget,
            "signer_name": AdminTextInputWidget,
            "title": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "legal_grounds": forms.Textarea(attrs={"rows": 4, "cols": 80}),
            "signer_position": forms.Textarea(attrs={"rows": 2, "cols": 40}),
        }

    def _post_clean(self):
        # The whole decision is checked by awards.proposals.decide(), with its recipients.
        pass


@admin.register(Proposal)
class ProposalAdmin(SearchKeyAdmin, admin.ModelAdmin):
    list_display = [
        "number",
        "proposing_unit",
        "submitted_on",
        "status",
        "author",
        "line_count",
        "decision",
    ]
    list_filter = ["status", "proposing_unit"]
    search_fields = ["number", "proposing_unit", "title"]
    date_hierarchy = "submitted_on"
    inlines = [ProposalLineInline]
    change_form_template = "awards/admin/proposal_change_form.html"
    readonly_fields = ["status", "author", "decision_link"]
    fieldsets = [
        (None, {"fields": ["number", "submitted_on", "proposing_unit", "title", "campaign"]}),
        (
            "Hồ sơ",
            {
                "fields": [
                    "covering_letter",
                    "achievement_report",
                    "council_minutes",
                    "council_vote",
                ],
                "description": "Tệp chỉ cán bộ xem được, không công khai trên cổng.",
            },
        ),
        ("Trạng thái", {"fields": ["status", "author", "decision_link"]}),
    ]
    autocomplete_fields = ["campaign"]

    # --- who may do what -----------------------------------------------------------------

    @staticmethod
    def may_edit(request, proposal):
        """The one who entered a proposal changes it while it is a draft or has lines returned
        to them; nobody changes it otherwise."""
        if proposal is None:
            return True
        return proposal.created_by_id == request.user.pk and proposal.is_editable

    @staticmethod
    def may_judge(request, proposal, status):
        """An officer who may appraise, on a proposal someone else entered, in `status`."""
        return (
            request.user.has_perm(APPRAISE)
            and proposal.created_by_id != request.user.pk
            and proposal.status == status
        )

    @classmethod
    def may_appraise(cls, request, proposal):
        return cls.may_judge(request, proposal, Proposal.Status.SUBMITTED)

    @classmethod
    def may_decide(cls, request, proposal):
        return cls.may_judge(request, proposal, Proposal.Status.APPRAISED) and (
            proposal.lines.filter(verdict=ProposalLine.Verdict.ACCEPTED, commendation=None).exists()
        )

    def has_change_permission(self, request, obj=None):
        if obj is not None and not self.may_edit(request, obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and (
            obj.created_by_id != request.user.pk or obj.status != Proposal.Status.DRAFT
        ):
            return False
        return super().has_delete_permission(request, obj)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("created_by", "decision")
            .annotate(line_total=Count("lines"))
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context.update(
                may_submit=self.may_edit(request, obj) and obj.status != Proposal.Status.DECIDED,
                may_appraise=self.may_appraise(request, obj),
                may_decide=self.may_decide(request, obj),
                is_author=obj.created_by_id == request.user.pk,
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description="người lập")
    def author(self, proposal):
        return person(proposal.created_by) if proposal.created_by_id else "–"

    @admin.display(description="số dòng", ordering="line_total")
    def line_count(self, proposal):
        return proposal.line_total

    @admin.display(description="quyết định khen thưởng")
    def decision_link(self, proposal):
        if proposal.decision_id is None:
            return "–"
        url = reverse("admin:awards_awarddecision_change", args=[proposal.decision_id])
        return format_html('<a href="{}">{}</a>', url, proposal.decision)

    # --- the extra pages -------------------------------------------------------------------

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/gui/", wrap(self.submit_view), name="awards_proposal_submit"),
            path(
                "<path:object_id>/tham-dinh/",
                wrap(self.appraise_view),
                name="awards_proposal_appraise",
            ),
            path(
                "<path:object_id>/ra-quyet-dinh/",
                wrap(self.decide_view),
                name="awards_proposal_decide",
            ),
            path("tep/<path:name>", wrap(self.file_view), name="awards_proposal_file"),
            *super().get_urls(),
        ]

    def _proposal(self, request, object_id):
        proposal = self.get_object(request, object_id)
        if proposal is None or not self.has_view_permission(request, proposal):
            raise Http404("Không có đề nghị này.")
        return proposal

    def _change_url(self, proposal):
        return reverse("admin:awards_proposal_change", args=[proposal.pk])

    def submit_view(self, request, object_id):
        proposal = self._proposal(request, object_id)
        if request.method != "POST":
            return redirect(self._change_url(proposal))
        try:
            proposals.submit(proposal, request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, f"Đã gửi {proposal} đi thẩm định.")
        return redirect(self._change_url(proposal))

    def appraise_view(self, request, object_id):
        proposal = self._proposal(request, object_id)
        if not request.user.has_perm(APPRAISE):
            raise PermissionDenied
        proposals.ensure_not_author(proposal, request.user)
        if proposal.status != Proposal.Status.SUBMITTED:
            messages.error(request, proposals.MESSAGE_NOT_SUBMITTED)
            return redirect(self._change_url(proposal))
        lines = list(
            proposal.lines.filter(verdict=ProposalLine.Verdict.PENDING).select_related(
                "award_type__prerequisite", "recipient"
            )
        )
        forms_by_line = [
            (line, AppraisalForm(request.POST or None, prefix=f"dong-{line.pk}")) for line in lines
        ]
        if request.method == "POST" and all(form.is_valid() for _line, form in forms_by_line):
            verdicts = {
                line.pk: (form.cleaned_data["verdict"], form.cleaned_data["note"])
                for line, form in forms_by_line
            }
            try:
                proposals.appraise(proposal, request.user, verdicts)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                done = sum(1 for verdict, _note in verdicts.values() if verdict != "pending")
                messages.success(request, f"Đã ghi kết quả thẩm định {done} dòng của {proposal}.")
                return redirect(self._change_url(proposal))
        year = timezone.localdate().year
        rows = []
        for line, form in forms_by_line:
            record = self._record(line)
            warnings = award_warnings(
                recipient=record,
                award_type=line.award_type,
                year=year,
                achievement=line.achievement,
            )
            rows.append((line, form, warnings, record))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Thẩm định {proposal}",
            "proposal": proposal,
            "rows": rows,
            "files": [
                (Proposal._meta.get_field(name).verbose_name, getattr(proposal, name))
                for name in Proposal.FILE_FIELDS
                if getattr(proposal, name)
            ],
        }
        return TemplateResponse(request, "awards/admin/proposal_appraise.html", context)

    @staticmethod
    def _record(line):
        if line.recipient_id:
            return line.recipient
        return Recipient.for_commendation(
            kind=line.recipient_kind,
            name=line.recipient_name,
            organization=line.organization,
            birth_year=line.birth_year,
        )

    def decide_view(self, request, object_id):
        proposal = self._proposal(request, object_id)
        if not request.user.has_perm(APPRAISE):
            raise PermissionDenied
        proposals.ensure_not_author(proposal, request.user)
        accepted = list(
            proposal.lines.filter(
                verdict=ProposalLine.Verdict.ACCEPTED, commendation=None
            ).select_related("award_type")
        )
        initial = decision_defaults(proposal)
        form = DecisionFromProposalForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
            try:
                decision = proposals.decide(proposal, request.user, fields)
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for field, errors in error.error_dict.items():
                        form.add_error(field if field in form.fields else None, errors)
                else:
                    form.add_error(None, error)
            else:
                messages.success(
                    request,
                    f"Đã ra {decision} với {len(accepted)} tập thể, cá nhân từ {proposal}. "
                    "Bản in quyết định và giấy chứng nhận có ở trang công khai của quyết định.",
                )
                return redirect(reverse("admin:awards_awarddecision_change", args=[decision.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Ra quyết định khen thưởng cho {proposal}",
            "proposal": proposal,
            "form": form,
            "accepted": accepted,
            "may_decide": self.may_decide(request, proposal),
        }
        return TemplateResponse(request, "awards/admin/proposal_decide.html", context)

    def file_view(self, request, name):
        """Hand a proposal's document to staff who may view that proposal, as a download."""
        for field in Proposal.FILE_FIELDS:
            proposal = Proposal.objects.filter(**{field: name}).first()
            if proposal is not None:
                break
        else:
            raise Http404("Không có tệp này.")
        if not self.has_view_permission(request, proposal):
            raise PermissionDenied
        stored = getattr(proposal, field)
        label = Proposal._meta.get_field(field).verbose_name
        extension = name.rpartition(".")[2]
        download = f"{label} {proposal.number}".replace("/", "-")
        return FileResponse(
            stored.open("rb"),
            as_attachment=True,
            filename=f"{download}.{extension}",
            content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        )

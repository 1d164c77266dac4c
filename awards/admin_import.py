"""The admin's Excel side: export of decisions and recipients, and the import of a decision's
recipients from its own page ("Nhập danh sách từ Excel": upload, preview, confirm)."""

import tablib
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from import_export.results import RowResult

from mttq_portal import import_store
from mttq_portal.import_admin import ImportExportAdminMixin, refused_response
from mttq_portal.import_files import XLSX

from .forms import RecipientImportConfirmForm, RecipientImportForm, read_dataset
from .models import AwardType, Commendation
from .resources import RecipientResource
from .services import recipients_import

SHEET_TITLE = "Danh sách khen thưởng"


class ExportAdminMixin(ImportExportAdminMixin):
    """Excel/CSV export only, with the project's formats and file names; recipients are
    imported through their decision (DecisionImportMixin)."""

    def has_import_permission(self, request):
        return False


class DecisionImportMixin:
    """Adds "Nhập danh sách từ Excel" to a decision's admin page."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/nhap-danh-sach/",
                self.admin_site.admin_view(self.import_recipients_view),
                name="{}_{}_import_recipients".format(*info),
            ),
            path(
                "nhap-danh-sach/tep-mau.xlsx",
                self.admin_site.admin_view(self.recipients_template_view),
                name="{}_{}_recipients_template".format(*info),
            ),
            *super().get_urls(),
        ]

    def has_import_recipients_permission(self, request, decision=None):
        return self.has_change_permission(request, decision) and request.user.has_perm(
            "awards.add_commendation"
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        if object_id and self.has_import_recipients_permission(request):
            extra_context["import_recipients_url"] = reverse(
                f"{self.admin_site.name}:awards_awarddecision_import_recipients",
                args=[object_id],
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def recipients_template_view(self, request):
        """Return an empty spreadsheet with the import's column headers."""
        if not self.has_import_recipients_permission(request):
            raise PermissionDenied
        resource = RecipientResource()
        headers = [f.column_name for f in resource.get_import_fields()]
        content = XLSX().export_data(tablib.Dataset(headers=headers, title=SHEET_TITLE))
        response = HttpResponse(content, content_type=XLSX.CONTENT_TYPE)
        response["Content-Disposition"] = 'attachment; filename="danh-sach-khen-thuong-mau.xlsx"'
        return response

    def import_recipients_view(self, request, object_id):
        decision = self.get_object(request, unquote(object_id))
        if decision is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_import_recipients_permission(request, decision):
            raise PermissionDenied
        change_url = reverse(
            f"{self.admin_site.name}:awards_awarddecision_change", args=[decision.pk]
        )
        target = f"awards.awarddecision:{decision.pk}"
        upload_form = RecipientImportForm()
        result = confirm_form = None
        if request.method == "POST" and "token" in request.POST:
            try:
                kept = import_store.claim(request.POST["token"], user=request.user, target=target)
                dataset = read_dataset(kept.file_name, kept.content)
            except (import_store.ImportRefused, ValidationError) as error:
                reasons = error.messages if isinstance(error, ValidationError) else [str(error)]
                return refused_response(request, self.admin_site, self.opts, reasons, request.path)
            result = recipients_import(decision=decision, dataset=dataset, dry_run=False)
            if not result.has_any_error() and result.totals[RowResult.IMPORT_TYPE_NEW]:
                created = result.totals[RowResult.IMPORT_TYPE_NEW]
                self.log_change(
                    request, decision, f"Nhập {created} tập thể, cá nhân từ tệp {kept.file_name}."
                )
                messages.success(
                    request,
                    f"Đã nhập {created} tập thể, cá nhân vào quyết định số {decision.number}.",
                )
                return redirect(change_url)
            # The data changed since the preview (e.g. someone added a recipient): nothing was
            # written, and the new problems are shown.
            messages.error(request, "Không nhập dòng nào vì tệp có lỗi.")
        elif request.method == "POST":
            upload_form = RecipientImportForm(request.POST, request.FILES)
            if upload_form.is_valid():
                result = recipients_import(
                    decision=decision, dataset=upload_form.dataset, dry_run=True
                )
                if not result.has_any_error() and result.totals[RowResult.IMPORT_TYPE_NEW]:
                    token = import_store.keep(
                        upload_form.content,
                        user=request.user,
                        target=target,
                        file_name=upload_form.cleaned_data["import_file"].name,
                        file_format="",
                    )
                    confirm_form = RecipientImportConfirmForm(initial={"token": token})
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Nhập danh sách khen thưởng vào quyết định số {decision.number}",
            "decision": decision,
            "change_url": change_url,
            "template_url": reverse(
                f"{self.admin_site.name}:awards_awarddecision_recipients_template"
            ),
            "upload_form": upload_form,
            "confirm_form": confirm_form,
            "result": result,
            "error_lines": result.error_lines() if result is not None else [],
            "is_empty": result is not None
            and not result.has_any_error()
            and not result.totals[RowResult.IMPORT_TYPE_NEW],
            "preview": result.preview() if result is not None else None,
            "import_columns": [
                (f.column_name, f.attribute in RecipientResource.required_columns)
                for f in RecipientResource().get_import_fields()
            ],
            "kinds": Commendation.RecipientKind.labels,
            "award_forms": AwardType.objects.filter(active=True).values_list("name", flat=True),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "awards/admin/import_recipients.html", context)

"""The admin's side of the officers' Excel files: import (upload, preview, confirm) and export
for any ModelAdmin, in Vietnamese, all or nothing (mttq_portal.importing holds the resources and
widgets).

``ImportExportAdminMixin``: put before ``admin.ModelAdmin``. Excel (.xlsx) and CSV only (CSV
read with "," or ";", written as UTF-8 with BOM so Excel shows Vietnamese), the preview lists
every row error and offers no confirm button while one remains, the confirm step refuses a file
with errors, importing needs the add and change permissions and exporting the view permission.
The uploaded file waits for its confirmation on the server (mttq_portal.import_store); the
confirm form carries only a signed token, and a confirmation that cannot be trusted is a
Vietnamese HTTP 400 (refused_response()).
"""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from import_export.admin import ImportExportMixin
from import_export.forms import ConfirmImportForm, ImportForm, SelectableFieldsExportForm
from import_export.results import RowResult

from .import_files import CSV, XLSX, FileRefused, check_size
from .import_store import MESSAGE_INVALID, ImportRefused, claim, keep
from .importing import ImportResult
from .text import vietnamese_slugify

logger = logging.getLogger(__name__)


def refused_response(request, admin_site, opts, reasons, retry_url):
    """Return the admin's HTTP 400 page for an import confirmation that cannot be trusted."""
    context = {
        **admin_site.each_context(request),
        "opts": opts,
        "title": "Không nhập được tệp",
        "reasons": reasons,
        "retry_url": retry_url,
    }
    request.current_app = admin_site.name
    return TemplateResponse(request, "admin/import_refused.html", context, status=400)


class ExportForm(SelectableFieldsExportForm):
    """The export form, its column checkboxes labelled by the Vietnamese column names."""

    def _get_field_label(self, resource, field_name):
        field = resource.fields.get(field_name)
        return field.column_name if field and field.column_name else field_name


class ImportFileForm(ImportForm):
    """The import's upload form, refusing an oversized file before it is read."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        try:
            check_size(upload.size)
        except FileRefused as error:
            raise ValidationError(str(error), code="too_large") from error
        return upload


class ConfirmForm(ConfirmImportForm):
    """The import's confirm form: its file name is a token of mttq_portal.import_store, and the
    file, its name and its format are the ones kept on the server, whatever else is posted."""

    def __init__(self, *args, user, target, resource_count, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.target, self.resource_count = user, target, resource_count
        self.kept = None

    def clean_import_file_name(self):
        try:
            token = self.cleaned_data["import_file_name"]
            self.kept = claim(token, user=self.user, target=self.target)
        except ImportRefused as error:
            raise ValidationError(str(error), code="refused") from error
        return self.kept.file_name

    def clean_resource(self):
        value = self.cleaned_data.get("resource") or ""
        if value and not (value.isdigit() and int(value) < self.resource_count):
            raise ValidationError(MESSAGE_INVALID, code="resource")
        return value


class _Upload:
    """An uploaded file held in memory between its check and its preview (django-import-export
    would write it to the temporary folder and trust the name the confirm form sends back)."""

    name = ""

    def __init__(self, content):
        self.content = content

    def read(self):
        return self.content


class ImportExportAdminMixin(ImportExportMixin):
    """Excel/CSV import with preview and export for a ModelAdmin, in Vietnamese, all or nothing."""

    formats = [XLSX, CSV]
    import_template_name = "models_registry/admin/import.html"
    import_form_class = ImportFileForm
    confirm_form_class = ConfirmForm
    export_form_class = ExportForm
    # Excel opens a CSV as UTF-8 only when it starts with a byte order mark.
    to_encoding = "utf-8-sig"
    from_encoding = "utf-8-sig"

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def import_target(self):
        """Return what a kept file is bound to: this admin's model."""
        return f"{self.opts.app_label}.{self.opts.model_name}"

    def write_to_tmp_storage(self, import_file, input_format):
        content = b"".join(import_file.chunks())
        import_file.kept_content = content
        return _Upload(content)

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            upload = import_form.cleaned_data["import_file"]
            initial["import_file_name"] = keep(
                upload.kept_content,
                user=request.user,
                target=self.import_target(),
                file_name=upload.name,
                file_format=str(import_form.cleaned_data["format"]),
            )
        return initial

    def get_confirm_form_kwargs(self, request, import_form=None):
        return {
            **super().get_confirm_form_kwargs(request, import_form),
            "user": request.user,
            "target": self.import_target(),
            "resource_count": len(self.get_import_resource_classes(request)),
        }

    def process_import(self, request, **kwargs):
        """Import, once confirmed, the file kept at the preview: nothing the client sends names a
        file, and a confirmation that cannot be trusted is answered 400 in Vietnamese."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        confirm_form = self.create_confirm_form(request)
        if request.method != "POST" or not confirm_form.is_valid():
            reasons = [error for errors in confirm_form.errors.values() for error in errors]
            return self.import_refused(request, reasons or [MESSAGE_INVALID])
        kept = confirm_form.kept
        file_format = self.get_import_formats()[int(kept.file_format)](encoding=self.from_encoding)
        try:
            dataset = file_format.create_dataset(kept.content)
        except Exception as error:  # read at the preview; only a change of limits gets here
            logger.warning("A kept import could not be read again: %r", error)
            return self.import_refused(request, [MESSAGE_INVALID])
        result = self.process_dataset(dataset, confirm_form, request, file_name=kept.file_name)
        return self.process_result(result, request)

    def import_url(self):
        return reverse(
            "admin:{}_{}_import".format(*self.get_model_info()), current_app=self.admin_site.name
        )

    def import_refused(self, request, reasons):
        return refused_response(request, self.admin_site, self.opts, reasons, self.import_url())

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, FileRefused):
            form.add_error("import_file", str(e))
            return
        form.add_error(
            "import_file",
            "Không đọc được tệp. Hãy chọn đúng định dạng (xlsx hoặc csv); tệp CSV phải lưu bằng "
            "mã UTF-8 (trong Excel: «CSV UTF-8»).",
        )

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # The confirm step of a file that has errors (the data changed since the preview):
            # the resource has rolled everything back; say so and show why.
            error_lines = result.error_lines() if isinstance(result, ImportResult) else []
            messages.error(request, "Không nhập dòng nào vì tệp có lỗi. Hãy sửa tệp rồi nhập lại.")
            for line in error_lines[:20]:
                messages.error(request, line)
            return HttpResponseRedirect(self.import_url())
        return super().process_result(result, request)

    def add_success_message(self, result, request):
        totals = result.totals
        messages.success(
            request,
            f"Đã nhập xong ({self.model._meta.verbose_name_plural}): "
            f"{totals[RowResult.IMPORT_TYPE_NEW]} dòng mới, "
            f"{totals[RowResult.IMPORT_TYPE_UPDATE]} dòng cập nhật, "
            f"{totals[RowResult.IMPORT_TYPE_SKIP]} dòng không thay đổi.",
        )

    def get_export_filename(self, request, queryset, file_format):
        name = vietnamese_slugify(str(self.model._meta.verbose_name_plural))
        today = timezone.localdate().strftime("%d-%m-%Y")
        return f"{name}-{today}.{file_format.get_extension()}"

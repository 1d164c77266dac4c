"""Import and export of staff data as Excel (.xlsx) and CSV, in Vietnamese, all or nothing.

django-import-export does the work; this module makes every app's imports behave the same way:

Widgets for the cells: mttq_portal.import_widgets.

No exported cell can start a formula (``formula_safe``): a text beginning with "=", "+", "-",
"@", a tab or a carriage return is written behind an apostrophe, in .xlsx and .csv alike, as
OWASP's CSV-injection guidance asks; numbers stay numbers. An import takes that apostrophe off
again (``formula_restored``), so a file exported and imported again gives back what was typed.

Files are bounded before they are parsed (mttq_portal.import_files, formats XLSX and CSV): at
most MAX_FILE_BYTES, MAX_UNCOMPRESSED_BYTES of XML inside an .xlsx (a zip bomb is refused from its
table of contents), and MAX_ROWS rows; each refusal is a Vietnamese ``FileRefused``.

``AllOrNothingResource``: the base ``ModelResource``. One transaction of its own; each
row validated with the model's ``full_clean()`` (constraints and ``clean()`` included); any
row error rolls back every row, on the preview and on the confirmed import alike; the preview
(dry run) validates without writing. For a model of one record per name (OneRecordPerName) the
stored records are read once per scope (a pilot unit, a decision), and a name twice in the file,
or already stored, is found in memory rather than by a query per row; headers matched
without regard to case or surrounding spaces; missing ``required_columns`` reported before any
row is read; blank rows ignored; ``Result.error_lines()`` gives every problem as
"Dòng 3, cột «Lĩnh vực»: không có lĩnh vực «Abc»", numbered as in the spreadsheet (the header is
line 1, the first data row line 2).

The admin's import and export pages: mttq_portal.import_admin.ImportExportAdminMixin.

Example::

    class BookResource(AllOrNothingResource):
        title = fields.Field(attribute="title", column_name="Tên sách", widget=TextWidget())
        sector = fields.Field(
            attribute="sector", column_name="Lĩnh vực", widget=NameForeignKeyWidget(Sector)
        )

        class Meta(AllOrNothingResource.Meta):
            model = Book
            fields = ("title", "sector")
            import_id_fields = ("title",)
            name = "Sách"


    @admin.register(Book)
    class BookAdmin(ImportExportAdminMixin, admin.ModelAdmin):
        resource_classes = [BookResource]
"""

import logging
import re
import textwrap

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from import_export import resources, widgets
from import_export.results import Result, RowResult

from mttq_portal.import_files import restored_dataset, safe_dataset
from mttq_portal.import_widgets import ReferenceWidget, clean_text, is_blank
from mttq_portal.models import OneRecordPerName, inserts_collected, slugs_in_memory
from mttq_portal.pagecache import announce_change

logger = logging.getLogger(__name__)

# Line 1 of a spreadsheet is the header row, so data row n sits on line n + 1: the number an
# officer sees at the left of Excel.
HEADER_LINES = 1
# Rows shown in an import's preview; the others are counted.
PREVIEW_ROWS = 200


def sheet_title(name) -> str:
    """Return `name` as an Excel sheet's name: at most 31 characters, cut between words, with
    none of the characters Excel refuses there."""
    name = re.sub(r"[\\/*?:\[\]]", " ", str(name))
    return textwrap.shorten(name, 31, placeholder="") or "Dữ liệu"


class ImportResult(Result):
    """A Result that can say what went wrong in Vietnamese, line by line, and show the file's
    rows as they were read."""

    column_names: dict = {}
    KINDS = {
        RowResult.IMPORT_TYPE_NEW: "Thêm mới",
        RowResult.IMPORT_TYPE_UPDATE: "Cập nhật",
        RowResult.IMPORT_TYPE_SKIP: "Không thay đổi",
        RowResult.IMPORT_TYPE_INVALID: "Có lỗi",
        RowResult.IMPORT_TYPE_ERROR: "Có lỗi",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.column_names = {}
        self.headers = []  # the resource's columns
        self.file_headers = []  # the file's

    def append_row_result(self, row_result):
        if not getattr(row_result, "blank", False):
            super().append_row_result(row_result)

    def has_any_error(self):
        return self.has_errors() or self.has_validation_errors()

    def problems(self):
        """Yield (line, column or None, Vietnamese message) of every problem, in line order."""
        found = [(0, None, _error_text(error.error)) for error in self.base_errors]
        for row in self.invalid_rows:
            line = row.number + HEADER_LINES
            for key, errors in row.error_dict.items():
                column = None if key == NON_FIELD_ERRORS else self.column_names.get(key, key)
                found.extend((line, column, message) for message in errors)
        for row in self.error_rows:
            line = row.number + HEADER_LINES
            found.extend((line, None, _error_text(error.error)) for error in row.errors)
        yield from sorted(found, key=lambda item: item[0])

    def error_lines(self):
        """Return every problem as one Vietnamese sentence, "Dòng 3, cột «X»: …", in line order."""
        lines = []
        for line, column, message in self.problems():
            if not line:
                lines.append(message)
            elif column is None:
                lines.append(f"Dòng {line}: {message}")
            else:
                lines.append(f"Dòng {line}, cột «{column}»: {message}")
        return lines

    def preview(self, limit=PREVIEW_ROWS):
        """Return the file's first `limit` rows as read, for the preview table: {"columns",
        "rows": [{"line", "cells", "kind", "problems"}], "more": rows not shown}."""
        problems = {}
        for line, column, message in self.problems():
            problems.setdefault(line, []).append(f"{column}: {message}" if column else message)
        columns = [name for name in self.headers if name in self.file_headers]
        rows = []
        for row in self.rows[:limit]:
            values = row.row_values or {}
            line = getattr(row, "number", 0) + HEADER_LINES
            rows.append(
                {
                    "line": line,
                    "cells": ["" if values.get(c) is None else str(values.get(c)) for c in columns],
                    "kind": self.KINDS.get(row.import_type, ""),
                    "problems": problems.get(line, []),
                }
            )
        return {"columns": columns, "rows": rows, "more": max(len(self.rows) - limit, 0)}


def in_file_duplicate_message(line, earlier):
    return (
        f"Dòng {line} của tệp đã có «{earlier}» cùng tên này, có thể chỉ khác cách viết "
        "(chữ hoa, chữ thường, vị trí dấu thanh hoặc khoảng trắng)."
    )


def _error_text(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, ValueError):
        return str(error)
    # A database or programming error: its text is English and technical, so log it and give
    # the officer something they can act on.
    logger.warning("Import row failed: %r", error)
    return "không ghi được dòng này vào cơ sở dữ liệu; hãy kiểm tra lại giá trị các cột"


class AllOrNothingResource(resources.ModelResource):
    """Base resource: one transaction, validated rows, nothing written while any row is wrong.

    The preview (dry run) validates every row and writes nothing. For a model of one record per
    name (OneRecordPerName) the stored records are read once per scope (one query per pilot unit
    named, say) and kept in memory: finding the record a row updates, and refusing a name that
    is already stored or already on an earlier line of the file, cost no query per row. The
    foreign keys a ReferenceWidget found are not looked up again by full_clean(), and unique
    slugs are chosen in memory (mttq_portal.models.slugs_in_memory). What the database enforces
    still holds: a row it refuses on the confirmed import rolls everything back.
    """

    #: Field names whose columns a file must have (default: the import_id_fields).
    required_columns: tuple = ()
    #: {a column's former name: its field}: files exported before a column was renamed still
    #: import.
    former_column_names: dict = {}

    class Meta:
        # No use_transactions: import_data() runs its own transaction, without savepoints.
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        # The preview lists the file's own cells (ImportResult.preview()), not a diff per row.
        skip_diff = True
        store_row_values = True

    def get_result_class(self):
        return ImportResult

    def export(self, *args, **kwargs):
        """Export as tablib does, with no cell that a spreadsheet would run as a formula
        (mttq_portal.import_files.formula_safe), the sheet named after what it holds (tablib's own
        name for a sheet without a title is "Tablib Dataset")."""
        dataset = safe_dataset(super().export(*args, **kwargs))
        dataset.title = sheet_title(self._meta.name or self._meta.model._meta.verbose_name_plural)
        return dataset

    def get_required_columns(self):
        names = self.required_columns or tuple(self.get_import_id_fields())
        return [self.fields[name].column_name for name in names]

    def import_data(
        self,
        dataset,
        dry_run=False,
        raise_errors=False,
        use_transactions=None,
        collect_failed_rows=False,
        rollback_on_validation_errors=True,
        **kwargs,
    ):
        """Import `dataset`; roll everything back when any row has an error of any kind."""
        dataset = restored_dataset(dataset)
        self._match_headers(dataset)
        self._begin_file()
        missing = [name for name in self.get_required_columns() if name not in dataset.headers]
        if missing:
            result = self.get_result_class()()
            result.total_rows = len(dataset)
            columns = ", ".join(f"«{name}»" for name in missing)
            result.append_base_error(
                self.get_error_result_class()(
                    ValueError(
                        f"Tệp thiếu cột {columns}. Dòng đầu tiên của tệp phải là tên các cột, "
                        "như trong tệp xuất ra từ trang này."
                    )
                )
            )
        else:
            # One transaction of our own, rolled back when any row fails, on the preview too:
            # the confirm step must not write the valid rows of a file that has invalid ones.
            # django-import-export would also wrap every row in a savepoint; thousands of them
            # in one PostgreSQL transaction make each row slower than the one before (5,000 rows
            # took 12 s instead of 4). Without them, a row the database refuses ends the import
            # there (_stopped), and everything is rolled back all the same. The preview is the
            # same import with its writes left out (_writing), so it needs no savepoints either.
            self._writing = not dry_run
            model = self._meta.model
            with (
                transaction.atomic(),
                slugs_in_memory(model),
                inserts_collected(model, self._collected),
            ):
                result = super().import_data(
                    dataset,
                    dry_run=False,
                    raise_errors=raise_errors,
                    use_transactions=False,
                    collect_failed_rows=collect_failed_rows,
                    **kwargs,
                )
                if dry_run or result.has_any_error():
                    transaction.set_rollback(True)
        if not dry_run and not result.has_any_error():
            # Once for the whole file, when its transaction commits.
            announce_change()
        result.column_names = {
            field.attribute: field.column_name for field in self.fields.values() if field.attribute
        }
        result.headers = [f.column_name for f in self.get_import_fields() if f.column_name]
        result.file_headers = list(dataset.headers or [])
        return result

    def _begin_file(self):
        """Forget what an earlier file found: records, names and lines."""
        for field in self.fields.values():
            if isinstance(field.widget, ReferenceWidget):
                field.widget.forget()
        self._stored = {}  # scope -> {identity: stored record}
        self._in_file = {}  # identity -> (line, record) of the earlier rows of the file
        self._row_number = None
        self._collected = {}  # new records, inserted in after_import()
        self._new_links = {}  # (record, field) -> the records it links to, for new records
        self._stopped = False  # a row failed in the database: the rest is not read
        self._writing = False  # False on the preview

    def _match_headers(self, dataset):
        """Rename headers that differ from ours only by case or spaces to our column names."""
        ours = {
            clean_text(field.column_name).casefold(): field.column_name
            for field in self.fields.values()
        }
        for former, name in self.former_column_names.items():
            ours.setdefault(clean_text(former).casefold(), self.fields[name].column_name)
        dataset.headers = [
            ours.get(clean_text(header).casefold(), clean_text(header))
            for header in (dataset.headers or [])
        ]

    @property
    def _one_per_name(self):
        return issubclass(self._meta.model, OneRecordPerName)

    def _identity(self, instance):
        """Return what tells `instance` apart: its scope's values and its identity keys."""
        scope = tuple(getattr(instance, name) for name in instance.identity_scope)
        return scope, tuple(sorted(instance.identity_keys().items()))

    def _stored_records(self, scope, instance):
        """Return {identity: record} of the stored records of `scope`, read once per file."""
        if scope not in self._stored:
            model = self._meta.model
            records = model._default_manager.filter(
                **dict(zip(instance.identity_scope, scope, strict=True))
            )
            self._stored[scope] = {self._identity(record): record for record in records}
        return self._stored[scope]

    def get_instance(self, instance_loader, row):
        """Return the record the row's key cells name: for a model of one record per name
        (mttq_portal.models.OneRecordPerName), the one whose identity keys they give, so that
        "Huyện Hoà Bình" in a file updates the unit stored with "huyện Hòa Bình"."""
        try:
            if self._one_per_name and self.get_import_id_fields():
                probe = self._meta.model()
                for name in self.get_import_id_fields():
                    field = self.fields[name]
                    setattr(probe, field.attribute, field.clean(row))
                scope, _ = identity = self._identity(probe)
                if identity in self._in_file:  # named again: the later row updates the record
                    return self._in_file[identity][1]
                return self._stored_records(scope, probe).get(identity)
            return super().get_instance(instance_loader, row)
        except ValueError:
            # An unreadable key cell (an unknown name): the same cell fails again in
            # import_instance(), where it becomes an error naming its line and column.
            return None

    def import_row(self, row, instance_loader, **kwargs):
        # Excel keeps formatted empty rows below the data: they are not rows to import; nor is
        # anything after a row the database refused (the import ends there).
        if self._stopped or all(is_blank(value) for value in row.values()):
            row_result = self.get_row_result_class()()
            row_result.import_type = RowResult.IMPORT_TYPE_SKIP
            row_result.blank = True  # not counted
            return row_result
        self._row_number = kwargs.get("row_number")
        row_result = super().import_row(row, instance_loader, **kwargs)
        row_result.number = self._row_number
        # Without a savepoint per row, PostgreSQL accepts nothing more after an error.
        self._stopped = bool(row_result.errors)
        return row_result

    def import_instance(self, instance, row, **kwargs):
        if instance.pk is not None and self._meta.skip_unchanged:
            instance._imported_from = self._import_values(instance, row)
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are read only after the row is saved, where a bad value would be a
        # bare exception; read them now so that they are reported like any other cell.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row, **kwargs)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error))
        if errors:
            raise ValidationError(errors)

    def _import_values(self, instance, row, *, from_row=False):
        """Return the values of the fields `row` imports, as stored on `instance` (many-to-many:
        as stored, or as the row gives them when `from_row`)."""
        values = {}
        for field in self.get_import_fields():
            if field.column_name not in row or not field.attribute:
                continue
            model_field = instance._meta.get_field(field.attribute.split("__")[0])
            if isinstance(field.widget, widgets.ManyToManyWidget):
                if from_row:
                    related = [obj.pk for obj in field.clean(row)]
                else:
                    related = getattr(instance, field.attribute).values_list("pk", flat=True)
                values[field.attribute] = sorted(related)
            elif model_field.is_relation:  # by key: reading the record would cost a query
                values[field.attribute] = getattr(instance, model_field.attname)
            else:
                values[field.attribute] = field.get_value(instance)
        return values

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Return True for a stored record the row leaves as it was (skip_unchanged)."""
        before = instance.__dict__.get("_imported_from")
        if import_validation_errors or before is None:
            return False
        return before == self._import_values(instance, row, from_row=True)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        if not self._one_per_name:
            return super().validate_instance(instance, import_validation_errors, validate_unique)
        errors = dict(import_validation_errors or {})
        # A foreign key whose record the instance holds (a ReferenceWidget found it, or the
        # resource set it) was read from the database: full_clean() need not look it up again.
        found = {
            field.name
            for field in instance._meta.concrete_fields
            if field.many_to_one and field.is_cached(instance) and getattr(instance, field.attname)
        }
        try:
            instance.full_clean(
                exclude={*errors, *found}, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        errors = self._validate_constraints(instance, errors)
        if not errors:
            errors = self._validate_identity(instance)
        if errors:
            raise ValidationError(errors)

    def _validate_constraints(self, instance, errors):
        """Validate the constraints that are not unique ones (those are _validate_identity()'s)
        and involve a field the file gives: the others hold what they held."""
        imported = {field.attribute for field in self.get_import_fields()}
        untouched = {f.name for f in instance._meta.concrete_fields} - imported
        for model, constraints in instance.get_constraints():
            for constraint in constraints:
                if isinstance(constraint, models.UniqueConstraint):
                    continue
                condition = getattr(constraint, "condition", None)
                if condition is not None and condition.referenced_base_fields <= untouched:
                    continue  # its fields hold what they held; checking costs a query
                try:
                    constraint.validate(model, instance, exclude={*errors, *untouched})
                except ValidationError as error:
                    errors = error.update_error_dict(errors)
        return errors

    def _validate_identity(self, instance):
        """Return the error of a record whose name is already stored, or on an earlier line of
        the file for another record; else note its line and return {}."""
        scope, _ = identity = self._identity(instance)
        field = instance.identity_field
        line, earlier = self._in_file.get(identity, (None, None))
        if earlier is not None and earlier is not instance:
            return {field: [in_file_duplicate_message(line + HEADER_LINES, earlier)]}
        stored = self._stored_records(scope, instance).get(identity)
        if stored is not None and stored.pk != instance.pk:
            return {field: [instance.duplicate_message(stored)]}
        self._in_file.setdefault(identity, (self._row_number, instance))
        return {}

    def save_instance(self, instance, is_create, row, **kwargs):
        if self._writing:  # the preview validates; it writes nothing
            # A new record's save() derives and cleans its fields as always; its INSERT waits
            # for after_import() (mttq_portal.models.inserts_collected).
            super().save_instance(instance, is_create, row, **kwargs)

    def save_m2m(self, instance, row, **kwargs):
        """Link a new record's many-to-many cells once it is inserted (after_import()); a
        stored record's links are set as django-import-export does."""
        if not self._writing:
            return
        if not instance._state.adding:
            return super().save_m2m(instance, row, **kwargs)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                # A record named again further down the file: its later row's links count.
                self._new_links[id(instance), field.attribute] = (instance, field.clean(row))

    def after_import(self, dataset, result, **kwargs):
        """Insert the new records, a thousand per statement, then their many-to-many links."""
        super().after_import(dataset, result, **kwargs)
        if not self._writing:
            return
        model = self._meta.model
        records = list(self._collected.values())
        if hasattr(model, "before_bulk_insert"):
            model.before_bulk_insert(records)
        model._default_manager.bulk_create(records, batch_size=1000)
        links_by_table = {}
        for (_, attribute), (instance, related) in self._new_links.items():
            relation = getattr(model, attribute).rel
            source = relation.field.m2m_field_name()
            target = relation.field.m2m_reverse_field_name()
            links_by_table.setdefault(relation.through, []).extend(
                relation.through(**{source: instance, target: other}) for other in related
            )
        for through, links in links_by_table.items():
            through._default_manager.bulk_create(links, batch_size=1000)

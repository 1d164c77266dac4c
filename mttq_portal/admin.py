"""What the admin of every model the public sees shares."""

from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.db.models import FileField

from .documents import DOCUMENT_KINDS
from .pagecache import announce_change
from .searching import Terms, matching, ranked


class PublicContentAdmin:
    """Put before the ModelAdmin class of a model the public sees: every save and deletion in
    the admin announces a change of public content (mttq_portal.pagecache), once per request
    whatever the number of rows, when the admin's transaction commits."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        announce_change()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        announce_change()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        announce_change()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        announce_change()


class SearchKeyAdmin:
    """Put before the ModelAdmin class: its search box, and the autocompletes of other models'
    forms that pick its rows, follow the portal's search rules (mttq_portal.searching): every
    word the beginning of a word, with or without diacritics, whatever the case, Unicode form or
    tone placement.

    `search_keys` are the search columns looked in ("unit__search_text" for a related row's);
    `search_fields` stays set, as Django needs it to show the box and allow autocompletes. An
    autocomplete lists the rows holding the words as typed first, then those whose name holds
    them (so Enter picks "Xã Vĩnh Hưng" for "Vĩnh Hưng", not a unit of the former district
    Vĩnh Hưng), then in the admin's order.
    """

    search_keys = ("search_text",)

    def get_search_results(self, request, queryset, search_term):
        terms = Terms.parse(search_term)
        if not terms:
            return queryset, False
        found = matching(queryset, terms, self.search_keys)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "autocomplete":
            order = self.get_ordering(request) or self.model._meta.ordering
            found = ranked(found, terms, self.search_keys[0], *order, "pk")
        return found, False


class StoredDocumentInline(admin.TabularInline):
    """The files of a record (mttq_portal.models.StoredDocument: an article's attachments, a
    library document's files), with their kind and size once stored. The file picker offers
    the kinds that are accepted."""

    fields = ["file", "title", "order", "size_shown"]
    readonly_fields = ["size_shown"]
    extra = 1
    max_num = 20
    formfield_overrides = {
        FileField: {
            "widget": AdminFileWidget(
                attrs={"accept": ",".join(f".{kind}" for kind in DOCUMENT_KINDS)}
            )
        },
    }

    @admin.display(description="loại và dung lượng")
    def size_shown(self, stored):
        if not stored.pk:
            return "–"
        return f"{stored.kind_label}, {stored.size_display}"

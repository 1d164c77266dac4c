from django import forms
from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from models_registry.models import Campaign
from mttq_portal.admin import PublicContentAdmin, SearchKeyAdmin, StoredDocumentInline
from mttq_portal.import_admin import ImportExportAdminMixin
from mttq_portal.searching import Terms, matching, ranked
from news.models import Article

from .models import Document, DocumentFile, DocumentType, IssuingBody
from .resources import DocumentResource

SEARCH_HELP = "Tìm theo tên, gõ có dấu hay không dấu đều được."
# What the file picker offers (mttq_portal.documents checks the content).


@admin.register(DocumentType)
class DocumentTypeAdmin(PublicContentAdmin, SearchKeyAdmin, admin.ModelAdmin):
    list_display = ["name", "order", "slug"]
    list_editable = ["order"]
    search_fields = ["name"]
    search_help_text = SEARCH_HELP
    fields = ["name", "slug", "order"]


@admin.register(IssuingBody)
class IssuingBodyAdmin(DocumentTypeAdmin):
    pass


class DocumentFileInline(StoredDocumentInline):
    model = DocumentFile
    verbose_name_plural = "tệp văn bản (PDF, Word, Excel, OpenDocument)"


# The pickers of related articles and campaigns -------------------------------------------------
#
# Django's own autocomplete answers only users who may view the picked model in its admin:
# officers may not view articles, publishers may not view campaigns (mttq_portal.roles), and
# the article admin would list drafts. As the decision admin does (awards.admin), the document
# admin answers its pickers itself, for anyone who may add or change documents.

PICKERS = {
    "articles": "documents_document_article_autocomplete",
    "campaigns": "documents_document_campaign_autocomplete",
}


def picker_choices(field_name, term):
    """Return what the picker of `field_name` lists for `term`: published articles searched
    by title, newest first; campaigns searched by name, alphabetically."""
    terms = Terms.parse(term)
    if field_name == "articles":
        articles = Article.objects.published().only("pk", "title")
        if not terms:
            return articles.order_by("-published_at", "-id")
        found = articles.matching(terms, in_title=True)
        return ranked(found, terms, "search_title", "-published_at", "-id")
    campaigns = Campaign.objects.only("pk", "name")
    if not terms:
        return campaigns.order_by("name", "pk")
    return ranked(matching(campaigns, terms), terms, "search_text", "name", "pk")


class RelatedPickerView(AutocompleteJsonView):
    """A document form's picker of articles or campaigns (RelatedPicker)."""

    document_admin = None  # set by DocumentAdmin.get_urls()
    field_name = None

    def process_request(self, request):
        # Always this picker's own field, whatever the query string names.
        field = Document._meta.get_field(self.field_name)
        return request.GET.get("term", ""), self.document_admin, field, "pk"

    def has_perm(self, request, obj=None):
        documents = self.document_admin
        return documents.has_add_permission(request) or documents.has_change_permission(request)

    def get_queryset(self):
        return picker_choices(self.field_name, self.term)


class RelatedPicker(AutocompleteSelectMultiple):
    """Django's autocomplete select, asking the document admin's own picker."""

    def get_url(self):
        return reverse(f"{self.admin_site.name}:{PICKERS[self.field.name]}")


class DocumentForm(forms.ModelForm):
    """A document's articles are published ones, or ones it links to already (an article
    taken down since stays linked until an officer removes it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "articles" in self.fields:  # not for a user who may only view the document
            articles = Article.objects.published()
            if self.instance.pk:
                articles |= Article.objects.filter(documents=self.instance)
            self.fields["articles"].queryset = articles.distinct()


class YearFilter(admin.SimpleListFilter):
    title = "năm ban hành"
    parameter_name = "nam"

    def lookups(self, request, model_admin):
        years = Document.objects.dates("issued", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(issued__year=int(value))
        return queryset


@admin.register(Document)
class DocumentAdmin(PublicContentAdmin, SearchKeyAdmin, ImportExportAdminMixin, SimpleHistoryAdmin):
    resource_classes = [DocumentResource]
    form = DocumentForm
    list_display = ["symbol", "type", "issued", "short_summary", "issuer", "is_published"]
    list_display_links = ["symbol", "short_summary"]
    list_filter = ["type", "issuer", YearFilter, "is_published"]
    list_select_related = ["type", "issuer"]
    search_fields = ["symbol", "summary", "signer"]
    search_help_text = (
        "Tìm theo số ký hiệu, trích yếu, người ký, loại văn bản hoặc cơ quan ban hành, có dấu "
        "hay không dấu."
    )
    date_hierarchy = "issued"
    inlines = [DocumentFileInline]
    readonly_fields = ["public_link", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["symbol", "number", "type", "issuer", "summary"]}),
        ("Ngày và người ký", {"fields": ["issued", "effective", "signer", "signer_position"]}),
        ("Liên quan", {"fields": ["articles", "campaigns"]}),
        ("Công bố", {"fields": ["is_published", "slug", "public_link"]}),
        ("Lịch sử", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "summary":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in PICKERS:  # the articles' choices: DocumentForm
            kwargs["widget"] = RelatedPicker(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_urls(self):
        urls = []
        for field_name, url_name in PICKERS.items():
            picker = RelatedPickerView.as_view(
                admin_site=self.admin_site, document_admin=self, field_name=field_name
            )
            slug = "chon-bai-viet" if field_name == "articles" else "chon-cuoc-van-dong"
            urls.append(path(f"{slug}/", self.admin_site.admin_view(picker), name=url_name))
        return [*urls, *super().get_urls()]

    @admin.display(description="trích yếu", ordering="summary")
    def short_summary(self, document):
        summary = document.summary
        return summary if len(summary) <= 80 else f"{summary[:79]}…"

    @admin.display(description="trang công khai")
    def public_link(self, document):
        if not document.pk or not document.is_published:
            return "Chưa công khai"
        url = document.get_absolute_url()
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, url)

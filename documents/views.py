from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe
from django.views.generic import DetailView

from mttq_portal.lists import FilteredListView
from mttq_portal.pagecache import PublicPageMixin
from mttq_portal.text import vietnamese_slugify
from mttq_portal.views import MEDIA_POLICIES

from .forms import DocumentFilterForm
from .models import Document, DocumentFile


class DocumentListView(FilteredListView):
    """/van-ban/: the published documents, newest first, filtered and searched."""

    template_name = "documents/document_list.html"
    context_object_name = "documents"
    paginate_by = 20
    filter_form_class = DocumentFilterForm

    def get_listed(self):
        return Document.objects.published().for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(breadcrumbs=[("Văn bản", None)], **kwargs)


class DocumentDetailView(PublicPageMixin, DetailView):
    """/van-ban/<slug>/: one published document, its files, articles and campaigns."""

    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return Document.objects.published().select_related("type", "issuer")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        document = self.object
        context.update(
            files=list(document.files.all()),
            # Only the articles the public may read are named.
            articles=list(document.articles.published().for_listing()[:10]),
            campaigns=list(document.campaigns.all()),
            breadcrumbs=[("Văn bản", reverse("documents:list")), (document.title, None)],
        )
        return context


@require_safe
def document_file(request, slug, pk, download=False):
    """A published document's file: a PDF shown in the browser's own viewer, or, with
    `download` and for every other kind, saved as a file. Served with its kind's type and
    `nosniff`, under the policy /media/ gives PDFs (mttq_portal.views.MEDIA_POLICIES)."""
    document_file = get_object_or_404(
        DocumentFile.objects.select_related("document"),
        pk=pk,
        document__slug=slug,
        document__is_published=True,
    )
    try:
        handle = document_file.file.open("rb")
    except (OSError, ValueError) as error:
        raise Http404("Không có tệp này.") from error
    inline = document_file.opens_in_browser and not download
    stem = document_file.document.slug
    if document_file.title:
        stem = f"{stem}-{vietnamese_slugify(document_file.title, max_length=60)}"
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=f"{stem}.{document_file.kind}",
        content_type=document_file.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_POLICIES["pdf" if inline else "other"]
    return response

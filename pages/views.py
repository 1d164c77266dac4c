from django.http import Http404
from django.urls import reverse
from django.views.generic import DetailView, TemplateView

from mttq_portal.pagecache import PublicPageMixin
from mttq_portal.previews import PreviewMixin

from .models import ContactPerson, Leader, Page, published_tree

OVERVIEW_TITLE = "Giới thiệu"


class OverviewView(PublicPageMixin, TemplateView):
    """/gioi-thieu/: every public page of the tree, with its summary."""

    template_name = "pages/page_overview.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            tree=published_tree(),
            breadcrumbs=[(OVERVIEW_TITLE, None)],
            **kwargs,
        )


class PageDetailView(PreviewMixin, PublicPageMixin, DetailView):
    """/gioi-thieu/<slug>/: one public page, its place in the tree, and the leaders or the
    contacts its kind shows; a page not shown yet, to staff who may view pages, as a preview
    (mttq_portal.previews)."""

    template_name = "pages/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.published().select_related("parent")

    def get_preview_queryset(self):
        return Page.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.object
        tree = published_tree()
        top_id = page.parent_id or page.pk
        top = next((p for p in tree if p.pk == top_id), None)
        if top is None and not self.is_preview:
            # Published meanwhile under a parent taken down: not public.
            raise Http404("Không có trang giới thiệu này.")
        children = []
        if page.parent_id is None:
            children = (
                top.navigation_children if top else list(page.children.filter(is_published=True))
            )
        breadcrumbs = [(OVERVIEW_TITLE, reverse("pages:overview"))]
        if page.parent_id is not None:
            breadcrumbs.append((page.parent.title, page.parent.get_absolute_url()))
        breadcrumbs.append((page.title, None))
        context.update(tree=tree, children=children, breadcrumbs=breadcrumbs)
        if self.is_preview:
            context.update(preview_what="trang", preview_note=self.preview_note(page))
        if page.kind == Page.Kind.LEADERS:
            leaders = list(Leader.objects.all())
            context.update(
                current_leaders=[leader for leader in leaders if leader.is_current],
                former_leaders=[leader for leader in leaders if not leader.is_current],
            )
        elif page.kind == Page.Kind.CONTACT:
            context["contacts"] = list(ContactPerson.objects.all())
        return context

    @staticmethod
    def preview_note(page):
        """Return why the public cannot see `page`, for the preview's banner."""
        if not page.is_published:
            return "Trang đang ẩn: chọn «Đang hiển thị» trong trang quản trị để công khai."
        return f"Trang cha «{page.parent.title}» đang ẩn nên trang này cũng chưa hiện."

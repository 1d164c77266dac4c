"""Staff previews: what the public cannot see yet (an article not published, a page or an album
not shown), shown at its own address to the staff who may see it in the admin, so that they
read it as readers will before it goes out.

A preview is marked as such on the page (a banner), kept out of every cache (private,
never-cache headers: the page cache and any proxy pass it by) and out of search engines
(X-Robots-Tag and the page's robots meta).
"""

from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control


def may_preview(user, model):
    """Return True when `user` is staff and may view `model`'s records in the admin."""
    opts = model._meta
    return (
        user.is_authenticated
        and user.is_staff
        and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
    )


def mark_preview(response):
    """Make `response`, a preview, one no cache keeps and no search engine indexes."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def admin_change_url(obj):
    """Return the address of `obj`'s change form in the admin, or "" without one."""
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


class PreviewMixin:
    """Put first in the bases of a public DetailView: a record its queryset leaves out (not
    public) is shown to staff who may view it in the admin (may_preview()), from
    get_preview_queryset(), as a preview: `is_preview` and `admin_change_url` in the context,
    the response marked (mark_preview()). Everyone else still gets the view's 404."""

    is_preview = False

    def get_preview_queryset(self):
        """Return the records staff may preview: by default every record of the view's model
        (the model of its queryset, as a view may name no `model`)."""
        return self.get_queryset().model._default_manager.all()

    def get_object(self, queryset=None):
        try:
            return super().get_object(queryset)
        except Http404:
            previewed = self.get_preview_queryset()
            if not may_preview(self.request.user, previewed.model):
                raise
        found = super().get_object(previewed)
        self.is_preview = True
        return found

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            is_preview=self.is_preview,
            admin_change_url=admin_change_url(self.object) if self.is_preview else "",
        )
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        return mark_preview(response) if self.is_preview else response

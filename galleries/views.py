from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from mttq_portal.lists import NearestPageMixin
from mttq_portal.pagecache import PublicPageMixin
from mttq_portal.previews import PreviewMixin
from news.models import Article

from .models import Album, Photo, attach_covers

# Thumbnails of the first row (four on a wide screen) load at once; the rest as they near.
EAGER_PHOTOS = 4


class AlbumListView(NearestPageMixin, ListView):
    """The published albums as cards, newest event first."""

    template_name = "galleries/album_list.html"
    context_object_name = "albums"
    paginate_by = 12

    def get_queryset(self):
        return Album.objects.published()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, albums, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, attach_covers(albums), is_paginated


class AlbumDetailView(PreviewMixin, PublicPageMixin, DetailView):
    """One published album: its photos in order and its published related articles; an album
    not public yet, to staff who may view albums, as a preview (mttq_portal.previews)."""

    template_name = "galleries/album_detail.html"
    context_object_name = "album"

    def get_queryset(self):
        return self.get_preview_queryset().filter(is_published=True)

    def get_preview_queryset(self):
        return Album.objects.prefetch_related(
            Prefetch("photos", queryset=Photo.objects.order_by("order", "pk")),
            Prefetch(
                "articles",
                queryset=Article.objects.published().only("slug", "title", "published_at"),
                to_attr="public_articles",
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        photos = list(self.object.photos.all())
        context.update(photos=photos, photo_count=len(photos), eager_photos=EAGER_PHOTOS)
        if self.is_preview:
            context.update(
                preview_what="album",
                preview_note="Album chưa công khai: chọn «Công khai» trong trang quản trị.",
            )
        return context

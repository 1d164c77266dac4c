"""The demo's albums: drawn illustrations, said to be so, linked to their articles, once."""

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

from galleries.models import Album, Photo
from mttq_portal.demo.galleries import albums, load_galleries
from mttq_portal.demo.loader import DemoReport
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_demo_albums_load_once_with_illustrations_linked_to_their_articles():
    rows = albums()
    for row in rows:  # the demo articles they go with, as the article loader names them
        for slug in row["articles"]:
            ArticleFactory(title=slug.replace("-", " "), slug=slug)
    first = DemoReport()

    load_galleries(report=first, now=timezone.now())
    counts = (Album.objects.count(), Photo.objects.count())
    second = DemoReport()
    load_galleries(report=second, now=timezone.now())

    photo_total = sum(len(row["photos"]) for row in rows)
    assert counts == (Album.objects.count(), Photo.objects.count()) == (3, photo_total)
    assert first.created["album ảnh"] == 3 and not second.created
    assert all(5 <= album.photos.count() <= 8 for album in Album.objects.all())
    assert all(photo.caption.startswith("Minh họa: ") for photo in Photo.objects.all())
    assert all(album.is_published and album.articles.exists() for album in Album.objects.all())
    # Every stored file is reported (removed again if the load fails): each photo and its 240,
    # 480 and 960 px sizes.
    assert len(first.cover_names) == 4 * Photo.objects.count() and not second.cover_names
    assert all(default_storage.exists(name) for name in first.cover_names)
    photo = Photo.objects.first()
    with default_storage.open(photo.image.name) as stored, Image.open(stored) as image:
        assert image.size == (photo.width, photo.height) == (1200, 800)

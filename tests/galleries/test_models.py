"""Albums and photos: captions required, images checked and stored in the sizes pages need."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from galleries.admin import AlbumForm, PhotoForm
from galleries.models import MESSAGE_CAPTION_REQUIRED, Album, Photo
from news.uploads import MESSAGE_NOT_IMAGE
from tests.galleries.factories import AlbumFactory, add_photos, jpeg_upload
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_photo_without_a_caption_is_refused_in_vietnamese():
    photo = add_photos(AlbumFactory())[0]
    photo.caption = "   "

    with pytest.raises(ValidationError) as refused:
        photo.full_clean()

    assert refused.value.message_dict["caption"] == [MESSAGE_CAPTION_REQUIRED]


def test_the_photo_form_refuses_an_empty_caption_with_the_vietnamese_message():
    form = PhotoForm(data={"caption": "", "order": 0}, files={"image": jpeg_upload()})

    assert not form.is_valid()
    assert form.errors["caption"] == [MESSAGE_CAPTION_REQUIRED]


def test_a_file_that_is_not_an_image_is_refused_with_the_vietnamese_message():
    fake = SimpleUploadedFile("anh.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg")
    form = PhotoForm(data={"caption": "Minh họa: hội nghị", "order": 0}, files={"image": fake})

    assert not form.is_valid()
    assert form.errors["image"] == [MESSAGE_NOT_IMAGE]


def test_the_bulk_upload_names_the_refused_file_and_stores_nothing():
    album = AlbumFactory()
    form = AlbumForm(
        instance=album,
        data={"title": album.title, "slug": album.slug, "is_published": "on"},
        files={"new_photos": [jpeg_upload("dung.jpg"), ContentFile(b"abc", name="sai.png")]},
    )

    assert not form.is_valid()
    assert any("«sai.png»" in error for error in form.errors["new_photos"])
    assert not Photo.objects.exists()


def test_a_photo_is_re_encoded_bounded_and_stored_with_its_sizes_and_dimensions():
    photo = add_photos(AlbumFactory(), size=(3000, 2000))[0]

    assert photo.image.name.startswith("albums/")
    assert photo.image.name.endswith("-1600w.jpg")
    assert (photo.width, photo.height) == (1600, 1067)
    for width in (480, 960):
        sized = photo.image.name.replace("-1600w.", f"-{width}w.")
        assert default_storage.exists(sized)
        with default_storage.open(sized) as stored, Image.open(stored) as image:
            assert image.width == width
    assert photo.srcset.count("w, ") == 2 and photo.srcset.endswith("-1600w.jpg 1600w")
    assert photo.thumbnail_url.endswith("-480w.jpg")


def test_bulk_added_photos_get_a_caption_to_complete_and_follow_the_order():
    album = AlbumFactory(title="Trao nhà Đại đoàn kết")
    add_photos(album, 1, captions=["Minh họa: căn nhà mới"])
    photos = add_photos(album, 2, captions=[""])

    assert [p.caption for p in photos] == [
        "Trao nhà Đại đoàn kết: ảnh 2",
        "Trao nhà Đại đoàn kết: ảnh 3",
    ]
    assert list(album.photos.values_list("order", flat=True)) == [10, 20, 30]


def test_published_counts_photos_and_hides_unpublished_albums():
    shown = AlbumFactory()
    add_photos(shown, 3)
    AlbumFactory(is_published=False)

    albums = list(Album.objects.published())

    assert albums == [shown]
    assert albums[0].photo_count == 3
    assert albums[0].photo_count_display == "3 ảnh"


def test_the_cover_must_be_one_of_the_albums_own_photos():
    album, other = AlbumFactory(), AlbumFactory()
    stranger = add_photos(other)[0]
    album.cover = stranger

    with pytest.raises(ValidationError) as refused:
        album.full_clean()

    assert "cover" in refused.value.message_dict


def test_for_article_lists_the_published_albums_related_to_it():
    article = ArticleFactory()
    shown = AlbumFactory()
    hidden = AlbumFactory(is_published=False)
    AlbumFactory()  # not related
    for album in (shown, hidden):
        album.articles.add(article)

    assert list(Album.objects.for_article(article)) == [shown]


def test_linking_an_album_marks_the_article_as_having_parts_either_way():
    first, second = ArticleFactory(), ArticleFactory()
    album = AlbumFactory()

    album.articles.add(first)
    second.albums.add(album)

    assert set(
        type(first).objects.filter(pk__in=[first.pk, second.pk]).values_list("has_parts", flat=True)
    ) == {True}
    first.refresh_from_db()
    first.note_parts()  # what the article's admin save calls: the album still counts
    first.refresh_from_db()
    assert first.has_parts


def test_a_slug_is_made_from_a_vietnamese_title():
    album = AlbumFactory(title="Đêm văn nghệ Đại đoàn kết")

    assert album.slug == "dem-van-nghe-dai-doan-ket"
    assert album.get_absolute_url() == "/thu-vien-anh/dem-van-nghe-dai-doan-ket/"

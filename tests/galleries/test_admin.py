"""The album admin: photos uploaded one by one or many at once, by the roles that may."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from galleries.models import Album, Photo
from mttq_portal.roles import CHIEF_EDITOR, EDITOR, OFFICER, PUBLISHER
from tests.galleries.factories import AlbumFactory, add_photos, jpeg_upload
from tests.news.factories import ArticleFactory, staff_member

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:galleries_album_add")


def image_file(name="anh.jpg", **options):
    return SimpleUploadedFile(name, jpeg_upload(**options).read(), content_type="image/jpeg")


def png_file(name):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), (29, 79, 145)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def album_post(**fields):
    return {
        "title": "Trao nhà Đại đoàn kết ở xã Long Điền Tây",
        "slug": "",
        "taken_on": "08/03/2025",
        "place": "Xã Long Điền Tây",
        "description": "",
        "is_published": "on",
        "photos-TOTAL_FORMS": "1",
        "photos-INITIAL_FORMS": "0",
        "photos-0-caption": "Minh họa: căn nhà mới",
        "photos-0-credit": "Thanh Tâm",
        "photos-0-order": "1",
        **fields,
    }


def test_a_publisher_adds_an_album_with_a_photo_and_several_at_once(client):
    client.force_login(staff_member(PUBLISHER, "duyet"))
    article = ArticleFactory()

    response = client.post(
        ADD_URL,
        album_post(
            **{"photos-0-image": image_file(), "articles": [article.pk]},
            new_photos=[image_file("a.jpg"), png_file("b.png")],
        ),
    )

    assert response.status_code == 302
    album = Album.objects.get()
    assert album.slug == "trao-nha-dai-doan-ket-o-xa-long-dien-tay"
    assert list(album.articles.all()) == [article]
    captions = list(album.photos.values_list("caption", flat=True))
    assert captions == [
        "Minh họa: căn nhà mới",
        "Trao nhà Đại đoàn kết ở xã Long Điền Tây: ảnh 2",
        "Trao nhà Đại đoàn kết ở xã Long Điền Tây: ảnh 3",
    ]
    first = album.photos.first()
    assert first.srcset.endswith("-1200w.jpg 1200w")
    for width in (480, 960):  # written when the inline's photo was saved
        assert default_storage.exists(first.image.name.replace("-1200w.", f"-{width}w."))


def test_the_admin_refuses_a_photo_without_caption_or_not_an_image(client):
    client.force_login(staff_member(CHIEF_EDITOR, "tongbientap"))
    fake = SimpleUploadedFile("anh.jpg", b"GIF89a? no", content_type="image/jpeg")

    response = client.post(ADD_URL, album_post(**{"photos-0-image": fake, "photos-0-caption": ""}))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Hãy nhập chú thích cho ảnh" in page
    assert "Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF." in page
    assert not Album.objects.exists() and not Photo.objects.exists()


def test_the_change_page_shows_thumbnails_and_offers_only_own_photos_as_cover(client):
    client.force_login(staff_member(PUBLISHER, "duyet"))
    album, other = AlbumFactory(), AlbumFactory()
    own = add_photos(album)[0]
    add_photos(other)

    page = client.get(reverse("admin:galleries_album_change", args=[album.pk])).content.decode()

    assert f'src="{own.thumbnail_url}"' in page
    cover_options = page.split('name="cover"')[1].split("</select>")[0]
    assert cover_options.count("<option") == 2  # "---------" and its own photo


def test_albums_pick_articles_by_autocomplete(client):
    client.force_login(staff_member(PUBLISHER, "duyet"))
    ArticleFactory(title="Niềm vui trong những căn nhà Đại đoàn kết mới")

    response = client.get(
        reverse("admin:autocomplete"),
        {
            "term": "can nha",
            "app_label": "galleries",
            "model_name": "album",
            "field_name": "articles",
        },
    )

    assert response.status_code == 200
    assert "Niềm vui trong những căn nhà" in response.json()["results"][0]["text"]


@pytest.mark.parametrize("role", [PUBLISHER, CHIEF_EDITOR])
def test_publishers_keep_albums_and_photos(role):
    user = staff_member(role, "nguoi-duyet")
    for model in ("album", "photo"):
        for action in ("add", "change", "delete", "view"):
            assert user.has_perm(f"galleries.{action}_{model}")


def test_editors_see_albums_without_changing_them_and_officers_not_at_all(client):
    editor = staff_member(EDITOR, "bientap")
    officer = staff_member(OFFICER, "canbo")
    assert editor.has_perm("galleries.view_album") and editor.has_perm("galleries.view_photo")
    assert not editor.has_perm("galleries.change_album")
    assert not editor.has_perm("galleries.add_photo")
    assert not any(officer.has_perm(f"galleries.view_{m}") for m in ("album", "photo"))

    client.force_login(editor)
    assert client.get(reverse("admin:galleries_album_changelist")).status_code == 200
    assert client.post(ADD_URL, album_post()).status_code == 403

"""Images staff upload, in the editor and as covers: who may, what is accepted, what is stored."""

import io
import json
import os
import re
import struct
import subprocess
import sys
import zlib

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageSequence, PngImagePlugin

from news import uploads
from news.models import Article
from tests.news.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


def upload_url():
    return reverse("admin:news_article_image_upload")


def post_image(client, name, content, content_type="image/jpeg"):
    return client.post(upload_url(), {"upload": SimpleUploadedFile(name, content, content_type)})


def png_header(width, height):
    """Return a PNG that claims `width` × `height` pixels and holds almost no data: what a
    decompression bomb looks like before it is decoded."""

    def chunk(kind, data):
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def noisy(fmt, size=(320, 240)):
    """Return a photo-like image (noise compresses badly, so cutting it leaves it broken)."""
    buffer = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(buffer, format=fmt)
    return buffer.getvalue()


def opened(settings, url):
    path = settings.MEDIA_ROOT / url.removeprefix(settings.MEDIA_URL)
    return Image.open(path)


# Who may upload ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["editor", "publisher"])
def test_staff_who_write_articles_upload_an_image(client, request, make_image, stored_files, who):
    client.force_login(request.getfixturevalue(who))
    response = post_image(client, "anh-hoi-nghi.jpg", make_image("JPEG"))
    assert response.status_code == 200
    url = response.json()["url"]
    month = timezone.localtime().strftime("%Y/%m")
    assert re.fullmatch(rf"/media/uploads/{month}/[0-9a-f]{{32}}\.jpg", url)
    assert stored_files() == [url.removeprefix("/media/")]


@pytest.mark.parametrize("who", ["anonymous", "plain_staff", "viewer_staff", "not_staff"])
def test_everyone_else_gets_403_and_nothing_is_stored(
    client, request, make_image, stored_files, who
):
    if who == "not_staff":
        user = UserFactory(username="bandoc")
        user.user_permissions.add(Permission.objects.get(codename="add_article"))
        client.force_login(user)
    elif who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = post_image(client, "anh.jpg", make_image("JPEG"))
    assert response.status_code == 403
    assert response.json() == {"error": {"message": "Bạn không có quyền tải ảnh lên."}}
    assert stored_files() == []


def test_an_upload_without_the_csrf_token_is_refused(editor, make_image, stored_files):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert post_image(client, "anh.jpg", make_image("JPEG")).status_code == 403
    assert stored_files() == []


def test_the_upload_address_answers_only_posts(client, editor):
    client.force_login(editor)
    assert client.get(upload_url()).status_code == 405


def test_a_post_without_a_file_is_refused_in_vietnamese(client, editor, stored_files):
    client.force_login(editor)
    response = client.post(upload_url(), {})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Không nhận được tệp ảnh nào."


def test_the_packages_own_upload_address_is_not_routed(client, editor, make_image, stored_files):
    client.force_login(editor)
    response = client.post("/ckeditor5/image_upload/", {"upload": make_image("JPEG")})
    assert response.status_code == 404
    assert stored_files() == []


# What is refused ------------------------------------------------------------------------------

BIG = 10 * 1024 * 1024 + 1


def _bad_files():
    png = Image.new("RGB", (40, 30), (0, 90, 160))
    png_bytes = io.BytesIO()
    png.save(png_bytes, format="PNG")
    png_bytes = png_bytes.getvalue()
    bilevel = io.BytesIO()
    Image.new("1", (7000, 6000)).save(bilevel, format="PNG")  # 42 megapixels, a few kB
    just_over = io.BytesIO()
    Image.new("1", (5000, 3201)).save(just_over, format="PNG")  # 16 million and one row
    webp = io.BytesIO()
    Image.new("RGB", (3000, 2001)).save(webp, format="WEBP", lossless=True)  # 6 million and a row
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
    )
    bmp = io.BytesIO()
    png.save(bmp, format="BMP")
    return {
        "text-named-jpg": ("thong-bao.jpg", "Đây không phải là ảnh.".encode(), "không phải ảnh"),
        "png-named-html": ("anh.html", png_bytes, "có đuôi .jpg, .jpeg, .png, .webp hoặc .gif"),
        "png-named-svg": ("anh.svg", png_bytes, "có đuôi .jpg, .jpeg, .png, .webp hoặc .gif"),
        "svg": ("logo.svg", svg, "có đuôi .jpg, .jpeg, .png, .webp hoặc .gif"),
        "svg-named-png": ("logo.png", svg, "không phải ảnh"),
        "html-named-gif": ("anh.gif", b"GIF89a<script>alert(1)</script>", "không"),
        "png-named-jpg": ("anh.jpg", png_bytes, "đuôi .jpg nhưng nội dung là ảnh PNG"),
        "bmp-named-png": ("anh.png", bmp.getvalue(), "không phải ảnh"),
        "no-extension": ("anh", png_bytes, "có đuôi .jpg"),
        "truncated-jpeg": ("anh.jpg", noisy("JPEG")[:6000], "bị hỏng"),
        "truncated-png": ("anh.png", noisy("PNG")[:20000], "bị hỏng"),
        "bad-checksum-png": (
            "anh.png",
            png_bytes[:-14] + bytes([png_bytes[-14] ^ 0xFF]) + png_bytes[-13:],
            "bị hỏng",
        ),
        "48-megapixels": ("anh.png", png_header(8000, 6000), "16 triệu điểm ảnh"),
        "42-megapixels-real": ("anh.png", bilevel.getvalue(), "16 triệu điểm ảnh"),
        "just-over-16-megapixels": ("anh.png", just_over.getvalue(), "16 triệu điểm ảnh"),
        "webp-over-6-megapixels": ("anh.webp", webp.getvalue(), "WebP quá lớn: tối đa 6 triệu"),
        "bomb-pillow-warns": ("anh.png", png_header(10000, 10000), "16 triệu điểm ảnh"),
        "bomb-pillow-refuses": ("anh.png", png_header(100000, 100000), "16 triệu điểm ảnh"),
        "over-10-mb": ("anh.jpg", b"\xff\xd8\xff\xe0" + b"\0" * BIG, "tối đa 10 MB"),
        "pdf": ("quyet-dinh.jpg", b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF", "không phải ảnh"),
    }


BAD_FILES = _bad_files()


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_with_a_vietnamese_message_and_nothing_stored(
    client, editor, stored_files, case
):
    name, content, message = BAD_FILES[case]
    client.force_login(editor)
    response = post_image(client, name, content)
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert stored_files() == []


def test_the_declared_content_type_is_not_trusted(client, editor, stored_files):
    client.force_login(editor)
    response = post_image(client, "anh.jpg", b"<html><script>alert(1)</script>", "image/jpeg")
    assert response.status_code == 400
    assert stored_files() == []


# What is stored -----------------------------------------------------------------------------


def test_a_jpeg_loses_its_exif_and_comment_and_is_turned_upright(
    client, editor, settings, make_image
):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show rotated 90°
    exif[0x010F] = "Máy ảnh của phóng viên"
    exif[0x8825] = {2: (21.0, 1.0, 30.0)}  # a GPS latitude
    photo = make_image("JPEG", (64, 48), exif=exif.tobytes(), comment=b"bi mat")
    client.force_login(editor)
    stored = opened(settings, post_image(client, "anh.jpg", photo).json()["url"])
    assert stored.format == "JPEG" and stored.size == (48, 64)
    assert not stored.getexif()
    assert "comment" not in stored.info and "exif" not in stored.info


def test_a_png_loses_its_text_chunks_and_keeps_its_transparency(client, editor, settings):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Người chụp")
    buffer = io.BytesIO()
    Image.new("RGBA", (30, 20), (255, 0, 0, 0)).save(buffer, format="PNG", pnginfo=info)
    client.force_login(editor)
    url = post_image(client, "anh.png", buffer.getvalue(), "image/png").json()["url"]
    stored = opened(settings, url)
    assert url.endswith(".png") and stored.mode == "RGBA"
    assert stored.getpixel((0, 0))[3] == 0
    assert "Author" not in stored.info


def test_data_hidden_after_the_image_is_not_kept(client, editor, settings, make_image):
    polyglot = make_image("GIF", (20, 20), "P", 1) + b"<script>alert(1)</script>"
    client.force_login(editor)
    url = post_image(client, "anh.gif", polyglot, "image/gif").json()["url"]
    path = settings.MEDIA_ROOT / url.removeprefix("/media/")
    assert b"<script>" not in path.read_bytes()


def test_an_animated_gif_is_stored_as_its_first_frame_in_png(client, editor, settings):
    frames = [Image.new("P", (20, 20), color) for color in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    client.force_login(editor)
    url = post_image(client, "dong.gif", buffer.getvalue(), "image/gif").json()["url"]
    stored = opened(settings, url)
    assert url.endswith(".png") and stored.format == "PNG"
    assert len(list(ImageSequence.Iterator(stored))) == 1


@pytest.mark.parametrize(
    ("fmt", "name", "mode", "extension"),
    [("WEBP", "anh.webp", "RGB", "webp"), ("JPEG", "anh.jpeg", "CMYK", "jpg")],
)
def test_webp_and_cmyk_jpeg_are_accepted(
    client, editor, settings, make_image, fmt, name, mode, extension
):
    color = (0, 50, 100, 0) if mode == "CMYK" else (0, 50, 100)
    client.force_login(editor)
    url = post_image(client, name, make_image(fmt, (40, 30), mode, color)).json()["url"]
    stored = opened(settings, url)
    assert url.endswith(f".{extension}") and stored.mode in ("RGB", "L")


def test_a_wide_photo_is_scaled_down_to_1600_pixels(client, editor, settings, make_image):
    client.force_login(editor)
    url = post_image(client, "toan-canh.jpg", make_image("JPEG", (4000, 1000))).json()["url"]
    assert opened(settings, url).size == (1600, 400)


@pytest.mark.parametrize(
    ("size", "stored_size"),
    [((1000, 4000), (1600, 400)), ((4000, 1000), (1000, 4000))],
    ids=["wide-once-upright", "narrow-once-upright"],
)
def test_a_turned_photo_is_scaled_by_its_upright_width(
    client, editor, settings, make_image, size, stored_size
):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: show rotated 90°, so width and height swap
    client.force_login(editor)
    url = post_image(client, "anh.jpg", make_image("JPEG", size, exif=exif.tobytes())).json()["url"]
    assert opened(settings, url).size == stored_size


# Covers ------------------------------------------------------------------------------------


def add_with_cover(client, user, article_form, cover):
    client.force_login(user)
    return client.post(reverse("admin:news_article_add"), article_form(cover_image=cover))


def test_a_cover_is_stored_with_the_sizes_the_public_pages_use(
    client, editor, article_form, make_image, stored_files
):
    cover = SimpleUploadedFile("bia.jpg", make_image("JPEG", (2000, 1000)), "image/jpeg")
    assert add_with_cover(client, editor, article_form, cover).status_code == 302
    article = Article.objects.get()
    month = timezone.localtime().strftime("%Y/%m")
    match = re.fullmatch(rf"covers/{month}/([0-9a-f]{{32}})-1600w\.jpg", article.cover_image.name)
    assert match
    stem = f"covers/{month}/{match[1]}"
    assert stored_files() == [
        f"{stem}-1600w.jpg", f"{stem}-240w.jpg", f"{stem}-480w.jpg", f"{stem}-960w.jpg"
    ]  # fmt: skip
    assert article.cover_image.width == 1600
    assert uploads.cover_variants(article) == [
        (f"/media/{stem}-480w.jpg", 480),
        (f"/media/{stem}-960w.jpg", 960),
        (f"/media/{stem}-1600w.jpg", 1600),
    ]
    assert uploads.cover_srcset(article) == (
        f"/media/{stem}-480w.jpg 480w, /media/{stem}-960w.jpg 960w, /media/{stem}-1600w.jpg 1600w"
    )
    # Lists also offer the 240 px size, made for them.
    assert article.cover_list_srcset == f"/media/{stem}-240w.jpg 240w, " + uploads.cover_srcset(
        article
    )


def test_a_narrow_cover_gets_only_the_smaller_sizes(client, editor, article_form, make_image):
    cover = SimpleUploadedFile("bia.png", make_image("PNG", (600, 400)), "image/png")
    add_with_cover(client, editor, article_form, cover)
    article = Article.objects.get()
    assert [width for _, width in uploads.cover_variants(article)] == [480, 600]


@pytest.mark.parametrize("case", ["text-named-jpg", "png-named-html", "svg", "48-megapixels"])
def test_a_bad_cover_is_a_form_error_and_nothing_is_saved(
    client, editor, article_form, stored_files, case
):
    name, content, message = BAD_FILES[case]
    response = add_with_cover(client, editor, article_form, SimpleUploadedFile(name, content))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()
    assert stored_files() == []


def test_an_article_without_a_cover_has_no_sizes():
    assert uploads.cover_variants(ArticleFactory.build(cover_image="")) == []


def test_a_cover_stored_by_other_means_has_no_sizes_but_does_not_fail():
    assert uploads.cover_variants(ArticleFactory.build(cover_image="covers/anh-cu.jpg")) == []
    assert uploads.cover_srcset(ArticleFactory.build(cover_image="covers/anh-cu.jpg")) == ""


# Memory ------------------------------------------------------------------------------------

MEMORY_BUDGET_MB = 200

# Run in a fresh interpreter, so that its peak resident size is this upload's alone: the
# editor's path (image_store) and the cover's (cover_prepare, then the stored cover's sizes).
# ru_maxrss (kB on Linux) outlives exec: an interpreter started from pytest starts at pytest's
# peak. A fork starts at its parent's present size, so the upload is handled in a fork.
MEASURE = """
import json, os, resource, sys
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.storage import InMemoryStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from PIL import Image
from news import uploads

Image.init()
path, name = sys.argv[1:]
with open(path, "rb") as file:
    data = file.read()
if pid := os.fork():
    sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
storage = InMemoryStorage()
try:
    uploads.image_store(SimpleUploadedFile(name, data), storage=storage)
    cover = uploads.cover_prepare(SimpleUploadedFile(name, data))
    uploads.cover_write_variants(storage.save(f"covers/{cover.name}", cover), storage=storage)
    outcome = "stored"
except ValidationError as error:
    outcome = error.messages[0]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"outcome": outcome, "peak_mb": round(peak / 1024)}))
"""

# name, (format, size, mode, colour, save options), outcome: images of one colour, a few kB
# each however many pixels they have, which is what makes them an attack. Those stored are a
# camera-shaped photo and the costliest to decode at the limits (see news.uploads' docstring).
MEMORY_CASES = {
    "png-transparent-1600x10000": (
        "anh.png",
        ("PNG", (1600, 10000), "RGBA", (200, 30, 40, 128)),
        "stored",
    ),
    "png-palette-transparent-5000x3200": (
        "anh.png",
        ("PNG", (5000, 3200), "P", 1, {"transparency": 0}),
        "stored",
    ),
    "jpeg-photo-5000x3200": ("anh.jpg", ("JPEG", (5000, 3200), "RGB", (200, 30, 40)), "stored"),
    "jpeg-progressive-cmyk-1600x10000": (
        "anh.jpg",
        ("JPEG", (1600, 10000), "CMYK", (0, 50, 100, 0), {"progressive": True}),
        "stored",
    ),
    "webp-transparent-1600x3750": (
        "anh.webp",
        ("WEBP", (1600, 3750), "RGBA", (200, 30, 40, 128), {"lossless": True}),
        "stored",
    ),
    "png-5000x3201": (
        "anh.png",
        ("PNG", (5000, 3201), "RGBA", (200, 30, 40, 128)),
        uploads.MESSAGE_TOO_MANY_PIXELS,
    ),
    "webp-3000x2001": (
        "anh.webp",
        ("WEBP", (3000, 2001), "RGB", (200, 30, 40), {"lossless": True}),
        uploads.MESSAGE_TOO_MANY_WEBP_PIXELS,
    ),
}


@pytest.mark.parametrize("case", MEMORY_CASES)
def test_an_upload_at_the_limit_stays_within_the_memory_budget(tmp_path, make_image, case):
    name, (fmt, size, mode, colour, *options), outcome = MEMORY_CASES[case]
    path = tmp_path / name
    path.write_bytes(make_image(fmt, size, mode, colour, **(options[0] if options else {})))
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), name],
        capture_output=True,
        text=True,
        cwd=django_settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "mttq_portal.settings"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout)
    print(f"{case}: {measured['outcome']}, peak {measured['peak_mb']} MB")
    assert measured["outcome"] == outcome
    assert measured["peak_mb"] < MEMORY_BUDGET_MB


def test_write_image_sizes_gives_images_stored_before_it_the_list_size(
    client, editor, article_form, make_image, stored_files
):
    cover = SimpleUploadedFile("bia.jpg", make_image("JPEG", (2000, 1000)), "image/jpeg")
    add_with_cover(client, editor, article_form, cover)
    article = Article.objects.get()
    # As stored by an earlier version of the portal: without the 240 px size.
    thumbnail = article.cover_image.name.replace("-1600w", "-240w")
    article.cover_image.storage.delete(thumbnail)
    before = article.cover_list_srcset
    assert "240w" not in before and before == uploads.cover_srcset(article)  # no broken size

    out = io.StringIO()
    call_command("write_image_sizes", stdout=out)

    assert article.cover_image.storage.exists(thumbnail)
    assert "Ảnh đại diện bài viết: đã tạo 1 tệp cỡ ảnh." in out.getvalue()
    assert article.cover_list_srcset.startswith(f"/media/{thumbnail} 240w, ")
    files = stored_files()
    call_command("write_image_sizes", stdout=(again := io.StringIO()))
    assert "đã tạo 0 tệp" in again.getvalue() and stored_files() == files


def test_write_image_sizes_passes_over_a_missing_original(client, editor, article_form, make_image):
    cover = SimpleUploadedFile("bia.jpg", make_image("JPEG", (800, 600)), "image/jpeg")
    add_with_cover(client, editor, article_form, cover)
    article = Article.objects.get()
    article.cover_image.storage.delete(article.cover_image.name)

    out = io.StringIO()
    call_command("write_image_sizes", stdout=out)

    assert "1 ảnh không còn tệp gốc." in out.getvalue()

"""Images staff upload, for the editor and for covers: checked, re-encoded, stored safely.

Nothing a browser says about a file is trusted: neither its name nor its declared content type.
A file is an image when Pillow decodes it as JPEG, PNG, WebP or GIF within the size and pixel
limits, and its name's extension agrees with what was decoded. It is then decoded (all of its
data; a JPEG at the scale it is stored at) and encoded again, which drops every metadata block
(EXIF with its GPS position, comments, ICC, text chunks) and anything hidden after the image
data, and stored under a name the server chooses (a uuid) in a dated folder, with the extension
of the format written.

Animated GIF and WebP files are flattened to their first frame: news photos are stills, and a
file of hundreds of frames would multiply the decoding work the pixel limit is meant to bound.
A GIF is stored as PNG (lossless, keeps transparency). Images wider than MAX_WIDTH are scaled
down, so that a phone photo of 6000 px does not weigh on every reader.

Memory: handling one upload should not grow a worker by more than about 200 MB, whatever the
file, and a small file can hold a huge image (a solid 40-megapixel PNG is 120 KB). So:

- A JPEG is decoded already scaled down by its decoder (Image.draft: DCT scaling by 1/2, 1/4
  or 1/8) to no less than the width it is stored at: a wide photo is never held at full size.
- No step keeps a second full-size copy: the image is turned upright in place, converted only
  when its mode must change, and each step's input is freed when its result replaces it.
  exif_transpose used to copy every image, turned or not, and the mode fitting copied it again.
- The pixel limits are set by what cannot be scaled down while decoding: PNG and GIF decode in
  full (4 bytes a pixel, and scaling one with transparency premultiplies it on a copy), a
  progressive JPEG holds all its coefficients (up to 8 bytes a pixel for CMYK), an image at
  most MAX_WIDTH wide but very tall is kept at full size, and Pillow's WebP decoder holds about
  16 bytes a pixel. Hence MAX_PIXELS (16 million) and MAX_WEBP_PIXELS (6 million).

Measured by test_an_upload_at_the_limit_stays_within_the_memory_budget (peak resident size
above the worker's own, for image_clean and the editor and cover paths): a 4800 × 3200 camera
JPEG about 30 MB; the worst at the limits, a 1600 × 10000 PNG with transparency or a
progressive CMYK JPEG of that size, about 185 MB, a tall WebP about 160 MB. Before, with a
40-million-pixel limit, one 40-megapixel PNG or JPEG peaked at 460 MB and a WebP at 790 MB.
"""

import io
import logging
import math
import re
import uuid
from dataclasses import dataclass
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from PIL import ExifTags, Image, ImageOps

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 16_000_000
MAX_WEBP_PIXELS = 6_000_000
MAX_WIDTH = 1600
COVER_WIDTHS = (480, 960)
# Lists show covers and photos 120 to 240 px wide (their srcset: image_list_srcset()): a size of
# their own, written with the others. Images stored before it get it from
# `manage.py write_image_sizes`; until then their lists use the 480 px size.
THUMBNAIL_WIDTH = 240
EDITOR_FOLDER = "uploads"

# Pillow format -> the extensions a file of that format may be named with.
EXTENSIONS = {
    "JPEG": {"jpg", "jpeg", "jpe", "jfif"},
    "PNG": {"png"},
    "WEBP": {"webp"},
    "GIF": {"gif"},
}
KIND_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
# Pillow format read -> (format written, its extension).
OUTPUT = {
    "JPEG": ("JPEG", "jpg"),
    "PNG": ("PNG", "png"),
    "WEBP": ("WEBP", "webp"),
    "GIF": ("PNG", "png"),
}
SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {"optimize": False},
    "WEBP": {"quality": 85, "method": 4},
}
# The modes each written format keeps as they are; anything else is converted.
KEPT_MODES = {"JPEG": {"L", "RGB"}, "PNG": {"L", "LA", "RGB", "RGBA"}, "WEBP": {"RGB", "RGBA"}}

MESSAGE_EMPTY = "Chưa chọn tệp ảnh, hoặc tệp rỗng."
MESSAGE_TOO_LARGE = "Ảnh quá lớn: tệp tối đa 10 MB."
MESSAGE_TOO_MANY_PIXELS = "Ảnh quá lớn: tối đa 16 triệu điểm ảnh (chẳng hạn 4800 × 3200 px)."
MESSAGE_TOO_MANY_WEBP_PIXELS = (
    "Ảnh WebP quá lớn: tối đa 6 triệu điểm ảnh (chẳng hạn 3000 × 2000 px). "
    "Ảnh lớn hơn hãy lưu dạng JPEG hoặc PNG rồi tải lên."
)
MESSAGE_BAD_NAME = "Chỉ nhận tệp ảnh có đuôi .jpg, .jpeg, .png, .webp hoặc .gif."
MESSAGE_NOT_IMAGE = "Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF."
MESSAGE_BROKEN = (
    "Ảnh bị hỏng hoặc không đầy đủ, không đọc được. Hãy lưu lại ảnh rồi tải lên lần nữa."
)
MESSAGE_NAME_MISMATCH = (
    "Tên tệp có đuôi .{extension} nhưng nội dung là ảnh {kind}. Hãy đặt đúng đuôi rồi tải lại."
)
MESSAGE_NO_PERMISSION = "Bạn không có quyền tải ảnh lên."
MESSAGE_NO_FILE = "Không nhận được tệp ảnh nào."

# A stored cover, or one of its sizes, is named "<uuid>-<width>w.<extension>".
_WIDTH_IN_NAME = re.compile(r"-(\d+)w\.(jpg|png|webp)$")


@dataclass(frozen=True)
class CleanImage:
    """A decoded, checked image without metadata, and the format it will be written in."""

    image: Image.Image
    format: str
    extension: str


def image_clean(upload) -> CleanImage:
    """Return `upload` decoded as a CleanImage (upright, at most MAX_WIDTH wide), or raise
    ValidationError saying why not."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(MESSAGE_TOO_LARGE, code="too_large")
    upload.seek(0)
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(MESSAGE_TOO_LARGE, code="too_large")
    if not data:
        raise ValidationError(MESSAGE_EMPTY, code="empty")
    extension = PurePath(getattr(upload, "name", "") or "").suffix.lower().lstrip(".")
    if not any(extension in names for names in EXTENSIONS.values()):
        raise ValidationError(MESSAGE_BAD_NAME, code="bad_name")

    image = _open(data)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ValidationError(MESSAGE_TOO_MANY_PIXELS, code="too_many_pixels")
    # Cameras write several pictures in one JPEG (MPO); the first is the photo.
    kind = "JPEG" if image.format == "MPO" else image.format
    if kind not in EXTENSIONS:
        raise ValidationError(MESSAGE_NOT_IMAGE, code="not_image")
    if kind == "WEBP" and width * height > MAX_WEBP_PIXELS:
        raise ValidationError(MESSAGE_TOO_MANY_WEBP_PIXELS, code="too_many_pixels")
    if extension not in EXTENSIONS[kind]:
        raise ValidationError(
            MESSAGE_NAME_MISMATCH.format(extension=extension, kind=KIND_NAMES[kind]),
            code="name_mismatch",
        )
    output_format, output_extension = OUTPUT[kind]
    try:
        # verify() checks what load() does not (PNG checksums) but spends the image object.
        image.verify()
        image = _open(data)
        image.seek(0)
        # One statement a step, so that each step's input is freed when its result replaces it.
        image = _decoded_upright(image, MAX_WIDTH)
        image = _fit_mode(image, output_format)
        image = _scaled(image, MAX_WIDTH)
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many types for broken files; all mean broken.
        logger.info("Refused a broken image upload: %r", error)
        raise ValidationError(MESSAGE_BROKEN, code="broken") from error
    # What info holds is what the encoders would copy out: comments, ICC profiles, EXIF.
    image.info = {}
    return CleanImage(image=image, format=output_format, extension=output_extension)


def _open(data: bytes) -> Image.Image:
    """Return the image in `data` opened (its header read), or raise ValidationError."""
    try:
        return Image.open(io.BytesIO(data), formats=list(EXTENSIONS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(MESSAGE_TOO_MANY_PIXELS, code="too_many_pixels") from error
    except Exception as error:
        raise ValidationError(MESSAGE_NOT_IMAGE, code="not_image") from error


def _decoded_upright(image: Image.Image, width: int) -> Image.Image:
    """Return `image` decoded and turned upright as its EXIF orientation says, decoded no
    larger than it needs to be to come out `width` wide.

    A JPEG decoder scales down by 1/2, 1/4 or 1/8 as it decodes (DCT scaling, Image.draft), so
    an 8000 px photo meant for 1600 px is decoded at 2000 px, never at full size. Other
    formats are decoded in full. The image is turned in place, which frees the unturned one.
    """
    upright_width = image.height if _turned(image) else image.width
    if upright_width > width:
        scale = width / upright_width
        image.draft(None, (math.ceil(image.width * scale), math.ceil(image.height * scale)))
    image.load()
    ImageOps.exif_transpose(image, in_place=True)
    return image


def _turned(image: Image.Image) -> bool:
    """Return whether `image`'s EXIF orientation turns it a quarter turn (width and height
    swap): orientations 5 to 8."""
    return image.getexif().get(ExifTags.Base.Orientation, 1) in (5, 6, 7, 8)


def _fit_mode(image: Image.Image, output_format: str) -> Image.Image:
    """Return `image` in a mode `output_format` writes, its transparency kept where possible.

    An image already in such a mode is returned itself: a copy would be a second full-size
    image in memory.
    """
    if image.mode in KEPT_MODES[output_format]:
        return image
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if output_format == "JPEG" and has_alpha:
        # JPEG has no transparency: lay the image on white, not on black.
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGBA" if has_alpha else "RGB")


def _scaled(image: Image.Image, width: int) -> Image.Image:
    """Return `image` scaled down to `width` pixels wide, or itself when it is not wider."""
    if image.width <= width:
        return image
    height = max(1, round(image.height * width / image.width))
    scaled = image.resize((width, height), Image.Resampling.LANCZOS)
    scaled.info = {}
    return scaled


def _encode(image: Image.Image, output_format: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=output_format, **SAVE_OPTIONS[output_format])
    return buffer.getvalue()


def _reencoded(clean: CleanImage) -> tuple[bytes, int]:
    """Return `clean` encoded, and its width."""
    try:
        return _encode(clean.image, clean.format), clean.image.width
    except Exception as error:  # an image Pillow read but cannot write is no use either
        logger.warning("Could not re-encode an uploaded image: %r", error)
        raise ValidationError(MESSAGE_BROKEN, code="broken") from error


def _dated_folder(folder: str) -> str:
    return f"{folder}/{timezone.localtime():%Y/%m}"


def image_store(upload, *, folder: str = EDITOR_FOLDER, storage=None) -> str:
    """Check and re-encode `upload`, store it as <folder>/<year>/<month>/<uuid>.<ext>, and
    return the stored name. Raise ValidationError, storing nothing, when it is refused."""
    clean = image_clean(upload)
    data, _ = _reencoded(clean)
    name = f"{_dated_folder(folder)}/{uuid.uuid4().hex}.{clean.extension}"
    return (storage or default_storage).save(name, ContentFile(data))


def cover_prepare(upload) -> ContentFile:
    """Return `upload` checked, at most MAX_WIDTH wide and re-encoded, as a ContentFile named
    "<uuid>-<width>w.<ext>" for Article.cover_image (whose upload_to adds the dated folder).
    Raise ValidationError when it is refused."""
    clean = image_clean(upload)
    data, width = _reencoded(clean)
    return ContentFile(data, name=f"{uuid.uuid4().hex}-{width}w.{clean.extension}")


def _sized_name(name: str, width: int) -> str:
    return _WIDTH_IN_NAME.sub(lambda match: f"-{width}w.{match[2]}", name)


def cover_write_variants(name: str, *, storage=None, missing_only=False) -> list[str]:
    """Write the narrower sizes (THUMBNAIL_WIDTH and COVER_WIDTHS) of the stored cover `name`
    next to it, and return their names; with `missing_only`, only the sizes not stored yet. A
    cover not named by cover_prepare() gets none."""
    match = _WIDTH_IN_NAME.search(name or "")
    if not match:
        return []
    storage = storage or default_storage
    widths = [width for width in (THUMBNAIL_WIDTH, *COVER_WIDTHS) if width < int(match[1])]
    if missing_only:
        widths = [width for width in widths if not storage.exists(_sized_name(name, width))]
    if not widths:
        return []
    output_format = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP"}[match[2]]
    with storage.open(name, "rb") as stored:
        image = Image.open(stored, formats=[output_format])
        image.load()
    written = []
    for width in widths:
        sized_name = _sized_name(name, width)
        if storage.exists(sized_name):
            storage.delete(sized_name)
        content = ContentFile(_encode(_scaled(image, width), output_format))
        written.append(storage.save(sized_name, content))
    return written


def image_variants(image) -> list[tuple[str, int]]:
    """Return [(url, width), …] of the sizes of the stored image `image` (a FieldFile stored
    by cover_prepare() and cover_write_variants(): an article's cover, an album's photo),
    narrowest first, the full size last; [] without a file or for one stored otherwise.

    No storage access: the widths are read from the names, so a list page can call it for
    every image. For a template: srcset="{{ url }} {{ width }}w, …".
    """
    name = getattr(image, "name", "") or ""
    match = _WIDTH_IN_NAME.search(name)
    if not match:
        return []
    full_width = int(match[1])
    widths = [width for width in COVER_WIDTHS if width < full_width] + [full_width]
    return [(image.storage.url(_sized_name(name, width)), width) for width in widths]


def image_srcset(image) -> str:
    """Return the srcset attribute value of the stored image `image`, or "" (image_variants)."""
    return ", ".join(f"{url} {width}w" for url, width in image_variants(image))


def image_list_srcset(image) -> str:
    """Return the srcset of `image` shown small in a list: image_srcset() with the
    THUMBNAIL_WIDTH size first when it is stored (one file-system check: list pages are
    rendered once per content version), or "" for an image without sizes."""
    variants = image_variants(image)
    if not variants:
        return ""
    name = image.name
    if variants[-1][1] > THUMBNAIL_WIDTH:
        thumbnail = _sized_name(name, THUMBNAIL_WIDTH)
        if image.storage.exists(thumbnail):
            variants.insert(0, (image.storage.url(thumbnail), THUMBNAIL_WIDTH))
    return ", ".join(f"{url} {width}w" for url, width in variants)


def cover_variants(article) -> list[tuple[str, int]]:
    """Return [(url, width), …] of `article`'s cover sizes (image_variants())."""
    return image_variants(getattr(article, "cover_image", None))


def cover_srcset(article) -> str:
    """Return the srcset attribute value of `article`'s cover, or "" (see cover_variants)."""
    return image_srcset(getattr(article, "cover_image", None))


def upload_allowed(user) -> bool:
    """Return whether `user` may upload images: active staff who may write articles."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("news.add_article") or user.has_perm("news.change_article"))
    )


@never_cache
@require_POST
def editor_image_upload(request):
    """CKEditor 5's upload endpoint (its SimpleUploadAdapter): a file in "upload" in, JSON out:
    {"url": …} on success, {"error": {"message": …}} otherwise, which the editor shows."""
    if not upload_allowed(request.user):
        return JsonResponse({"error": {"message": MESSAGE_NO_PERMISSION}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": MESSAGE_NO_FILE}}, status=400)
    try:
        name = image_store(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": error.messages[0]}}, status=400)
    return JsonResponse({"url": default_storage.url(name)})

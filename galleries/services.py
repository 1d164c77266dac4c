"""Adding photos to an album: each upload checked, re-encoded and stored as article covers are
(news.uploads), with its narrower sizes."""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Max

from news.uploads import cover_prepare, cover_write_variants

from .models import Album, Photo

MAX_PHOTOS_AT_ONCE = 30
MESSAGE_TOO_MANY = "Mỗi lần tải lên tối đa 30 ảnh; hãy chia thành nhiều lần."


def photos_prepare(uploads) -> list:
    """Return `uploads` checked and re-encoded (news.uploads.cover_prepare()), ready to store;
    raise ValidationError naming each refused file and why."""
    uploads = list(uploads)
    if len(uploads) > MAX_PHOTOS_AT_ONCE:
        raise ValidationError(MESSAGE_TOO_MANY, code="too_many")
    prepared, errors = [], []
    for number, upload in enumerate(uploads, start=1):
        try:
            prepared.append(cover_prepare(upload))
        except ValidationError as error:
            name = getattr(upload, "name", "") or f"thứ {number}"
            errors.append(
                ValidationError(f"Tệp «{name}»: {' '.join(error.messages)}", code=error.code)
            )
    if errors:
        raise ValidationError(errors)
    return prepared


def photo_variants_write(photo: Photo) -> list[str]:
    """Write the narrower sizes (480 and 960 px) of `photo`'s stored image next to it; return
    their names."""
    return cover_write_variants(photo.image.name, storage=photo.image.storage)


def photos_add(*, album: Album, prepared, captions=(), credit="", written=None) -> list[Photo]:
    """Add one photo per file of `prepared` (photos_prepare()) at the end of `album`, captioned
    with `captions` in order or, past them, "<album>: ảnh N" for the editor to complete; all
    or none.
    Every file written is appended to `written` (a list the caller may remove again); on
    failure this function removes them itself."""
    written = [] if written is None else written
    start = len(written)
    photos = []
    try:
        with transaction.atomic():
            last = album.photos.aggregate(last=Max("order"))["last"] or 0
            count = album.photos.count()
            captions = list(captions)
            for number, content in enumerate(prepared, start=1):
                given = captions[number - 1] if number <= len(captions) else ""
                photo = Photo(
                    album=album,
                    caption=given or f"{album.title}: ảnh {count + number}",
                    credit=credit,
                    order=last + number * 10,
                )
                photo.image.save(content.name, content, save=False)
                written.append(photo.image.name)
                written.extend(photo_variants_write(photo))
                photo.save()
                photos.append(photo)
    except BaseException:
        for name in written[start:]:
            default_storage.delete(name)
        del written[start:]
        raise
    return photos

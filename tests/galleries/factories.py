import io

import factory
from django.core.files.base import ContentFile
from PIL import Image

from galleries.models import Album
from galleries.services import photos_add, photos_prepare


def jpeg_upload(name="anh.jpg", size=(1200, 800), colour=(179, 20, 28)):
    """Return an uploaded-looking JPEG file of `size`."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name=name)


class AlbumFactory(factory.django.DjangoModelFactory):
    """A published album without photos: add them with add_photos()."""

    class Meta:
        model = Album

    title = factory.Sequence(lambda n: f"Ngày hội Đại đoàn kết ở khu dân cư số {n}")
    description = "Ngày hội ở khu dân cư, có phần lễ và phần hội."
    place = "Ấp Thạnh Hòa, xã An Thạnh"
    taken_on = factory.Faker("date_between", start_date="-2y", end_date="today")
    is_published = True


def add_photos(album, count=1, *, captions=(), size=(1200, 800)):
    """Add `count` photos to `album` as an upload through the admin does; return them."""
    uploads = [jpeg_upload(f"anh-{n}.jpg", size=size) for n in range(count)]
    captions = list(captions) or [f"Minh họa: ngày hội, ảnh {n + 1}" for n in range(count)]
    return photos_add(album=album, prepared=photos_prepare(uploads), captions=captions)

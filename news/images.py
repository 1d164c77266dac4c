"""The photos of an article's body: which of them a reader who cannot see them would miss.

A photo without alternative text is announced by a screen reader as its file name, or not at
all (axe: "Images must have alternative text", critical). The editor asks for the text when a
photo is uploaded (static/js/admin-editor-images.js); publishing checks with
images_missing_alt() that none was skipped, and names the photos to fix.
"""

from collections import Counter
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

UNNAMED_IMAGE = "ảnh thứ {position}"
REPEATED_IMAGE = "{name} (ảnh thứ {position})"


class _ImageCollector(HTMLParser):
    """Collect the attributes of every <img> of a piece of HTML, in document order.

    A parser rather than a regular expression: attributes come in any order and quoting, and
    their entities (&amp; in a URL, &quot; in a text) are decoded as a browser decodes them.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.images = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))

    handle_startendtag = handle_starttag  # <img … /> as CKEditor or a paste may write it


def body_images(html: str) -> list[dict[str, str | None]]:
    """Return the attributes ({name: value}) of each <img> of `html`, in document order."""
    collector = _ImageCollector()
    collector.feed(html or "")
    collector.close()
    return collector.images


def has_alt(attributes: dict[str, str | None]) -> bool:
    """Return whether an image's attributes hold an alternative text a reader can hear.

    Empty or blank text counts as none: alt="" marks a decorative image, and a news photo is
    never decorative; CKEditor writes alt="" when the text is cleared.
    """
    return bool((attributes.get("alt") or "").strip())


def image_name(src: str | None, position: int) -> str:
    """Return how staff recognise an image: the file name of its address ("3f2a….jpg"), or
    "ảnh thứ N" (its place in the body, from 1) when it has no address or no file name."""
    path = urlsplit((src or "").strip()).path
    name = unquote(PurePosixPath(path).name) if path and not path.endswith("/") else ""
    return name or UNNAMED_IMAGE.format(position=position)


def images_missing_alt(html: str) -> list[str]:
    """Return a readable name for each <img> of the body `html` without alternative text, in
    document order; [] when every image has one (or there is none).

    A name is the image's file name, or "ảnh thứ N" without one; a file shown more than once
    gets its place too ("anh.jpg (ảnh thứ 3)"), so that staff know which copy to fix.
    """
    images = body_images(html)
    names = [image_name(image.get("src"), position) for position, image in enumerate(images, 1)]
    counts = Counter(names)
    missing = []
    for position, (image, name) in enumerate(zip(images, names, strict=True), 1):
        if has_alt(image):
            continue
        if counts[name] > 1:
            name = REPEATED_IMAGE.format(name=name, position=position)
        missing.append(name)
    return missing

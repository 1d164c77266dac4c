"""The demo's photo albums (content/galleries/albums.yaml), their pictures drawn with Pillow.

Each picture is a flat illustration of the scene its album names (a festival in a hamlet, a new
house handed over, a conference hall), varied by its number so that no two look alike, with
"Ảnh minh họa" written in a corner: nobody may take them for photographs. They are stored as
an editor's upload is (galleries.services: checked, re-encoded, with their narrower sizes).
"""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from galleries.models import Album
from galleries.services import photos_add, photos_prepare
from news.models import Article

from . import images
from .content import CONTENT, ContentError, day, read_yaml

WIDTH, HEIGHT = 1200, 800
SCENES = ("festival", "house", "conference")
SKIN = [(241, 200, 160), (224, 172, 128), (198, 140, 100), (236, 188, 150)]
CLOTHES = [
    (29, 79, 145), (179, 20, 28), (255, 255, 255), (46, 125, 50), (120, 60, 140),
    (240, 140, 30), (90, 90, 100), (0, 120, 140),
]  # fmt: skip
RED, GOLD, BLUE = images.RED, images.GOLD, images.BLUE


def albums():
    """Return the demo albums as dicts, checked."""
    data = read_yaml(CONTENT / "galleries" / "albums.yaml")
    rows = data.get("albums")
    if not isinstance(rows, list) or not rows:
        raise ContentError("albums.yaml: cần danh sách albums.")
    for row in rows:
        missing = {"title", "slug", "scene", "photos"} - set(row)
        if missing or row["scene"] not in SCENES:
            raise ContentError(f"albums.yaml: album «{row.get('title')}» thiếu {sorted(missing)}")
        if not all(isinstance(caption, str) and caption for caption in row["photos"]):
            raise ContentError(
                f"albums.yaml: album «{row['title']}»: mỗi ảnh cần một chú thích (chuỗi, nên "
                "đặt trong ngoặc kép vì có dấu hai chấm)."
            )
    return rows


def load_galleries(*, report, now):
    """Create the demo albums that are missing (by slug), with their drawn photos, published
    and linked to their articles. An album already there is left as it is."""
    for index, row in enumerate(albums()):
        if Album.objects.filter(slug=row["slug"]).exists():
            continue
        album = Album.objects.create(
            title=row["title"],
            slug=row["slug"],
            description=row.get("description", ""),
            place=row.get("place", ""),
            taken_on=_taken_on(row, now),
            is_published=True,
        )
        uploads = [
            ContentFile(_picture(row["scene"], seed=index * 100 + n), name=f"anh-{n + 1}.jpg")
            for n in range(len(row["photos"]))
        ]
        photos = photos_add(
            album=album,
            prepared=photos_prepare(uploads),
            captions=row["photos"],
            credit="Tranh minh họa",
            written=report.cover_names,
        )
        album.articles.set(Article.objects.filter(slug__in=row.get("articles", [])))
        report.created["album ảnh"] += 1
        report.created["ảnh"] += len(photos)


def _taken_on(row, now):
    if row.get("taken_on"):
        return day(row["taken_on"])
    return timezone.localdate(now) - datetime.timedelta(days=int(row.get("days_ago", 0)))


# --- the drawings --------------------------------------------------------------------------------


def _picture(scene, *, seed):
    """Return the JPEG bytes of one illustration of `scene`."""
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    {"festival": _festival, "house": _house, "conference": _conference}[scene](draw, rng)
    _label(draw)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84)
    return buffer.getvalue()


def _sky(draw, rng, top, bottom, horizon):
    for y in range(horizon):
        t = y / max(1, horizon - 1)
        draw.line(
            [(0, y), (WIDTH, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )


def _person(draw, rng, x, y, scale=1.0, *, arms_up=False):
    """A simple standing figure whose feet are at (x, y)."""
    body = rng.choice(CLOTHES)
    head_r = 16 * scale
    height = 110 * scale
    shoulder = y - height + head_r * 2
    draw.rounded_rectangle(
        (x - 22 * scale, shoulder, x + 22 * scale, y - 40 * scale), radius=12 * scale, fill=body
    )
    trousers = rng.choice([(40, 40, 50), (30, 50, 90), (70, 60, 50)])
    draw.rectangle((x - 18 * scale, y - 42 * scale, x - 3 * scale, y), fill=trousers)
    draw.rectangle((x + 3 * scale, y - 42 * scale, x + 18 * scale, y), fill=trousers)
    if arms_up:
        draw.line(
            (x - 20 * scale, shoulder + 8, x - 38 * scale, shoulder - 30 * scale),
            fill=body,
            width=round(9 * scale),
        )
        draw.line(
            (x + 20 * scale, shoulder + 8, x + 38 * scale, shoulder - 30 * scale),
            fill=body,
            width=round(9 * scale),
        )
    draw.ellipse(
        (x - head_r, shoulder - head_r * 2.1, x + head_r, shoulder - 0.1 * head_r),
        fill=rng.choice(SKIN),
    )
    draw.pieslice(
        (x - head_r, shoulder - head_r * 2.2, x + head_r, shoulder - head_r * 0.6),
        180, 360, fill=(35, 30, 30),
    )  # fmt: skip


def _flag(draw, x, y, size):
    """The national flag on a pole, its top left at (x, y)."""
    draw.line((x, y, x, y + size * 2.2), fill=(90, 90, 90), width=4)
    draw.rectangle((x, y, x + size * 1.5, y + size), fill=RED)
    draw.polygon(images._star(x + size * 0.75, y + size / 2, size * 0.32), fill=GOLD)


def _crowd(draw, rng, count, y_from, y_to, scale=(0.7, 1.0), **options):
    spots = sorted((rng.uniform(y_from, y_to), rng.uniform(30, WIDTH - 30)) for _ in range(count))
    for y, x in spots:
        _person(draw, rng, x, y, rng.uniform(*scale) * (0.6 + 0.5 * y / HEIGHT), **options)


def _festival(draw, rng):
    _sky(draw, rng, (120, 180, 235), (220, 236, 250), 420)
    draw.rectangle((0, 420, WIDTH, HEIGHT), fill=(120, 170, 90))
    sun = rng.randint(60, 300)
    draw.ellipse((sun, 40, sun + 110, 150), fill=(255, 230, 120))
    for _ in range(rng.randint(3, 6)):  # trees
        x = rng.randint(0, WIDTH)
        draw.rectangle((x - 8, 300, x + 8, 430), fill=(110, 80, 50))
        draw.ellipse((x - 70, 200, x + 70, 330), fill=rng.choice([(60, 130, 60), (80, 150, 70)]))
    stage_x = rng.randint(300, 560)
    draw.rectangle((stage_x, 250, stage_x + 460, 460), fill=(150, 20, 26))
    draw.rectangle((stage_x + 20, 270, stage_x + 440, 330), fill=RED)
    draw.rectangle((stage_x - 20, 460, stage_x + 480, 490), fill=(120, 90, 60))
    for n in range(rng.randint(2, 4)):
        _flag(draw, stage_x - 80 - n * 70, 180 + n * 10, 50)
    # bunting
    for n in range(0, WIDTH, 40):
        colour = [RED, GOLD, BLUE][(n // 40) % 3]
        draw.polygon([(n, 120), (n + 40, 120), (n + 20, 150)], fill=colour)
    _crowd(draw, rng, rng.randint(14, 24), 520, 790, arms_up=rng.random() < 0.3)


def _house(draw, rng):
    _sky(draw, rng, (150, 200, 240), (235, 243, 250), 470)
    draw.rectangle((0, 470, WIDTH, HEIGHT), fill=(196, 170, 120))
    draw.rectangle((0, 440, WIDTH, 480), fill=(110, 160, 90))
    for _ in range(rng.randint(2, 4)):  # coconut palms
        x = rng.randint(0, WIDTH)
        draw.line((x, 470, x + 30, 230), fill=(120, 90, 60), width=14)
        for angle in range(0, 360, 60):
            dx = 90 * [1, 0.5, -0.5, -1, -0.5, 0.5][angle // 60]
            dy = 40 * [0, -1, -1, 0, 0.6, 0.6][angle // 60]
            draw.line((x + 30, 230, x + 30 + dx, 230 + dy), fill=(50, 120, 60), width=10)
    count = rng.choice([1, 1, 2, 3])
    width = 460 if count == 1 else 330
    start = (WIDTH - count * width - (count - 1) * 40) // 2
    for n in range(count):
        x = start + n * (width + 40)
        wall = rng.choice([(250, 235, 200), (235, 240, 245), (250, 220, 190)])
        draw.rectangle((x, 330, x + width, 520), fill=wall)
        draw.polygon(
            [(x - 30, 340), (x + width / 2, 220), (x + width + 30, 340)], fill=(60, 90, 140)
        )
        draw.rectangle((x + width / 2 - 40, 410, x + width / 2 + 40, 520), fill=(120, 80, 50))
        draw.rectangle((x + 40, 390, x + 110, 450), fill=(150, 200, 230))
        draw.rectangle((x + width - 110, 390, x + width - 40, 450), fill=(150, 200, 230))
        draw.rectangle((x - 10, 520, x + width + 10, 545), fill=(160, 160, 160))  # raised floor
    if rng.random() < 0.6:  # the ribbon
        draw.rectangle((start - 20, 470, start + count * width + 20, 482), fill=RED)
    _crowd(draw, rng, rng.randint(5, 12), 600, 790)


def _conference(draw, rng):
    draw.rectangle((0, 0, WIDTH, HEIGHT), fill=(235, 228, 215))
    draw.rectangle((0, 0, WIDTH, 60), fill=(200, 190, 175))
    draw.rectangle((140, 80, WIDTH - 140, 300), fill=(150, 20, 26))
    draw.rectangle((170, 110, WIDTH - 170, 170), fill=RED)
    draw.rectangle((170, 190, WIDTH - 170, 200), fill=GOLD)
    draw.polygon(images._star(WIDTH / 2, 250, 40), fill=GOLD)
    draw.rectangle((0, 330, WIDTH, HEIGHT), fill=(170, 60, 50))
    view = rng.random()
    # the table of the presidium
    draw.rectangle((220, 330, WIDTH - 220, 400), fill=(240, 240, 235))
    draw.rectangle((220, 395, WIDTH - 220, 410), fill=(40, 110, 60))
    for n in range(rng.randint(4, 7)):
        x = 270 + n * rng.randint(100, 120)
        if x < WIDTH - 260:
            _person(draw, rng, x, 360, 0.7)
    draw.rectangle((220, 340, WIDTH - 220, 400), fill=(245, 245, 240))
    if view > 0.5:  # a speaker at the lectern
        lx = rng.choice([90, WIDTH - 170])
        _person(draw, rng, lx + 40, 420, 0.9)
        draw.polygon(
            [(lx, 360), (lx + 80, 360), (lx + 70, 470), (lx + 10, 470)], fill=(120, 70, 40)
        )
    # rows of delegates seen from behind
    for row in range(3):
        y = 560 + row * 90
        for x in range(60 + (row % 2) * 40, WIDTH, 95):
            if rng.random() < 0.85:
                colour = rng.choice(CLOTHES)
                draw.rounded_rectangle((x - 32, y, x + 32, y + 90), radius=20, fill=colour)
                draw.ellipse((x - 20, y - 38, x + 20, y + 4), fill=(40, 35, 35))
        draw.rectangle((0, y + 60, WIDTH, y + 90), fill=(110, 70, 45))


def _label(draw):
    font = images._font(30)
    text = "Ảnh minh họa"
    width = draw.textlength(text, font=font)
    draw.rounded_rectangle(
        (WIDTH - width - 50, HEIGHT - 64, WIDTH - 16, HEIGHT - 16), radius=8, fill=(20, 20, 20)
    )
    draw.text((WIDTH - width - 33, HEIGHT - 60), text, font=font, fill=(255, 255, 255))

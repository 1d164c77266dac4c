"""Cover images drawn with Pillow for the demo: nothing is downloaded.

Each cover is a gradient in the Front's colours with a few simple shapes and the category name.
The repository ships Be Vietnam Pro only as woff2, which Pillow cannot read, so the text uses
DejaVu Sans Bold (which covers Vietnamese) when the system has it, and Pillow's own scalable
default font otherwise.
"""

import io
import math
import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 800
FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
)
RED, RED_DARK = (179, 20, 28), (110, 10, 16)
BLUE, BLUE_DARK = (29, 79, 145), (16, 44, 86)
GOLD = (255, 205, 0)
# One gradient per category, in the order of the categories; the site's red, blue and gold.
PALETTES = (
    (RED_DARK, RED),
    (BLUE_DARK, BLUE),
    (RED, (214, 120, 20)),
    (BLUE, RED_DARK),
    ((120, 16, 24), (196, 88, 28)),
    (BLUE_DARK, (150, 30, 60)),
    (RED_DARK, BLUE),
)


@lru_cache(maxsize=8)
def _font(size):
    for path in FONT_PATHS:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=len(PALETTES))
def _gradient(start, end):
    """Return a diagonal gradient from `start` (top left) to `end` (bottom right).

    Cached: the covers of one category share it, and resizing is most of a cover's cost.
    """
    vertical = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    horizontal = Image.linear_gradient("L").rotate(90).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    ramp = Image.blend(vertical, horizontal.resize((WIDTH, HEIGHT)), 0.5)
    return Image.composite(
        Image.new("RGB", ramp.size, end), Image.new("RGB", ramp.size, start), ramp
    )


def _star(cx, cy, radius):
    """Return the points of a five-pointed star, the star of the Front's emblem."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def _fit(draw, text, max_width, start_size):
    size = start_size
    while size > 28:
        font = _font(size)
        if draw.textlength(text, font=font) <= max_width:
            return font
        size -= 4
    return _font(size)


def cover_jpeg(*, label, palette_index, seed, site_name="Ủy ban MTTQ Việt Nam tỉnh"):
    """Return the bytes of a 1200×800 JPEG cover showing `label`; `seed` varies the shapes."""
    rng = random.Random(seed)
    start, end = PALETTES[palette_index % len(PALETTES)]
    image = _gradient(start, end).convert("RGBA")  # a new image: the cached one stays intact

    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(5):
        radius = rng.randint(90, 300)
        cx, cy = rng.randint(0, WIDTH), rng.randint(0, HEIGHT - 200)
        colour = rng.choice([(255, 255, 255, 28), (*GOLD, 40), (*BLUE, 60), (*RED, 50)])
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)
    for i in range(3):
        y = 470 + i * 36 + rng.randint(-10, 10)
        draw.polygon([(0, y), (WIDTH, y - 160), (WIDTH, y - 144), (0, y + 16)], fill=(*GOLD, 70))
    draw.polygon(_star(WIDTH - 170, 170, 105), fill=(*GOLD, 235))
    image = Image.alpha_composite(image, overlay).convert("RGB")

    # The caption band sits inside the middle 16:9 of the picture, so pages that crop a cover
    # to a wide frame (object-fit: cover) still show the category name.
    draw = ImageDraw.Draw(image)
    top = HEIGHT - 320
    draw.rectangle((0, top, WIDTH, top + 200), fill=(20, 12, 14))
    draw.rectangle((0, top, WIDTH, top + 8), fill=GOLD)
    draw.rectangle((0, top + 192, WIDTH, top + 200), fill=GOLD)
    draw.text((60, top + 32), site_name.upper(), font=_font(30), fill=GOLD)
    font = _fit(draw, label, WIDTH - 120, 72)
    draw.text((60, top + 80), label, font=font, fill=(255, 255, 255))

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()

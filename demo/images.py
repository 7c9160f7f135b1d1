"""The demo's illustrations: abstract pictures drawn with Pillow (it ships no photographs)."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from images.models import Licence


def draw_illustration(seed):
    """JPEG bytes of an abstract illustration; the same seed always gives the same picture."""
    rng = random.Random(seed)
    width, height = 1200, 800
    base = tuple(rng.randint(30, 120) for _ in range(3))
    canvas = PILImage.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(canvas)
    for _ in range(14):
        colour = tuple(min(255, c + rng.randint(40, 150)) for c in base)
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        r = rng.randint(60, 320)
        draw.ellipse([x, y, x + r, y + r], fill=colour)
    for i in range(0, width, 40):
        draw.line([(i, height), (i + 300, height - 300)], fill=(255, 255, 255), width=1)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80)
    return buffer


# Honest rights for pictures drawn by this module: nobody else holds any, and the demo
# dedicates them to the public domain, so any site may reuse them.
CREDIT = "Moving Cities demo (generated illustration)"
LICENCE = Licence.CC0


def generated_image(key, title):
    """The library image titled `title`, drawn (seeded by `key`) if it does not exist yet,
    with the demo's credit and licence (also given to one drawn before images had them).

    Returns (image, created).
    """
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        if not existing.is_cleared:
            existing.credit, existing.licence = CREDIT, LICENCE
            existing.save(update_fields=["credit", "licence"])
        return existing, False
    image = Image(title=title, credit=CREDIT, licence=LICENCE)
    image.file = ImageFile(draw_illustration(key), name=f"demo-{key}.jpg")
    image.save()
    return image, True

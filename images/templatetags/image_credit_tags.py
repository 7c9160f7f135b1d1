"""`{% image_credit image %}`: who made an image and under what licence, for readers.

Every template that shows an image to readers puts this beside it (in its figcaption),
so the credit and licence the publish check demanded (images/clearance.py) are seen.
"""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

LABELS = {
    "image": _("Image:"),
    "logo": _("Logo:"),
}


@register.inclusion_tag("images/credit.html")
def image_credit(image, credit="", kind="image"):
    """The credit line of `image`; `credit` words it differently for one use (the image
    block's optional credit, translated with the page)."""
    return {
        "image": image,
        "label": LABELS[kind],
        "credit": credit or getattr(image, "credit", ""),
    }

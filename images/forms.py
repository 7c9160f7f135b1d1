"""The image edit form: an image shown on published content keeps its credit and licence.

Publishing checks images once (images/clearance.py); without this, emptying the credit
of an image afterwards would put it on public pages without one.
"""

from django.utils.translation import gettext
from wagtail.images.forms import BaseImageForm
from wagtail.models import ReferenceIndex

SHOWN_NAMES = 5


def public_uses(image):
    """The published pages and the snippets (always public) that show `image`."""
    return [
        source
        for source, _references in ReferenceIndex.get_grouped_references_to(image)
        if getattr(source, "live", True)
    ]


class CreditedImageForm(BaseImageForm):
    def clean(self):
        cleaned = super().clean()
        image = self.instance
        emptied = [
            name for name in ("credit", "licence") if name in self.fields and not cleaned.get(name)
        ]
        if image.pk and image.is_cleared and emptied:
            uses = public_uses(image)
            if uses:
                titles = list(dict.fromkeys(str(source) for source in uses))  # aliases: once
                names = ", ".join(f"“{title}”" for title in titles[:SHOWN_NAMES])
                if len(titles) > SHOWN_NAMES:
                    names += ", …"
                message = gettext(
                    "This image is shown on published content (%(uses)s), so it keeps a "
                    "credit and a licence. Replace it there first."
                ) % {"uses": names}
                for name in emptied:
                    self.add_error(name, message)
        return cleaned

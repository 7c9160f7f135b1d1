"""The city's admin form: a city is published only with a place on the map.

A city without a location vanishes from the map and the open data without a word, so
the form refuses to publish (or send for review) one; a draft may still be saved
without it, e.g. one created from a suggestion the gazetteer could not place. Its images
are checked as on every page (images/clearance.py).
"""

from django.utils.translation import gettext_lazy as _

from core.geo import parse_point
from images.pages import ClearedImagesPageForm

GOING_PUBLIC = ("action-publish", "action-submit")


class CityPageForm(ClearedImagesPageForm):
    def clean(self):
        cleaned = super().clean()
        if "location" in self.fields and any(action in self.data for action in GOING_PUBLIC):
            if parse_point(cleaned.get("location")) is None:
                self.add_error(
                    "location",
                    _(
                        "Place the city on the map before publishing: find it by name, "
                        "click the map or type “latitude, longitude”."
                    ),
                )
        return cleaned

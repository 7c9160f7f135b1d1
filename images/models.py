"""The site's image model: Wagtail's image plus who made it and under what licence.

An image may be uploaded and used in drafts without them, but no page or partner that
shows it is published until both are filled in (images/clearance.py), and every public
page shows them beside the image (images/templatetags/image_credit_tags.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage
from wagtail.images.models import ImageQuerySet as WagtailImageQuerySet

from .api import LicenceField


class Licence(models.TextChoices):
    """The terms an image is used under; the names of the Creative Commons licences are
    their official short names, which are not translated."""

    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC0 = "cc0-1.0", "CC0 1.0"
    PUBLIC_DOMAIN = "public-domain", _("Public domain")
    PERMISSION = "permission", _("Used with permission, all rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ImageQuerySet(WagtailImageQuerySet):
    def cleared(self):
        """Images that may appear on a public page: with a credit and a licence."""
        return self.exclude(credit="").exclude(licence="")

    def not_cleared(self):
        """Images missing a credit or a licence: they may be used in drafts only."""
        return self.filter(models.Q(credit="") | models.Q(licence=""))


class CreditedImage(AbstractImage):
    credit = models.CharField(
        _("credit"),
        max_length=200,
        blank=True,
        help_text=_(
            "Who made the image or holds its rights, as they want to be named, "
            "e.g. “Jane Doe / City of Palermo”. Required before a page using it is published."
        ),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        choices=Licence.choices,
        blank=True,
        help_text=_(
            "The terms we use it under. Choose “Used with permission” for logos and photos "
            "whose owner agreed to their use here. Required before a page using it is "
            "published."
        ),
    )
    source_url = models.URLField(
        _("source"),
        blank=True,
        help_text=_("Optional: the web address where the image was found or is described."),
    )

    admin_form_fields = WagtailImage.admin_form_fields + ("credit", "licence", "source_url")
    api_fields = [
        APIField("credit"),
        APIField("licence", serializer=LicenceField()),
        APIField("source_url"),
    ]

    objects = ImageQuerySet.as_manager()

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def is_cleared(self):
        """True when the image may appear on a public page (credit and licence given)."""
        return bool(self.credit and self.licence)

    @property
    def licence_url(self):
        """The licence's own page, or "" for terms that have none."""
        return LICENCE_URLS.get(self.licence, "")


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

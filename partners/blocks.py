"""The logo grid of partners, for the about page (or any standard page)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.languages import current_locale

from .models import Partner, PartnerKind


class PartnerLogosBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120, help_text=_("E.g. “Funded by”.")
    )
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=PartnerKind.choices,
        required=False,
        help_text=_("Show only partners of this kind; leave empty for all."),
    )

    class Meta:
        icon = "group"
        label = _("Partner logos")
        template = "blocks/partner_logos.html"
        description = _("A grid of partner logos, each linking to the partner's website.")
        preview_value = {"heading": "Supported by", "kind": ""}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["partners"] = Partner.objects.in_language(current_locale(), value.get("kind"))
        return context

"""Policy areas and country context: translatable snippets that pages refer to."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class PolicyArea(TranslatableMixin, index.Indexed, models.Model):
    """One of the six areas in which cities act (social rights, reception, ...)."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("As readers see it in the filters and on approaches, e.g. 'Housing'."),
    )
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in addresses and the open-data API.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "What the area covers, so that editors file approaches alike; not shown to readers."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Lower numbers come first in the filters; the same in every language."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("policy area")
        verbose_name_plural = _("policy areas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_policy_area_slug")
        ]

    def __str__(self):
        return self.name


class CountryContext(TranslatableMixin, models.Model):
    """The political context of migration policy in one country, shown on its cities."""

    country = CountryField(
        _("country"),
        help_text=_(
            "Shown on the pages of this country's cities and on the city list filtered by it; "
            "one per country and language."
        ),
    )
    text = RichTextField(
        _("context"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("A few paragraphs on national migration policy and what cities may do."),
    )

    panels = [FieldPanel("country"), FieldPanel("text")]
    override_translatable_fields = [SynchronizedField("country", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country context")
        verbose_name_plural = _("country contexts")
        constraints = [
            models.UniqueConstraint(fields=["country", "locale"], name="unique_country_context")
        ]

    def __str__(self):
        return str(self.country.name)

    @classmethod
    def for_country(cls, country, locale):
        """The context of `country` in `locale`, else in any language (or None)."""
        contexts = cls.objects.filter(country=country)
        return contexts.filter(locale=locale).first() or contexts.first()

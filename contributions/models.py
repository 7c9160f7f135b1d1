"""A city suggested by a municipality or a civil-society group, waiting for an editor."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

ANONYMISED = "(removed)"


class CitySuggestionQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=CitySuggestion.Status.NEW)

    def decided_before(self, moment):
        """Accepted or rejected before `moment`, and still holding personal data."""
        return self.exclude(status=CitySuggestion.Status.NEW).filter(
            decided_at__lt=moment, anonymised=False
        )


class CitySuggestion(models.Model):
    """One submission of the public "Add your city" form.

    Personal data (contact name, e-mail, message) is kept only while an editor needs it:
    `purge_suggestions` blanks it once the suggestion has been decided for long enough.
    """

    class Kind(models.TextChoices):
        NEW_CITY = "new", _("A city to add")
        CORRECTION = "correction", _("A correction to a listed city")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    kind = models.CharField(
        _("suggestion"), max_length=12, choices=Kind.choices, default=Kind.NEW_CITY
    )
    city_name = models.CharField(
        _("city or municipality"), max_length=120, help_text=_("As the municipality calls itself.")
    )
    country = CountryField(_("country"))
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("The municipality, council group or civil-society group you speak for."),
    )
    contact_name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("e-mail address"), help_text=_("Only to answer you."))
    networks = models.CharField(
        _("networks"),
        max_length=300,
        blank=True,
        help_text=_("City networks the municipality belongs to, e.g. Solidarity Cities."),
    )
    statement_url = models.URLField(
        _("public statement or council decision"),
        max_length=500,
        blank=True,
        help_text=_("A link to where the municipality states its policy."),
    )
    message = models.TextField(
        _("message"),
        max_length=4000,
        blank=True,
        help_text=_("What the municipality does; for a correction, what is wrong."),
    )
    consent = models.BooleanField(_("consent"), default=False)
    language = models.CharField(
        _("language"), max_length=7, editable=False, help_text=_("The form's language.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    editor_notes = models.TextField(
        _("editors' notes"), blank=True, help_text=_("For the team only; never shown publicly.")
    )
    city = models.ForeignKey(
        "citypages.CityPage",
        verbose_name=_("city page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a correction: the listed city. After conversion: the draft page."),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True, editable=False)
    anonymised = models.BooleanField(_("anonymised"), default=False, editable=False)

    objects = CitySuggestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("city suggestion")
        verbose_name_plural = _("city suggestions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.city_name} ({self.country.code})"

    def save(self, *args, **kwargs):
        """Stamp the moment of the decision: the purge counts from it."""
        if self.status == self.Status.NEW:
            self.decided_at = None
        elif self.decided_at is None:
            self.decided_at = timezone.now()
        super().save(*args, **kwargs)

    def anonymise(self):
        self.contact_name = ANONYMISED
        self.email = "removed@invalid"
        self.message = ""
        self.editor_notes = ""
        self.anonymised = True
        self.save()

"""An accepted suggestion becomes work for an editor: a draft city, or a draft edit.

Nothing is published here. A new city is created as a draft under the English city
index, geocoded from the offline gazetteer when the name is unambiguous; a correction
becomes a draft revision of the listed city. Either way the suggestion's text is left
as an admin comment on the page, so the editor sees it where they work.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Comment, Locale

from citypages.models import CityIndexPage, CityPage
from core.geo import format_point
from opendata.gazetteer import Gazetteer

from .models import CitySuggestion


class ConversionError(Exception):
    """The suggestion cannot be turned into a page; the message says why."""


def suggestion_note(suggestion):
    lines = [
        _("Suggested by %(organisation)s through “Add your city”.")
        % {"organisation": suggestion.organisation},
        suggestion.message,
        suggestion.statement_url,
        suggestion.networks and _("Networks: %(networks)s") % {"networks": suggestion.networks},
    ]
    return "\n".join(line for line in lines if line)


def locate(suggestion):
    """('SRID=4326;POINT(…)', note) from the gazetteer, or ('', why not)."""
    try:
        match = Gazetteer().resolve(suggestion.city_name, suggestion.country.code)
    except ValueError as error:
        return "", str(error)
    return format_point(match.place.lat, match.place.lng), match.note


def english_city_index():
    source = Locale.get_default()
    index = CityIndexPage.objects.filter(locale=source).order_by("path").first()
    if index is None:
        raise ConversionError(_("There is no city index to add the city to."))
    return index


def create_city_draft(suggestion, user):
    index = english_city_index()
    if not index.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    slug = slugify(suggestion.city_name) or "city"
    existing = CityPage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        raise ConversionError(
            _("“%(title)s” is already listed; mark the suggestion as a correction of it.")
            % {"title": existing.title}
        )
    location, note = locate(suggestion)
    city = CityPage(
        title=suggestion.city_name,
        slug=slug,
        country=suggestion.country,
        location=location,
        why_listed="",
        live=False,
        owner=user,
    )
    index.add_child(instance=city)
    return city, note


@transaction.atomic
def convert(suggestion, user):
    """Turn an accepted suggestion into a draft page; returns (page, note for the editor).

    PermissionDenied unless `user` may add cities (or edit the city corrected).
    """
    if suggestion.status != CitySuggestion.Status.ACCEPTED:
        raise ConversionError(_("Accept the suggestion before turning it into a page."))
    note = ""
    if suggestion.kind == CitySuggestion.Kind.CORRECTION:
        if suggestion.city is None:
            raise ConversionError(_("Choose the listed city that the correction is about."))
        city = suggestion.city.specific
        if not city.permissions_for_user(user).can_edit():
            raise PermissionDenied
    else:
        if suggestion.city is not None:
            raise ConversionError(_("This suggestion has already been turned into a page."))
        city, note = create_city_draft(suggestion, user)
    revision = city.save_revision(user=user, log_action=True)
    Comment.objects.create(
        page=city,
        user=user,
        text=suggestion_note(suggestion)[:10000],
        contentpath="title",
        revision_created=revision,
    )
    suggestion.city = city
    suggestion.save(update_fields=["city"])
    return city, note

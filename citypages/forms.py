"""Filter forms of the city and approach listings: plain GET forms that work without JS.

An unknown value (a country, network or policy area we do not list) makes the form
invalid; the page then answers 400 with the message next to the field.
"""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.cache import cached_per_language
from core.collation import by_name, sort_key
from core.localization import localize
from core.privacy import not_restricted
from core.tree import parent_path

from .models import CityPage, NetworkPage, PolicyArea


def country_choices(codes):
    """(code, name) pairs in the reader's language and alphabetical order."""
    names = dict(countries)
    language = get_language() or settings.LANGUAGE_CODE
    return sorted(
        ((code, str(names.get(code, code))) for code in codes),
        key=lambda choice: sort_key(choice[1], language),
    )


# The filters' choices: the same for every reader of a language, and a few queries each,
# so cached per language until content changes (core/cache.py).


def policy_area_choices(locale):
    areas = list(PolicyArea.objects.filter(locale__language_code="en"))
    return [(area.slug, area.name) for area in localize(areas, locale)]


@cached_per_language("city_filter_choices")
def city_filter_choices(locale_id, *, locale):
    codes = (
        CityPage.objects.live()
        .filter(locale=locale)
        .filter(not_restricted())
        .order_by()
        .values_list("country", flat=True)
        .distinct()
    )
    networks = sorted(
        localize(
            NetworkPage.objects.live().filter(locale__language_code="en").filter(not_restricted()),
            locale,
        ),
        key=lambda network: sort_key(network.title, locale.language_code),
    )
    return {
        "country": country_choices(set(codes)),
        "network": [(n.slug, n.title) for n in networks],
        "policy_area": policy_area_choices(locale),
    }


@cached_per_language("approach_filter_choices")
def approach_filter_choices(locale_id, *, locale):
    from .models import ApproachPage

    approach_paths = (
        ApproachPage.objects.live()
        .filter(locale=locale)
        .filter(not_restricted())
        .values_list("path", flat=True)
    )
    city_paths = {parent_path(path) for path in approach_paths}
    cities = (
        CityPage.objects.filter(path__in=city_paths)
        .order_by(by_name(locale.language_code))
        .only("title", "slug", "country")
    )
    return {
        "policy_area": policy_area_choices(locale),
        "city": [(c.slug, c.title) for c in cities],
        "country": country_choices({city.country.code for city in cities}),
    }


class CountryChoiceField(forms.ChoiceField):
    """Accepts country codes in either case ("de" or "DE"), as the open-data API does."""

    def to_python(self, value):
        return super().to_python(value).upper()


class ListingFilterForm(forms.Form):
    """Shared behaviour: choices in the page's language, query strings for pagination."""

    def __init__(self, data=None, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.locale = locale

    def query_string_without_page(self):
        data = self.cleaned_data if self.is_bound else {}
        pairs = [(key, value) for key, value in data.items() if value not in (None, "", False)]
        pairs = [(key, "true" if value is True else value) for key, value in pairs]
        return urlencode(pairs)


class CityFilterForm(ListingFilterForm):
    country = CountryChoiceField(label=_("Country"), required=False)
    network = forms.ChoiceField(label=_("Network"), required=False)
    policy_area = forms.ChoiceField(label=_("Policy area"), required=False)
    featured = forms.BooleanField(label=_("In-depth profiles only"), required=False)

    def __init__(self, data=None, *, locale, **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        any_choice = [("", _("All"))]
        for name, choices in city_filter_choices(locale.pk, locale=locale).items():
            self.fields[name].choices = any_choice + choices

    def filters(self):
        """Keyword arguments for CityPageQuerySet.matching(); nothing when unbound."""
        data = self.cleaned_data if self.is_bound else {}
        return {
            "country": data.get("country"),
            "network": data.get("network"),
            "policy_area": data.get("policy_area"),
            "featured": True if data.get("featured") else None,
        }

    def country_context(self):
        """The country's political context when the listing is filtered to one country."""
        from .models import CountryContext

        code = self.cleaned_data.get("country") if self.is_bound else None
        return CountryContext.for_country(code, self.locale) if code else None


class ApproachFilterForm(ListingFilterForm):
    policy_area = forms.ChoiceField(label=_("Policy area"), required=False)
    country = CountryChoiceField(label=_("Country"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)

    def __init__(self, data=None, *, locale, **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        any_choice = [("", _("All"))]
        for name, choices in approach_filter_choices(locale.pk, locale=locale).items():
            self.fields[name].choices = any_choice + choices

    def filters(self):
        """Keyword arguments for ApproachPageQuerySet.matching(); nothing when unbound."""
        data = self.cleaned_data if self.is_bound else {}
        return {key: data.get(key) for key in ("policy_area", "country", "city")}

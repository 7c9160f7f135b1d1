"""Facets of a search: how many results each type, country and policy area would leave.

Each dimension is counted with the other dimensions' filters applied but not its own, so
choosing a value replaces the current one in that dimension and the count shown beside a
value is exactly the number of results its link leads to. Labels are in the reader's
language: type names through gettext, countries through django-countries, policy areas
through their translations.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from citypages.models import PolicyArea
from core.languages import source_locale

KIND_LABELS = {
    "city": _("Cities"),
    "approach": _("Approaches"),
    "network": _("Networks"),
    "news": _("News"),
    "page": _("Other pages"),
}
# What one result is, beside its title.
KIND_NAMES = {
    "city": _("City"),
    "approach": _("Approach"),
    "network": _("Network"),
    "news": _("News"),
    "page": _("Page"),
}
DIMENSIONS = ("type", "country", "policy_area")


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list

    @property
    def selected(self):
        return next((value for value in self.values if value.selected), None)


def policy_area_names(slugs, locale):
    """{slug: name in `locale`, else in English}."""
    source = source_locale()
    names = {}
    areas = PolicyArea.objects.filter(slug__in=slugs, locale__in=[locale, source])
    for area in sorted(areas, key=lambda area: area.locale_id != locale.pk):
        names.setdefault(area.slug, area.name)
    return names


def search_facets(search, filters):
    """[Facet] for `search` (a SiteSearch) under `filters` ({"type", "country", "policy_area"}).

    Counted from the search's hits in Python: no query but the policy areas' names.
    """

    def others(dimension):
        chosen = {name: value for name, value in filters.items() if name != dimension}
        return search.filtered(
            kind=chosen.get("type"),
            country=chosen.get("country"),
            policy_area=chosen.get("policy_area"),
        )

    kinds = Counter(kind for _pk, kind, _country in others("type"))
    codes = Counter(country for _pk, _kind, country in others("country") if country)
    areas = Counter(
        slug
        for pk, _kind, _country in others("policy_area")
        for slug in search.policy_areas.get(pk, ())
    )
    area_names = policy_area_names(list(areas), search.locale) if areas else {}

    def values(name, counts, labels):
        found = [
            FacetValue(value, str(labels.get(value, value)), total, filters.get(name) == value)
            for value, total in counts.items()
            if total
        ]
        return sorted(found, key=lambda v: (-v.count, v.label))

    return [
        Facet("type", _("Type"), values("type", kinds, KIND_LABELS)),
        Facet("country", _("Country"), values("country", codes, dict(countries))),
        Facet("policy_area", _("Policy area"), values("policy_area", areas, area_names)),
    ]

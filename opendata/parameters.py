"""The open-data API's query parameters: each checked, each bad one a 400 naming it.

Contract (DESIGN.md, "Open data"): the optional parameters lang, country, network,
policy_area and featured. An empty value means "no filter", as an unselected field of an
HTML form would send; a NUL byte is refused before any database look-up.
"""

from django.conf import settings
from django.db.models import Value
from django.http import JsonResponse
from django.utils.functional import cached_property
from django_countries import countries

from citypages.models import CityPage, NetworkPage, PolicyArea
from core.languages import language_codes
from core.privacy import not_restricted

PARAMETERS = ("lang", "country", "network", "policy_area", "featured")
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
NUL_MESSAGE = "Parameters may not contain NUL bytes."


class BadParameter(Exception):
    def __init__(self, parameter, message, valid=None, **extra):
        super().__init__(message)
        self.parameter, self.message, self.valid, self.extra = parameter, message, valid, extra

    def response(self):
        body = {"parameter": self.parameter, "message": self.message}
        if self.valid is not None:
            body["valid"] = self.valid
        body.update(self.extra)
        return JsonResponse({"error": body}, status=400)


class FilterParser:
    """Checks one query string. Slug look-ups share one query, made only when needed."""

    def __init__(self, query):
        self.query = query

    @cached_property
    def slugs(self):
        """{"network": live network slugs, "policy_area": policy-area slugs}, in one query."""
        networks = (
            NetworkPage.objects.live()
            .filter(not_restricted())
            .order_by()
            .annotate(kind=Value("network"))
            .values_list("slug", "kind")
        )
        areas = PolicyArea.objects.order_by().annotate(kind=Value("policy_area"))
        result = {"network": set(), "policy_area": set()}
        for slug, kind in networks.union(areas.values_list("slug", "kind")):
            result[kind].add(slug)
        return {kind: sorted(slugs) for kind, slugs in result.items()}

    def clean_lang(self, value):
        value = value.lower()
        if value not in language_codes():
            raise BadParameter("lang", "Unknown language.", language_codes())
        return value

    def clean_country(self, value):
        code = value.upper()
        if code not in countries:
            listed = (
                CityPage.objects.live()
                .filter(not_restricted())
                .order_by("country")
                .values_list("country", flat=True)
                .distinct()
            )
            raise BadParameter(
                "country",
                "Not an ISO 3166-1 alpha-2 country code.",
                sorted(code for code, _name in countries),
                with_cities=list(listed),
            )
        return code

    def clean_network(self, value):
        if value not in self.slugs["network"]:
            raise BadParameter("network", "Unknown network.", self.slugs["network"])
        return value

    def clean_policy_area(self, value):
        if value not in self.slugs["policy_area"]:
            raise BadParameter("policy_area", "Unknown policy area.", self.slugs["policy_area"])
        return value

    def clean_featured(self, value):
        if value.lower() not in BOOLEANS:
            raise BadParameter("featured", "Use true or false.", ["true", "false"])
        return BOOLEANS[value.lower()]

    def parse(self):
        filters = {"lang": settings.LANGUAGE_CODE}
        for key, values in self.query.lists():
            if key not in PARAMETERS:
                raise BadParameter(key, "Unknown parameter.", list(PARAMETERS))
            if len(values) > 1:
                raise BadParameter(key, "Give this parameter at most once.")
            clean = getattr(self, f"clean_{key}")
            value = values[0].strip()
            if "\x00" in value:
                # Refused before any look-up; the error still lists the valid values.
                try:
                    clean("")
                except BadParameter as error:
                    raise BadParameter(key, NUL_MESSAGE, error.valid, **error.extra) from None
            if value:
                filters[key] = clean(value)
        return filters


def parse_filters(query):
    """Validate the query string into a dict of filters, or raise BadParameter.

    An empty value means "no filter", as an unselected field of an HTML form would send.
    A NUL byte is never passed on to the database: the parameter is refused.
    """
    return FilterParser(query).parse()

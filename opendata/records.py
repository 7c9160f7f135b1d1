"""The cities behind the open-data formats: filtered, named in the requested language.

Only live pages outside any view restriction are listed, and only such networks and
approaches are named or counted; restrictions hold in every language because each
language version carries a copy of its English page's (core.privacy). Building the
records costs the same few SQL queries whatever the number of cities: one each for the
cities, their networks and their approaches.
"""

from collections import defaultdict
from urllib.parse import quote

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django_countries import countries
from wagtail.models import Site

from citypages.models import ApproachPage, CityNetworkMembership, CityPage, NetworkPage
from core.collation import by_name
from core.geo import parse_point
from core.privacy import not_restricted

FILTERS = ("country", "network", "policy_area", "featured")


def filtered_cities(filters):
    cities = (
        CityPage.objects.live()
        .filter(locale__language_code=filters["lang"])
        .filter(not_restricted())
    )
    return cities.matching(**{key: filters.get(key) for key in FILTERS})


class PageUrls:
    """Absolute page URLs from url_path, resolved once per site root instead of per page.

    Equivalent to `request.build_absolute_uri(page.get_url(request))` for pages under one of
    the site's language roots, without building a Page object or reversing a URL per page.
    """

    def __init__(self, request):
        self.request = request
        self.roots = Site.get_site_root_paths()  # cached by Wagtail
        self.prefixes = {}

    def prefix(self, root):
        if root not in self.prefixes:
            try:
                with translation.override(root.language_code):
                    path = reverse("wagtail_serve", args=("",))
            except NoReverseMatch:
                path = None
            self.prefixes[root] = path and self.request.build_absolute_uri(path)
        return self.prefixes[root]

    def __call__(self, url_path):
        for root in self.roots:
            if url_path.startswith(root.root_path):
                prefix = self.prefix(root)
                if prefix is None:
                    return None
                return prefix + quote(url_path[len(root.root_path) :], safe="!$&'()*+,;=/~:@")
        return None


def networks_by_city(cities, lang):
    """{city id: [{"slug", "name"}]}: live networks, named in `lang` where translated."""
    localized_title = NetworkPage.objects.filter(
        live=True,
        translation_key=OuterRef("network__translation_key"),
        locale__language_code=lang,
    ).values("title")[:1]
    links = (
        CityNetworkMembership.objects.filter(city__in=cities.values("pk"), network__live=True)
        .filter(not_restricted("network__path"))
        .order_by("city_id", "sort_order", "pk")
        .values_list(
            "city_id", "network__slug", Coalesce(Subquery(localized_title), "network__title")
        )
    )
    result = defaultdict(list)
    for city_id, slug, name in links:
        result[city_id].append({"slug": slug, "name": name})
    return result


def city_records(filters, request):
    """One dict per city: the data behind both formats, built in three queries."""
    lang = filters["lang"]
    cities = filtered_cities(filters)
    rows = cities.order_by(by_name(lang), "pk").values(
        "pk", "path", "title", "url_path", "country", "location", "population", "featured"
    )
    networks = networks_by_city(cities, lang)
    approaches = (
        ApproachPage.objects.live()
        .filter(locale__language_code=lang)
        .filter(not_restricted())
        .count_by_city()
    )
    page_url = PageUrls(request)
    with translation.override(lang):
        names = dict(countries)
    records = []
    for row in rows:
        point = parse_point(row["location"])
        records.append(
            {
                "name": row["title"],
                "url": page_url(row["url_path"]),
                "country": row["country"],
                "country_name": str(names.get(row["country"], row["country"])),
                "lat": round(point[0], 5) if point else None,
                "lng": round(point[1], 5) if point else None,
                "population": row["population"],
                "featured": row["featured"],
                "networks": networks.get(row["pk"], []),
                "approaches": approaches.get(row["path"], 0),
            }
        )
    return records

"""Open data: every listed city as GeoJSON or CSV, filterable, in any of our languages.

Contract (DESIGN.md, "Open data"): /api/v1/cities.geojson and /api/v1/cities.csv with the
optional parameters lang, country, network, policy_area and featured. Every bad parameter
gets a 400 with a JSON error listing the valid values.

Names, addresses, network names and country names are those of the requested language;
only live pages outside any view restriction are listed. A response costs the same few
SQL queries whatever the number of cities: one for the ETag, one each for the cities,
their networks and their approaches, plus one to check network and policy-area slugs when
given. The ETag changes whenever any page is published, unpublished, created, deleted or
restricted, so clients and proxies can revalidate cheaply; the body is cached under it.
"""

import csv
import hashlib
import io
import json
from collections import Counter, defaultdict
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from django.http import HttpResponse, JsonResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.http import parse_etags, quote_etag
from django.views.decorators.http import require_safe
from django_countries import countries
from wagtail.models import Page, PageViewRestriction, Site

from .geo import parse_point
from .models import ApproachPage, CityNetworkMembership, CityPage, NetworkPage, PolicyArea

PARAMETERS = ("lang", "country", "network", "policy_area", "featured")
BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
CSV_COLUMNS = [
    "name",
    "country",
    "country_name",
    "lat",
    "lng",
    "population",
    "featured",
    "networks",
    "approaches",
    "url",
]
CACHE_SECONDS = 300
# Bump when the output changes shape, so clients never keep a body of the old format.
FORMAT_VERSION = 2
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


# Parameters ----------------------------------------------------------------------------


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


class FilterParser:
    """Checks one query string. Slug look-ups share one query, made only when needed."""

    def __init__(self, query):
        self.query = query

    @cached_property
    def slugs(self):
        """{"network": live network slugs, "policy_area": policy-area slugs}, in one query."""
        networks = (
            NetworkPage.objects.live()
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


# Data ------------------------------------------------------------------------------------


# Cities sit at depth 4 (root, home, city index, city); deeper trees are still covered.
MAX_RESTRICTED_DEPTH = 10


def not_restricted():
    """Q for pages outside every view restriction, without the query `.public()` costs.

    A restriction applies to its page and everything below it. The ancestors of a page are
    the prefixes of its path, so the check is a handful of index look-ups per city rather
    than a scan, whichever way the database plans it.
    """
    ancestors = [
        Substr(OuterRef("path"), 1, Page.steplen * depth)
        for depth in range(1, MAX_RESTRICTED_DEPTH + 1)
    ]
    return ~Exists(PageViewRestriction.objects.filter(page__path__in=ancestors))


def filtered_cities(filters):
    cities = (
        CityPage.objects.live()
        .filter(locale__language_code=filters["lang"])
        .filter(not_restricted())
    )
    if "country" in filters:
        cities = cities.in_country(filters["country"])
    if "network" in filters:
        cities = cities.in_network(filters["network"])
    if "policy_area" in filters:
        # Parent paths of the matching approaches: an uncorrelated subquery, which unlike a
        # correlated LIKE on paths stays fast on SQLite with thousands of pages.
        parents = (
            ApproachPage.objects.filter(
                live=True, policy_area_links__policy_area__slug=filters["policy_area"]
            )
            .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
            .values("parent_path")
        )
        cities = cities.filter(path__in=parents)
    if "featured" in filters:
        cities = cities.featured_only(filters["featured"])
    return cities


def version_tag(request, filters, fmt):
    """An ETag for the site's content: changes on any publish, unpublish, delete or restriction.

    Every language counts, because a page may show another language's text (a network not
    yet translated keeps its English name).
    """
    state = Page.objects.aggregate(
        published=Max("last_published_at"),
        live=Count("pk", filter=Q(live=True), distinct=True),
        pages=Count("pk", distinct=True),
        restrictions=Count("view_restrictions", distinct=True),
    )
    raw = json.dumps(
        [FORMAT_VERSION, fmt, request.build_absolute_uri("/"), sorted(filters.items()), state],
        default=str,
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


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
        .order_by("city_id", "sort_order", "pk")
        .values_list(
            "city_id", "network__slug", Coalesce(Subquery(localized_title), "network__title")
        )
    )
    result = defaultdict(list)
    for city_id, slug, name in links:
        result[city_id].append({"slug": slug, "name": name})
    return result


def approach_counts(lang):
    """{city path: number of its live approaches} for one language, in one query."""
    paths = ApproachPage.objects.filter(live=True, locale__language_code=lang).values_list(
        "path", flat=True
    )
    return Counter(path[: -Page.steplen] for path in paths)


def city_records(filters, request):
    """One dict per city: the data behind both formats, built in three queries."""
    lang = filters["lang"]
    cities = filtered_cities(filters)
    rows = cities.order_by("title", "pk").values(
        "pk", "path", "title", "url_path", "country", "location", "population", "featured"
    )
    networks = networks_by_city(cities, lang)
    approaches = approach_counts(lang)
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


# Formats -----------------------------------------------------------------------------------


def render_geojson(records):
    features = []
    for record in records:
        if record["lat"] is None:
            continue
        properties = {k: v for k, v in record.items() if k not in ("lat", "lng")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [record["lng"], record["lat"]]},
                "properties": properties,
            }
        )
    body = json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return body, "application/geo+json; charset=utf-8"


def render_csv(records):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {
                **{key: record[key] for key in CSV_COLUMNS},
                "featured": "true" if record["featured"] else "false",
                "networks": ";".join(n["slug"] for n in record["networks"]),
            }
        )
    return out.getvalue(), "text/csv; charset=utf-8"


RENDERERS = {"geojson": render_geojson, "csv": render_csv}


def etag_matches(request, etag):
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    tags = {tag.removeprefix("W/") for tag in parse_etags(header)}
    return "*" in tags or etag in tags


@require_safe
def cities(request, fmt):
    try:
        filters = parse_filters(request.GET)
    except BadParameter as error:
        return error.response()
    etag = quote_etag(version_tag(request, filters, fmt))
    if etag_matches(request, etag):
        response = HttpResponse(status=304)
    else:
        cache_key = f"open-data:{etag}"
        cached = cache.get(cache_key)
        if cached is None:
            cached = RENDERERS[fmt](city_records(filters, request))
            cache.set(cache_key, cached, CACHE_SECONDS)
        body, content_type = cached
        response = HttpResponse(body, content_type=content_type)
        if fmt == "csv":
            response["Content-Disposition"] = (
                f'inline; filename="moving-cities-{filters["lang"]}.csv"'
            )
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag"
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response

"""Open data: every listed city as GeoJSON or CSV, filterable, in any of our languages.

Contract (see README "Open data"): /api/v1/cities.geojson and /api/v1/cities.csv with the
optional parameters lang, country, network, policy_area and featured. Every bad parameter
gets a 400 with a JSON error listing the valid values; nothing else is ever written.
A response is identified by an ETag that changes whenever a page of that language is
published, unpublished or deleted, so clients and proxies can revalidate cheaply.
"""

import csv
import hashlib
import io
import json
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import quote_etag
from django.views.decorators.http import require_GET
from django_countries import countries
from wagtail.models import Locale, Page

from .geo import parse_point
from .localization import localize_pages
from .models import CityNetworkMembership, CityPage, NetworkPage, PolicyArea

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


class BadParameter(Exception):
    def __init__(self, parameter, message, valid=None):
        super().__init__(message)
        self.parameter, self.message, self.valid = parameter, message, valid

    def response(self):
        body = {"error": {"parameter": self.parameter, "message": self.message}}
        if self.valid is not None:
            body["error"]["valid"] = self.valid
        return JsonResponse(body, status=400)


def parse_filters(query):
    """Validate the query string into a dict of filters, or raise BadParameter."""
    for key, values in query.lists():
        if key not in PARAMETERS:
            raise BadParameter(key, f"Unknown parameter '{key}'.", list(PARAMETERS))
        if len(values) > 1:
            raise BadParameter(key, f"Give '{key}' at most once.")
        if "\x00" in values[0] or "\x00" in key:
            raise BadParameter(key, "Parameters may not contain NUL bytes.")
    languages = [code for code, _name in settings.LANGUAGES]
    filters = {"lang": query.get("lang", settings.LANGUAGE_CODE)}
    if filters["lang"] not in languages:
        raise BadParameter("lang", "Unknown language.", languages)
    if query.get("country"):
        code = query["country"].upper()
        if code not in dict(countries):
            raise BadParameter(
                "country",
                "Not an ISO 3166-1 alpha-2 country code.",
                sorted(
                    CityPage.objects.live().order_by().values_list("country", flat=True).distinct()
                ),
            )
        filters["country"] = code
    if query.get("network"):
        slugs = sorted(set(NetworkPage.objects.live().values_list("slug", flat=True)))
        if query["network"] not in slugs:
            raise BadParameter("network", "Unknown network.", slugs)
        filters["network"] = query["network"]
    if query.get("policy_area"):
        slugs = sorted(set(PolicyArea.objects.values_list("slug", flat=True)))
        if query["policy_area"] not in slugs:
            raise BadParameter("policy_area", "Unknown policy area.", slugs)
        filters["policy_area"] = query["policy_area"]
    if "featured" in query:
        value = query["featured"].lower()
        if value not in BOOLEANS:
            raise BadParameter("featured", "Use true or false.", ["true", "false"])
        filters["featured"] = BOOLEANS[value]
    return filters


def filtered_cities(filters, locale):
    cities = CityPage.objects.live().public().filter(locale=locale)
    if "country" in filters:
        cities = cities.in_country(filters["country"])
    if "network" in filters:
        cities = cities.in_network(filters["network"])
    if "policy_area" in filters:
        cities = cities.with_policy_area(filters["policy_area"])
    if "featured" in filters:
        cities = cities.featured_only(filters["featured"])
    return cities


def version_tag(locale, filters, fmt):
    """An ETag for this language's content: changes on any publish, unpublish or delete."""
    state = Page.objects.filter(locale=locale).aggregate(
        published=Max("last_published_at"),
        live=Count("pk", filter=Q(live=True)),
        pages=Count("pk"),
    )
    raw = json.dumps([fmt, sorted(filters.items()), state], default=str)
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def city_records(filters, locale, request):
    """One dict per city: the data behind both formats, built in a fixed number of queries."""
    cities = list(
        filtered_cities(filters, locale)
        .with_approach_counts()
        .order_by("title")
        .only(
            "title",
            "url_path",
            "slug",
            "country",
            "location",
            "population",
            "featured",
            "locale_id",
            "translation_key",
        )
    )
    links = (
        CityNetworkMembership.objects.filter(city__in=[city.pk for city in cities])
        .select_related("network")
        .order_by("city_id", "sort_order")
        .only(
            "city_id",
            "network__title",
            "network__slug",
            "network__translation_key",
            "network__locale_id",
            "network__live",
        )
    )
    networks_by_city = defaultdict(list)
    for link in links:
        if link.network.live:
            networks_by_city[link.city_id].append(link.network)
    all_networks = {n.translation_key: n for ns in networks_by_city.values() for n in ns}
    localized = {n.translation_key: n for n in localize_pages(list(all_networks.values()), locale)}
    names = dict(countries)
    records = []
    for city in cities:
        city.locale = locale
        point = parse_point(city.location)
        records.append(
            {
                "name": city.title,
                "url": request.build_absolute_uri(city.get_url(request)),
                "country": city.country.code,
                "country_name": str(names.get(city.country.code, city.country.code)),
                "lat": round(point[0], 5) if point else None,
                "lng": round(point[1], 5) if point else None,
                "population": city.population,
                "featured": city.featured,
                "networks": [
                    {"slug": n.slug, "name": localized[n.translation_key].title}
                    for n in networks_by_city[city.pk]
                ],
                "approaches": city.approach_count,
            }
        )
    return records


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
                **{key: record[key] for key in CSV_COLUMNS if key != "networks"},
                "featured": "true" if record["featured"] else "false",
                "networks": ";".join(n["slug"] for n in record["networks"]),
            }
        )
    return out.getvalue(), "text/csv; charset=utf-8"


RENDERERS = {"geojson": render_geojson, "csv": render_csv}


@require_GET
def cities(request, fmt):
    try:
        filters = parse_filters(request.GET)
    except BadParameter as error:
        return error.response()
    locale = Locale.objects.get(language_code=filters["lang"])
    etag = quote_etag(version_tag(locale, filters, fmt))
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        cache_key = f"open-data:{etag}"
        cached = cache.get(cache_key)
        if cached is None:
            with translation.override(filters["lang"]):
                cached = RENDERERS[fmt](city_records(filters, locale, request))
            cache.set(cache_key, cached, CACHE_SECONDS)
        body, content_type = cached
        response = HttpResponse(body, content_type=content_type)
        if fmt == "csv":
            response["Content-Disposition"] = (
                f'inline; filename="moving-cities-{filters["lang"]}.csv"'
            )
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    response["Vary"] = "Accept-Encoding"
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response

"""Open data: every listed city as GeoJSON or CSV, filterable, in any of our languages.

/api/v1/cities.geojson and /api/v1/cities.csv (DESIGN.md, "Open data"). Parameters are
checked by opendata.parameters; the records come from opendata.records.

The ETag changes whenever any page is published, unpublished, created, deleted or
restricted, so clients and proxies revalidate cheaply (Django's conditional-GET helper answers 304);
the body is cached under it.
"""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag
from django.utils.text import compress_string
from django.views.decorators.http import require_safe

from core.cache import content_version

from .formats import RENDERERS
from .parameters import BadParameter, parse_filters
from .records import city_records

CACHE_SECONDS = 300
# Bump when the output changes shape, so clients never keep a body of the old format.
FORMAT_VERSION = 3


def version_tag(request, filters, fmt):
    """An ETag for the site's content: changes on any publish, unpublish, delete or restriction.

    The site's content version (core/cache.py) changes on every such change in any
    language (a page may show another language's text: a network not yet translated
    keeps its English name), and costs no query with a shared cache.
    """
    raw = json.dumps(
        [
            FORMAT_VERSION,
            fmt,
            request.build_absolute_uri("/"),
            sorted(filters.items()),
            content_version(),
        ],
        default=str,
    )
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def cities_body(request, fmt, filters, version, gzipped=False):
    """The rendered body, cached under the content version (the ETag).

    With `gzipped`, the gzip of it, compressed once and cached too: compressing 400 KB of
    GeoJSON on every request would cost more than everything else a cached answer does.
    """
    if settings.RESPONSE_CACHE_SECONDS <= 0:  # caches off (the benchmark's uncached runs)
        body, content_type = RENDERERS[fmt](city_records(filters, request))
        return (
            compress_string(body.encode() if isinstance(body, str) else body) if gzipped else body
        ), content_type
    cache_key = f"open-data:{version}" + (":gzip" if gzipped else "")
    cached = cache.get(cache_key)
    if cached is None:
        if gzipped:
            body, content_type = cities_body(request, fmt, filters, version)
            cached = compress_string(body.encode() if isinstance(body, str) else body), content_type
        else:
            cached = RENDERERS[fmt](city_records(filters, request))
        cache.set(cache_key, cached, CACHE_SECONDS)
    return cached


def accepts_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "").lower()


@require_safe
def cities(request, fmt):
    try:
        filters = parse_filters(request.GET)
    except BadParameter as error:
        return error.response()
    version = version_tag(request, filters, fmt)
    etag = quote_etag(version)
    # Django's conditional-GET logic: a 304 when If-None-Match names the current version.
    response = get_conditional_response(request, etag=etag)
    if response is None:
        gzipped = accepts_gzip(request)
        body, content_type = cities_body(request, fmt, filters, version, gzipped)
        response = HttpResponse(body, content_type=content_type)
        if gzipped:
            response["Content-Encoding"] = "gzip"  # GZipMiddleware leaves it as it is
        patch_vary_headers(response, ("Accept-Encoding",))
        if fmt == "csv":
            filename = f"moving-cities-{filters['lang']}.csv"
            response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["ETag"] = etag  # CORS headers: django-cors-headers, for all of /api/
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response

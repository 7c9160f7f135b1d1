"""The Content-Security-Policy of reader pages and of the admin.

The policies themselves are settings (CONTENT_SECURITY_POLICY for reader pages,
ADMIN_CONTENT_SECURITY_POLICY for the admin). What depends on other settings is added
here, so it cannot fall out of step when those change: the origin of the map tiles
(MAP_TILE_URL, also the admin's location picker) and, when static or media files are
served from another host (a CDN, a bucket), their origins.
"""

from urllib.parse import urlsplit

from django.conf import settings


def origin(url):
    """'https://{s}.tile.example/{z}/{x}/{y}.png' -> 'https://*.tile.example'; None for a
    relative URL. Leaflet's {s} subdomain placeholder becomes a CSP wildcard."""
    parts = urlsplit((url or "").replace("{s}", "*"))
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def derived_sources():
    """{directive: [origins]} that follow from the tile, static and media settings."""
    sources = {}

    def add(directives, url):
        found = origin(url)
        if found:
            for directive in directives:
                sources.setdefault(directive, []).append(found)

    add(["img-src"], settings.MAP_TILE_URL)
    add(["img-src"], getattr(settings, "GEO_WIDGET_LEAFLET_TILE_LAYER", ""))
    add(["script-src", "style-src", "img-src", "font-src"], settings.STATIC_URL)
    add(["img-src", "media-src"], settings.MEDIA_URL)
    return {directive: sorted(set(values)) for directive, values in sources.items()}


def with_derived_sources(directives):
    """A copy of `directives` with the derived origins added."""
    result = dict(directives)
    for directive, values in derived_sources().items():
        result[directive] = [*(result.get(directive) or ["'self'"]), *values]
    return result


def is_admin_path(path):
    return path.startswith(f"/{settings.ADMIN_PATH}/") or path == f"/{settings.ADMIN_PATH}"

"""Language prefix handling on top of Django's LocaleMiddleware."""

import re
from functools import cache

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import LocalePrefixPattern, get_resolver

# A first path segment shaped like a language code ("xx", "pt-br"): a reader who types
# /xx/ asked for a language we do not have, so they get a 404 rather than /en/xx/.
LANGUAGE_SHAPED = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


@cache
def machine_prefixes(urlconf=None):
    """First path segments of the URLs outside the language prefix: admin, api, documents,
    sitemap.xml, robots.txt, .well-known… (read from the URLconf, so new ones count)."""
    prefixes = set()
    patterns = list(get_resolver(urlconf).url_patterns)
    while patterns:
        pattern = patterns.pop()
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        route = str(pattern.pattern).lstrip("^")
        if not route and hasattr(pattern, "url_patterns"):  # include() at the root
            patterns.extend(pattern.url_patterns)
            continue
        first = route.split("/", 1)[0].rstrip("$")
        if first and not any(char in first for char in "()[]?*+\\"):
            prefixes.add(first)
    for url in (settings.STATIC_URL, settings.MEDIA_URL):
        first = (url or "").strip("/").split("/", 1)[0]
        if first and ":" not in url:
            prefixes.add(first)
    return frozenset(prefixes)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that redirects /cities/ to /en/cities/ but leaves /xx/ and machine
    paths (/admin/…, /api/…, /documents/…, /sitemap.xml…) a 404.

    Django's LocaleMiddleware turns any unprefixed 404 into a redirect to the same path
    under the reader's language; Wagtail's catch-all route makes every such path look
    valid, so /xx/ would bounce to /en/xx/, and a 404 from the admin (say, machine
    translation with no translator configured) to /en/admin/…. Only reader paths are
    redirected: not those shaped like a language code, nor those of a machine route.
    """

    supported = {code for code, _name in settings.LANGUAGES}

    def process_response(self, request, response):
        if response.status_code == 404:
            path = request.path_info
            match = LANGUAGE_SHAPED.match(path)
            if match and match.group(1).lower() not in self.supported:
                return response
            first = path.lstrip("/").split("/", 1)[0]
            if first in machine_prefixes(getattr(request, "urlconf", None)):
                return response
        return super().process_response(request, response)

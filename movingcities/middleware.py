"""Language prefix handling on top of Django's LocaleMiddleware."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware

# A first path segment shaped like a language code ("xx", "pt-br"): a reader who types
# /xx/ asked for a language we do not have, so they get a 404 rather than /en/xx/.
LANGUAGE_SHAPED = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """LocaleMiddleware that redirects /cities/ to /en/cities/ but leaves /xx/ a 404.

    Django's LocaleMiddleware turns any unprefixed 404 into a redirect to the same path
    under the reader's language; Wagtail's catch-all route makes every such path look
    valid, so /xx/ would bounce to /en/xx/. Only paths that do not start with something
    shaped like a language code are redirected.
    """

    supported = {code for code, _name in settings.LANGUAGES}

    def process_response(self, request, response):
        if response.status_code == 404:
            match = LANGUAGE_SHAPED.match(request.path_info)
            if match and match.group(1).lower() not in self.supported:
                return response
        return super().process_response(request, response)

"""Finding the page for a URL, cached under the content version (core/cache.py).

Wagtail finds a page by walking the tree one URL segment at a time (a query per level),
after looking up the site and the home page's translation, and then checks the view
restrictions of the page and of each ancestor (resolving aliases to their sources: a
query per alias). That is about eight queries before a page starts to render, on every
request. The answer changes only when content changes, so it is cached per language and
content version: the site, the page's id and type, and its view restrictions. A cached
route loads the page with one query; a publish, move, delete or restriction change
anywhere makes a new version, and the next request walks the tree again.

Only routes to live pages are cached (never a 404, so strangers cannot fill the cache
with made-up addresses). A page type that routes on its own (RoutablePageMixin: the news
index and its feed) is cached only for its own address, where its route is a URL match
without queries, made again per request; its sub-routes (the feed) go the usual way.
"""

from django.apps import apps
from django.http import Http404
from wagtail.models import Page, Site

from .cache import cached_per_language


def _routes_plainly(model):
    return model.route is Page.route


@cached_per_language("site")
def _site(host, port, *, request):
    return Site._find_for_request(request)


@cached_per_language("route")
def _route(site_id, path, *, request, site):
    """(model label, page id, restrictions) for `path` under `site`, or None."""
    components = [component for component in path.split("/") if component]
    try:
        page, args, kwargs = site.root_page.localized.specific.route(request, components)
    except Http404:
        return None
    plain = _routes_plainly(type(page))
    if plain and (args or kwargs):
        return None
    if not plain and page.depth - site.root_page.depth != len(components):
        return None  # a sub-route of a routable page
    return page._meta.label, page.pk, list(page.get_view_restrictions()), plain


class CachedRouteMiddleware:
    """Hands Wagtail's serve view the site and page found by a cached route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "__module__", "") != "wagtail.views" or view_func.__name__ != "serve":
            return None
        raw_host = request._get_raw_host()
        site = _site(raw_host.rsplit(":", 1)[0], request.get_port(), request=request)
        request._wagtail_site = site
        if site is None:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        found = _route(site.pk, path, request=request, site=site)
        if found is None:
            return None
        label, page_id, restrictions, plain = found
        page = (
            apps.get_model(label)
            .objects.filter(pk=page_id, live=True)
            .select_related("locale")
            .first()
        )
        if page is None:  # changed since: let Wagtail find it the usual way
            return None
        page.get_view_restrictions = lambda: restrictions
        request._wagtail_route_for_request = (page, [], {}) if plain else page.route(request, [])
        return None

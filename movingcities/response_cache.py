"""Whole pages for anonymous readers, cached per address and language under the content version.

A reader without a session gets the same page as every other such reader, so the first
one's rendering is kept (Redis when REDIS_URL is set, else each process's memory) under
a key holding the content version (core/cache.py): a publish, unpublish, move, delete or
restriction change anywhere makes a new version, and every page is rendered afresh at
once, in every language. Nothing else has to know which pages showed what.

Cached: reader pages under a language prefix, API v2 and the sitemap. Not cached: other
methods than GET and HEAD; anyone with a session (editors, readers who entered a page's
password), or with messages waiting; every other path (the admin, API v1 with its own
cache, health, documents, robots.txt, security.txt); answers other than 200; responses that set a
cookie, vary on cookies, say private/no-store, or carry a CSRF token (a form that posts).

The Content-Security-Policy nonce: each response must have its own, in its header and
on its script tags. The cached body keeps the nonce it was rendered with; on a hit it is
replaced by this response's fresh nonce, which django-csp's middleware (outside this one)
then writes into the header. Browsers revalidate with the ETag (derived from the key, not
the body, whose nonce changes every time); a 304 carries no body and so no nonce.
`Cache-Control` lets a CDN keep pages for RESPONSE_CACHE_SECONDS only when one is
configured to be purged (WAGTAILFRONTENDCACHE); browsers always revalidate.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags, quote_etag
from django.utils.translation import get_language

from core.cache import content_version

SKIPPED_HEADERS = {"content-security-policy", "content-security-policy-report-only", "set-cookie"}


def cached_prefixes():
    """The paths cached here: reader pages (under a language prefix), API v2 and the sitemap.

    An allow-list, so the admin, the open-data API v1 (its own body cache), health checks,
    documents, robots.txt and security.txt never are.
    """
    return (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/api/v2/", "/sitemap.xml")


def cacheable_request(request):
    if request.method not in ("GET", "HEAD") or settings.RESPONSE_CACHE_SECONDS <= 0:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return request.path.startswith(cached_prefixes())


def storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in ("private", "no-store", "no-cache"))


def cache_key(request):
    raw = "|".join(
        [
            content_version(),
            request.scheme,
            request.get_host(),
            get_language() or "",
            request.get_full_path(),
        ]
    )
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def matches(request, etag):
    wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    bare = etag.removeprefix("W/")
    return any(tag == "*" or tag.removeprefix("W/") == bare for tag in wanted)


def with_cache_headers(response, etag):
    response["ETag"] = etag
    if settings.WAGTAILFRONTENDCACHE:
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            must_revalidate=True,
            s_maxage=settings.RESPONSE_CACHE_SECONDS,
        )
    else:
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


class ResponseCacheMiddleware:
    """Serves and stores whole pages for anonymous readers (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        etag = quote_etag(key.removeprefix("page:"))
        entry = cache.get(key)
        if entry is not None:
            if matches(request, etag):
                return with_cache_headers(HttpResponseNotModified(), etag)
            return with_cache_headers(self.rebuild(request, entry), etag)
        response = self.get_response(request)
        if storable(request, response):
            cache.set(key, self.entry(request, response), settings.RESPONSE_CACHE_SECONDS)
            response["X-Cache"] = "miss"
            with_cache_headers(response, etag)
        return response

    @staticmethod
    def entry(request, response):
        headers = {k: v for k, v in response.items() if k.lower() not in SKIPPED_HEADERS}
        nonce = getattr(request, "_csp_nonce", None)
        return {"content": response.content, "headers": headers, "nonce": nonce}

    @staticmethod
    def rebuild(request, entry):
        content = entry["content"]
        if entry["nonce"]:
            content = content.replace(entry["nonce"].encode(), str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in entry["headers"].items():
            response[name] = value
        response["X-Cache"] = "hit"
        return response

"""The site-wide texts (footer, contact, social links) in the reader's language.

Every page shows them: three queries (the texts, and both linked pages in the reader's
language in one query), cached per language until content changes (core/cache.py) and
kept on the request for the other tags.
"""

from django import template
from django.utils import translation
from wagtail.models import Locale, Page

from core.cache import cached_per_language
from home.models import SiteTexts

register = template.Library()


def _footer(context):
    request = context.get("request")
    cached = getattr(request, "_site_texts", None) if request is not None else None
    if cached is not None:
        return cached
    host = request.get_host() if request is not None else ""
    footer = footer_texts(host, request=request)
    if request is not None:
        request._site_texts = footer
    return footer


@cached_per_language("site_texts")
def footer_texts(host, *, request):
    """{"texts": SiteTexts or None, "links": …} for the reader's language on `host`."""
    code = translation.get_language() or "en"
    locale = Locale.objects.filter(language_code=code).first()
    texts = SiteTexts.objects.select_related("locale").for_locale(locale) if locale else None
    return {"texts": texts, "links": _links(texts, locale, request) if texts else {}}


def _links(texts, locale, request):
    """{"imprint"|"privacy": (url, translation_key)} for the live pages in `locale`."""
    wanted = {"imprint": texts.imprint_page_id, "privacy": texts.privacy_page_id}
    keys = dict(
        Page.objects.filter(pk__in=[pk for pk in wanted.values() if pk]).values_list(
            "pk", "translation_key"
        )
    )
    if not keys:
        return {}
    pages = Page.objects.live().filter(translation_key__in=keys.values(), locale=locale)
    by_key = {page.translation_key: page for page in pages}
    links = {}
    for name, pk in wanted.items():
        page = by_key.get(keys.get(pk))
        if page is not None:
            links[name] = (page.get_url(request), page.translation_key)
    return links


@register.simple_tag(takes_context=True)
def site_texts(context):
    """SiteTexts for the current language (English where a language has none), or None."""
    return _footer(context)["texts"]


@register.simple_tag(takes_context=True)
def footer_link(context, name):
    """The URL of the "imprint" or "privacy" page in the reader's language ("" if none)."""
    return _footer(context)["links"].get(name, ("", None))[0]


@register.simple_tag(takes_context=True)
def footer_link_keys(context):
    """Translation keys of the pages the footer links to already (not to list them twice)."""
    return {key for _url, key in _footer(context)["links"].values()}

"""What a page says about itself to search engines and to the apps it is shared in: its
description, its Open Graph / Twitter card, and schema.org data (JSON-LD).

Everything is computed from the page already loaded for rendering: no query of its own.
A page type describes itself through two optional methods: `meta_description()` (else its
search description, summary or introduction is used) and `structured_data(request)` (a
schema.org dict).
"""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Page

register = template.Library()

SITE_NAME = "Moving Cities"
DESCRIPTION_LENGTH = 200
# Open Graph wants a territory with the language.
OG_LOCALES = {
    "en": "en_GB", "de": "de_DE", "fr": "fr_FR", "el": "el_GR", "it": "it_IT", "pl": "pl_PL",
    "es": "es_ES",
}
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def site_description():
    return gettext(
        "Moving Cities maps European municipalities that practise a solidarity-based "
        "migration policy."
    )


@register.simple_tag
def page_description(page):
    """The page's own short description: never the same sentence on every page."""
    if not isinstance(page, Page):
        return site_description()
    text = page.meta_description() if hasattr(page, "meta_description") else ""
    for field in ("search_description", "summary", "intro", "why_listed"):
        if text:
            break
        text = strip_tags(str(getattr(page, field, "") or "")).strip()
    text = " ".join(text.split())
    return Truncator(text).chars(DESCRIPTION_LENGTH) if text else site_description()


@register.filter(is_safe=True)
def with_site_name(title):
    """"<title> · Moving Cities", and just "Moving Cities" where the page is called that
    (the home page), never "Moving Cities · Moving Cities"."""
    title = " ".join(str(title or "").split())
    if not title or title == SITE_NAME:
        return SITE_NAME
    return f"{title} · {SITE_NAME}"


@register.simple_tag
def page_title(page):
    """The page's title for sharing (og:title), as in <title>."""
    title = (page.seo_title or page.title) if isinstance(page, Page) else ""
    return with_site_name(title)


@register.simple_tag(takes_context=True)
def og_image_url(context):
    request = context.get("request")
    url = static("img/og-default.png")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag
def og_locale(language):
    return OG_LOCALES.get(language, OG_LOCALES[settings.LANGUAGE_CODE])


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """<script type="application/ld+json"> with the page's schema.org data, if it has any."""
    request = context.get("request")
    data = page.structured_data(request) if hasattr(page, "structured_data") else None
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_JSON_ESCAPES)
    nonce = getattr(request, "csp_nonce", "")
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>', nonce, mark_safe(text)
    )

"""The site-wide texts (footer, contact, social links) in the reader's language."""

from django import template
from django.utils import translation
from wagtail.models import Locale

from home.models import SiteTexts

register = template.Library()


def _current_texts(context):
    """One query per request: the texts are kept on the request once read."""
    request = context.get("request")
    cached = getattr(request, "_site_texts", None) if request is not None else None
    if cached is not None:
        return cached or None
    code = translation.get_language() or "en"
    locale = Locale.objects.filter(language_code=code).first()
    texts = SiteTexts.objects.select_related("locale").for_locale(locale) if locale else None
    if request is not None:
        request._site_texts = texts or False
    return texts


def _localized_url(page, request):
    if page is None:
        return ""
    page = page.localized
    return page.get_url(request) if page.live else ""


@register.simple_tag(takes_context=True)
def site_texts(context):
    """SiteTexts for the current language (English where a language has none), or None."""
    return _current_texts(context)


@register.simple_tag(takes_context=True)
def privacy_url(context):
    """The privacy page in the reader's language ("" when none is set)."""
    texts = _current_texts(context)
    return _localized_url(texts.privacy_page, context.get("request")) if texts else ""


@register.simple_tag(takes_context=True)
def imprint_url(context):
    texts = _current_texts(context)
    return _localized_url(texts.imprint_page, context.get("request")) if texts else ""

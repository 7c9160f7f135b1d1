"""The <link rel="alternate"> to the news feed of the reader's language (cached per
language until content changes, core/cache.py)."""

from django import template
from django.utils import translation

from core.cache import cached_per_language
from home.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed_url(context):
    """The address of the current language's news feed, or "" when it has no news index."""
    request = context.get("request")
    return feed_address(request.get_host() if request is not None else "", request=request)


@cached_per_language("news_feed_url")
def feed_address(host, *, request):
    code = translation.get_language() or "en"
    index = (
        NewsIndexPage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .order_by("path")
        .first()
    )
    return index.get_url(request) + "feed/" if index else ""

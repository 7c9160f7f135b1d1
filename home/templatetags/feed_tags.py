"""The <link rel="alternate"> to the news feed of the reader's language."""

from django import template
from django.utils import translation

from home.models import NewsIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def news_feed_url(context):
    """The address of the current language's news feed, or "" when it has no news index."""
    code = translation.get_language() or "en"
    index = (
        NewsIndexPage.objects.live()
        .public()
        .filter(locale__language_code=code)
        .order_by("path")
        .first()
    )
    return index.get_url(context.get("request")) + "feed/" if index else ""

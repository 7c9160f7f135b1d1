"""Render embeds only from Wagtail's embed cache, so a page view never waits on oEmbed."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.embeds.models import Embed

register = template.Library()


@register.simple_tag
def cached_embed(url):
    """The cached player HTML for `url`, or "" (the template then shows a plain link).

    The cache is filled when a page is published (see core.wagtail_hooks), where a slow or
    unreachable provider delays an editor once instead of every reader.
    """
    embed = Embed.objects.filter(url=url).only("html").first()
    return mark_safe(embed.html) if embed and embed.html else ""

"""Admin hooks of the shared parts: embeds fetched at publish time, the picker's strings."""

import logging

from django.utils.html import json_script
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

logger = logging.getLogger(__name__)


def embed_urls(page):
    """Every embed address in a page's StreamFields (top-level embed blocks)."""
    for field in ("body",):
        for block in getattr(page, field, None) or []:
            if block.block_type == "embed" and block.value.get("url"):
                yield block.value["url"]


@hooks.register("after_publish_page")
def warm_embed_cache(request, page):
    """Fetch oEmbed players at publish time, so readers never wait for a provider.

    A provider that is down or unknown only costs the editor a log line; readers then see
    a plain link to the recording instead of the player.
    """
    for url in embed_urls(page.specific):
        try:
            embeds.get_embed(url)
        except EmbedException as error:
            logger.warning("Could not fetch embed %s: %s", url, error)


@hooks.register("insert_editor_js")
def place_search_strings():
    """The location picker's "find by name" texts in the editor's language (core/geo.py).

    A JSON block, not a script: the admin's Content-Security-Policy allows no inline code.
    """
    return json_script(
        {
            "label": gettext("Find a place by name"),
            "find": gettext("Find"),
            "none": gettext("No place found."),
        },
        "place-search-strings",
    )

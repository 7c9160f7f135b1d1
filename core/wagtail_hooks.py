"""Publishing hooks of the shared blocks: embeds are fetched when a page is published."""

import logging

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

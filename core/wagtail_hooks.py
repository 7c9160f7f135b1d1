"""Admin hooks of the shared parts: embeds fetched at publish time, the picker's strings,
the way back to a draft that holds the address of a page being created again."""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils.html import json_script
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

from .drafts import draft_holding_slug

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


@hooks.register("before_create_page")
def point_to_the_draft_holding_the_slug(request, parent_page, page_class):
    """Saving a new page whose slug a never-published draft holds: say so, with a button
    to that draft, above the form's own "slug already in use" error.

    Typically the draft is an earlier, abandoned try at the same page, saved by autosave.
    Background saves (JSON) are left alone: the editor sees this on their next save.
    """
    if request.method != "POST" or not request.accepts("text/html"):
        return None
    # An empty slug is made from the title, as Wagtail makes it (which would then pick
    # "wuppertal-2" and start a second draft of the same page).
    title = request.POST.get("title", "")
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    slug = request.POST.get("slug", "").strip() or slugify(title, allow_unicode=allow_unicode)
    draft = draft_holding_slug(parent_page, slug)
    if draft is None:
        return None
    messages.error(
        request,
        gettext(
            "“%(title)s” was started here before and never published; its draft holds the "
            "slug “%(slug)s”. Continue editing that draft, or give this page another slug."
        )
        % {"title": draft.get_admin_display_title(), "slug": draft.slug},
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=[draft.pk]), gettext("Continue editing it")
            )
        ],
    )
    return None

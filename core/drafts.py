"""Pages started and never published: drafts that still hold an address.

Wagtail 8 creates a page as soon as its add form has been edited (autosave), so a form
left half-filled leaves a draft behind, holding the slug. Whoever starts the same page
again is sent to that draft rather than told only that the slug is taken
(`core.wagtail_hooks`); `translation.drafts` clears the ones left too long.
"""

from django.db.models import Q
from wagtail.models import Page

# Live now or published once. Pages made live in code (the demo, imports) may have no
# first_published_at.
EVER_PUBLISHED = Q(live=True) | Q(first_published_at__isnull=False)


def never_published(pages):
    """The pages of `pages` that were never live (not aliases: those follow their page)."""
    return pages.exclude(EVER_PUBLISHED).filter(alias_of__isnull=True)


def draft_holding_slug(parent, slug):
    """The never-published child of `parent` whose address is `slug`, or None."""
    if not slug:
        return None
    return never_published(Page.objects.child_of(parent)).filter(slug=slug).first()

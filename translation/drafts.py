"""Clearing abandoned drafts: pages started, never published and not touched for a while.

Wagtail 8 autosaves the add-page form, so every "new city" form left half-filled is a
draft (core.drafts). `purge_abandoned_drafts --older-than DAYS` deletes those whose latest
revision is older than DAYS, with their language copies, as the admin's delete does
(`translations_to_cascade`). Kept, whatever their age: a page of which any language
version was ever published, a draft in moderation or scheduled for publishing, and a
draft with a subpage that was published or edited since the cut-off (someone is at work
under it). A page without any revision (made in code, never edited) is no one's
abandoned form and is kept too.

The language copies are those the admin's delete cascades to (`translations_to_cascade`),
looked up for all drafts at once (`copies_deleted_with`).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction
from wagtail.models import Page, Revision, WorkflowState

from core.drafts import EVER_PUBLISHED, never_published

from .synctree import copies_deleted_with


@dataclass
class PurgedDraft:
    page: Page
    copies: list


def abandoned_drafts(older_than, now=None):
    """The never-published pages last edited before `now - older_than` (a timedelta) that
    may go, top-most first (a draft below another is deleted with it)."""
    cutoff = (now or timezone.now()) - older_than
    ever_published = Page.objects.filter(EVER_PUBLISHED).values("translation_key")
    page_type = ContentType.objects.get_for_model(Page)
    in_moderation = WorkflowState.objects.active().filter(base_content_type=page_type)
    scheduled = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
    kept = {
        int(object_id)
        for queryset in (in_moderation, scheduled)
        for object_id in queryset.values_list("object_id", flat=True)
    }
    candidates = (
        never_published(Page.objects.filter(depth__gt=2))
        .filter(latest_revision_created_at__lt=cutoff, go_live_at__isnull=True)
        .exclude(translation_key__in=ever_published)
        .exclude(pk__in=kept)
        .order_by("path")
    )
    drafts = []
    for page in candidates:
        if any(page.path.startswith(kept.path) for kept in drafts):
            continue
        if page.is_leaf():
            drafts.append(page)  # nothing below it to keep it (no query per draft)
            continue
        descendants = page.get_descendants()
        if descendants.filter(EVER_PUBLISHED).exists():
            continue
        if descendants.filter(latest_revision_created_at__gte=cutoff).exists():
            continue
        drafts.append(page)
    return drafts


def purge_abandoned_drafts(older_than, dry_run=False, now=None):
    """Delete the abandoned drafts and their language copies; returns what was (or, with
    `dry_run`, would be) deleted, one PurgedDraft each."""
    purged = []
    drafts = abandoned_drafts(older_than, now=now)
    copies_of = copies_deleted_with(drafts)
    for page in drafts:
        copies = copies_of[page]
        purged.append(PurgedDraft(page, copies))
        if dry_run:
            continue
        with transaction.atomic():
            for copy in copies:
                DeletePageAction(copy).execute(skip_permission_checks=True)
            DeletePageAction(page).execute(skip_permission_checks=True)
    return purged

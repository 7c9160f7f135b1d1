"""Keeping every language's page tree a mirror of the English one.

A page gets its language copies (aliases) when it is first published, not before:
wagtail-localize aliases a page as soon as it is created (its `after_create_page` hook),
and Wagtail 8 creates a page as a draft while the add form is still being filled in
(autosave), so an abandoned form left a draft and six aliases behind. Ours
(`alias_created_page`, in the place of wagtail-localize's hook, and `alias_published_page`
on `page_published`) waits for publication, whoever publishes: the editor, a moderator
approving, the scheduler. A never-published draft has no copies to translate, delete or
clean up (`purge_abandoned_drafts`). `synchronize_tree` fills gaps. Copies and moves are
left out upstream; here they are covered:

- a copied page (and every page copied with it) gets its aliases (`after_copy_page`);
- a moved page takes its translations and aliases along to the matching parent in each
  language (`post_page_move`, so moves made in code are covered too);
- a deleted page takes its translations and aliases along (Wagtail's
  `construct_translated_pages_to_cascade_actions`, shown on the confirmation page);
- `synchronise_locale_trees()` (the `sync_locale_trees` command) repairs anything else:
  missing aliases are created and misplaced pages moved back under the right parent.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization

from core.tree import create_alias, create_missing_aliases, following_locales, parent_path

logger = logging.getLogger(__name__)


def alias_created_page(request, page):
    """after_create_page: aliases for a page created published; a draft waits (above)."""
    if page.live:
        create_missing_aliases(page)


def alias_published_page(sender, instance, **kwargs):
    """page_published receiver: a page published for the first time gets its aliases
    (later publications find them present: two queries, nothing written)."""
    create_missing_aliases(instance)


def alias_copied_pages(new_page):
    """Aliases for a freshly copied page and every page copied along with it."""
    created = []
    for page in new_page.get_descendants(inclusive=True).order_by("path"):
        created.extend(create_missing_aliases(page))
    return created


def move_translations_along(page, new_parent):
    """Move `page`'s translations and aliases under `new_parent`'s, language by language.

    Returns the pages moved.
    """
    moved = []
    locales = following_locales(page.locale_id)
    if not locales:
        return moved
    translations = Page.objects.filter(
        translation_key=page.translation_key, locale__in=locales
    ).select_related("locale")
    for translation in translations:
        destination = new_parent.get_translation_or_none(translation.locale)
        if destination is None:
            destination = create_alias(new_parent, translation.locale)
        if translation.get_parent().pk == destination.pk:
            continue
        MovePageAction(translation, destination, pos="last-child").execute(
            skip_permission_checks=True
        )
        moved.append(translation)
    return moved


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """post_page_move receiver: translations follow a source page to its new parent."""
    if parent_page_before.pk == parent_page_after.pk:
        return  # reordering among siblings
    move_translations_along(instance, parent_page_after)


def translations_to_cascade(pages, action):
    """construct_translated_pages_to_cascade_actions: deleting an English page deletes
    its aliases and translations in the languages that follow English."""
    if action != "delete":
        return None
    cascaded = {}
    followers = {}  # locale id -> its following locales, asked once per language
    for page in pages:
        if page.locale_id not in followers:
            followers[page.locale_id] = following_locales(page.locale_id)
        locales = followers[page.locale_id]
        if locales:
            cascaded[page] = Page.objects.filter(
                translation_key=page.translation_key, locale__in=locales
            )
    return cascaded


def copies_deleted_with(pages):
    """{page: [its language copies that deleting it deletes, by language]} for many pages
    in one query per source language (`translations_to_cascade` gives a query per page)."""
    copies = {page: [] for page in pages}
    by_language = {}
    for page in pages:
        by_language.setdefault(page.locale_id, []).append(page)
    for locale_id, group in by_language.items():
        locales = following_locales(locale_id)
        if not locales:
            continue
        sources = {page.translation_key: page for page in group}
        found = (
            Page.objects.filter(translation_key__in=sources, locale__in=locales)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for copy in found:
            copies[sources[copy.translation_key]].append(copy)
    return copies


@dataclass
class LocaleSyncReport:
    language_code: str
    created: list = field(default_factory=list)
    moved: list = field(default_factory=list)
    orphaned: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(self.created or self.moved)


class _Tree:
    """translation_key and path of every page of one locale, by path and by key."""

    def __init__(self, locale):
        rows = Page.objects.filter(locale=locale, depth__gt=1).values_list(
            "pk", "translation_key", "path", "depth"
        )
        self.by_key = {}
        self.key_by_path = {}
        for pk, key, path, depth in rows:
            self.by_key[key] = (pk, path, depth)
            self.key_by_path[path] = key

    def parent_key(self, path):
        return self.key_by_path.get(parent_path(path)) if len(path) > 2 * Page.steplen else None


def synchronise_locale(source, target, dry_run=False):
    """Make `target`'s tree mirror `source`'s. Returns a LocaleSyncReport."""
    report = LocaleSyncReport(target.language_code)
    source_tree = _Tree(source)
    target_tree = _Tree(target)
    for key, (pk, path, _depth) in sorted(source_tree.by_key.items(), key=lambda i: i[1][1]):
        parent_key = source_tree.parent_key(path)
        existing = target_tree.by_key.get(key)
        if existing is None:
            page = Page.objects.get(pk=pk)
            if page.first_published_at is None and not page.live:
                continue  # a draft never published gets its aliases when it is
            report.created.append(page)
            if not dry_run:
                alias = create_alias(page, target)
                target_tree.by_key[key] = (alias.pk, alias.path, alias.depth)
                target_tree.key_by_path[alias.path] = key
            continue
        target_pk, target_path, _target_depth = existing
        if parent_key is None or target_tree.parent_key(target_path) == parent_key:
            continue
        if parent_key not in target_tree.by_key:
            continue  # the parent is missing too: it is created first (path order) unless dry run
        page = Page.objects.get(pk=target_pk)
        report.moved.append(page)
        if not dry_run:
            destination = Page.objects.get(pk=target_tree.by_key[parent_key][0])
            MovePageAction(page, destination, pos="last-child").execute(skip_permission_checks=True)
            target_tree = _Tree(target)  # paths below the moved page changed
    report.orphaned = list(
        Page.objects.filter(
            locale=target,
            depth__gt=2,
            translation_key__in=set(target_tree.by_key) - set(source_tree.by_key),
        ).order_by("path")
    )
    return report


def synchronise_locale_trees(dry_run=False, language_codes=None):
    """Synchronise every locale that follows another (or only those in `language_codes`).

    Returns one report per locale.
    """
    reports = []
    synchronisations = LocaleSynchronization.objects.select_related("locale", "sync_from").order_by(
        "locale__language_code"
    )
    if language_codes:
        synchronisations = synchronisations.filter(locale__language_code__in=language_codes)
    for synchronisation in synchronisations:
        with transaction.atomic():
            reports.append(
                synchronise_locale(synchronisation.sync_from, synchronisation.locale, dry_run)
            )
    return reports

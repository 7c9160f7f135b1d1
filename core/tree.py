"""The page tree across languages: parent paths and aliases.

Every language's tree mirrors the English one. A page exists in each other language as a
translation or, until it is translated, as an alias of the English page, from its first
publication on (translation.synctree: a draft never published has no copies). The functions
here are the one way the project creates aliases, whoever asks: site set-up, the demo
loader, the importer, the admin's copy hook and the tests.
"""

from django.db.models.functions import Length, Substr
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

STEP = Page.steplen


def parent_path(path):
    """The materialised path of a page's parent (treebeard: one step per level)."""
    return path[:-STEP]


def parent_path_expression(field="path"):
    """The parent's path as an SQL expression, for filtering pages by their parent."""
    return Substr(field, 1, Length(field) - STEP)


def following_locales(locale_id):
    """The locales that follow `locale_id` (wagtail-localize's LocaleSynchronization)."""
    return list(
        Locale.objects.filter(
            pk__in=LocaleSynchronization.objects.filter(sync_from_id=locale_id).values(
                "locale_id"
            )
        ).order_by("language_code")
    )


def create_alias(page, locale):
    """An alias of `page` in `locale`, with aliases of any missing ancestors."""
    return page.specific.copy_for_translation(locale, copy_parents=True, alias=True)


def create_missing_aliases(page):
    """Alias `page` into every language that follows its language and lacks it.

    Languages that follow one of those follow the new alias too, as wagtail-localize's own
    tree synchronisation does. Returns the aliases created.
    """
    created = []
    locales = following_locales(page.locale_id)
    if not locales:
        return created
    present = set(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "locale_id", flat=True
        )
    )
    for locale in locales:
        if locale.pk not in present:
            alias = create_alias(page, locale)
            created.append(alias)
            created.extend(create_missing_aliases(alias))
    return created


def alias_missing_pages(source, locale):
    """Alias into `locale` every page of `source`'s tree that has no counterpart there.

    wagtail-localize's `synchronize_tree` aliases page by page (a `copy_for_translation`
    each, with full validation and a look-up of the parent's translation). A subtree that
    `locale` lacks altogether, below a parent it has, is aliased instead with one call of
    Wagtail's own `Page.create_alias(recursive=True)` (the admin's "alias with subpages"),
    given the arguments `copy_for_translation(alias=True)` passes for a single page, so
    each alias is the one `synchronize_tree` would make (checked by comparing whole demo
    databases, wagtail 8.0.1 and wagtail-localize 1.14.5). Anything else (a missing page
    above an existing translation; an unpublished page, whose alias is made from its
    latest revision) is left to `synchronize_tree`. Returns the number of pages that were
    missing in `locale`.
    """
    present = dict(Page.objects.filter(locale=locale).values_list("translation_key", "pk"))
    rows = list(
        Page.objects.filter(locale=source, depth__gte=2)
        .order_by("path")
        .values_list("pk", "translation_key", "path", "live")
    )
    key_by_path = {path: key for _pk, key, path, _live in rows}
    missing = [row for row in rows if row[1] not in present]
    aliased = set()
    for pk, key, path, _live in missing:
        if key in aliased:
            continue  # aliased together with an ancestor
        parent_pk = present.get(key_by_path.get(parent_path(path)))
        subtree = [row for row in rows if row[2].startswith(path)]
        if parent_pk is None or any(row[1] in present or not row[3] for row in subtree):
            continue
        parent = Page.objects.get(pk=parent_pk)
        page = Page.objects.get(pk=pk).specific
        page.create_alias(
            parent=parent,
            update_slug=find_available_slug(parent, page.slug),
            update_locale=locale,
            reset_translation_key=False,
            recursive=True,
        )
        aliased.update(row[1] for row in subtree)
    if len(aliased) < len(missing):
        synchronize_tree(source, locale)
    return len(missing)


def sync_aliases(source, locales=None):
    """Alias every page of `source` into each locale (default: all others) lacking it.

    Returns the number of aliases created.
    """
    targets = Locale.objects.exclude(pk=source.pk) if locales is None else locales
    return sum(alias_missing_pages(source, locale) for locale in targets)

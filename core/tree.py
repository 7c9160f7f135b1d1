"""The page tree across languages: parent paths and aliases.

Every language's tree mirrors the English one. A page exists in each other language as a
translation or, until it is translated, as an alias of the English page. The functions
here are the one way the project creates aliases, whoever asks: site set-up, the demo
loader, the importer, the admin's copy hook and the tests.
"""

from django.db.models.functions import Length, Substr
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


def sync_aliases(source, locales=None):
    """Give every page of `source` an alias in each locale (default: all others) lacking it."""
    targets = Locale.objects.exclude(pk=source.pk) if locales is None else locales
    for locale in targets:
        synchronize_tree(source, locale)

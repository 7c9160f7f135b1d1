"""One privacy for every language: a page's view restrictions hold for all its versions.

Wagtail applies a view restriction (password, login, groups) by path: to its page and the
pages below it, in one language's tree. Each language has its own tree, so a restriction
on the English Berlin alone leaves `/de/cities/berlin/` (a translation) public, and every
`.public()` queryset (listings, home figures, sitemap, API v2, search) keeps listing the
German alias, because Wagtail resolves an alias to its source only when serving it.

So the English (source-language) page is the one place where privacy is set, and every
other version of it (alias or translation: the pages sharing its translation_key) carries
an exact copy of its restrictions:

- saving a restriction on a source page, changing its groups or deleting it changes every
  version at once (the receivers below, connected in CoreConfig.ready());
- a new version (a translation or an alias: `copy_for_translation_done`) starts with a
  copy of its source's restrictions;
- `synchronise_view_restrictions()` repairs anything else: every `migrate` runs it (so a
  deploy brings existing pages in step), and so does `manage.py sync_locale_trees`.

Wagtail's own `.public()`, `get_view_restrictions()` and the admin's privacy indicator are
then right in every language without code of their own. A page without an English version
keeps whatever restrictions it has. Changing privacy on a non-English version is refused
(translation.patches), since the next change in English would overwrite it.
"""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page, PageViewRestriction

# Restrictions on pages up to this depth are honoured by `not_restricted()` (cities sit at
# depth 4, approaches at 5; deeper trees are still covered).
MAX_RESTRICTED_DEPTH = 10


def not_restricted(path_field="path"):
    """Q for pages outside every view restriction, without the query `.public()` costs.

    A restriction applies to its page and everything below it; the ancestors of a page are
    the prefixes of its path, so the check is a handful of index look-ups per row. With
    restrictions copied to every language version, this holds in every language.
    `path_field` names the page path in the outer query (e.g. "network__path").
    """
    ancestors = [
        Substr(OuterRef(path_field), 1, Page.steplen * depth)
        for depth in range(1, MAX_RESTRICTED_DEPTH + 1)
    ]
    return ~Exists(PageViewRestriction.objects.filter(page__path__in=ancestors))


def source_locale_id():
    from .languages import source_locale

    return source_locale().pk


def privacy_source(page):
    """The page whose restrictions `page` follows: its English version, or None when
    `page` is itself English or has no English version (it then sets its own). One query."""
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(pk=page.pk)
        .first()
    )


def follows_source_privacy(page):
    """True when `page`'s privacy is set on its English version, not on `page` itself."""
    return privacy_source(page) is not None


def _signature(restriction):
    return (
        restriction.restriction_type,
        restriction.password,
        tuple(sorted(group.pk for group in restriction.groups.all())),
    )


def _signatures_by_page(page_ids):
    """{page id: sorted restriction signatures} for the given pages (two queries)."""
    restrictions = PageViewRestriction.objects.filter(page_id__in=page_ids).prefetch_related(
        "groups"
    )
    by_page = defaultdict(list)
    for restriction in restrictions:
        by_page[restriction.page_id].append(restriction)
    return {
        page_id: sorted(_signature(restriction) for restriction in items)
        for page_id, items in by_page.items()
    }


def _replace_restrictions(page_id, wanted):
    """Give page `page_id` exactly the restrictions `wanted` (a list of signatures)."""
    for restriction in PageViewRestriction.objects.filter(page_id=page_id):
        restriction.delete()
    for restriction_type, password, group_ids in wanted:
        copy = PageViewRestriction(
            page_id=page_id, restriction_type=restriction_type, password=password
        )
        copy.save()
        copy.groups.set(group_ids)


def bring_in_step(source_id, version_ids, signatures=None, dry_run=False):
    """Copy the restrictions of page `source_id` onto the pages `version_ids`.

    Returns the ids of the versions that differed (and, unless `dry_run`, were changed).
    """
    version_ids = [pk for pk in version_ids if pk != source_id]
    if signatures is None:
        signatures = _signatures_by_page([source_id, *version_ids])
    wanted = signatures.get(source_id, [])
    changed = [pk for pk in version_ids if signatures.get(pk, []) != wanted]
    if not dry_run:
        for page_id in changed:
            _replace_restrictions(page_id, wanted)
    return changed


def versions_of(source):
    """Ids of the other language versions (aliases and translations) of `source`."""
    return list(
        Page.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .values_list("pk", flat=True)
    )


def copy_to_versions(source):
    """Copy an English page's restrictions onto all its language versions."""
    with transaction.atomic():
        return bring_in_step(source.pk, versions_of(source))


def copy_from_source(page):
    """Give a non-English page its English version's restrictions (if it has one)."""
    source = privacy_source(page)
    if source is not None:
        with transaction.atomic():
            bring_in_step(source.pk, [page.pk])


def synchronise_view_restrictions(dry_run=False):
    """Bring every restricted page's language versions in step. Returns the pages changed.

    Only translation keys that carry a restriction somewhere are looked at, so this costs
    a few queries whatever the size of the site.
    """
    source_id = source_locale_id()
    keys = set(PageViewRestriction.objects.values_list("page__translation_key", flat=True))
    pages = Page.objects.filter(translation_key__in=keys).values_list(
        "pk", "translation_key", "locale_id"
    )
    sources, versions = {}, defaultdict(list)
    for pk, key, locale_id in pages:
        if locale_id == source_id:
            sources[key] = pk
        else:
            versions[key].append(pk)
    signatures = _signatures_by_page([pk for pk, _key, _locale in pages])
    changed = []
    with transaction.atomic():
        for key, source_pk in sources.items():
            changed += bring_in_step(source_pk, versions[key], signatures, dry_run=dry_run)
    return list(Page.objects.filter(pk__in=changed).select_related("locale").order_by("path"))


# Receivers (connected in CoreConfig.ready()) ------------------------------------------


def _source_changed(page_id):
    page = Page.objects.filter(pk=page_id).only("pk", "translation_key", "locale_id").first()
    if page is not None and page.locale_id == source_locale_id():
        copy_to_versions(page)


def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _source_changed(instance.page_id)


def restriction_deleted(sender, instance, origin=None, **kwargs):
    """A restriction deleted on its own (not with its page) is deleted on every version.

    When the English page itself is deleted, its versions keep their restrictions: they
    are deleted with it or, if left behind, stay private until someone decides.
    """
    if isinstance(origin, PageViewRestriction) or (
        getattr(origin, "model", None) is PageViewRestriction
    ):
        _source_changed(instance.page_id)


def restriction_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # groups given restrictions: rare (the admin edits a restriction's groups)
        page_ids = PageViewRestriction.objects.filter(pk__in=pk_set or ()).values_list(
            "page_id", flat=True
        )
    else:
        page_ids = [instance.page_id]
    for page_id in set(page_ids):
        _source_changed(page_id)


def version_created(sender, source_obj, target_obj, **kwargs):
    """copy_for_translation_done: a new translation or alias starts with its source's
    restrictions (Wagtail copies them only when the new parent is not restricted)."""
    if isinstance(target_obj, Page):
        copy_from_source(target_obj)


def synchronise_after_migrate(sender, using="default", **kwargs):
    """post_migrate receiver: bring existing restrictions in step (skipped before Wagtail's
    tables exist)."""
    from django.db import connections

    if "wagtailcore_pageviewrestriction" in connections[using].introspection.table_names():
        synchronise_view_restrictions()

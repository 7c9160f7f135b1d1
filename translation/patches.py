"""Every change this project makes to third-party code, in one place.

Neither wagtail-localize nor Wagtail offers an extension point for the behaviours below,
so their functions are replaced. Each patch names the upstream version it was written
against, and `UPSTREAM_SOURCES` holds a digest of the upstream function it replaces:
tests/test_patches.py fails when that upstream code changes, and the translator tests fail
when an endpoint the patch guards stops calling it. On upgrading wagtail-localize, re-read
the upstream function, adjust the patch and update the digest.

Other reliance on third-party internals, kept where it is used and checked the same way:
- translation/templates/wagtail_localize/admin/ overrides two of wagtail-localize's
  templates (`UPSTREAM_TEMPLATES`);
- translation.wagtail_hooks puts its own function in the place of wagtail-localize's page
  buttons hook (`replace_hook`, relying on `wagtail.hooks._hooks`), and makes the same
  buttons from a listing's annotations (`annotated_translation_buttons`: its digest is in
  `UPSTREAM_SOURCES`);
- translation.streamfield uses `wagtail.blocks.ListBlock._item_is_in_block_format`
  (wagtail 8.0.1) to recognise lists stored in the old plain format;
- translation.wagtail_hooks registers views at wagtail-localize's own admin addresses
  (before its own, so they win); tests/test_patches.py checks that they still resolve
  to ours;
- opendata.bulk creates pages in bulk with treebeard's path encoding
  (`MP_Node._str2int`, `_int2str`, django-treebeard 5.3.1);
- translation/templates/wagtailadmin/shared/side_panels/includes/status/privacy.html
  extends Wagtail's template of the same name (its `action` block) to say where a
  non-English page's privacy is set; tests/test_privacy.py renders it.
"""

import hashlib
import importlib
import inspect

from django.db.models.signals import post_save
from django.utils.safestring import mark_safe

WRITTEN_AGAINST = {"wagtail-localize": "1.14.5", "wagtail": "8.0.1", "django-treebeard": "5.3.1"}

# "module:qualified name" of each upstream function relied on -> sha256 of its source.
UPSTREAM_SOURCES = {
    "wagtail_localize.views.edit_translation:user_can_edit_instance": (
        "8140a3d27b2bbc26549dfd919a5c5864ade37da520936f5220aaf314aa22196b"
    ),
    "wagtail_localize.models:sync_trees_on_locale_sync_save": (
        "6048f2af65ca46680f90b65b72c8ac60c9cd7e67524cf4831240fa69ac6b2d4d"
    ),
    "wagtail.blocks.list_block:ListBlock._item_is_in_block_format": (
        "9fdab52fc698784386a2e80753b89ba102996ba09f60df4832937a79e3057a9d"
    ),
    "treebeard.mp_tree:MP_Node._str2int": (
        "3839b1fb126b566cb7980689d4a9892dcfe497ec311b01a092c1f9402a8251d7"
    ),
    "treebeard.mp_tree:MP_Node._int2str": (
        "d17885f6bff66db8e7952da6a211ccda2c30c76b8baa5ea5a6ce985c01849b42"
    ),
    "wagtail_localize.models:Translation.save_target": (
        "d63133399d2c3e40a4e078bc72c8ad9ca8bd8d558ed3765f3931bc117e6f7b88"
    ),
    "wagtail.models.pages:PagePermissionTester.can_move": (
        "614ac5cd6256d97e0917e3185c37b829e7f7df0b9563c851ddb8ced275379a04"
    ),
    "wagtail.models.pages:PagePermissionTester.can_copy": (
        "efae13b2ec85c1fbd8fc9c49d22a33f91f358617eb9f7b1b657ffec057d9bfbe"
    ),
    "wagtail.models.pages:PagePermissionTester.can_delete": (
        "772a5d125cfbf5638891b851103d552bc8aa161316dec81362a0a69f33352677"
    ),
    "wagtail_localize.wagtail_hooks:page_listing_more_buttons": (
        "2a98d3b297d8c957b0136655e1c9b962a21220236efef07a305d38b6cb8e9661"
    ),
    "wagtail.models.pages:PagePermissionTester.can_unpublish": (
        "e7a1482ef44c811fe999c83be549754d385da64670650a5842db69c5eb643ae3"
    ),
    "wagtail.models.pages:PagePermissionTester.can_set_view_restrictions": (
        "d615c12fd1b7b772e0962f2c12ea251d21f3fe825d59a5e9a00d1256ffa280a9"
    ),
    "wagtail.models.pages:PagePermissionTester.can_reorder_children": (
        "d480ec26e5662b2408893dea4694fda47de5c2baf2bcd95a8624df79a58434ec"
    ),
    "wagtail.admin.views.pages.listing:ExplorableIndexView.get_translations": (
        "431423cfb01cdc7d99c05e64f914aa0b3a244461d4bf4652b429bee971502939"
    ),
    "wagtail.admin.ui.tables:BaseColumn.render_header_html": (
        "e9ec8d24f213e62387c8c2d0db654bf61eb4e6ec553e9603fa5bee7d3c9dd08c"
    ),
    "wagtail.admin.ui.tables:BaseColumn.render_cell_html": (
        "5c75bee2a4a25daeb58861018fcef4f3c26d1e06ffe96e83445543ae19bd5bdd"
    ),
}

# Third-party templates that a template of ours overrides (extending them by the same
# name) -> sha256 of the upstream file. Ours (translation/templates/wagtail_localize/
# admin/) replace one block with upstream's plus links made for the person; the page
# delete confirmation (translation/templates/wagtailadmin/pages/) adds the language
# versions deleted with the page after upstream's content.
UPSTREAM_TEMPLATES = {
    "wagtailadmin/pages/confirm_delete.html": (
        "wagtail.admin",
        "77c1be2760338bcf455a37238f956b4a4e780afc66e03f764e7ff6d4c069dab5",
    ),
    "wagtail_localize/admin/edit_translation.html": (
        "wagtail_localize",
        "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7",
    ),
    "wagtail_localize/admin/edit_translatable_alias.html": (
        "wagtail_localize",
        "b9cfd17470d0e1c1eb556b948b8f8b118b5a0d10807e4d2d3fe6367b75a2b192",
    ),
}

_originals = {}


def source_digest(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def upstream(name):
    """The upstream function `name` ("module:qualname") as shipped, even after patching."""
    if name in _originals:
        return _originals[name]
    module_name, _colon, qualname = name.partition(":")
    obj = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def upstream_template_digest(name):
    """sha256 of the third-party template `name` as shipped in its package."""
    from pathlib import Path

    package = importlib.import_module(UPSTREAM_TEMPLATES[name][0])
    path = Path(package.__file__).parent / "templates" / name
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sync_trees_unless_loading_fixtures(sender, instance, raw=False, **kwargs):
    if not raw:
        instance.sync_trees()


def confine_translation_editor():
    """Per-language permission checks in the translation editor (wagtail-localize 1.14.5).

    Its endpoints (edit a string, override a segment, upload a PO file, machine-translate,
    preview, stop translating) call `edit_translation.user_can_edit_instance`, which checks
    snippet permissions per model: a French translator could edit German snippets.
    Ours checks them per instance, that is per language.
    """
    from wagtail_localize.views import edit_translation

    from .permissions import user_can_edit_translated_instance

    name = "wagtail_localize.views.edit_translation:user_can_edit_instance"
    _originals.setdefault(name, edit_translation.user_can_edit_instance)
    edit_translation.user_can_edit_instance = user_can_edit_translated_instance


def skip_tree_sync_while_loading_fixtures():
    """No tree sync on raw saves of a LocaleSynchronization (wagtail-localize 1.14.5).

    wagtail-localize synchronises the trees whenever a LocaleSynchronization is saved, also
    while fixtures are loaded, when the locales it points to may not be loaded yet: loading
    a dump, or restoring the database between browser tests, then fails.
    """
    from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(
        sync_trees_unless_loading_fixtures,
        sender=LocaleSynchronization,
        dispatch_uid="translation.sync_trees_unless_loading_fixtures",
    )


def has_translated_segment(translation):
    """Whether any string of `translation`'s source is translated into its language."""
    from wagtail_localize.models import StringSegment

    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale_id)
        .filter(translation__isnull=False)
        .exists()
    )


def keeps_alias(translation, publish):
    """Whether writing `translation` now would replace an alias with English text: when
    it would not be published (starting a translation), or nothing is translated yet."""
    from wagtail.models import Page

    is_alias = Page.objects.filter(
        translation_key=translation.source.object_id,
        locale_id=translation.target_locale_id,
        alias_of__isnull=False,
    ).exists()
    return is_alias and (not publish or not has_translated_segment(translation))


def keep_aliases_until_translated():
    """Starting a translation leaves the alias in place (wagtail-localize 1.14.5).

    "Translate this page" (and translating a subtree, or a page's related pages) calls
    `Translation.save_target`, which turns the language's alias into a page holding the
    English text; the alias being live, that page is live at once under /de/ as if it
    were German, and stops following the English page. `WAGTAILLOCALIZE_SYNC_LIVE_STATUS_
    ON_TRANSLATE = False` only skips publishing a revision: the alias's row is still
    overwritten. Here an alias stays an alias until its translation is published with at
    least one segment translated; meanwhile readers keep the alias (English, with the
    notice, following English), and the translator opens the translation editor from it
    (translation.wagtail_hooks.edit_translation_of_alias).
    """
    from wagtail_localize.models import Translation

    name = "wagtail_localize.models:Translation.save_target"
    original = _originals.setdefault(name, Translation.save_target)

    def save_target(self, user=None, publish=True):
        if keeps_alias(self, publish):
            return None
        return original(self, user=user, publish=publish)

    save_target.__doc__ = original.__doc__
    Translation.save_target = save_target


def replace_hook(hook_name, original, replacement):
    """Put `replacement` in the place of `original` among a Wagtail hook's functions.

    Wagtail has no way to unregister a hook, nor a hook to filter page header buttons;
    `wagtail.hooks._hooks` (wagtail 8.0.1) is the registry. `original`'s module must have
    been imported (so its hooks are registered) before this runs.
    """
    from wagtail import hooks

    registered = hooks._hooks.get(hook_name, [])
    assert any(fn is original for fn, _order in registered), f"{original} not in {hook_name}"
    hooks._hooks[hook_name] = [
        (replacement if fn is original else fn, order) for fn, order in registered
    ]


RESTRUCTURING = ("can_move", "can_copy", "can_delete", "can_unpublish", "can_reorder_children")


def offer_translators_only_what_they_may_do():
    """Wagtail's page permission tester asks translation.permissions too (wagtail 8.0.1).

    Wagtail shows Move, Copy, Delete, Unpublish and "Sort menu order" (page listings, page
    header, action menus, wagtail-localize's editor) to anyone who may edit and publish
    a page, and refuses them only at confirmation (our before_* hooks). Asking the tester
    itself makes every surface offer only what is allowed, and every view refuse the rest.
    The page listing's bulk-action checkboxes are left empty for translators: none of the
    page bulk actions is theirs.
    """
    from wagtail.admin.ui.tables.pages import BulkActionsColumn
    from wagtail.models.pages import PagePermissionTester

    from .permissions import is_translator, user_may_restructure_page

    for method in RESTRUCTURING:
        name = f"wagtail.models.pages:PagePermissionTester.{method}"
        original = _originals.setdefault(name, getattr(PagePermissionTester, method))
        if method == "can_delete":
            original = delete_answered_from_the_row(original)

        def checked(self, *args, _original=original, **kwargs):
            return _original(self, *args, **kwargs) and user_may_restructure_page(
                self.user, self.page, getattr(self, "permissions", None)
            )

        checked.__doc__ = original.__doc__
        setattr(PagePermissionTester, method, checked)

    from wagtail.admin.views.pages.listing import ExplorableIndexView

    from .permissions import user_may_change_locale

    name = "wagtail.admin.views.pages.listing:ExplorableIndexView.get_translations"
    original_translations = _originals.setdefault(name, ExplorableIndexView.get_translations)

    def get_translations(self):
        """The listing's language menu names only languages the user works in."""
        return [
            entry
            for entry in original_translations(self)
            if user_may_change_locale(self.request.user, entry["locale"].pk)
        ]

    ExplorableIndexView.get_translations = get_translations

    for method, empty in (("render_header_html", "<th></th>"), ("render_cell_html", "<td></td>")):
        name = f"wagtail.admin.ui.tables:BaseColumn.{method}"
        original = _originals.setdefault(name, getattr(BulkActionsColumn, method))

        def render(self, *args, _original=original, _empty=empty):
            request = args[-1].get("request")
            if request is not None and is_translator(request.user):
                return mark_safe(_empty)
            return _original(self, *args)

        setattr(BulkActionsColumn, method, render)


def delete_answered_from_the_row(can_delete):
    """Wagtail's `can_delete` (wagtail 8.0.1) asks the database, for someone who may edit
    but not publish (an editor), whether the page or a page below it is live: two queries
    for each row of a page listing (its Delete button, and again for its menu), 100 for a
    page of 50 cities. The row already tells it where the answer cannot differ: a live
    page is live (refused), and a draft without subpages has nothing live below it
    (allowed). Every other case asks Wagtail as before."""

    def can_delete_from_the_row(self, ignore_bulk=False):
        if (
            self.user.is_active
            and not self.user.is_superuser  # a superuser's tester has no `permissions`
            and not self.page_is_root
            and "change" in self.permissions
            and "publish" not in self.permissions
        ):
            if self.page.live:
                return False
            if self.page.is_leaf():
                return True
        return can_delete(self, ignore_bulk)

    return can_delete_from_the_row


def privacy_is_set_in_english():
    """Privacy is changed on the English page only (wagtail 8.0.1).

    Every language version of a page carries a copy of its English page's view restrictions
    (core.privacy), so a restriction set on a German page alone would be overwritten by
    the next change in English. Wagtail asks `PagePermissionTester.can_set_view_restrictions`
    before showing "Change privacy" and in the privacy view itself; ours answers no for a
    page whose privacy follows its English version, for everyone, superusers included.
    """
    from wagtail.models.pages import PagePermissionTester

    from core.privacy import follows_source_privacy

    name = "wagtail.models.pages:PagePermissionTester.can_set_view_restrictions"
    original = _originals.setdefault(name, PagePermissionTester.can_set_view_restrictions)

    def can_set_view_restrictions(self):
        return original(self) and not follows_source_privacy(self.page)

    PagePermissionTester.can_set_view_restrictions = can_set_view_restrictions


def apply():
    """Install every patch; called once from TranslationConfig.ready()."""
    confine_translation_editor()
    skip_tree_sync_while_loading_fixtures()
    keep_aliases_until_translated()
    offer_translators_only_what_they_may_do()
    privacy_is_set_in_english()

"""Every change this project makes to third-party code, in one place.

Neither wagtail-localize nor Wagtail offers an extension point for the behaviours below,
so their functions are replaced. Each patch names the upstream version it was written against, and
`UPSTREAM_SOURCES` holds a digest of the upstream function it replaces:
tests/test_patches.py fails when that upstream code changes, and the translator tests fail
when an endpoint the patch guards stops calling it. On upgrading wagtail-localize, re-read
the upstream function, adjust the patch and update the digest.

Other reliance on third-party internals, kept where it is used and checked the same way:
- translation.streamfield uses `wagtail.blocks.ListBlock._item_is_in_block_format`
  (wagtail 8.0.1) to recognise lists stored in the old plain format;
- translation.wagtail_hooks registers views at wagtail-localize's own admin addresses
  (before its own, so they win); tests/test_patches.py checks that they still resolve
  to ours;
- translation/templates/wagtailadmin/shared/side_panels/includes/status/privacy.html
  extends Wagtail's template of the same name (its `action` block) to say where a
  non-English page's privacy is set; tests/test_privacy.py renders it.
"""

import hashlib
import importlib
import inspect

from django.db.models.signals import post_save

WRITTEN_AGAINST = {"wagtail-localize": "1.14.5", "wagtail": "8.0.1"}

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
    "wagtail.models.pages:PagePermissionTester.can_set_view_restrictions": (
        "d615c12fd1b7b772e0962f2c12ea251d21f3fe825d59a5e9a00d1256ffa280a9"
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
    privacy_is_set_in_english()

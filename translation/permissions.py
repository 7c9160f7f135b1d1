"""Confining people to their language.

Wagtail scopes page permissions to a tree, so a translator's permissions on their
language's home page already keep them out of other languages' pages. Snippet permissions
are per model, not per locale: `LocaleScopedPermissionPolicy` adds the locale, using the
same source of truth: a person may change snippets in the languages whose home page (or
the root page, for all languages) their groups may change.

Wagtail lets anyone who may change and publish a page also delete, move, copy, unpublish
or reorder it. Outside the source language the tree mirrors English (it is kept so by
translation.synctree), and unpublishing a page takes it and its subpages offline in that
language while English stays live; so there these are for moderators (`bulk_delete`
permission) only, and the language home pages are for superusers only:
`user_may_restructure_page`, which Wagtail's own permission tester consults
(translation.patches), so that the admin offers only what will be allowed.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.coverage import locale_code, locale_id_of

ALL_LOCALES = object()
CHANGE_CODENAMES = ("add_page", "change_page")


def editable_locale_ids(user):
    """The ids of the locales whose content `user` may change, or ALL_LOCALES.

    Cached on the user object for the length of a request.
    """
    if not user.is_active or user.is_anonymous:
        return frozenset()
    if user.is_superuser:
        return ALL_LOCALES
    cached = getattr(user, "_translation_editable_locale_ids", None)
    if cached is not None:
        return cached
    rows = GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=CHANGE_CODENAMES, page__depth__lte=2
    ).values_list("page__depth", "page__locale_id")
    ids = set()
    result = None
    for depth, locale_id in rows:
        if depth == 1:
            result = ALL_LOCALES
            break
        ids.add(locale_id)
    if result is None:
        result = frozenset(ids)
    user._translation_editable_locale_ids = result
    return result


def user_may_change_locale(user, locale_id):
    ids = editable_locale_ids(user)
    return ids is ALL_LOCALES or locale_id in ids


def editable_locales(user):
    """The Locale queryset `user` may change content in."""
    ids = editable_locale_ids(user)
    if ids is ALL_LOCALES:
        return Locale.objects.all()
    return Locale.objects.filter(pk__in=ids)


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, and on top of them: only in the languages the user works in."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and user_may_change_locale(
            user, instance.locale_id
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and user_may_change_locale(
            user, instance.locale_id
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        ids = editable_locale_ids(user)
        return instances if ids is ALL_LOCALES else instances.filter(locale_id__in=ids)


def user_can_edit_translated_instance(user, instance):
    """wagtail-localize's own check, made per instance for snippets (it checks the model).

    Installed in place of `wagtail_localize.views.edit_translation.user_can_edit_instance`
    by translation.patches, so the translation editor's endpoints (save a string,
    override, upload a PO file, machine-translate, preview, stop) refuse a French
    translator working on a German snippet.
    """
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_any_permission_for_instance(user, ["add", "change", "delete"], instance)


def source_locale_id():
    return locale_id_of(settings.LANGUAGE_CODE)


def user_may_restructure_page(user, page, permissions=None):
    """May `user` delete, move, copy, unpublish or reorder `page` (on top of Wagtail's own
    permission checks)? Outside the source language only moderators may. The home pages
    are the roots of the language trees (deleting the English one would delete every
    language's site): only superusers restructure them.

    `permissions`: the page permission actions of a PagePermissionTester, if at hand.
    """
    if user.is_superuser:
        return True
    if page.depth <= 2:
        return False
    if locale_code(page.locale_id) == settings.LANGUAGE_CODE:
        return True
    if permissions is None:
        permissions = page.permissions_for_user(user).permissions
    return "bulk_delete" in permissions


def is_translator(user):
    """A person who works in other languages than the source only (no bulk actions,
    choosers and snippet listings opened in their language)."""
    ids = editable_locale_ids(user)
    return ids is not ALL_LOCALES and source_locale_id() not in ids


def translator_locale(user):
    """The one language a translator works in (None for anyone else, or several)."""
    ids = editable_locale_ids(user)
    if ids is ALL_LOCALES or len(ids) != 1 or not is_translator(user):
        return None
    return Locale.objects.filter(pk__in=ids).first()


def check_may_restructure_page(user, page):
    if not user_may_restructure_page(user, page):
        raise PermissionDenied

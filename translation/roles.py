"""Who may do what: translators per language, editors of the English source, moderators.

The groups and their model permissions are created by migration 0001; page permissions
need each language's home page, which only exists after `migrate` has run (home/setup.py
creates it), so `ensure_translation_roles()` attaches them then. Both are idempotent and
only ever add permissions, so changes an administrator makes to the groups are kept.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page

from core.languages import translated_language_codes

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATOR_GROUP_PREFIX = "Translators: "

# Page permissions on each role's tree. Translators never get "add" (new pages are
# written in English and reach their language as aliases) nor "bulk_delete".
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]


def translator_group_name(language_code):
    """'Translators: Deutsch' for 'de': named after the language in its own words."""
    return TRANSLATOR_GROUP_PREFIX + dict(settings.WAGTAIL_CONTENT_LANGUAGES)[language_code]


def language_home_page(locale):
    """The root page of a language's tree (depth 2), or None before the site is set up."""
    return Page.objects.filter(depth=2, locale=locale).order_by("path").first()


def _grant(group, page, codenames):
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def ensure_translation_roles():
    """Give each role its page permissions on its language's home page. Idempotent.

    A group that an administrator deleted is not re-created.
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = locales.get(settings.LANGUAGE_CODE)
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None and source is not None:
        home = language_home_page(source)
        if home is not None:
            _grant(editors, home, EDITOR_PAGE_PERMISSIONS)
    for code in translated_language_codes():
        group = Group.objects.filter(name=translator_group_name(code)).first()
        locale = locales.get(code)
        if group is None or locale is None:
            continue
        home = language_home_page(locale)
        if home is not None:
            _grant(group, home, TRANSLATOR_PAGE_PERMISSIONS)

"""Helpers for tests of the translation workflow (used by tests/ only)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .roles import EDITORS, MODERATORS, translator_group_name

PASSWORD = "translate-me-1"


def make_user(username, *group_names, password=PASSWORD):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password=password
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def make_translator(language_code, username=None):
    return make_user(
        username or f"translator-{language_code}", translator_group_name(language_code)
    )


def make_editor(username="editor"):
    return make_user(username, EDITORS)


def make_moderator(username="moderator"):
    return make_user(username, MODERATORS)


def start_translation(obj, language_code, strings=None, publish=True):
    """Translate a page or snippet into a language through wagtail-localize.

    `strings` maps English segments to their translation; the others stay untranslated
    (English is used in their place). Returns (translation, translated object).
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = (strings or {}).get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    translation.save_target(publish=publish)
    target = obj.get_translation(locale)
    return translation, getattr(target, "specific", target)

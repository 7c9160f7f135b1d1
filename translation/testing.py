"""Helpers for tests of the translation workflow (used by tests/ only)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from .roles import EDITORS, MODERATORS, translator_group_name
from .strings import translate_with_strings

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
    translation, _missing = translate_with_strings(obj, locale, strings, publish=publish)
    target = obj.get_translation(locale)
    return translation, getattr(target, "specific", target)


def submit_news_for_review(client, editor, news, title):
    """The editor edits a news item in the admin form and submits it to its workflow;
    returns the admin's response."""
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": title,
            "slug": news.slug,
            "date": "2026-01-15",
            "intro": "The site is online.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-submit": "Submit for review",
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[news.pk]), data)

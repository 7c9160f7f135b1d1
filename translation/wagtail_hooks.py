"""Wagtail hooks of the translation workflow: synchronised trees, language-confined
permissions, the progress report and its dashboard panel."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button as ListingButton
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize import synctree as localize_synctree
from wagtail_localize import wagtail_hooks as localize_hooks

from . import views
from .listing import annotate_listing_buttons, annotate_translation_status
from .patches import replace_hook
from .permissions import (
    check_may_restructure_page,
    editable_locales,
    translator_locale,
    user_may_change_locale,
)
from .progress import translation_progress
from .synctree import alias_copied_pages, alias_created_page, translations_to_cascade


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    """The progress report, and wagtail-localize's submit and sync views confined to the
    user's languages, at wagtail-localize's own addresses (listed first, so they win)."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            views.LanguageLimitedSubmitPageTranslationView.as_view(),
            name="translation_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.LanguageLimitedSubmitSnippetTranslationView.as_view(),
            name="translation_submit_snippet_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.GuardedUpdateTranslationsView.as_view(),
            name="translation_update_translations",
        ),
        path(
            "reports/translation-progress/",
            views.TranslationProgressView.as_view(),
            name="translation_progress",
        ),
        path(
            "reports/translation-progress/<str:language_code>/",
            views.LanguageProgressView.as_view(),
            name="translation_progress_language",
        ),
    ]


class TranslationProgressMenuItem(MenuItem):
    def is_shown(self, request):
        return views.user_can_see_progress(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_progress_menu_item():
    return TranslationProgressMenuItem(
        _("Translation progress"),
        reverse("translation_progress"),
        icon_name="wagtail-localize-language",
        order=8990,
    )


class TranslationProgressPanel(Component):
    name = "translation_progress"
    template_name = "translation/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["languages"] = translation_progress()
        return context


@hooks.register("construct_homepage_panels")
def add_translation_progress_panel(request, panels):
    if views.user_can_see_progress(request.user):
        panels.append(TranslationProgressPanel())


# Translating an alias --------------------------------------------------------------


@hooks.register("before_edit_page", order=-1)
def edit_translation_of_alias(request, page):
    """An alias whose translation was started opens the translation editor.

    Starting a translation leaves the alias in place until translated text is published
    (translation.patches.keep_aliases_until_translated); wagtail-localize's own hook
    would offer "Translate this page" again. Runs before it.
    """
    if not page.alias_of_id:
        return None
    from wagtail_localize.models import Translation
    from wagtail_localize.views import edit_translation

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    return edit_translation.edit_translation(request, translation, page.specific)


def locales_to_translate_into(user, page):
    """The locales `user` may start translating `page` into: theirs, where the page is
    still an alias whose translation has not been started (or missing)."""
    from wagtail_localize.models import Translation

    # An alias shares its source page's translation_key.
    translated = Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
    started = Translation.objects.filter(
        source__object_id=page.translation_key, enabled=True
    ).values("target_locale_id")
    return (
        editable_locales(user)
        .exclude(pk__in=translated.values("locale_id"))
        .exclude(pk__in=started)
    )


def has_language_left(user, page):
    """Whether `user` may start translating `page` into a language of theirs (from the
    page listing's annotation where there is one: no query per row)."""
    left = getattr(page, "own_language_left", None)
    if left is not None:
        return left
    return locales_to_translate_into(user, page).exists()


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's page buttons, offering "Translate this page" only to someone with
    a language left to translate it into (its form would otherwise be empty)."""
    if hasattr(page, "translations_to_sync"):
        yield from annotated_translation_buttons(page, user, next_url)
        return
    submit_prefix = reverse("wagtail_localize:submit_page_translation", args=[0]).rsplit("0/", 1)[0]
    for button in localize_hooks.page_listing_more_buttons(
        page, user, view_name=view_name, next_url=next_url
    ):
        if button.url.startswith(submit_prefix) and not has_language_left(user, page):
            continue
        yield button


def annotated_translation_buttons(page, user, next_url=None):
    """The same buttons for a row of a listing annotated by `annotate_listing_buttons`
    (the explorer, Cities, Approaches): wagtail-localize's hook asks three queries per
    row, 150 for a page of 50 cities; the annotations answer them in the listing's one.
    The buttons are wagtail-localize 1.14.5's `page_listing_more_buttons`, field for
    field; "own_language_left" implies its "a locale not translated yet"."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page.own_language_left:
        source_id = page.alias_of_id or page.id  # an alias is translated from its source
        url = reverse("wagtail_localize:submit_page_translation", args=[source_id])
        yield ListingButton(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if page.translations_to_sync:
        url = reverse("wagtail_localize:update_translations", args=[page.translations_to_sync])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


@hooks.register("construct_snippet_listing_buttons")
def offer_snippet_translation_only_with_a_language_left(buttons, snippet, user):
    """The same for wagtail-localize's "Translate" button on snippets."""
    if not isinstance(snippet, TranslatableMixin):
        return
    meta = snippet._meta
    prefix = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, "0"],
    ).rsplit("0/", 1)[0]
    if any(getattr(button, "url", "").startswith(prefix) for button in buttons):
        translated = type(snippet).objects.filter(translation_key=snippet.translation_key)
        if not editable_locales(user).exclude(pk__in=translated.values("locale_id")).exists():
            buttons[:] = [b for b in buttons if not getattr(b, "url", "").startswith(prefix)]


replace_hook("register_page_header_buttons", localize_hooks.page_listing_more_buttons,
             translation_buttons)
replace_hook("register_page_listing_more_buttons", localize_hooks.page_listing_more_buttons,
             translation_buttons)


@hooks.register("construct_explorer_page_queryset")
def show_translation_status_in_listing(parent_page, pages, request):
    """Each row of the page listing tells translated, partly, out of date or not started,
    and (for someone working in some languages only) whether one of theirs is left."""
    return annotate_listing_buttons(annotate_translation_status(pages), request.user)


# A translator's listings and choosers open in their language -----------------------


@hooks.register("default_admin_locale")
def translators_language(user):
    """Snippet listings (core.admin_views) open in a translator's language."""
    return translator_locale(user)


@hooks.register("construct_page_chooser_queryset")
def choose_in_the_translators_language(pages, request):
    """A translator's page chooser lists the pages of their language only (not each page
    in seven languages), unless they pick another language in it."""
    locale = translator_locale(request.user)
    if locale is None or request.GET.get("locale"):
        return pages
    return pages.filter(locale=locale)


# Synchronised trees ----------------------------------------------------------------


replace_hook("after_create_page", localize_synctree.after_create_page, alias_created_page)


@hooks.register("after_copy_page")
def alias_copied_page(request, page, new_page):
    alias_copied_pages(new_page)


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    return translations_to_cascade(pages, action)


# Deleting and moving pages outside English is for moderators ----------------------


@hooks.register("before_delete_page")
def forbid_translators_deleting(request, page):
    check_may_restructure_page(request.user, page)


@hooks.register("before_move_page")
def forbid_translators_moving(request, page, destination):
    check_may_restructure_page(request.user, page)


@hooks.register("before_bulk_action")
def forbid_translators_bulk_restructuring(request, action_type, objects, action_class_instance):
    if action_type in ("delete", "move"):
        for obj in objects:
            if isinstance(obj, Page):
                check_may_restructure_page(request.user, obj)


# Snippets: only in the user's languages ---------------------------------------------


def _check_snippet_locale(request, instance):
    locale_id = getattr(instance, "locale_id", None)
    if locale_id is not None and not user_may_change_locale(request.user, locale_id):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-1)
def confine_snippet_editing(request, instance):
    """Runs before wagtail-localize's hook, which would open the translation editor."""
    _check_snippet_locale(request, instance)


@hooks.register("before_delete_snippet")
def confine_snippet_deleting(request, instances):
    for instance in instances:
        _check_snippet_locale(request, instance)


@hooks.register("before_create_snippet")
def confine_snippet_creating(request, model):
    if not issubclass(model, TranslatableMixin):
        return
    code = request.GET.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    locale = locale or Locale.get_default()
    if not user_may_change_locale(request.user, locale.pk):
        raise PermissionDenied

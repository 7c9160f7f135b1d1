"""Admin views: the translation progress report, and wagtail-localize's submit and sync
views confined to the languages a person works in.

wagtail-localize lets anyone with its "submit_translation" permission start a
translation into any language, and "sync translated pages" publish every language at
once. The subclasses below offer only the languages the user may change, and publish or
machine-translate on sync only for someone allowed to do so in every language concerned.
They are registered at wagtail-localize's own addresses (translation/wagtail_hooks.py),
so its buttons and links lead to them.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .permissions import ALL_LOCALES, editable_locale_ids, user_can_edit_translated_instance
from .progress import NOT_TRANSLATED, OUT_OF_DATE, PAGES, SNIPPETS, STATUSES, translation_progress

ITEMS_PER_PAGE = 100


def user_can_see_progress(user):
    return user.is_superuser or user.has_perm("wagtail_localize.submit_translation")


class LanguageLimitedSubmitMixin:
    """Only the languages the user may change are offered as translation targets."""

    def get_form(self):
        form = super().get_form()
        ids = editable_locale_ids(self.request.user)
        if ids is not ALL_LOCALES:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=ids)
        return form


class LanguageLimitedSubmitPageTranslationView(
    LanguageLimitedSubmitMixin, SubmitPageTranslationView
):
    pass


class LanguageLimitedSubmitSnippetTranslationView(
    LanguageLimitedSubmitMixin, SubmitSnippetTranslationView
):
    pass


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """Sync translations; publishing or machine-translating them all needs the right to
    do so in every language that has a translation."""

    def targets(self):
        for translation in self.object.translations.filter(enabled=True).select_related(
            "target_locale"
        ):
            try:
                yield translation.get_target_instance()
            except ObjectDoesNotExist:  # the translated object was deleted meanwhile
                continue

    def may_publish_everywhere(self):
        user = self.request.user
        for target in self.targets():
            if isinstance(target, Page):
                if not target.permissions_for_user(user).can_publish():
                    return False
            elif not user_can_edit_translated_instance(user, target):
                return False
        return True

    def may_edit_everywhere(self):
        user = self.request.user
        return all(user_can_edit_translated_instance(user, target) for target in self.targets())

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_everywhere():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _(
                "Only someone who may publish in every language concerned can publish them all "
                "at once. Translators publish their language from the translation editor."
            )
        if "use_machine_translation" in form.fields and not self.may_edit_everywhere():
            field = form.fields["use_machine_translation"]
            field.disabled = True
            field.help_text = _(
                "Only someone who may edit every language concerned can machine-translate "
                "them all at once."
            )
        return form


class ProgressPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_progress(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class TranslationProgressView(ProgressPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation/progress_report.html"
    page_title = _("Translation progress")
    header_icon = "wagtail-localize-language"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")},
        {"url": "", "label": _("Reports")},
    ]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = translation_progress()
        context["statuses"] = STATUSES
        return context


class LanguageProgressView(ProgressPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation/progress_language.html"
    header_icon = "wagtail-localize-language"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        progress = translation_progress([kwargs["language_code"]], with_items=True)
        if not progress:
            raise Http404
        self.progress = progress[0]
        self.status = request.GET.get("status") or OUT_OF_DATE
        if self.status not in dict(STATUSES):
            self.status = OUT_OF_DATE
        self.kind = request.GET.get("kind") if request.GET.get("kind") in (PAGES, SNIPPETS) else ""

    def get_page_title(self):
        return _("Translation progress: %(language)s") % {"language": self.progress.language_name}

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": _("Reports")},
            {"url": reverse("translation_progress"), "label": _("Translation progress")},
            {"url": "", "label": self.progress.language_name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = [
            item
            for item in self.progress.items
            if item.status == self.status and (not self.kind or item.kind == self.kind)
        ]
        context.update(
            {
                "language": self.progress,
                "status": self.status,
                "kind": self.kind,
                "statuses": STATUSES,
                "items": Paginator(items, ITEMS_PER_PAGE).get_page(self.request.GET.get("p")),
                "not_translated": NOT_TRANSLATED,
            }
        )
        return context

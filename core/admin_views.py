"""Admin listings that open in the language the person works in.

A translator sees the policy areas of every language, 42 rows, most of which they may
not touch. The snippet listings below open filtered to the person's language instead
(the filter stays, so "All" is one click away). Who works in which language is decided
above this layer: a Wagtail hook `default_admin_locale(user)` returns a Locale or None
(translation.wagtail_hooks registers one).
"""

from django.shortcuts import redirect
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.snippets.views.snippets import IndexView


def default_admin_locale(user):
    """The Locale a listing should open in for `user`, or None (all languages)."""
    for hook in hooks.get_hooks("default_admin_locale"):
        locale = hook(user)
        if locale is not None:
            return locale
    return None


class OwnLanguageIndexView(IndexView):
    """A snippet listing that, opened without a language filter, filters to the user's."""

    def get(self, request, *args, **kwargs):
        if "locale" not in request.GET and not self.results_only:
            locale = default_admin_locale(request.user)
            if locale is not None:
                query = request.GET.copy()
                query["locale"] = locale.language_code
                return redirect(f"{request.path}?{urlencode(query, doseq=True)}")
        return super().get(request, *args, **kwargs)

"""Admin: the "Create draft page" action on a city suggestion."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .conversion import ConversionError, convert
from .models import CitySuggestion


def convert_suggestion(request, pk):
    """GET: what will happen. POST: create the draft and open it in the page editor; on
    refusal, back to the suggestion with the reason."""
    if not request.user.has_perm("contributions.change_citysuggestion"):
        raise PermissionDenied
    suggestion = get_object_or_404(CitySuggestion, pk=pk)
    if request.method != "POST":
        return TemplateResponse(
            request, "contributions/admin/convert.html", {"suggestion": suggestion}
        )
    try:
        city, note = convert(suggestion, request.user)
    except ConversionError as error:
        messages.error(request, str(error))
        return redirect("wagtailsnippets_contributions_citysuggestion:edit", pk)
    if city.location:
        messages.success(
            request,
            _("Draft created for “%(title)s”, placed from the gazetteer. %(note)s")
            % {"title": city.title, "note": note},
        )
    else:
        messages.warning(
            request,
            _("Draft created for “%(title)s”; place it on the map before publishing (%(why)s).")
            % {"title": city.title, "why": note},
        )
    return redirect(reverse("wagtailadmin_pages:edit", args=[city.pk]))

"""The public "Add your city" form and its thank-you page."""

from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache

from . import ratelimit
from .forms import CitySuggestionForm
from .notifications import notify_team


@never_cache
def add_your_city(request):
    """GET: the form. POST: store the suggestion and thank; errors re-show the input (400).

    Bots are refused without a hint: a filled honeypot gets the thank-you page and
    nothing is stored; too many submissions from one address get 429.
    """
    if request.method == "POST":
        if ratelimit.is_limited(request):
            return render(request, "contributions/rate_limited.html", status=429)
        form = CitySuggestionForm(request.POST)
        if form.is_bot():
            ratelimit.record_attempt(request)
            return redirect("add_your_city_thanks")
        if form.is_valid():
            with transaction.atomic():
                suggestion = form.save(commit=False)
                suggestion.language = translation.get_language()
                suggestion.save()
            ratelimit.record_attempt(request)
            notify_team(suggestion)
            return redirect("add_your_city_thanks")
        form.fresh_timestamp()
        return render(request, "contributions/add_your_city.html", {"form": form}, status=400)
    return render(request, "contributions/add_your_city.html", {"form": CitySuggestionForm()})


def thanks(request):
    return render(request, "contributions/thanks.html")

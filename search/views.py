"""The search page (/<lang>/search/?q=) and name suggestions (/<lang>/search/suggest/?q=).

Both answer in the reader's language and show only pages that are live, public and in
that language. The page works without JavaScript; suggestions are an enhancement
(search/static/search/suggest.js) on top of the same form.
"""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext, ngettext
from django_countries import countries

from citypages.models import ApproachIndexPage, CityIndexPage
from core.coverage import language_states
from core.languages import current_locale

from .facets import KIND_NAMES, search_facets
from .forms import QueryForm, SearchForm
from .query import SiteSearch
from .suggestions import name_suggestions, spelling_suggestions

RESULTS_PER_PAGE = 10


def describe(document, request):
    """What a result or suggestion shows besides its title: address, type, country."""
    document.url = document.page.get_url(request)
    document.kind_label = KIND_NAMES.get(document.kind, "")
    document.country_name = countries.name(document.country) if document.country else ""
    return document


def section_index(model, locale):
    return model.objects.live().public().filter(locale=locale).first()


def search(request):
    """Results with snippets, facets and pagination; help after zero results."""
    locale = current_locale()
    form = SearchForm(request.GET or None)
    context = {"form": form, "search_query": ""}
    if not form.is_bound:
        return render(request, "search/search.html", context)
    if not form.is_valid():
        return render(request, "search/search.html", context, status=400)
    query = form.cleaned_data["q"]
    context["search_query"] = query
    if not query:
        context["empty_query"] = True
        return render(request, "search/search.html", context)

    site_search = SiteSearch(query, locale)
    filters = form.filters()
    if not site_search.hits:
        broader = SiteSearch(query, locale, broader=True)
        if broader.hits:
            site_search = broader
            context["broadened"] = True
    hits = site_search.filtered(
        kind=filters.get("type"),
        country=filters.get("country"),
        policy_area=filters.get("policy_area"),
    )
    page_of_results = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    documents = site_search.documents(page_of_results.object_list)
    language_states(document.page for document in documents)
    page_of_results.object_list = [describe(document, request) for document in documents]
    facets = search_facets(site_search, filters)
    for facet in facets:
        for value in facet.values:
            change = None if value.selected else value.value
            value.query = form.query_string(**{facet.name: change})
    context.update(
        results=page_of_results,
        facets=facets,
        filters=filters,
        query_string=form.query_string(),
        unfiltered_query=form.query_string(type=None, country=None, policy_area=None),
    )
    if not page_of_results.paginator.count:
        context.update(
            spellings=spelling_suggestions(locale, query),
            city_index=section_index(CityIndexPage, locale),
            approach_index=section_index(ApproachIndexPage, locale),
        )
    return render(request, "search/search.html", context)


def suggest(request):
    """JSON: city and network names for what the reader has typed so far."""
    form = QueryForm(request.GET)
    if not form.is_valid():
        message = " ".join(error for errors in form.errors.values() for error in errors)
        return JsonResponse({"error": message}, status=400)
    documents = name_suggestions(current_locale(), form.cleaned_data["q"])
    suggestions = [
        {
            "title": document.title,
            "url": document.url,
            "type": str(document.kind_label),
            "country": str(document.country_name),
        }
        for document in (describe(document, request) for document in documents)
    ]
    status = (
        ngettext("%(count)d suggestion", "%(count)d suggestions", len(suggestions))
        % {"count": len(suggestions)}
        if suggestions
        else gettext("No suggestions")
    )
    return JsonResponse({"suggestions": suggestions, "status": status})

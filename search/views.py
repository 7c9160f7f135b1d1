"""Full-text search over the reader's language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Locale, Page

from core.coverage import language_states

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """Search live pages of the current language; an over-long query is refused with a 400."""
    query = request.GET.get("q", "").strip()
    status = 200
    error = None
    results = Page.objects.none()
    if "\x00" in query or len(query) > MAX_QUERY_LENGTH:
        status, error, query = 400, "invalid", ""
    elif query:
        locale = Locale.objects.get(language_code=translation.get_language())
        results = (
            Page.objects.live().public().filter(locale=locale, depth__gt=1).specific().search(query)
        )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page_of_results = paginator.page(1)
    except EmptyPage:
        page_of_results = paginator.page(paginator.num_pages)
    page_of_results.object_list = language_states(page_of_results.object_list)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page_of_results, "error": error},
        status=status,
    )

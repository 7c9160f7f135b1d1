"""Wagtail's read-only API v2 (/api/v2/), with every query parameter checked first.

Wagtail's own endpoints pass some parameters on unchecked: a NUL byte in `search`,
`locale`, `site` or `html_path` reaches the database and fails there, a huge `offset`
overflows PostgreSQL's bigint, a filter on a date field with a bad date or an unknown
`search_operator` raises, and a search of a few hundred words makes the query parser
recurse for seconds before it gives up. Each of those was a 500, and the last one a cheap
way to tie up the workers. Here every parameter is checked before Wagtail sees it, and a
bad one gets a 400 with a JSON message, as Wagtail's own checks answer.

Only JSON is served (no browsable HTML API): the endpoints are for programs, and JSON
needs no exception in the Content-Security-Policy.

Privacy: Wagtail's `get_public_pages_queryset` leaves out pages under a view restriction.
Aliases are served as pages of their own, so it is the restriction copied onto each
language version (core.privacy) that keeps a private English page's aliases out too.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

MAX_PARAMETERS = 20
MAX_VALUE_LENGTH = 1000
MAX_OFFSET = 100_000
MAX_ID = 2**63 - 1
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_TERMS = 32
SEARCH_OPERATORS = ("and", "or")


def check_query_parameters(query):
    """Raise BadRequestError for the first parameter that Wagtail could not handle."""
    if len(query) > MAX_PARAMETERS:
        raise BadRequestError(f"at most {MAX_PARAMETERS} query parameters are accepted")
    for key, values in query.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            raise BadRequestError(f"{key!r}: query parameters may not contain NUL bytes")
        if len(values) > 1:
            raise BadRequestError(f"{key}: give this parameter at most once")
        if len(values[0]) > MAX_VALUE_LENGTH:
            raise BadRequestError(f"{key}: at most {MAX_VALUE_LENGTH} characters")
        check = PARAMETER_CHECKS.get(key)
        if check is not None:
            check(values[0])


def check_offset(value):
    if value.strip().isdigit() and int(value) > MAX_OFFSET:
        raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")


def check_search(value):
    if len(value) > MAX_SEARCH_LENGTH:
        raise BadRequestError(f"search: at most {MAX_SEARCH_LENGTH} characters")
    if len(value.split()) > MAX_SEARCH_TERMS:
        raise BadRequestError(f"search: at most {MAX_SEARCH_TERMS} words")


def check_id(value):
    """`find/?id=` passes the value straight to `queryset.get(id=...)`: an empty or
    non-numeric id raised ValueError there (a 500)."""
    if not value.isdigit() or int(value) > MAX_ID:
        raise BadRequestError("id must be a whole number")


def check_search_operator(value):
    if value not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")


def check_locale(value):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if value not in codes:
        raise BadRequestError(f"locale must be one of {', '.join(codes)}")


PARAMETER_CHECKS = {
    "id": check_id,
    "offset": check_offset,
    "search": check_search,
    "search_operator": check_search_operator,
    "locale": check_locale,
}


class CheckedParametersMixin:
    """Checks the query string before any endpoint (listing, detail, find) runs."""

    renderer_classes = [JSONRenderer]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request.GET)

    def filter_queryset(self, queryset):
        """A field filter whose value the field cannot hold (e.g. a bad date) is a 400."""
        try:
            return super().filter_queryset(queryset)
        except (ValidationError, ValueError, TypeError, OverflowError) as error:
            raise BadRequestError(f"filter error: {error}") from error


class CheckedPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    def get_queryset(self):
        """Each page's locale in the same query: the `meta.locale` of every item would
        otherwise cost one query per item."""
        return super().get_queryset().select_related("locale")


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    """Only images cleared for public pages (with a credit and a licence), and each with
    them in the listing too, so a reuser sees whom to credit and on what terms."""

    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["credit", "licence"]

    def get_queryset(self):
        return super().get_queryset().cleared()


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    pass

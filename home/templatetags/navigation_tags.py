"""Language switcher and hreflang alternates for pages and plain Django views alike."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from core.coverage import language_state, language_states

register = template.Library()


def _page_translations(page, request):
    """{language_code: Page} for the live translations of `page`, the page itself included."""
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {t.locale.language_code: t for t in language_states(translations)}


def kept_query(request):
    """The request's query string for the switcher's links ("?q=…&country=DE"), without `page`.

    A search or a filtered listing stays what it is in the other language; the page number
    does not, because titles (and so the order) and search rankings differ by language:
    page 3 in German is not page 3 in Greek, and may not exist at all.
    """
    if request is None:
        return ""
    params = request.GET.copy()
    params.pop("page", None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else ""


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where the reader goes to read this page in it.

    `exists` says whether this very page is really written in that language (for hreflang):
    an alias, or a translation with nothing translated yet, still shows the English text
    and does not count (core.coverage). Where the page does not exist in a language at
    all, the link leads to that language's home page instead. `url` keeps the query string
    (search, filters; see kept_query); `absolute_url`, for hreflang, not.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    versions = []
    translations = _page_translations(page, request) if isinstance(page, Page) else {}
    homes = None
    query = kept_query(request)
    for code, name in settings.LANGUAGES:
        url, exists, same_page = None, False, True
        if code in translations:
            url = translations[code].get_url(request)
            exists = translations[code].language_state.is_translated
        elif isinstance(page, Page):
            if homes is None:
                root = page.get_site().root_page if page.get_site() else None
                homes = _page_translations(root, request) if root else {}
            url = homes[code].get_url(request) if code in homes else f"/{code}/"
            same_page = False
        elif request is not None:
            url = translate_url(request.path, code)
            exists = url != request.path or code == current
        versions.append(
            {
                "code": code,
                "name": name,
                "url": f"{url}{query}" if same_page and url else url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "exists": exists,
                "current": code == current,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the reader's language (falls back to the site's root page)."""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None)
    if site is None and request is not None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in the reader's language."""
    home = site_home(context)
    if home is None:
        return []
    return language_states(home.get_children().live().public().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The home page's other standard pages (methodology, imprint, open data), by title."""
    from home.models import StandardPage

    home = site_home(context)
    if home is None:
        return []
    return language_states(
        StandardPage.objects.child_of(home)
        .live()
        .public()
        .filter(show_in_menus=False)
        .order_by("title")
        .defer_streamfields()
    )


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address; for a version not translated yet (an alias, or a translation
    with nothing translated), the English page whose text it shows."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    if not language_state(page).is_translated:
        source = page.alias_of_id and Page.objects.filter(pk=page.alias_of_id).first()
        source = source or page.get_translations().filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).first()
        page = source or page
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None

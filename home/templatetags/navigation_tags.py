"""Language switcher and hreflang alternates for pages and plain Django views alike.

Every page runs these tags, so what they read from the database is cached per reader
language under the content version (core.cache): a publish anywhere shows at once, and
a page served from a warm cache spends no query on its menus, switcher or canonical link.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from core.cache import cached_per_language
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
    query = kept_query(request)
    if isinstance(page, Page) and request is not None:
        versions = _page_versions(page.pk, request.get_host(), request.scheme, request=request)
    else:
        versions = _view_versions(request, current)
    return [
        {
            **version,
            "url": f"{version['url']}{query}" if version["same_page"] else version["url"],
            "current": version["code"] == current,
        }
        for version in versions
    ]


@cached_per_language("language_versions")
def _page_versions(page_id, host, scheme, *, request):
    """The language versions of page `page_id`, without the query string (cached)."""
    page = Page.objects.get(pk=page_id)
    translations = _page_translations(page, request)
    homes = None
    versions = []
    for code, name in settings.LANGUAGES:
        url, exists, same_page = None, False, True
        if code in translations:
            url = translations[code].get_url(request)
            exists = translations[code].language_state.is_translated
        else:
            if homes is None:
                site = page.get_site()
                homes = _page_translations(site.root_page, request) if site else {}
            url = homes[code].get_url(request) if code in homes else f"/{code}/"
            same_page = False
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "exists": exists,
                "same_page": same_page,
            }
        )
    return versions


def _view_versions(request, current):
    """Language versions of a plain Django view (search): the same path in each language."""
    versions = []
    for code, name in settings.LANGUAGES:
        url, exists = None, False
        if request is not None:
            url = translate_url(request.path, code)
            exists = url != request.path or code == current
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "exists": exists,
                "same_page": True,
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
    return _localized_home(site.pk, site.root_page_id)


@cached_per_language("site_home")
def _localized_home(site_id, root_page_id):
    return Page.objects.get(pk=root_page_id).localized


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in the reader's language."""
    home = site_home(context)
    if home is None:
        return []
    return _main_menu(home.pk)


@cached_per_language("main_menu")
def _main_menu(home_id):
    home = Page.objects.get(pk=home_id)
    return language_states(home.get_children().live().public().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The home page's other standard pages (methodology, imprint, open data), by title."""
    home = site_home(context)
    if home is None:
        return []
    return _footer_menu(home.pk)


@cached_per_language("footer_menu")
def _footer_menu(home_id):
    from home.models import StandardPage

    home = Page.objects.get(pk=home_id)
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
    return _canonical_url(page.pk, request.get_host(), request.scheme, request=request)


@cached_per_language("canonical_url")
def _canonical_url(page_id, host, scheme, *, request):
    page = Page.objects.get(pk=page_id)
    if not language_state(page).is_translated:
        source = page.alias_of_id and Page.objects.filter(pk=page.alias_of_id).first()
        source = source or page.get_translations().filter(
            locale__language_code=settings.LANGUAGE_CODE
        ).first()
        page = source or page
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None

"""A sitemap of every language: each page in English and each real translation of it,
with `xhtml:link` alternates between the language versions of a page.

Wagtail's own sitemap only walks the default site's English tree. Versions not translated
yet are left out (core.coverage: an alias, or a translation with nothing translated): they
show the English text and name the English page as canonical; for the same reason they are
never named as an alternate. `x-default` points at the English page.
"""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.coverage import locale_code, translated_only


def _translated_pages():
    return translated_only(Page.objects.live().public().filter(depth__gt=1))


class MultilingualSitemap(Sitemap):
    def items(self):
        return _translated_pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates_of(items)
        urls = []
        for item in items:
            versions = alternates.get(item.translation_key, [])
            for url in item.get_sitemap_urls(self.request):
                if len(versions) > 2:  # more than the page itself and x-default
                    url["alternates"] = versions
                urls.append(url)
        lastmods = [url.get("lastmod") for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def alternates_of(self, items):
        """{translation key: [{"lang_code", "location"}]}: the translated versions of
        `items`' pages in every language, in a few queries for the whole sitemap page."""
        keys = {item.translation_key for item in items}
        versions = (
            _translated_pages()
            .filter(translation_key__in=keys)
            .only("url_path", "locale_id", "translation_key")
            .order_by("path")
        )
        result = defaultdict(list)
        for version in versions:
            language = locale_code(version.locale_id)
            location = version.get_full_url(self.request)
            result[version.translation_key].append({"lang_code": language, "location": location})
            if language == settings.LANGUAGE_CODE:
                result[version.translation_key].append(
                    {"lang_code": "x-default", "location": location}
                )
        return result

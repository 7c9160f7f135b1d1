"""A sitemap of every language: each page in English and each real translation of it.

Wagtail's own sitemap only walks the default site's English tree. Versions not translated
yet are left out (core.coverage: an alias, or a translation with nothing translated): they
show the English text and name the English page as canonical.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.coverage import translated_only


class MultilingualSitemap(Sitemap):
    def items(self):
        return (
            translated_only(Page.objects.live().public().filter(depth__gt=1))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

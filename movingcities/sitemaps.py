"""A sitemap of every language: each page in English and each real translation of it.

Wagtail's own sitemap only walks the default site's English tree. Untranslated aliases are
left out: they show the English text and name the English page as canonical.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

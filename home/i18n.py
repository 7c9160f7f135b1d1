"""Translation rules shared by every page type."""

from wagtail_localize.fields import SynchronizedField

# Slugs stay the English ones in every language: addresses, API filters and links keep
# working across languages, and two translations never clash under one parent.
PAGE_SYNCHRONISED_FIELDS = [SynchronizedField("slug", overridable=False)]

"""The site search's own index: one document per page, in the page's language.

Why a table of our own rather than Wagtail's `wagtailsearch_indexentry`: that table holds
one row per object for every backend alias and for the admin's search, so it cannot keep a
language per row (see README, "Search"). Here each row carries its language's
configuration, text in four weights (title; names such as the city, country, policy areas
and networks; summary; body), the plain text for snippets, and the type and country that
facets count. Whether a page may be shown (live, public, in the reader's language) is
decided when searching, from the page itself, so a view restriction or unpublishing needs
no re-indexing.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    KINDS = ["city", "approach", "network", "news", "page"]

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20)
    country = models.CharField(max_length=2, blank=True)
    # The PostgreSQL text-search configuration of the page's language (search.text).
    config = models.CharField(max_length=63)
    title = models.TextField()
    names = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # Folded texts (search.text.fold): exact names, suggestions, and matching off PostgreSQL.
    exact_keys = models.TextField(blank=True)
    title_key = models.TextField(blank=True)
    names_key = models.TextField(blank=True)
    text_key = models.TextField(blank=True)
    # PostgreSQL only (empty elsewhere); GIN-indexed by migration 0002.
    title_vector = SearchVectorField(null=True)
    vector = SearchVectorField(null=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"], name="search_doc_locale_kind")]

    def __str__(self):
        return f"{self.title} ({self.kind}, {self.config})"

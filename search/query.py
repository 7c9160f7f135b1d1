"""Searching the documents: what matches, in which order, with which snippets.

Only documents of pages that are live, public and in the reader's language are searched;
that is decided from the pages at query time, so unpublishing or restricting a page hides
it at once, without re-indexing.

Order, on every database: a page whose title (or English title, short title, acronym)
*is* the query first; then pages whose title matches; then the rest. On PostgreSQL, pages
within each tier follow `ts_rank` over the weighted vector (names above summaries above
body text); on SQLite and others, pages found by their names come before those found
only in their text, then titles in alphabetical order. PostgreSQL matches stemmed,
unaccented words with websearch syntax ("quoted phrases", or, -exclusion); elsewhere every
query word must start a word of the page, accents and case ignored.

One query finds every match in order (page id, type, country: a few thousand small rows
at most, one language's pages); filters, facet counts and paging work on that list, and
a second query loads the page of results with their snippets.
"""

from collections import defaultdict
from functools import cached_property

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from citypages.models import ApproachPolicyArea

from .models import SearchDocument
from .text import HIGHLIGHT_START, HIGHLIGHT_STOP, WORD, config_for, fold, words

MAX_TERMS = 12
SNIPPET_WORDS = 30


def visible_documents(locale):
    """Documents of the pages a reader of `locale` may see now: live, public, that language."""
    pages = Page.objects.live().public().filter(locale=locale)
    return SearchDocument.objects.filter(locale=locale, page__in=pages.values("pk"))


class PrefixSearchQuery(SearchQuery):
    """websearch_to_tsquery with every lexeme made a prefix ('fluchtling':*), so that
    "Flüchtlinge" also finds "Flüchtlingsaufnahme": German compounds, partial words."""

    template = (
        "(regexp_replace(%(function)s(%(expressions)s)::text, "
        r"'(''(?:[^'']|'''')+'')', '\1:*', 'g'))::tsquery"
    )

    def __init__(self, value, config):
        super().__init__(value, config=config, search_type="websearch")


class PostgresMatcher:
    """Stemmed, unaccented full-text search in the language's configuration."""

    def __init__(self, text, language, terms, broader=False):
        self.config = config_for(language)
        if broader:
            self.query = PrefixSearchQuery(text, config=self.config)
        else:
            self.query = SearchQuery(text, config=self.config, search_type="websearch")

    def ranked(self, documents, exact):
        return (
            documents.filter(vector=self.query)
            .annotate(
                tier=Case(
                    When(exact, then=Value(3)),
                    When(title_vector=self.query, then=Value(2)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                # Among title matches, the title that is most nearly the query alone.
                title_score=SearchRank(F("title_vector"), self.query, normalization=Value(2)),
                score=SearchRank(F("vector"), self.query, normalization=Value(1)),
            )
            .order_by("-tier", "-title_score", "-score", "title", "pk")
        )

    def with_snippets(self, documents):
        headline = SearchHeadline(
            Concat("summary", Value(" "), "body", output_field=TextField()),
            self.query,
            config=self.config,
            start_sel=HIGHLIGHT_START,
            stop_sel=HIGHLIGHT_STOP,
            max_words=SNIPPET_WORDS,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
        documents = list(documents.annotate(headline=headline).defer("summary", "body"))
        for document in documents:
            document.snippet = marked_html(document.headline)
        return documents


class PlainMatcher:
    """Accent- and case-insensitive word-prefix matching, for SQLite (the newcomer's).

    `broader` matches the terms anywhere in a word, not only at its start.
    """

    def __init__(self, text, language, terms, broader=False):
        self.terms = terms
        self.start = "" if broader else " "

    def all_terms(self, field):
        condition = Q()
        for term in self.terms:
            condition &= Q(**{f"{field}__contains": f" {term}"})
        return condition

    def ranked(self, documents, exact):
        for term in self.terms:
            documents = documents.filter(
                Q(title_key__contains=self.start + term)
                | Q(names_key__contains=self.start + term)
                | Q(text_key__contains=self.start + term)
            )
        return documents.annotate(
            tier=Case(
                When(exact, then=Value(3)),
                When(self.all_terms("title_key"), then=Value(2)),
                When(self.all_terms("names_key"), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        ).order_by("-tier", "title", "pk")

    def with_snippets(self, documents):
        documents = list(documents)
        for document in documents:
            document.snippet = plain_snippet(f"{document.summary} {document.body}", self.terms)
        return documents


def marked_html(headline):
    """PostgreSQL's headline, escaped, with its highlight markers turned into <mark>."""
    html = escape(headline or "")
    return mark_safe(html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_STOP, "</mark>"))


def plain_snippet(text, terms, length=SNIPPET_WORDS):
    """A window of `text` around the first word starting with a term, those words in <mark>."""
    tokens = text.split()
    if not tokens:
        return ""

    def starts_a_term(word):
        return any(fold(word).startswith(term) for term in terms)

    def marked(token):
        html, position = [], 0
        for match in WORD.finditer(token):
            word = match.group()
            html.append(escape(token[position : match.start()]))
            html.append(f"<mark>{escape(word)}</mark>" if starts_a_term(word) else escape(word))
            position = match.end()
        html.append(escape(token[position:]))
        return "".join(html)

    found = [i for i, token in enumerate(tokens) if any(map(starts_a_term, WORD.findall(token)))]
    start = max(0, found[0] - length // 3) if found else 0
    window = " ".join(marked(token) for token in tokens[start : start + length])
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(tokens) else ""
    return mark_safe(prefix + window + suffix)


class SiteSearch:
    """One reader's query in one language: the ranked matches, filtered, and their pages.

    `hits` are (page id, type, country) of every match, best first; `filtered()` narrows
    them by type, country and policy area; `documents()` loads a page of them. A
    `broader` search also matches words that merely begin with the query's words (what
    the results page falls back to when the exact words are nowhere).
    """

    def __init__(self, text, locale, matcher=None, broader=False):
        self.text = text
        self.locale = locale
        self.terms = list(dict.fromkeys(words(text)))[:MAX_TERMS]
        self.key = " ".join(words(text))
        if matcher is None:
            matcher = PostgresMatcher if connection.vendor == "postgresql" else PlainMatcher
        self.matcher = matcher(text, locale.language_code, self.terms, broader=broader)

    @cached_property
    def hits(self):
        if not self.terms:
            return []
        exact = Q(exact_keys__contains=f"|{self.key}|")
        ranked = self.matcher.ranked(visible_documents(self.locale), exact)
        return list(ranked.values_list("pk", "kind", "country"))

    @cached_property
    def policy_areas(self):
        """{approach page id: {policy area slug, …}} for the approaches among the hits."""
        approaches = [pk for pk, kind, _country in self.hits if kind == "approach"]
        areas = defaultdict(set)
        if approaches:
            links = ApproachPolicyArea.objects.filter(approach_id__in=approaches)
            for approach_id, slug in links.values_list("approach_id", "policy_area__slug"):
                areas[approach_id].add(slug)
        return areas

    def filtered(self, kind=None, country=None, policy_area=None):
        """The hits of this type, country and policy area (None: any)."""
        return [
            hit
            for hit in self.hits
            if (not kind or hit[1] == kind)
            and (not country or hit[2] == country)
            and (not policy_area or policy_area in self.policy_areas.get(hit[0], ()))
        ]

    def documents(self, hits):
        """The documents of `hits`, in their order, with pages, locales and `.snippet`."""
        ids = [hit[0] for hit in hits]
        documents = SearchDocument.objects.filter(pk__in=ids).select_related("page__locale")
        by_id = {document.pk: document for document in self.matcher.with_snippets(documents)}
        return [by_id[pk] for pk in ids if pk in by_id]

"""Help in finding names: suggestions while typing, and spelling help after no results.

Both work on the folded titles (search.text.fold), so they behave alike on PostgreSQL and
SQLite and ignore accents: "gdan" suggests Gdańsk, "Barcelna" offers Barcelona.
"""

import difflib

from django.db.models import Case, IntegerField, Q, Value, When

from .query import visible_documents
from .text import words

SUGGESTION_KINDS = ["city", "network"]
SUGGESTIONS = 8
MIN_LENGTH = 2


def name_suggestions(locale, text, limit=SUGGESTIONS):
    """Cities and networks whose name has a word starting with `text`; prefixes first."""
    key = " ".join(words(text))
    if len(key) < MIN_LENGTH:
        return []
    documents = (
        visible_documents(locale)
        .filter(kind__in=SUGGESTION_KINDS)
        .filter(Q(title_key__contains=f" {key}") | Q(exact_keys__contains=f"|{key}"))
        .annotate(
            starts=Case(
                When(title_key__startswith=f" {key}", then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .select_related("page", "page__locale")
        .order_by("starts", "title", "pk")
    )
    return list(documents[:limit])


def spelling_suggestions(locale, text, limit=3):
    """Queries close to `text` that would find something: a title, or `text` respelled.

    Compares the folded query with the folded titles of the reader's language, then each
    query word with the words of those titles.
    """
    key = " ".join(words(text))
    if not key:
        return []
    titles = visible_documents(locale).values_list("title", flat=True)
    by_key = {" ".join(words(title)): title for title in titles}
    found = [by_key[k] for k in difflib.get_close_matches(key, by_key, n=limit, cutoff=0.75)]
    vocabulary = {word for k in by_key for word in k.split() if len(word) > 3}
    respelled = []
    for word in key.split():
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
        respelled.append(close[0] if close and word not in vocabulary else word)
    if respelled != key.split():
        found.append(" ".join(respelled))
    unique = {}
    for spelling in found:
        unique.setdefault(" ".join(words(spelling)), spelling)
    unique.pop(key, None)
    return list(unique.values())[:limit]

"""Names in the reader's alphabetical order: Łódź between Lublin and Olsztyn in Polish,
Greek names before Latin ones in Greek, Örebro among the O's.

On PostgreSQL every listing orders by the ICU collation of its language
(`Collate("title", "pl-x-icu")`). SQLite has no ICU, so `register_sqlite_collations`
gives each SQLite connection collations of the same names backed by `sort_key`, a small
Unicode collation: letters compared without accents first (accents break ties), with the
tailorings of our languages (Polish ą ć ę ł ń ó ś ź ż and Spanish ñ as letters of their
own; Greek script first in Greek). The same `order_by(by_name(...))` then works on both.
"""

import unicodedata

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Collate

# Letters that a language sorts as letters of their own after their base letter, in the
# order given (Polish z < ź < ż).
TAILORED = {
    "pl": {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "źż": "z"},
    "es": {"ñ": "n"},
}
# Letters without a decomposition, sorted as their base letter elsewhere.
FOLDED = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ς": "σ"}


def collation_name(language):
    """The ICU collation of `language` ("pl" -> "pl-x-icu")."""
    code = language.split("-")[0] if language else settings.LANGUAGE_CODE
    return f"{code}-x-icu"


def by_name(language, field="title"):
    """An order_by() expression: `field` in `language`'s alphabetical order."""
    return Collate(F(field), collation_name(language))


def _primary(char, language):
    """The weight of one letter (without accents) for `language`; None for accents."""
    if unicodedata.combining(char):
        return None
    greek = "\u0370" <= char <= "\u03ff"
    if char.isalpha():
        script = (0 if greek else 1) if language == "el" else (1 if greek else 0)
        return (2, script, ord(char) * 4)
    if char.isdigit():
        return (1, 0, ord(char) * 4)
    return (0, 0, ord(char) * 4)  # spaces and punctuation before digits and letters


def sort_key(text, language):
    """A key that orders `text` as `language` does (see the module's docstring)."""
    tailored = {
        letter: (base, rank)
        for letters, base in TAILORED.get(language, {}).items()
        for rank, letter in enumerate(letters, start=1)
    }
    primary, secondary = [], []
    for char in (text or "").casefold():
        if char in tailored:
            base, rank = tailored[char]
            group, script, weight = _primary(base, language)
            primary.append((group, script, weight + rank))
            secondary.append("")
            continue
        for part in unicodedata.normalize("NFD", FOLDED.get(char, char)):
            weight = _primary(part, language)
            if weight is None:
                if secondary:
                    secondary[-1] += part
                continue
            primary.append(weight)
            secondary.append("")
    return (primary, secondary, text or "")


def _sqlite_collation(language):
    def compare(left, right):
        a, b = sort_key(left, language), sort_key(right, language)
        return (a > b) - (a < b)

    return compare


def register_sqlite_collations(sender, connection, **kwargs):
    """connection_created receiver: the ICU collation names on SQLite, backed by sort_key."""
    if connection.vendor != "sqlite":
        return
    for code, _name in settings.LANGUAGES:
        connection.connection.create_collation(collation_name(code), _sqlite_collation(code))

"""Text as search sees it: one PostgreSQL configuration per language, and folded keys.

PostgreSQL stems and unaccents with a text-search configuration per language, created by
migration 0002 (a copy of the language's own configuration, `unaccent` before the
stemmer; `simple` for Polish, which PostgreSQL cannot stem). Everywhere else, and for the
exact-name and suggestion checks on every database, text is *folded* in Python: case
folded, accents and other marks removed, words separated by single spaces. "Βαρκελώνη",
"βαρκελωνη" and "ΒΑΡΚΕΛΩΝΗ" fold alike, as do "Gdańsk" and "gdansk".
"""

import re
import unicodedata

# Language code -> the configuration migration 0002 creates for it.
TEXT_SEARCH_CONFIGS = {
    "en": "mc_english",
    "de": "mc_german",
    "fr": "mc_french",
    "el": "mc_greek",
    "it": "mc_italian",
    "pl": "mc_polish",
    "es": "mc_spanish",
}
FALLBACK_CONFIG = "mc_simple"

# Letters that Unicode does not decompose into a base letter and a mark.
EXTRA_FOLDS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"})
WORD = re.compile(r"\w+")
# Characters that mark highlighted words in PostgreSQL's headlines; removed from indexed text
# so that no page can forge a highlight.
HIGHLIGHT_START, HIGHLIGHT_STOP = "\ue000", "\ue001"


def config_for(language_code):
    """The text-search configuration for a language (unaccented `simple` if it has none)."""
    return TEXT_SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)


def fold(text):
    """Case-fold `text`, drop accents and marks: "Città Ł" -> "citta l"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).translate(EXTRA_FOLDS)


def words(text):
    """The folded words of `text`, in order."""
    return WORD.findall(fold(text).replace("_", " "))


def folded_key(text):
    """Folded words between single spaces, with a space at each end.

    The spaces let a LIKE '% word' test find a word-prefix on every database.
    """
    found = words(text)
    return f" {' '.join(found)} " if found else ""


def exact_keys(names):
    """`|name|other name|`: the names a page is found by exactly, folded."""
    keys = [" ".join(words(name)) for name in names]
    keys = [key for key in dict.fromkeys(keys) if key]
    return f"|{'|'.join(keys)}|" if keys else ""


def clean_text(text):
    """Plain text for the index: whitespace collapsed, highlight markers removed."""
    text = (text or "").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_STOP, "")
    return " ".join(text.split())

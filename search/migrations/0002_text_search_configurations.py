"""PostgreSQL only: unaccent, one text-search configuration per language, a GIN index.

Each configuration copies PostgreSQL's own for the language and puts the `unaccent`
dictionary before its stemmer for words with non-ASCII letters, so "Städte", "citta" and
"Βαρκελωνη" are found as "Stadt", "città" and "Βαρκελώνη". Polish has no stemmer in
PostgreSQL: `simple` (lower-casing only) with `unaccent`. A configuration that indexing
asks for and that does not exist would abort the publishing transaction, which is why
they are made here and not on demand.

Needs CREATE on the database (unaccent is a trusted extension since PostgreSQL 13) or a
database administrator who has run `CREATE EXTENSION unaccent;` beforehand (README,
"Search"). On SQLite and other databases this migration does nothing.
"""

from django.db import migrations

# (configuration, PostgreSQL configuration it copies, stemming dictionary). Frozen here:
# search.text.TEXT_SEARCH_CONFIGS names the same configurations.
CONFIGURATIONS = [
    ("mc_english", "english", "english_stem"),
    ("mc_german", "german", "german_stem"),
    ("mc_french", "french", "french_stem"),
    ("mc_greek", "greek", "greek_stem"),
    ("mc_italian", "italian", "italian_stem"),
    ("mc_polish", "simple", "simple"),
    ("mc_spanish", "spanish", "spanish_stem"),
    ("mc_simple", "simple", "simple"),
]
TABLE = "search_searchdocument"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, source, stemmer in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {source})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
        )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS search_doc_vector ON {TABLE} USING gin (vector)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS search_doc_vector")
    for name, _source, _stemmer in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]

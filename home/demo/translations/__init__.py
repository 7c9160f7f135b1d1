"""Demo translations: one module per language, STRINGS = {English source text: translation}.

Keys are the exact English segments that wagtail-localize extracts from the pages listed
in ../translated.py; the loader reports any segment that has no translation.
"""

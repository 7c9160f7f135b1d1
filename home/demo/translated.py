"""Featured cities whose profiles and approaches are translated into all site languages.

The home page and the about page are translated as well. Their English text avoids inline
markup so that translators work with whole, self-contained sentences.
"""

TRANSLATED_CITIES = ["Barcelona", "Berlin", "Gdańsk"]

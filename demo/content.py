"""Reading the demo content (YAML files) and its translations (PO files).

The data files are meant for editors and translators, so this module only reads them: it
does not check them (tests/test_demo_content.py does) and knows nothing of the database.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib
import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def read_yaml(path):
    with open(path, encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@dataclass
class DemoContent:
    """The English source content of the demo, as read from one content directory.

    `profiles` maps a city name to its in-depth profile (with the city's approaches), in
    the order of `cities`. `city_names` maps a city name to its established names in other
    languages ({"Naples": {"it": "Napoli", ...}}; city_names.yaml, optional).
    """

    policy_areas: list
    networks: list
    cities: list
    profiles: dict
    pages: dict
    site: dict
    city_names: dict = field(default_factory=dict)

    def names_in(self, language):
        """{English city name: its name in `language`} where the two differ."""
        return {
            name: names[language]
            for name, names in self.city_names.items()
            if names.get(language) and names[language] != name
        }

    @classmethod
    def from_directory(cls, directory=CONTENT_DIR):
        directory = Path(directory)
        profiles = {}
        for path in sorted((directory / "profiles").glob("*.yaml")):
            profile = read_yaml(path)
            profiles[profile["city"]] = profile
        cities = read_yaml(directory / "cities.yaml")
        order = {city["name"]: position for position, city in enumerate(cities)}
        return cls(
            policy_areas=read_yaml(directory / "policy_areas.yaml"),
            networks=read_yaml(directory / "networks.yaml"),
            cities=cities,
            profiles=dict(
                sorted(profiles.items(), key=lambda item: order.get(item[0], len(order)))
            ),
            pages=read_yaml(directory / "pages.yaml"),
            site=read_yaml(directory / "site.yaml") if (directory / "site.yaml").exists() else {},
            city_names=(
                read_yaml(directory / "city_names.yaml")
                if (directory / "city_names.yaml").exists()
                else {}
            ),
        )

    @property
    def approaches(self):
        """(city name, approach) for every approach of every profile."""
        return [
            (city, approach)
            for city, profile in self.profiles.items()
            for approach in profile.get("approaches", [])
        ]

    @property
    def images(self):
        """{image key: title} of the generated illustrations, over all profiles."""
        return {
            key: title
            for profile in self.profiles.values()
            for key, title in profile.get("images", {}).items()
        }


def po_files(directory=LOCALE_DIR):
    """{language code: path} of the PO files in `directory` (named <code>.po)."""
    return {path.stem: path for path in sorted(Path(directory).glob("*.po"))}


def read_translations(path):
    """{English segment: translation} from one PO file, as gettext would use it.

    Fuzzy, obsolete and untranslated entries are left out.
    """
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)).translated_entries()}

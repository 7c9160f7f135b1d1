"""manage.py import_cities FILE.csv [--dry-run] [--update]

Every row is checked before anything is written. If any row is invalid, nothing is
written, every bad row is reported with its line number and reason, and the command exits
with status 1. See opendata/importing.py for the file format.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opendata.checks import plan_import
from opendata.importing import ImportConflict, apply_import, index_imported


class Command(BaseCommand):
    help = (
        "Import cities from a CSV file with the columns "
        "name,country,lat,lng,population,networks,featured,why_listed. "
        "Missing coordinates are geocoded offline (GeoNames). All rows are validated "
        "first; if any is invalid, nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file (UTF-8); '-' reads standard input")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, but write nothing"
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="update cities that exist (same name and country) instead of refusing them; "
            "a blank cell keeps the current value",
        )

    def handle(self, *args, file, dry_run, update, **options):
        data = self.read(file)
        plan = plan_import(data, update=update)
        for row in plan.rows:
            if not row.errors and row.location_source == "geocoded":
                self.stdout.write(
                    f"Line {row.line}: {row.name}, {row.country} geocoded to "
                    f"{row.lat:.5f}, {row.lng:.5f}"
                )
            for note in [] if row.errors else row.notes:
                self.stdout.write(f"Line {row.line}: {row.name}, {row.country}: {note}")
        if not plan.is_valid:
            for line in plan.error_lines():
                self.stderr.write(line)
            bad = len(plan.bad_rows)
            raise CommandError(
                f"{bad} of {len(plan.rows)} rows are invalid; nothing was imported."
                if bad
                else "The file cannot be imported; nothing was imported."
            )
        summary = f"{plan.creates} cities to create, {plan.updates} to update"
        if dry_run:
            self.stdout.write(self.style.SUCCESS(f"Dry run: {summary}. Nothing was written."))
            return
        try:
            result = apply_import(plan)
        except ImportConflict as error:
            raise CommandError(f"{error} Nothing was imported.") from None
        index_imported(result.created + result.aliases, result.published)
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(plan.rows)} rows: {len(result.created)} cities created "
                f"(with {len(result.aliases)} aliases in other languages), "
                f"{len(result.updated)} updated."
            )
        )

    def read(self, file):
        if file == "-":
            import sys

            return sys.stdin.buffer.read()
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {file}")
        return path.read_bytes()

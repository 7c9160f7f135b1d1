"""Print the translation progress table: one row per language code."""

from django.core.management.base import BaseCommand
from django.utils import translation

from translation.progress import TRANSLATED, translation_progress

COLUMNS = [
    ("pages", "translated"),
    ("pages", "partly"),
    ("pages", "out_of_date"),
    ("pages", "not_translated"),
    ("pages", "total"),
    ("snippets", "translated"),
    ("snippets", "partly"),
    ("snippets", "out_of_date"),
    ("snippets", "not_translated"),
    ("snippets", "total"),
]


class Command(BaseCommand):
    help = (
        "Per language: how many pages and snippets are translated (and up to date), partly "
        "translated (some passages still in English), out of date (the English source "
        "changed since) and not started (readers see English)."
    )

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="Language codes (default: all).")
        parser.add_argument(
            "--pages",
            action="store_true",
            help="List every page and snippet that is not translated and up to date, with "
            "its status (e.g. 'partly translated, 9 missing').",
        )

    def handle(self, *args, languages=(), pages=False, **options):
        if pages:
            return self.list_items(languages)
        headers = ["language"] + [f"{kind}_{status}" for kind, status in COLUMNS]
        rows = [
            [progress.language_code]
            + [str(getattr(getattr(progress, kind), status)) for kind, status in COLUMNS]
            for progress in translation_progress(languages or None)
        ]
        widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
        for row in [headers, *rows]:
            self.stdout.write(
                "  ".join(
                    cell.ljust(width) if i == 0 else cell.rjust(width)
                    for i, (cell, width) in enumerate(zip(row, widths, strict=True))
                ).rstrip()
            )

    def list_items(self, languages):
        """One line per page or snippet needing work: language, status, type and title."""
        with translation.override("en"):
            for progress in translation_progress(languages or None, with_items=True):
                for item in progress.items:
                    if item.status != TRANSLATED:
                        self.stdout.write(
                            f"{progress.language_code}\t{item.status_label}\t"
                            f"{item.type_name}\t{item.title}"
                        )

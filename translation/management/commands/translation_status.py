"""Print the translation progress table: one row per language code."""

from django.core.management.base import BaseCommand

from translation.progress import translation_progress

COLUMNS = [
    ("pages", "translated"),
    ("pages", "out_of_date"),
    ("pages", "not_translated"),
    ("pages", "total"),
    ("snippets", "translated"),
    ("snippets", "out_of_date"),
    ("snippets", "not_translated"),
    ("snippets", "total"),
]


class Command(BaseCommand):
    help = (
        "Per language: how many pages and snippets are translated (and up to date), out of "
        "date (the English source changed since) and not yet translated."
    )

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="Language codes (default: all).")

    def handle(self, *args, languages=(), **options):
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

"""Make every language's page tree mirror the English one again. Safe to re-run."""

from django.core.management.base import BaseCommand

from core.privacy import synchronise_view_restrictions
from translation.synctree import synchronise_locale_trees


class Command(BaseCommand):
    help = (
        "Create the missing aliases of English pages in every other language, move "
        "translated pages back under the right parent and give every language version "
        "its English page's privacy. Prints what it did; idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="Language codes (default: all).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only report what would be changed."
        )

    def handle(self, *args, languages=(), dry_run=False, **options):
        reports = synchronise_locale_trees(dry_run=dry_run, language_codes=languages or None)
        self.report_privacy(synchronise_view_restrictions(dry_run=dry_run), dry_run)
        if not reports:
            self.stdout.write("No language follows another (see Settings → Locales).")
            return
        verb_created = "would create" if dry_run else "created"
        verb_moved = "would move" if dry_run else "moved"
        for report in reports:
            code = report.language_code
            if not report.changed:
                self.stdout.write(f"{code}: in sync")
            for page in report.created:
                self.stdout.write(f"{code}: {verb_created} alias of {page.url_path} ({page.title})")
            for page in report.moved:
                self.stdout.write(f"{code}: {verb_moved} {page.url_path} ({page.title})")
            for page in report.orphaned:
                self.stdout.write(
                    self.style.WARNING(
                        f"{code}: {page.url_path} ({page.title}) has no English page; "
                        "left in place (delete or convert it in the admin)"
                    )
                )
        created = sum(len(report.created) for report in reports)
        moved = sum(len(report.moved) for report in reports)
        prefix = "Dry run: " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{created} aliases {verb_created}, {moved} pages {verb_moved}."
            )
        )

    def report_privacy(self, pages, dry_run):
        """Every page whose view restrictions differed from its English page's."""
        verb = "would give" if dry_run else "gave"
        pages = list(pages)
        for page in pages:
            self.stdout.write(
                f"{page.locale.language_code}: {verb} {page.url_path} ({page.title}) "
                "the privacy of its English page"
            )
        prefix = "Dry run: " if dry_run else ""
        done = "to bring" if dry_run else "brought"
        self.stdout.write(f"{prefix}privacy: {len(pages)} pages {done} in step with English.")

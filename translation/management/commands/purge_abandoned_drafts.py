"""Delete pages that were started, never published and left alone (translation.drafts)."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from translation.drafts import purge_abandoned_drafts


class Command(BaseCommand):
    help = (
        "Delete the pages that were never published and not edited for DAYS days (typically "
        "'new page' forms abandoned after autosave made them drafts), with their language "
        "copies. Pages in moderation or scheduled, and any page a language of which was ever "
        "published, are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            required=True,
            metavar="DAYS",
            help="Delete drafts whose latest edit is older than this many days (at least 1).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only list what would be deleted."
        )

    def handle(self, *args, older_than, dry_run=False, **options):
        if older_than < 1:
            raise CommandError("--older-than must be at least 1 (days).")
        purged = purge_abandoned_drafts(timedelta(days=older_than), dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        for draft in purged:
            page = draft.page
            languages = ", ".join(copy.locale.language_code for copy in draft.copies)
            copies = f" and its copies in {languages}" if languages else ""
            edited = page.latest_revision_created_at.date().isoformat()
            self.stdout.write(
                f"{verb} “{page.title}” ({page.url_path}, last edited {edited}){copies}"
            )
        if not purged:
            self.stdout.write(f"No draft older than {older_than} days was left unpublished.")

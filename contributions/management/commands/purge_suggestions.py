"""Anonymise decided city suggestions: personal data is kept only while it is needed."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from contributions.models import CitySuggestion


class Command(BaseCommand):
    help = (
        "Blank the contact name, e-mail, message and notes of suggestions accepted or "
        "rejected more than DAYS days ago. Suggestions still waiting are never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")
        parser.add_argument("--dry-run", action="store_true", help="Only count them.")

    def handle(self, *args, older_than, dry_run, **options):
        if older_than < 0:
            raise CommandError("--older-than must be 0 or more days.")
        cutoff = timezone.now() - timedelta(days=older_than)
        suggestions = CitySuggestion.objects.decided_before(cutoff)
        if dry_run:
            self.stdout.write(f"{suggestions.count()} suggestion(s) would be anonymised.")
            return
        with transaction.atomic():
            count = 0
            for suggestion in suggestions.select_for_update():
                suggestion.anonymise()
                count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} suggestion(s) anonymised."))

"""Fill the site with demo content; safe to run again (existing pages are left as they are)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.content import CONTENT_DIR, LOCALE_DIR
from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create locales, the page tree and the demo content in seven languages (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--content-dir",
            default=CONTENT_DIR,
            help="Directory of the content's YAML files (default: the demo's own).",
        )
        parser.add_argument(
            "--locale-dir",
            default=LOCALE_DIR,
            help="Directory of the translations' PO files, <language code>.po (default: "
            "the demo's own).",
        )

    def handle(self, *args, **options):
        loader = DemoLoader(
            stdout=self.stdout,
            content_dir=options["content_dir"],
            locale_dir=options["locale_dir"],
        )
        report = loader.run()
        for language, text in report.missing[:20]:
            self.stderr.write(f"  no {language} translation for: {text[:80]}")
        self.ensure_demo_admin()

    def ensure_demo_admin(self):
        """Create the demo superuser where the settings provide one (never in production)."""
        account = getattr(settings, "DEMO_ADMIN", None)
        if not account:
            return
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=account["username"], defaults={"email": account["email"]}
        )
        if created:
            user.is_staff = user.is_superuser = True
            user.set_password(account["password"])
            user.save()
        self.stdout.write(
            f"Demo admin: http://127.0.0.1:8000/admin/ user '{account['username']}' "
            f"password '{account['password']}'."
        )

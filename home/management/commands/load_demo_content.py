"""Fill the site with demo content; safe to run again (it updates what it created)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.setup import ensure_site_structure


class Command(BaseCommand):
    help = "Create locales, the page tree and demo content (idempotent)."

    def handle(self, *args, **options):
        ensure_site_structure()
        self.stdout.write("Locales and home pages are in place.")
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

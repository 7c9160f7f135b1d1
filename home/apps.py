from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and editorial pages"

    def ready(self):
        from .setup import ensure_site_structure_after_migrate

        post_migrate.connect(ensure_site_structure_after_migrate, sender=self)

from django.apps import AppConfig
from django.db.models.signals import post_save


def record_translation_coverage(sender, instance, created=False, raw=False, **kwargs):
    """post_save of wagtail-localize's TranslationLog: it has just written a translation."""
    if created and not raw:
        from .coverage import record_coverage

        record_coverage(instance)


class CoreConfig(AppConfig):
    """What every content app shares: base page classes, blocks, language helpers."""

    name = "core"
    verbose_name = "Shared foundations"

    def ready(self):
        from django.apps import apps
        from django.db.backends.signals import connection_created
        from django.db.models.signals import m2m_changed, post_delete, post_migrate
        from wagtail.models import PageViewRestriction
        from wagtail.signals import copy_for_translation_done
        from wagtail_localize.models import TranslationLog

        from . import cache, privacy
        from .collation import register_sqlite_collations

        # The ICU collation names on SQLite too (core/collation.py).
        connection_created.connect(
            register_sqlite_collations, dispatch_uid="core.collation.sqlite"
        )
        # Every change readers could see makes a new content version (core/cache.py).
        cache.connect_signals()
        if apps.is_installed("wagtail.contrib.frontend_cache"):
            cache.connect_frontend_cache_purge()

        # What is really translated (core/coverage.py).
        post_save.connect(
            record_translation_coverage,
            sender=TranslationLog,
            dispatch_uid="core.record_translation_coverage",
        )
        # One privacy for every language (core/privacy.py).
        post_save.connect(
            privacy.restriction_saved,
            sender=PageViewRestriction,
            dispatch_uid="core.privacy.restriction_saved",
        )
        post_delete.connect(
            privacy.restriction_deleted,
            sender=PageViewRestriction,
            dispatch_uid="core.privacy.restriction_deleted",
        )
        m2m_changed.connect(
            privacy.restriction_groups_changed,
            sender=PageViewRestriction.groups.through,
            dispatch_uid="core.privacy.restriction_groups_changed",
        )
        copy_for_translation_done.connect(
            privacy.version_created, dispatch_uid="core.privacy.version_created"
        )
        post_migrate.connect(
            privacy.synchronise_after_migrate,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="core.privacy.synchronise_after_migrate",
        )

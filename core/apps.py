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
        from wagtail_localize.models import TranslationLog

        post_save.connect(
            record_translation_coverage,
            sender=TranslationLog,
            dispatch_uid="core.record_translation_coverage",
        )

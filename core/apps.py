from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every content app shares: base page classes, blocks, language helpers."""

    name = "core"
    verbose_name = "Shared foundations"

from pathlib import Path

from django.apps import AppConfig, apps
from django.conf import settings
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


def project_models():
    """Models of this project's own apps (not Wagtail's or other libraries')."""
    base = Path(settings.BASE_DIR).resolve()
    for app_config in apps.get_app_configs():
        location = Path(app_config.path).resolve()
        if base in location.parents and "site-packages" not in location.parts:
            yield from app_config.get_models()


def ensure_roles_after_migrate(sender, using="default", **kwargs):
    """post_migrate receiver: attach the roles' page permissions to the language homes,
    and the editorial workflow to the English one.

    Connected to home's post_migrate (this app has no models, so gets none of its own),
    after home's own receiver, which creates the home pages (home is ready first).
    """
    from home.setup import has_wagtail_tables

    from .roles import ensure_translation_roles
    from .workflow import ensure_editorial_workflow

    if has_wagtail_tables(using):
        ensure_translation_roles()
        ensure_editorial_workflow()


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation workflow")

    def ready(self):
        from wagtail.models import Page, TranslatableMixin
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import page_published, post_page_move

        from . import patches
        from .permissions import LocaleScopedPermissionPolicy
        from .streamfield import normalise_stream_fields, stream_fields
        from .synctree import alias_published_page, on_page_moved

        for model in project_models():
            # Translatable snippets: changed only in the user's languages. Registered here,
            # before any wagtail_hooks module registers the snippet viewsets.
            if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
                register_permission_policy(model, LocaleScopedPermissionPolicy(model))
            if stream_fields(model):
                pre_save.connect(
                    normalise_stream_fields,
                    sender=model,
                    dispatch_uid=f"translation.normalise_stream_fields.{model._meta.label}",
                )

        post_page_move.connect(on_page_moved, dispatch_uid="translation.on_page_moved")
        page_published.connect(
            alias_published_page, dispatch_uid="translation.alias_published_page"
        )
        post_migrate.connect(
            ensure_roles_after_migrate,
            sender=apps.get_app_config("home"),
            dispatch_uid="translation.ensure_roles_after_migrate",
        )
        patches.apply()

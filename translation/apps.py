from pathlib import Path

from django.apps import AppConfig, apps
from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext_lazy as _


def project_models():
    """Models of this project's own apps (not Wagtail's or other libraries')."""
    base = Path(settings.BASE_DIR).resolve()
    for app_config in apps.get_app_configs():
        location = Path(app_config.path).resolve()
        if base in location.parents and "site-packages" not in location.parts:
            yield from app_config.get_models()


def sync_trees_unless_loading_fixtures(sender, instance, raw=False, **kwargs):
    if not raw:
        instance.sync_trees()


class TranslationConfig(AppConfig):
    name = "translation"
    verbose_name = _("Translation workflow")

    def ready(self):
        from wagtail.models import Page, TranslatableMixin
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import post_page_move
        from wagtail_localize.views import edit_translation

        from .permissions import LocaleScopedPermissionPolicy, user_can_edit_translated_instance
        from .streamfield import normalise_stream_fields, stream_fields
        from .synctree import on_page_moved

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

        # wagtail-localize checks snippet permissions per model in its translation editor's
        # endpoints; check them per instance (that is, per language) instead.
        edit_translation.user_can_edit_instance = user_can_edit_translated_instance

        post_page_move.connect(on_page_moved, dispatch_uid="translation.on_page_moved")

        # wagtail-localize synchronises the trees whenever a LocaleSynchronization is saved,
        # also while fixtures are loaded (raw saves), when the locales it points to may not
        # be loaded yet: loading a dump, or restoring the database between browser tests,
        # then fails. Skip raw saves; everything else behaves as before.
        from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        post_save.connect(
            sync_trees_unless_loading_fixtures,
            sender=LocaleSynchronization,
            dispatch_uid="translation.sync_trees_unless_loading_fixtures",
        )

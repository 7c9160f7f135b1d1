"""Moderators may see and unlock locked-out logins (Settings → Locked-out logins)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_accessattempt", "delete_accessattempt"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("axes")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        moderators.permissions.add(
            *Permission.objects.filter(content_type__app_label="axes", codename__in=CODENAMES)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        moderators.permissions.remove(
            *Permission.objects.filter(content_type__app_label="axes", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("axes", "0010_accessattemptexpiration"),
        ("translation", "0001_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

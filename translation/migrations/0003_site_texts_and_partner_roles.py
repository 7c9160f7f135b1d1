"""Site-wide texts and partners: editors write the English ones, translators translate
them in their language (LocaleScopedPermissionPolicy confines them), moderators may also
delete."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATORS = "Translators: "
SNIPPETS = {"home": "sitetexts", "partners": "partner"}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for app_label, model in SNIPPETS.items():
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

        def permissions(*actions, app_label=app_label, model=model):
            codenames = [f"{action}_{model}" for action in actions]
            return Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )

        for group in Group.objects.filter(name="Editors"):
            group.permissions.add(*permissions("add", "change"))
        for group in Group.objects.filter(name="Moderators"):
            group.permissions.add(*permissions("add", "change", "delete"))
        for group in Group.objects.filter(name__startswith=TRANSLATORS):
            group.permissions.add(*permissions("change"))


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0002_editorial_review_workflow"),
        ("home", "0002_sitetexts"),
        ("partners", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

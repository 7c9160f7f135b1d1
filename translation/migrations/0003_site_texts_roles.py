"""Site-wide texts: editors write the English ones, translators translate them in their
language (LocaleScopedPermissionPolicy confines them), moderators may also delete."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATORS = "Translators: "
EDITORS = ["add_sitetexts", "change_sitetexts"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("home")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(*codenames):
        return Permission.objects.filter(content_type__app_label="home", codename__in=codenames)

    for group in Group.objects.filter(name="Editors"):
        group.permissions.add(*permissions(*EDITORS))
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(*permissions(*EDITORS, "delete_sitetexts"))
    for group in Group.objects.filter(name__startswith=TRANSLATORS):
        group.permissions.add(*permissions("change_sitetexts"))


class Migration(migrations.Migration):
    dependencies = [
        ("translation", "0002_editorial_review_workflow"),
        ("home", "0002_sitetexts"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

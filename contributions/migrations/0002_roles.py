"""Who reads suggestions: editors and moderators review them (moderators may delete).

Nobody gets "add": suggestions come only from the public form. Translators do not see
them: they hold contact details that translators have no need for.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Editors": ["view_citysuggestion", "change_citysuggestion"],
    "Moderators": ["view_citysuggestion", "change_citysuggestion", "delete_citysuggestion"],
}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("contributions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="contributions", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("contributions", "0001_initial"),
        ("translation", "0001_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

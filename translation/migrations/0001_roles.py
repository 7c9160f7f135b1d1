"""Roles for the translation workflow.

- one "Translators: <language>" group per translated language: admin access, submitting
  translations, changing (never adding or deleting) the translatable snippets, choosing
  images and documents; their page permissions (change and publish in their language's
  tree only) are attached by translation.roles.ensure_translation_roles() once the
  language home pages exist (after migrate);
- "Editors" (Wagtail's default group) write the English source: their permissions on the
  root page, which covered every language, are removed here and replaced by add/change on
  the English home page after migrate; no publishing;
- "Moderators" (Wagtail's default group) approve and publish everywhere, and may delete.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATOR_GROUPS = [
    "Translators: Deutsch",
    "Translators: Français",
    "Translators: Ελληνικά",
    "Translators: Italiano",
    "Translators: Polski",
    "Translators: Español",
]
SNIPPETS = ["policyarea", "countrycontext"]


def create_model_permissions(apps, app_label):
    """Model permissions are normally created after all migrations; we need them now."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def create_roles(apps, schema_editor):
    create_model_permissions(apps, "wagtailcore")
    create_model_permissions(apps, "citypages")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permissions(*names):
        found = []
        for name in names:
            app_label, codename = name.split(".")
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return found

    common = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
    snippet_change = [f"citypages.change_{model}" for model in SNIPPETS]
    snippet_add = [f"citypages.add_{model}" for model in SNIPPETS]
    snippet_delete = [f"citypages.delete_{model}" for model in SNIPPETS]
    root_collection = Collection.objects.filter(depth=1).first()
    root_page = Page.objects.filter(depth=1).first()

    for name in TRANSLATOR_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(*common, *snippet_change))
        if root_collection is not None:
            for permission in permissions("wagtailimages.choose_image", "wagtaildocs.choose_document"):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    editors, _created = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*permissions(*common, *snippet_add, *snippet_change))
    if root_page is not None:
        GroupPagePermission.objects.filter(group=editors, page=root_page).delete()

    moderators, _created = Group.objects.get_or_create(name="Moderators")
    moderators.permissions.add(
        *permissions(*common, *snippet_add, *snippet_change, *snippet_delete)
    )
    if root_page is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=[
                "add_page",
                "change_page",
                "publish_page",
                "bulk_delete_page",
                "lock_page",
                "unlock_page",
            ],
        ):
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=root_page, permission=permission
            )


def remove_translator_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=TRANSLATOR_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("citypages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_translator_groups)]

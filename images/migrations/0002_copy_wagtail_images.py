"""Copy the images of Wagtail's own model into CreditedImage, keeping their ids.

A site that existed before the custom image model keeps every image: same id (so the
StreamField blocks and foreign keys that store ids stay right), same file, same tags and
collection. Credit and licence start empty: editors add them before the next publish of
a page showing the image. Renditions are not copied; they are made again on first use.
The old rows stay in wagtailimages_image, untouched (nothing reads them any more).
"""

from django.core.management.color import no_style
from django.db import migrations

COPIED_FIELDS = (
    "id",
    "title",
    "file",
    "description",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "collection_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
)


def copy_images(apps, schema_editor):
    OldImage = apps.get_model("wagtailimages", "Image")
    NewImage = apps.get_model("images", "CreditedImage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    db = schema_editor.connection.alias

    old_images = OldImage.objects.using(db).exclude(
        id__in=NewImage.objects.using(db).values("id")
    )
    NewImage.objects.using(db).bulk_create(
        [
            NewImage(**{field: getattr(image, field) for field in COPIED_FIELDS})
            for image in old_images.iterator()
        ]
    )
    if not OldImage.objects.using(db).exists():
        return

    old_type = ContentType.objects.db_manager(db).get_for_model(OldImage)
    new_type = ContentType.objects.db_manager(db).get_for_model(NewImage)
    TaggedItem.objects.using(db).bulk_create(
        [
            TaggedItem(content_type=new_type, object_id=item.object_id, tag_id=item.tag_id)
            for item in TaggedItem.objects.using(db).filter(content_type=old_type)
        ]
    )
    # The admin's "used on" counts read the reference index: point it at the new model.
    ReferenceIndex.objects.using(db).filter(to_content_type=old_type).update(
        to_content_type=new_type
    )
    # Explicit ids leave PostgreSQL's sequence behind: the next upload would reuse id 1.
    statements = schema_editor.connection.ops.sequence_reset_sql(no_style(), [NewImage])
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_images, migrations.RunPython.noop)]

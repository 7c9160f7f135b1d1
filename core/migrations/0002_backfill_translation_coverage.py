"""Note the coverage of translations made before coverage was recorded.

Taken from the strings translated now: the best that can be known afterwards. Translations
made from here on are recorded exactly when wagtail-localize writes them.
"""

from django.db import migrations
from django.db.models import Max
from django.utils import timezone


def backfill(apps, schema_editor):
    Translation = apps.get_model("wagtail_localize", "Translation")
    TranslationLog = apps.get_model("wagtail_localize", "TranslationLog")
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")
    TranslationCoverage = apps.get_model("core", "TranslationCoverage")
    for translation in Translation.objects.filter(enabled=True).select_related("source"):
        logs = TranslationLog.objects.filter(
            source_id=translation.source_id, locale_id=translation.target_locale_id
        )
        last = logs.aggregate(last=Max("created_at"))["last"]
        if last is None:
            continue
        revision_id = logs.filter(created_at=last).values_list("revision_id", flat=True).first()
        done = set(
            StringTranslation.objects.filter(
                locale_id=translation.target_locale_id,
                context__object_id=translation.source.object_id,
                has_error=False,
            ).values_list("translation_of_id", "context_id")
        )
        parts = {}
        for path, string_id, context_id in StringSegment.objects.filter(
            source_id=translation.source_id
        ).values_list("context__path", "string_id", "context_id"):
            segments, missing = parts.get(path, (0, 0))
            parts[path] = [segments + 1, missing + ((string_id, context_id) not in done)]
        TranslationCoverage.objects.update_or_create(
            translation_key=translation.source.object_id,
            locale_id=translation.target_locale_id,
            defaults={
                "revision_id": revision_id,
                "segments": sum(n for n, _m in parts.values()),
                "missing": sum(m for _n, m in parts.values()),
                "parts": parts,
                "recorded_at": last or timezone.now(),
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]

"""wagtail-localize's background jobs, run through django-tasks like the rest of the site.

wagtail-localize synchronises a whole language tree when a locale is set to "sync from"
another (Settings → Locales), through its own small job interface (WAGTAILLOCALIZE_JOBS).
This backend hands that job to django-tasks, so in production `manage.py db_worker` does
it and the admin answers at once. Jobs whose arguments cannot be stored (a subtree
translation carries live objects) still run at once, as wagtail-localize's default does.
"""

from django_tasks import task
from wagtail_localize.tasks import BaseJobBackend

# Loaded by wagtail_localize.tasks while wagtail_localize.models is still being imported:
# what needs those models is imported inside the functions.


@task()
def synchronise_locale_tree(source_locale_id, target_locale_id, page_index=None):
    """Alias every page of the source locale's tree missing from the target's (idempotent)."""
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    source = Locale.objects.get(pk=source_locale_id)
    target = Locale.objects.get(pk=target_locale_id)
    synchronize_tree(source, target, page_index=page_index)


class DjangoTasksJobBackend(BaseJobBackend):
    def enqueue(self, func, args, kwargs):
        from wagtail_localize.synctree import synchronize_tree

        if func is synchronize_tree and not kwargs.get("page_index"):
            source, target = args
            synchronise_locale_tree.enqueue(source.pk, target.pk)
            return
        func(*args, **kwargs)

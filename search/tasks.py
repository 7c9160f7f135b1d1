"""Background re-indexing: pages whose documents carry the name of something that changed.

Renaming a network changes the documents of all its member cities (hundreds, in seven
languages); that runs as a django-tasks task. The default backend runs it at once (dev,
tests); a worker backend (README, "Background tasks") runs it outside the request.
"""

from django_tasks import task
from wagtail.models import Page

from .documents import index_pages

BATCH = 500


@task()
def reindex_pages(page_ids):
    """Re-index the pages with these ids (those deleted since are skipped)."""
    page_ids = sorted(set(page_ids))
    for start in range(0, len(page_ids), BATCH):
        index_pages(list(Page.objects.filter(pk__in=page_ids[start : start + BATCH]).specific()))

"""The search documents as a Wagtail search backend, so `update_index` rebuilds them.

Listed in WAGTAILSEARCH_BACKENDS as "pages" with AUTO_UPDATE off: Wagtail's per-save
hook would index a page before its inline relations (networks, policy areas) are saved,
and through a task queue that may run later. Publishing is indexed by search.signals
instead, at once and in the publishing transaction. This backend only writes; the site
search queries the documents itself (search.query), so `search()` is not offered.
"""

from django.db import transaction
from modelsearch.backends.base import BaseIndex, BaseSearchBackend
from wagtail.models import Page

from .documents import index_pages
from .models import SearchDocument


class DocumentIndex(BaseIndex):
    def add_items(self, model, items):
        if issubclass(model, Page):
            index_pages(items)

    def delete_item(self, item):
        if isinstance(item, Page):
            SearchDocument.objects.filter(page_id=item.pk).delete()

    def reset(self):
        SearchDocument.objects.all().delete()


class AtomicRebuilder:
    """Replace every document in one transaction: readers see the old index until the end."""

    def __init__(self, index):
        self.index = index
        self.transaction = transaction.atomic()

    def start(self):
        self.transaction.__enter__()
        self.index.reset()
        return self.index

    def finish(self):
        self.transaction.__exit__(None, None, None)


class SearchBackend(BaseSearchBackend):
    index_class = DocumentIndex
    rebuilder_class = AtomicRebuilder

    def search(self, *args, **kwargs):
        raise NotImplementedError("Query the site search through search.query.SiteSearch.")

    autocomplete = search

"""Keeping the search documents current: publish, move, renames and deletions.

- Publishing (an editor's, a translator's, an alias following its English page, a copy)
  indexes the page at once, inside the publishing transaction.
- A page whose name other documents carry (a city's in its approaches', a network's in
  its member cities', a policy area's in its approaches') re-indexes those documents in
  a background task (search.tasks) when the name changes or the thing is deleted.
- A move re-indexes the moved page and its subpages in a background task (an approach
  moved to another city now carries that city's name and country).
- Unpublishing and view restrictions need nothing: a search shows only pages that are
  live and public at the moment of searching.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, post_page_move

from citypages.models import ApproachPage, CityPage, NetworkPage, PolicyArea

from .documents import index_pages
from .models import SearchDocument
from .tasks import reindex_pages


def pages_naming(obj):
    """Ids of the pages whose documents carry the name of `obj` (in its language)."""
    if isinstance(obj, CityPage):
        pages = ApproachPage.objects.child_of(obj)
    elif isinstance(obj, NetworkPage):
        pages = CityPage.objects.filter(locale_id=obj.locale_id).in_network_key(
            obj.translation_key
        )
    elif isinstance(obj, PolicyArea):
        pages = ApproachPage.objects.filter(
            locale_id=obj.locale_id,
            policy_area_links__policy_area__translation_key=obj.translation_key,
        )
    else:
        return []
    return list(pages.order_by().values_list("pk", flat=True).distinct())


def reindex_later(page_ids):
    if page_ids:
        reindex_pages.enqueue(list(page_ids))


def on_page_published(sender, instance, **kwargs):
    instance = instance.specific_deferred
    before = SearchDocument.objects.filter(page_id=instance.pk).values("title", "country").first()
    index_pages([instance])
    after = SearchDocument.objects.filter(page_id=instance.pk).values("title", "country").first()
    if before != after:
        reindex_later(pages_naming(instance))


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if parent_page_before.pk != parent_page_after.pk:
        pages = Page.objects.descendant_of(instance, inclusive=True)
        reindex_later(pages.values_list("pk", flat=True))


def on_policy_area_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_later(pages_naming(instance))


def on_named_deleted(sender, instance, **kwargs):
    """Before a network or policy area goes: re-index its holders once it has gone."""
    page_ids = pages_naming(instance)
    if page_ids:
        transaction.on_commit(lambda: reindex_later(page_ids))


def connect():
    page_published.connect(on_page_published, dispatch_uid="search.on_page_published")
    post_page_move.connect(on_page_moved, dispatch_uid="search.on_page_moved")
    post_save.connect(
        on_policy_area_saved, sender=PolicyArea, dispatch_uid="search.on_policy_area_saved"
    )
    for model in (NetworkPage, PolicyArea):
        pre_delete.connect(
            on_named_deleted, sender=model, dispatch_uid=f"search.on_deleted.{model.__name__}"
        )

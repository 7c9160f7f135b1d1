"""Creating many pages at once, for imports and benchmarks.

Wagtail adds a page with one tree insert, a revision and several queries; a thousand
cities that way take minutes. Here the Page rows are bulk-created with paths computed
from the parent's last child, then the child table's rows written with one executemany.
This relies on treebeard's path encoding (`MP_Node._str2int` and `_int2str`, treebeard
5.3.1), checked by tests/test_patches.py. Search and reference indexes are not updated.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from wagtail.models import Page

from citypages.models import CityNetworkMembership, CityPage


def insert_child_rows(model, objects):
    """INSERT the child-table rows of multi-table-inherited pages whose Page rows exist.

    Django's bulk_create refuses multi-table inheritance; the Page part is bulk-created
    first, and this writes the model's own columns with one executemany.
    """
    fields = model._meta.local_concrete_fields
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [
        [f.get_db_prep_save(f.pre_save(obj, add=True), connection) for f in fields]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)


def bulk_add_children(parent, pages):
    """Create `pages` (unsaved pages of one type) as the last children of `parent`, in bulk."""
    if not pages:
        return pages
    model = type(pages[0])
    last = parent.get_last_child()
    number = 1 if last is None else Page._str2int(last.path[-Page.steplen :]) + 1
    content_type = ContentType.objects.get_for_model(model)
    for offset, page in enumerate(pages):
        page.depth = parent.depth + 1
        page.path = parent.path + Page._int2str(number + offset).rjust(Page.steplen, "0")
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.content_type = content_type
    base_pages = [
        Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        for page in pages
    ]
    Page.objects.bulk_create(base_pages)
    for page, base in zip(pages, base_pages, strict=True):
        page.pk = page.page_ptr_id = base.pk
        page.id = base.pk
    insert_child_rows(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db(fields=["numchild"])
    return pages


def refresh_statistics():
    """Let the query planner see the new rows at once, as autovacuum would after a while.

    Without this, PostgreSQL plans the first queries after a bulk load with empty-table
    statistics and can be a hundred times slower than on a settled database.
    """
    tables = [model._meta.db_table for model in (Page, CityPage, CityNetworkMembership)]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))
        elif connection.vendor == "sqlite":
            cursor.execute("ANALYZE")

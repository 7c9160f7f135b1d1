"""Creating many pages at once, for imports and benchmarks.

Wagtail adds a page with one tree insert, a revision and several queries; a thousand
cities that way take minutes (an import with aliases in six languages cost 0.8 s of CPU
per city). Here the Page rows are bulk-created with paths computed from the parent's last
child, then the child table's rows written with one executemany; revisions, audit-log
entries, network links and aliases follow in one INSERT each. This relies on treebeard's
path encoding (`MP_Node._str2int` and `_int2str`, treebeard 5.3.1), checked by
tests/test_patches.py. Search and reference indexes are not updated here: the caller
indexes the new pages once, after the transaction (`index_pages`).
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from modelsearch.backends import get_search_backends
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from citypages.models import CityNetworkMembership, CityPage
from core.cache import bump_content_version
from core.tree import create_alias


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
    bump_content_version()  # no save signals were sent: readers' caches must still miss
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


def bulk_add_aliases(index, cities, locales):
    """An alias of every new city under each of `locales`' version of `index`.

    The aliases copy their source's fields and network links, as wagtail-localize's tree
    synchronisation would, and point at the source (`alias_of`). Returns the aliases.
    """
    created = []
    memberships = list(
        CityNetworkMembership.objects.filter(city_id__in=[city.pk for city in cities]).order_by(
            "city_id", "sort_order"
        )
    )
    for locale in locales:
        target_index = index.get_translation_or_none(locale)
        if target_index is None:  # the index itself gets an alias first, like tree sync
            target_index = create_alias(index, locale)
        aliases = []
        for city in cities:
            alias = CityPage(
                **{
                    f.attname: getattr(city, f.attname)
                    for f in CityPage._meta.concrete_fields
                    if not f.primary_key and f.attname not in ("page_ptr_id", "id")
                }
            )
            alias.locale_id = target_index.locale_id
            alias.alias_of_id = city.pk
            alias.draft_title = city.title
            alias.has_unpublished_changes = not city.live
            alias.latest_revision_id = alias.live_revision_id = None
            aliases.append(alias)
        bulk_add_children(target_index, aliases)
        by_source = dict(zip((c.pk for c in cities), aliases, strict=True))
        CityNetworkMembership.objects.bulk_create(
            CityNetworkMembership(
                city_id=by_source[link.city_id].pk,
                network_id=link.network_id,
                sort_order=link.sort_order,
            )
            for link in memberships
        )
        created.extend(aliases)
    return created


def bulk_save_revisions(pages, user, publish):
    """A first revision for each new page (published when `publish`), with its log entries."""
    if not pages:
        return
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(type(pages[0]))
    base_content_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        Revision(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(page.pk),
            created_at=now,
            user=user,
            object_str=page.title,
            content=page.serializable_data(),
        )
        for page in pages
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.latest_revision_created_at = now
        page.live_revision = revision if publish else None
    # One UPDATE: each page takes the revision just made for it.
    revision_of_page = Subquery(
        Revision.objects.filter(
            base_content_type=base_content_type,
            object_id=Cast(OuterRef("pk"), CharField()),
            created_at=now,
        ).values("pk")[:1]
    )
    fields = {"latest_revision_id": revision_of_page, "latest_revision_created_at": now}
    if publish:
        fields["live_revision_id"] = revision_of_page
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(**fields)
    entries = []
    for page, revision in zip(pages, revisions, strict=True):
        actions = ["wagtail.create"] + (["wagtail.publish"] if publish else [])
        for action in actions:
            entries.append(
                PageLogEntry(
                    content_type=content_type,
                    page_id=page.pk,
                    label=page.title,
                    action=action,
                    timestamp=now,
                    user=user,
                    revision=revision if action == "wagtail.publish" else None,
                    content_changed=True,
                )
            )
    PageLogEntry.objects.bulk_create(entries)


def index_pages(pages):
    """Add new pages to the search backends and the reference index, once, after a bulk load."""
    if not pages:
        return
    model = type(pages[0])
    fresh = list(model.objects.filter(pk__in=[page.pk for page in pages]))
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, fresh)
    if ReferenceIndex.is_indexed(model):
        add_references(fresh)


def add_references(pages):
    """ReferenceIndex rows for new pages of one type, found by Wagtail's own extraction.

    `ReferenceIndex.create_or_update_for_object` costs several queries per page (8 ms
    each: a third of an import's time); here each child relation is read once for all
    pages and the rows are written in one INSERT. Only for pages without rows yet.
    """
    model = type(pages[0])
    by_pk = {page.pk: page for page in pages}
    for relation in get_all_child_relations(model):
        children = {}
        parent_field = relation.field.attname
        for child in relation.related_model.objects.filter(**{f"{parent_field}__in": by_pk}):
            children.setdefault(getattr(child, parent_field), []).append(child)
        for pk, page in by_pk.items():
            setattr(page, relation.get_accessor_name(), children.get(pk, []))
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ContentType.objects.get_for_model(model._meta.get_parent_list()[-1])
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=page.pk,
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for page in pages
            for to_content_type_id, to_object_id, model_path, content_path in set(
                ReferenceIndex._extract_references_from_object(page)
            )
        ],
        ignore_conflicts=connection.features.supports_ignore_conflicts,
        batch_size=1000,
    )


def purge_from_frontend_cache(pages):
    """Tell the CDN about changed listings, when frontend-cache purging is configured."""
    if not pages or not apps.is_installed("wagtail.contrib.frontend_cache"):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    purge_pages_from_cache(pages)

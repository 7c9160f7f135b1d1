"""The admin's city import as a background task, safe to run twice.

Stages, each recorded on the CityImport row so the editor's status page can follow:
checking (every row again, against the site as it is now) → writing (one transaction: all
cities or none, and, for an import submitted for review, their workflow states; the
reviewers get one e-mail once it has committed) → indexing (search and reference indexes,
once for all new pages) → done.

Safe on retry or when two workers pick it up: the write locks the import's row and
commits the pages together with the status "indexing", so a second run either finds the
import written and only finishes the indexing, or finds nothing written and starts over;
a status only ever moves forward (`advance`), so a late run never marks a written import
as failed.
"""

import logging

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task
from wagtail.users.models import UserProfile

from citypages.models import CityPage

from .checks import plan_import
from .importing import ImportConflict, apply_import, index_imported
from .models import CityImport
from .review import notify_reviewers

logger = logging.getLogger(__name__)
Status = CityImport.Status


@task()
def run_city_import(import_id):
    """Check, write and index the CityImport `import_id`; returns its final status."""
    job = CityImport.objects.filter(pk=import_id).first()
    if job is None or job.finished:
        return job.status if job else "missing"
    language = UserProfile.get_for_user(job.user).get_preferred_language() if job.user else None
    try:
        with translation.override(language or translation.get_language()):
            if job.status != Status.INDEXING:
                job = check_and_write(job)
            if job.status == Status.INDEXING:
                index_written(job)
    except Exception:
        logger.exception("City import %s failed", import_id)
        CityImport.objects.filter(pk=import_id).exclude(status=Status.DONE).update(
            status=Status.FAILED,
            messages=[],  # the status page explains an empty failure
            finished_at=timezone.now(),
        )
        raise
    return job.status


def record(job, **fields):
    """Save progress at once (outside any transaction), so the status page sees it."""
    CityImport.objects.filter(pk=job.pk).update(**fields)
    for name, value in fields.items():
        setattr(job, name, value)


def advance(job, expected, **fields):
    """Move the import on only from a status in `expected`: another run of the same import
    (a retry, a second worker) that got further first is never set back."""
    moved = CityImport.objects.filter(pk=job.pk, status__in=expected).update(**fields)
    if moved:
        for name, value in fields.items():
            setattr(job, name, value)
    else:
        job.refresh_from_db()
    return bool(moved)


def check_and_write(job):
    if not advance(job, [Status.QUEUED, Status.CHECKING, Status.WRITING],
                   status=Status.CHECKING, done=0, total=0):
        return job
    plan = plan_import(
        job.text,
        update=job.update_existing,
        progress=lambda done, total: record(job, done=done, total=total),
    )
    if not plan.is_valid:
        advance(job, [Status.CHECKING], status=Status.FAILED, messages=plan.error_lines(),
                finished_at=timezone.now())
        return job
    if not advance(job, [Status.CHECKING], status=Status.WRITING):
        return job
    try:
        with transaction.atomic():
            locked = CityImport.objects.select_for_update().get(pk=job.pk)
            if locked.status != Status.WRITING:  # another run wrote it meanwhile
                return locked
            locked.publish = job.publish and may_still_publish(job.user, plan.index)
            locked.review = job.review or (job.publish and not locked.publish)
            result = apply_import(plan, user=job.user, publish=locked.publish,
                                  review=locked.review)
            locked.status = Status.INDEXING
            locked.done, locked.total = 0, len(result.created) + len(result.aliases)
            locked.created_count = len(result.created)
            locked.updated_count = len(result.updated)
            locked.alias_count = len(result.aliases)
            locked.review_count = len(result.in_review)
            locked.page_ids = [page.pk for page in result.created + result.aliases]
            locked.messages = [
                f"{row.line} ({row.name}): {note}" for row in plan.rows for note in row.notes
            ]
            locked.save()
            titles = [page.title for page in result.in_review]
            transaction.on_commit(
                lambda: notify_reviewers(result.review_task, job.user, titles, job.filename),
                robust=True,  # the cities are written: a mail failure must not fail the import
            )
    except ImportConflict as error:
        advance(job, [Status.WRITING], status=Status.FAILED, messages=[str(error)],
                finished_at=timezone.now())
        return job
    return locked


def may_still_publish(user, index):
    """The right to publish, checked again as the task runs: it may have been withdrawn
    since the confirmation (a queued import can wait). Without it the cities go to review."""
    return (
        user is not None
        and user.is_active
        and index.permissions_for_user(user).can_publish_subpage()
    )


def index_written(job):
    """Index the written pages (again, harmlessly, if two runs get here) and finish."""
    pages = list(CityPage.objects.filter(pk__in=job.page_ids).order_by("path"))
    index_imported(pages, job.publish, progress=lambda done, total: record(job, done=done))
    advance(job, [Status.INDEXING], status=Status.DONE, finished_at=timezone.now())

"""Imported cities enter the "Editorial review" workflow in bulk, with one e-mail for them all.

An editor who may not publish imports drafts; without this they would sit unseen in the
tree. Wagtail's own way, `Workflow.start(page, user)` for each page, costs about a dozen
queries per page and sends each moderator one e-mail per page (its `task_submitted` and
`workflow_submitted` receivers in wagtail/admin/signal_handlers.py): 300 cities, 300
e-mails to every moderator. Muting those receivers for the duration of an import is not
clean: they are connected once for the whole process, so disconnecting them would also
silence the submissions of other editors served by the same process meanwhile, and the
queries would still grow with the rows.

So the rows Wagtail would write are written here in bulk (one INSERT each for the workflow
states, the task states and the "wagtail.workflow.start" log entries, one UPDATE linking
them), inside the import's transaction, and the moderators get one summary e-mail once
that transaction has committed (`notify_reviewers`). The signals are not sent: the site
has no receivers of them other than Wagtail's e-mails, which the summary replaces. The
states are Wagtail's own, so "Awaiting your review", the workflow report, approving and
rejecting work on them as on any submission (tests/test_import_review.py).

The bulk path covers Wagtail's group approval task, the task "Editorial review" uses
(translation/migrations/0002). A workflow that starts with another kind of task, whose
`start()` may do more than record a task state, is started page by page the Wagtail way
(with Wagtail's own e-mails, and no summary: such a task has no reviewers to tell).
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier, send_mail
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import (
    AbstractGroupApprovalTask,
    GroupApprovalTask,
    Page,
    PageLogEntry,
    Task,
    TaskState,
    WorkflowState,
)
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

NAMES_IN_EMAIL = 10


def review_workflow(index):
    """The active workflow that pages created under `index` go through, or None."""
    return index.get_workflow() if index is not None else None


def submit_for_review(pages, user, workflow):
    """Put `pages` (saved, each with its latest revision) into `workflow`, requested by `user`.

    A page already in review stays as it is (its new revision is what approval publishes);
    one sent back for changes is resubmitted, as "Resubmit" in the editor would. Returns
    the first task, whose reviewers are to be told, or None if the workflow has no task.
    """
    task = workflow.tasks.filter(active=True).first()
    if task is None or not pages:
        return None
    task = task.specific
    if type(task) is not GroupApprovalTask:
        for page in pages:
            if not WorkflowState.objects.active().for_instance(page).exists():
                workflow.start(page, user)
        return task
    page_type = ContentType.objects.get_for_model(type(pages[0]))
    base_type = ContentType.objects.get_for_model(Page)
    by_id = {str(page.pk): page for page in pages}
    active = WorkflowState.objects.active().filter(
        base_content_type=base_type, object_id__in=list(by_id)
    )
    resumed = [
        state
        for state in active.select_related("current_task_state")
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES
    ]
    busy = set(active.values_list("object_id", flat=True))
    started = WorkflowState.objects.bulk_create(
        WorkflowState(
            content_type=page_type,
            base_content_type=base_type,
            object_id=object_id,
            workflow=workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by=user,
        )
        for object_id in by_id
        if object_id not in busy
    )
    states = started + resumed
    if not states:
        return task
    previous = {state.pk: state.current_task_state for state in resumed}
    task_states = TaskState.objects.bulk_create(
        TaskState(
            workflow_state=state,
            revision_id=by_id[state.object_id].latest_revision_id,
            task_id=previous[state.pk].task_id if state.pk in previous else task.pk,
            status=TaskState.STATUS_IN_PROGRESS,
        )
        for state in states
    )
    for state, task_state in zip(states, task_states, strict=True):
        state.current_task_state = task_state
        state.status = WorkflowState.STATUS_IN_PROGRESS
    # One UPDATE: each state takes the task state just started for it, its only one in
    # progress (a resumed state's earlier one was rejected). Django's bulk_update spent
    # 0.8 s of CPU building a CASE for 300 rows.
    started_task_state = TaskState.objects.filter(
        workflow_state=OuterRef("pk"), status=TaskState.STATUS_IN_PROGRESS
    ).values("pk")[:1]
    WorkflowState.objects.filter(pk__in=[state.pk for state in states]).update(
        current_task_state=Subquery(started_task_state), status=WorkflowState.STATUS_IN_PROGRESS
    )
    unlock_for_reviewers([by_id[state.object_id].pk for state in states], task)
    task_names = dict(
        Task.objects.filter(pk__in={ts.task_id for ts in task_states}).values_list("pk", "name")
    )
    PageLogEntry.objects.bulk_create(
        log_entry(by_id[state.object_id], state, workflow, user, page_type, previous, task_names)
        for state in states
    )
    return task


def unlock_for_reviewers(page_ids, task):
    """Unlock pages locked by someone outside the task's groups, as the task's start() does."""
    in_groups = task.groups.filter(user=OuterRef("locked_by_id"))
    Page.objects.filter(pk__in=page_ids, locked=True).exclude(Exists(in_groups)).update(
        locked=False, locked_by=None, locked_at=None
    )


def log_entry(page, state, workflow, user, page_type, previous, task_names):
    """The history entry Wagtail writes when a workflow starts (or resumes) on a page."""
    task_state = state.current_task_state
    task = {"id": task_state.task_id, "title": task_names[task_state.task_id]}
    data = {"id": workflow.pk, "title": workflow.name, "status": state.status}
    if state.pk in previous:
        action = "wagtail.workflow.resume"
        data.update(task_state_id=previous[state.pk].pk, task=task)
    else:
        action = "wagtail.workflow.start"
        data.update(task_state_id=task_state.pk, next=task)
    return PageLogEntry(
        content_type=page_type,
        page_id=page.pk,
        label=page.get_admin_display_title(),
        action=action,
        data={"workflow": data},
        timestamp=timezone.now(),
        user=user,
        revision_id=page.latest_revision_id,
    )


def reviewers(task, submitter):
    """Who Wagtail would e-mail about a submission to `task`: its groups' members (and the
    superusers, per WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS) with an e-mail address who
    have not turned off "submitted" notifications; never the submitter."""
    if not isinstance(task, AbstractGroupApprovalTask):
        return set()  # another kind of task has no reviewers Wagtail knows to e-mail
    notifier = GroupApprovalTaskStateSubmissionEmailNotifier()
    return notifier.get_valid_recipients(TaskState(task=task), user=submitter)


def review_listing_url(submitter, awaiting=False):
    """Wagtail's workflow report, narrowed to what `submitter` has in review."""
    query = {"requested_by": submitter.pk, "status": WorkflowState.STATUS_IN_PROGRESS}
    if awaiting:
        query["reviewable"] = "true"
    return f"{reverse('wagtailadmin_reports:workflow')}?{urlencode(query)}"


def notify_reviewers(task, submitter, titles, filename):
    """One e-mail to each reviewer of `task` about all the cities `submitter` imported,
    in the reviewer's own admin language. Returns how many were sent."""
    if task is None or not titles:
        return 0
    name = (submitter.get_full_name() or submitter.get_username()) if submitter else "?"
    link = get_admin_base_url() + review_listing_url(submitter, awaiting=True)
    shown = ", ".join(titles[:NAMES_IN_EMAIL]) + (" …" if len(titles) > NAMES_IN_EMAIL else "")
    sent = 0
    for recipient in reviewers(task, submitter):
        language = UserProfile.get_for_user(recipient).get_preferred_language()
        with translation.override(language):
            count = {"name": name, "count": len(titles), "file": filename}
            subject = ngettext(
                "%(name)s imported %(count)d city for review",
                "%(name)s imported %(count)d cities for review",
                len(titles),
            ) % count
            body = "\n\n".join(
                [
                    ngettext(
                        "%(name)s imported %(count)d city from “%(file)s” and submitted "
                        "it for review:",
                        "%(name)s imported %(count)d cities from “%(file)s” and submitted "
                        "them for review:",
                        len(titles),
                    ) % count,
                    shown,
                    _("Review them here: %(link)s") % {"link": link},
                ]
            )
        try:
            send_mail(subject, body, [recipient.email])
            sent += 1
        except Exception:  # one unreachable mailbox must not hide the import from the others
            logger.exception("Failed to send the import notification to %s", recipient.email)
    return sent

"""An editor's city import enters "Editorial review": every city submitted in one go, the
moderators told once, approval publishes; nothing of it survives a failed import; nobody
publishes through the import without the right to publish."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry, TaskState, WorkflowState
from wagtail.signals import task_submitted

from citypages.models import CityPage
from opendata.checks import plan_import
from opendata.importing import apply_import
from opendata.models import CityImport
from opendata.review import notify_reviewers, review_workflow, submit_for_review
from opendata.tasks import run_city_import
from translation.testing import make_editor, make_moderator

pytestmark = pytest.mark.django_db

URL = "/admin/import-cities/"
HEADER = "name,country,lat,lng,population,networks,featured,why_listed\n"


def rows(count, name="Reviewtown", east=10.0):
    """`count` made-up towns in Bavaria, 11 km apart: far from every city of the test site."""
    return HEADER + "".join(
        f"{name} {n},DE,{47.6 + 0.1 * (n % 10):.2f},{east + 0.15 * (n // 10):.2f},,,,\n"
        for n in range(count)
    )


@pytest.fixture
def team(site_tree):
    return {
        "editor": make_editor(),
        "moderator": make_moderator(),
        "second_moderator": make_moderator("moderator-2"),
    }


def preview(client, text, update=False):
    data = {"file": SimpleUploadedFile("towns.csv", text.encode(), content_type="text/csv")}
    if update:
        data["update"] = "on"
    response = client.post(URL, data)
    assert response.context["payload"], response.context["plan"].error_lines()
    return response


def confirm(client, capture, response, **extra):
    """Confirm a preview; the reviewers' e-mail goes out when the import's transaction
    commits, which the test's own transaction stands in for here."""
    with capture(execute=True):
        return client.post(URL, {"payload": response.context["payload"], **extra})


def english_towns(name):
    return list(CityPage.objects.filter(title__startswith=name, locale__language_code="en"))


def states_of(pages):
    return WorkflowState.objects.filter(object_id__in=[str(page.pk) for page in pages])


def test_an_editors_import_enters_review_and_the_moderators_get_one_email(
    client, team, django_capture_on_commit_callbacks
):
    editor, moderator = team["editor"], team["moderator"]
    client.force_login(editor)
    shown = preview(client, rows(3))
    assert "submitted for review (“Editorial review”)" in shown.text
    assert 'name="after"' not in shown.text, "an editor is not offered to publish"

    done = confirm(client, django_capture_on_commit_callbacks, shown)
    job = CityImport.objects.get()
    assert (job.status, job.publish, job.review_count) == (CityImport.Status.DONE, False, 3)
    towns = english_towns("Reviewtown")
    assert len(towns) == 3 and not any(town.live for town in towns)
    states = list(states_of(towns).select_related("current_task_state", "workflow"))
    assert len(states) == 3
    for state in states:
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.requested_by == editor and state.workflow.name == "Editorial review"
        town = next(t for t in towns if str(t.pk) == state.object_id)
        assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
        assert state.current_task_state.revision_id == town.latest_revision_id
        assert town.workflow_in_progress
    assert set(PageLogEntry.objects.filter(page__in=towns, action="wagtail.workflow.start")
               .values_list("page_id", "user_id")) == {(town.pk, editor.pk) for town in towns}

    # One e-mail for the whole import, to each moderator (the editor is not told of their own).
    assert sorted(message.to[0] for message in mail.outbox) == [
        "moderator-2@example.org", "moderator@example.org"]
    notice = next(message for message in mail.outbox if message.to == [moderator.email])
    assert notice.subject == "editor imported 3 cities for review"
    assert "Reviewtown 0, Reviewtown 1, Reviewtown 2" in notice.body
    assert "http://localhost/admin/reports/workflow/?" in notice.body
    assert "reviewable=true" in notice.body

    status = client.get(done["Location"]).text
    assert "3 cities entered review" in status
    report = reverse("wagtailadmin_reports:workflow")
    assert f'href="{report}?requested_by={editor.pk}&amp;status=in_progress"' in status
    listed = client.get(f"{report}?requested_by={editor.pk}&status=in_progress").text
    assert all(town.title in listed for town in towns), "the editor follows them in the report"

    client.force_login(moderator)
    awaiting = client.get(reverse("wagtailadmin_home")).text
    assert "Awaiting your review" in awaiting
    assert all(town.title in awaiting for town in towns)

    mail.outbox.clear()
    town = towns[0]
    approve = reverse("wagtailadmin_pages:workflow_action",
                      args=[town.pk, "approve", town.current_workflow_task_state.pk])
    assert client.post(approve, {"comment": "Checked."}).status_code in (200, 302)
    town.refresh_from_db()
    assert town.live and not town.workflow_in_progress
    german = town.get_translation(Locale.objects.get(language_code="de"))
    assert german.live, "the language aliases follow the approved page"
    assert [message.to for message in mail.outbox] == [[editor.email]], "Wagtail's own notice"


def test_updated_cities_enter_review_and_approval_publishes_the_change(
    client, team, site_tree, django_capture_on_commit_callbacks
):
    berlin = site_tree["berlin"]
    client.force_login(team["editor"])
    confirm(client, django_capture_on_commit_callbacks,
            preview(client, HEADER + "Berlin,DE,,,3900000,,,\n", update=True))
    berlin.refresh_from_db()
    assert berlin.live and berlin.population != 3_900_000, "the live page is unchanged"
    state = states_of([berlin]).get()
    assert state.requested_by == team["editor"]
    assert state.current_task_state.revision_id == berlin.latest_revision_id

    client.force_login(team["moderator"])
    client.post(reverse("wagtailadmin_pages:workflow_action",
                        args=[berlin.pk, "approve", state.current_task_state.pk]))
    berlin.refresh_from_db()
    assert berlin.population == 3_900_000


def test_a_city_sent_back_for_changes_is_resubmitted_by_the_next_import(team, site_tree):
    berlin, editor = site_tree["berlin"], team["editor"]
    workflow = review_workflow(site_tree["city_index"])
    berlin.save_revision(user=editor)
    workflow.start(berlin, editor)
    rejected = berlin.current_workflow_task_state
    rejected.reject(user=team["moderator"])
    assert states_of([berlin]).get().status == WorkflowState.STATUS_NEEDS_CHANGES

    plan = plan_import(HEADER + "Berlin,DE,,,3900000,,,\n", update=True)
    apply_import(plan, user=editor, publish=False, review=True)
    state = states_of([berlin]).get()  # still one state: resumed, not a second one
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert state.current_task_state.pk != rejected.pk
    assert PageLogEntry.objects.filter(page=berlin, action="wagtail.workflow.resume").exists()


def test_a_failed_import_leaves_no_workflow_state_and_tells_nobody(
    client, team, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(team["editor"])
    shown = preview(client, rows(3))
    def counts():
        return Page.objects.count(), WorkflowState.objects.count(), TaskState.objects.count()

    before = counts()

    def crash(*args, **kwargs):  # after the states and task states are written
        raise RuntimeError("worker killed while submitting")

    monkeypatch.setattr("opendata.review.unlock_for_reviewers", crash)
    client.raise_request_exception = False
    confirm(client, django_capture_on_commit_callbacks, shown)
    assert counts() == before, "all or nothing, workflow included"
    assert CityImport.objects.get().status == CityImport.Status.FAILED
    assert mail.outbox == []


def test_an_editor_cannot_publish_through_the_import(
    client, team, django_capture_on_commit_callbacks
):
    client.force_login(team["editor"])
    shown = preview(client, rows(2))
    before = Page.objects.count()
    forged = confirm(client, django_capture_on_commit_callbacks, shown, after="publish")
    assert forged.status_code == 302 and forged["Location"] == reverse("wagtailadmin_home")
    assert Page.objects.count() == before and not CityImport.objects.exists()
    assert mail.outbox == []

    nonsense = client.post(URL, {"payload": shown.context["payload"], "after": "live"},
                           follow=True)
    assert "Choose whether to publish the cities or submit them" in nonsense.text
    assert Page.objects.count() == before and not CityImport.objects.exists()

    confirm(client, django_capture_on_commit_callbacks, shown, after="review")
    towns = CityPage.objects.filter(title__startswith="Reviewtown")
    assert towns.count() == 14 and not towns.filter(live=True).exists()


def test_a_moderator_chooses_between_publishing_and_review(
    client, team, django_capture_on_commit_callbacks
):
    moderator = team["moderator"]
    client.force_login(moderator)
    shown = preview(client, rows(2))
    assert 'name="after" value="publish"' in shown.text and 'value="review"' in shown.text
    confirm(client, django_capture_on_commit_callbacks, shown, after="review")
    towns = english_towns("Reviewtown")
    assert not any(town.live for town in towns)
    assert {state.requested_by for state in states_of(towns)} == {moderator}
    assert [message.to for message in mail.outbox] == [["moderator-2@example.org"]], (
        "the other moderators are told; not the one who imported")

    mail.outbox.clear()
    shown = preview(client, rows(4, name="Publishtown", east=12.0))
    confirm(client, django_capture_on_commit_callbacks, shown)  # the default: publish
    published = english_towns("Publishtown")
    assert len(published) == 4 and all(town.live for town in published)
    assert not states_of(published).exists() and mail.outbox == []


@pytest.mark.parametrize("count", [10, 40])
def test_submitting_costs_the_same_queries_for_10_or_40_cities(count, team, site_tree):
    plan = plan_import(rows(count))
    towns = apply_import(plan, user=team["editor"], publish=False).created
    workflow = review_workflow(site_tree["city_index"])
    with CaptureQueriesContext(connection) as queries:
        submit_for_review(towns, team["editor"], workflow)
    assert states_of(towns).filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == count
    assert len(queries) == 10, [q["sql"][:120] for q in queries]


def test_a_workflow_of_another_kind_of_task_is_started_the_wagtail_way(team, site_tree):
    """Only the group approval task is started in bulk; another task's start() may do more."""
    from wagtail.models import Task, Workflow, WorkflowPage, WorkflowTask

    workflow = Workflow.objects.create(name="Legal check")
    WorkflowTask.objects.create(workflow=workflow, task=Task.objects.create(name="Lawyer"))
    WorkflowPage.objects.create(page=site_tree["city_index"], workflow=workflow)
    started = []

    def receiver(sender, instance, user, **kwargs):
        started.append((instance.workflow_state.object_id, user))

    task_submitted.connect(receiver, weak=False)
    try:
        result = apply_import(plan_import(rows(2)), user=team["editor"], publish=False,
                              review=True)
    finally:
        task_submitted.disconnect(receiver)
    states = states_of(result.created)
    assert states.count() == 2 and {state.workflow for state in states} == {workflow}
    assert {state.current_task_state.task.name for state in states} == {"Lawyer"}
    assert sorted(started) == sorted((str(page.pk), team["editor"]) for page in result.created)
    assert notify_reviewers(result.review_task, team["editor"], ["A", "B"], "x.csv") == 0
    assert mail.outbox == [], "a plain task has no group to tell"


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_a_queued_import_publishes_only_if_its_author_still_may(
    client, team, django_capture_on_commit_callbacks
):
    moderator = team["moderator"]
    client.force_login(moderator)
    confirm(client, django_capture_on_commit_callbacks, preview(client, rows(2)),
            after="publish")
    job = CityImport.objects.get()
    assert job.status == CityImport.Status.QUEUED and job.publish
    moderator.groups.clear()  # the right to publish is withdrawn while the import waits
    moderator.groups.add(*team["editor"].groups.all())
    with django_capture_on_commit_callbacks(execute=True):
        run_city_import.call(job.pk)
    job.refresh_from_db()
    assert (job.status, job.publish, job.review_count) == (CityImport.Status.DONE, False, 2)
    towns = english_towns("Reviewtown")
    assert not any(town.live for town in towns) and states_of(towns).count() == 2

"""E-mail works end to end: SMTP settings come from the environment, a password reset
mail arrives and its link sets a new password, moderators hear of submissions and
editors of approvals (Django's locmem backend stands in for the SMTP server)."""

import re
import runpy

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.urls import reverse

from translation.testing import PASSWORD, make_editor, make_moderator

pytestmark = pytest.mark.django_db


def base_settings(monkeypatch, **environment):
    for name in ("EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "ADMINS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(django_settings.BASE_DIR / "movingcities" / "settings" / "base.py"))


def test_smtp_settings_come_from_the_environment(monkeypatch):
    namespace = base_settings(
        monkeypatch,
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="465",
        EMAIL_HOST_USER="mailer",
        EMAIL_HOST_PASSWORD="secret",
        DEFAULT_FROM_EMAIL="Moving Cities <team@movingcities.example>",
        SERVER_EMAIL="errors@movingcities.example",
        ADMINS="Ana Admin <ana@example.org>, ops@example.org",
    )
    assert namespace["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (namespace["EMAIL_HOST"], namespace["EMAIL_PORT"]) == ("smtp.example.org", 465)
    assert (namespace["EMAIL_HOST_USER"], namespace["EMAIL_HOST_PASSWORD"]) == ("mailer", "secret")
    assert namespace["EMAIL_USE_SSL"] and not namespace["EMAIL_USE_TLS"]  # port 465: SSL
    assert namespace["DEFAULT_FROM_EMAIL"] == "Moving Cities <team@movingcities.example>"
    assert namespace["WAGTAILADMIN_NOTIFICATION_FROM_EMAIL"] == namespace["DEFAULT_FROM_EMAIL"]
    assert namespace["SERVER_EMAIL"] == "errors@movingcities.example"
    assert namespace["ADMINS"] == [
        ("Ana Admin", "ana@example.org"),
        ("ops@example.org", "ops@example.org"),
    ]
    default = base_settings(monkeypatch, EMAIL_HOST="smtp.example.org")
    assert default["EMAIL_PORT"] == 587 and default["EMAIL_USE_TLS"]  # STARTTLS by default


def test_development_prints_mail_to_the_console():
    namespace = runpy.run_module("movingcities.settings.dev")
    assert namespace["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_a_password_reset_mail_arrives_and_its_link_sets_a_new_password(client, settings):
    settings.DEFAULT_FROM_EMAIL = "Moving Cities <team@movingcities.example>"
    editor = make_editor()
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": editor.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editor.email]
    assert message.from_email == "Moving Cities <team@movingcities.example>"
    link = re.search(r"http://localhost(/admin/password_reset/confirm/\S+/)", message.body)
    assert link, message.body  # an absolute link to the public address (WAGTAILADMIN_BASE_URL)

    form = client.get(link.group(1), follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    new_password = "a-new-longer-passphrase-42"
    done = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert done.status_code == 302
    assert client.login(username=editor.username, password=new_password)
    assert not client.login(username=editor.username, password=PASSWORD)


def test_moderators_hear_of_a_submission_and_the_editor_of_the_approval(site_tree):
    editor = make_editor()
    moderator = make_moderator()
    page = site_tree["berlin"]
    page.save_revision(user=editor)
    workflow_state = page.get_workflow().start(page, editor)
    subjects = {tuple(message.to): message.subject for message in mail.outbox}
    assert (moderator.email,) in subjects, mail.outbox
    assert "Berlin" in subjects[(moderator.email,)]

    mail.outbox.clear()
    workflow_state.current_task_state.task.specific.on_action(
        workflow_state.current_task_state, moderator, "approve"
    )
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "approved" in mail.outbox[0].subject.lower()

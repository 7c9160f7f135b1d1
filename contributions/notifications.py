"""E-mail to the editorial team when a suggestion arrives."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from translation.roles import EDITORS, MODERATORS

logger = logging.getLogger(__name__)

SUGGESTION_EDIT_URL = "wagtailsnippets_contributions_citysuggestion:edit"


def team_addresses():
    """Active editors' and moderators' e-mail addresses, plus SUGGESTIONS_NOTIFY_EMAILS."""
    users = get_user_model().objects.filter(
        is_active=True, groups__name__in=[EDITORS, MODERATORS]
    ).exclude(email="")
    addresses = set(users.values_list("email", flat=True))
    addresses.update(getattr(settings, "SUGGESTIONS_NOTIFY_EMAILS", []))
    return sorted(addresses)


def notify_team(suggestion):
    """Tell the team; a mail server that is down costs a log line, never the suggestion."""
    recipients = team_addresses()
    if not recipients:
        logger.warning("City suggestion %s: no editor has an e-mail address", suggestion.pk)
        return
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    admin_url = base + reverse(SUGGESTION_EDIT_URL, args=[suggestion.pk])
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(
            "contributions/email/new_suggestion_subject.txt", {"suggestion": suggestion}
        ).strip()
        body = render_to_string(
            "contributions/email/new_suggestion.txt",
            {"suggestion": suggestion, "admin_url": admin_url},
        )
    try:
        send_mail(subject, body, None, recipients)
    except OSError:
        logger.exception("Could not send the notice of city suggestion %s", suggestion.pk)

"""The public "Add your city" form, with its two bot traps.

A honeypot field that people never see (bots fill every field) and a time trap: the form
carries a signed time stamp, and a submission faster than a person can type is refused.
Both are cheap and need no outside service (no CAPTCHA loading from a third party).
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import CitySuggestion

TIMESTAMP_SALT = "contributions.suggestion-form"
HONEYPOT_FIELD = "homepage"


def min_seconds():
    return getattr(settings, "SUGGESTION_MIN_SECONDS", 3)


def max_seconds():
    return getattr(settings, "SUGGESTION_MAX_SECONDS", 24 * 3600)


def sign_timestamp(moment=None):
    return signing.dumps(int(moment if moment is not None else time.time()), salt=TIMESTAMP_SALT)


class BotDetected(Exception):
    """A submission that a person did not make; it is dropped without a word."""


class CitySuggestionForm(forms.ModelForm):
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = CitySuggestion
        fields = [
            "kind",
            "city_name",
            "country",
            "organisation",
            "contact_name",
            "email",
            "networks",
            "statement_url",
            "message",
            "consent",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].required = True
        self.fields["consent"].label = _("I agree that Moving Cities stores these details.")
        self.fields["consent"].error_messages["required"] = _(
            "Please agree, so that we may store your suggestion."
        )
        if not self.is_bound:
            self.initial["started"] = sign_timestamp()

    def is_bot(self):
        """True when the honeypot is filled: the submission is dropped silently."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean_started(self):
        """Refuse a form sent faster than a person could fill it, or a stale/forged one."""
        try:
            started = signing.loads(
                self.cleaned_data["started"], salt=TIMESTAMP_SALT, max_age=max_seconds()
            )
        except signing.SignatureExpired as error:
            raise forms.ValidationError(
                _("This form was opened too long ago. Please check your input and send again.")
            ) from error
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("This form could not be checked. Please send it again.")
            ) from error
        if time.time() - started < min_seconds():
            raise forms.ValidationError(
                _("That was faster than a person can type. Please check and send again.")
            )
        return started

    def fresh_timestamp(self):
        """After an error the form is shown again with a new time stamp."""
        data = self.data.copy()
        data["started"] = sign_timestamp()
        self.data = data

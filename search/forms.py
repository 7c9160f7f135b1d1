"""The search form: the query and the facet filters, all from the address (GET).

Bad input answers 400 with the message beside the field: a query over 200 characters or
with a NUL character, or a type, country or policy area that does not exist. Anything
else a reader may type (quotes, operators, SQL, emoji) is a valid query.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from citypages.models import PolicyArea

from .facets import DIMENSIONS, KIND_LABELS

MAX_QUERY_LENGTH = 200


class UpperCaseChoiceField(forms.ChoiceField):
    def to_python(self, value):
        return super().to_python(value).upper()


class QueryForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Please shorten your search to at most %(limit_value)d characters.")
        },
    )


class SearchForm(QueryForm):
    type = forms.ChoiceField(label=_("Type"), required=False)
    country = UpperCaseChoiceField(label=_("Country"), required=False)
    policy_area = forms.ChoiceField(label=_("Policy area"), required=False)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["type"].choices = [("", "")] + list(KIND_LABELS.items())
        self.fields["country"].choices = [("", "")] + list(countries)
        slugs = PolicyArea.objects.order_by().values_list("slug", flat=True).distinct()
        self.fields["policy_area"].choices = [("", "")] + [(slug, slug) for slug in slugs]

    def filters(self):
        """{"type": …, "country": …, "policy_area": …} with the chosen values only."""
        return {name: self.cleaned_data[name] for name in DIMENSIONS if self.cleaned_data[name]}

    def query_string(self, **changes):
        """The current query and filters with `changes` (None removes one), never a page."""
        values = {"q": self.cleaned_data["q"], **self.filters(), **changes}
        return urlencode([(name, value) for name, value in values.items() if value])

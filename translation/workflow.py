"""The "Editorial review" workflow: editors submit English pages, moderators approve.

Wagtail's default "Moderators approval" workflow sits on the root page and so covered
every language. It is replaced by "Editorial review" on the English home page only:
translations get no workflow, on purpose. Translators are trusted per language (their
role confines them to it) and publish their own language; routing their work to the
moderators, who do not read Greek or Polish, would add a wait without a review. The
English source, which every language follows, is what moderators check.

The migration creates the workflow; the English home page exists only once `migrate`
has set the site up (home/setup.py), so `ensure_editorial_workflow()` attaches it then.
"""

from django.conf import settings
from wagtail.models import Locale, Workflow, WorkflowPage

from .roles import language_home_page

WORKFLOW_NAME = "Editorial review"


def ensure_editorial_workflow():
    """Attach "Editorial review" to the English home page if it has no workflow. Idempotent."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if workflow is None or source is None:
        return
    home = language_home_page(source)
    if home is not None and not WorkflowPage.objects.filter(page=home).exists():
        WorkflowPage.objects.create(page=home, workflow=workflow)

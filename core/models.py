"""Abstract page classes that several content apps build on."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from .languages import PAGE_SYNCHRONISED_FIELDS


class SectionIndexPage(Page):
    """A section of the site under the home page (cities, networks, news...): one per
    language tree, a title and a short introduction above its listing."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True

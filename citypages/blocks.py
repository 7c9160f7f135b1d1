"""StreamField blocks of city profiles and approaches: timelines, actors, sources, contacts."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BaseStreamBlock

ACTOR_KINDS = [
    ("municipality", _("Municipality")),
    ("civil_society", _("Civil-society organisation")),
    ("self_organisation", _("Self-organisation of migrants")),
    ("network", _("Network")),
    ("research", _("Research")),
    ("other", _("Other")),
]


class TakeawayBlock(blocks.CharBlock):
    """One key takeaway of a city profile: a sentence in the box above the body."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 300)
        super().__init__(**kwargs)

    class Meta:
        icon = "tick"
        label = _("Takeaway")
        description = _("One point a hurried reader should remember, in a sentence.")
        preview_value = "Every resident may use the city's services, whatever their papers."


class TimelineEventBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(label=_("Year"), min_value=1900, max_value=2100)
    event = blocks.CharBlock(label=_("What happened"), max_length=300, help_text=_("One sentence."))


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("Events"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Timeline")
        template = "blocks/timeline.html"
        description = _("Dated milestones, oldest first.")
        preview_value = {
            "heading": "Milestones",
            "events": [
                {"year": 2015, "event": "The city council declares itself a city of refuge."},
                {"year": 2016, "event": "A municipal office for newcomers opens."},
            ],
        }


class ActorValue(blocks.StructValue):
    def kind_label(self):
        return dict(ACTOR_KINDS).get(self.get("kind"), "")


class ActorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=160)
    kind = blocks.ChoiceBlock(
        choices=ACTOR_KINDS,
        label=_("Kind"),
        default="civil_society",
        help_text=_("Shown under the name, so readers see who acts: the city or its citizens."),
    )
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        value_class = ActorValue


class ActorsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    actors = blocks.ListBlock(ActorBlock(), label=_("Actors"), min_num=1)

    class Meta:
        icon = "group"
        label = _("Actors")
        template = "blocks/actors.html"
        description = _("Who makes the policy happen: offices, organisations, networks.")
        preview_value = {
            "heading": "Who is involved",
            "actors": [
                {"name": "Office for Migration", "kind": "municipality", "url": ""},
                {"name": "Welcome initiative", "kind": "civil_society", "url": ""},
            ],
        }


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    publisher = blocks.CharBlock(label=_("Publisher"), required=False, max_length=160)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)
    url = blocks.URLBlock(
        label=_("Link"),
        required=False,
        help_text=_("Where readers can check the source; leave empty for an interview."),
    )


class SourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(SourceBlock(), label=_("Sources"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Sources")
        template = "blocks/sources.html"
        description = _("The documents, articles and interviews this text relies on.")
        preview_value = {
            "heading": "Sources",
            "items": [
                {
                    "title": "City council resolution",
                    "publisher": "City council",
                    "year": 2019,
                    "url": "",
                }
            ],
        }


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name or office"), max_length=160)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=160)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=160)
    email = blocks.EmailBlock(
        label=_("E-mail"),
        required=False,
        help_text=_("Only an address the office publishes itself, never a personal one."),
    )
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "mail"
        label = _("Contact box")
        template = "blocks/contact.html"
        description = _("Who readers can contact about this approach.")
        preview_value = {
            "name": "Office for Migration",
            "role": "Municipal department",
            "organisation": "City council",
            "email": "",
            "url": "",
        }


class CityBodyBlock(BaseStreamBlock):
    """The body of a city profile: editorial blocks plus timelines, actors and sources."""

    timeline = TimelineBlock()
    actors = ActorsBlock()
    sources = SourcesBlock()


class ApproachBodyBlock(CityBodyBlock):
    """The body of an approach: everything a city profile has, and contact boxes."""

    contact = ContactBlock()

"""Editorial StreamField blocks shared by every page type.

Each block carries a template, an icon, a description and a preview value, so editors see
what they pick in the block chooser. City-specific blocks live in citypages/blocks.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        help_text=_("A few words that name the section, e.g. 'How it started'."),
    )

    class Meta:
        icon = "title"
        label = _("Section heading")
        template = "blocks/heading.html"
        description = _("A heading that starts a new section (shown as a level-2 heading).")
        preview_value = {"text": "How the city welcomes newcomers"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Rich text")
        template = "blocks/paragraph.html"
        description = _("Paragraphs of text with links and lists.")
        preview_value = (
            "<p>The city council adopted a plan that guarantees access to basic services "
            "for every resident, whatever their papers.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(
        label=_("Speaker"),
        required=False,
        max_length=120,
        help_text=_("A name only with the person's consent; otherwise e.g. 'a social worker'."),
    )
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=160,
        help_text=_("Their position or organisation, e.g. 'Deputy mayor for social affairs'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A quotation from an interview, with who said it and their role.")
        preview_value = {
            "text": "We do not ask who has the right papers before we help.",
            "speaker": "A social worker (demo)",
            "role": "Illustrative quote",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit wording"),
        required=False,
        max_length=160,
        help_text=_(
            "Leave empty to show the credit stored with the image. Fill in only to word it "
            "differently on this page (it is translated with the page); the licence always "
            "comes from the image."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _(
            "An image with alternative text and a caption; its credit and licence are shown "
            "with it."
        )

    def get_preview_value(self):
        """The block picker's example shows the newest image of the library (an empty
        figure on a site without images): an image cannot be named in code."""
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize(
            {
                "image": image,
                "alt": image.title if image else "",
                "caption": "The town hall square on a market day",
                "credit": "",
            }
        )


class EmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Video or audio address"),
        help_text=_("A YouTube, Vimeo or podcast link. Readers see the player or a link to it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed.html"
        description = _("A video or recording from another website.")
        preview_value = {"url": "https://vimeo.com/76979871", "caption": "A recorded interview"}


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(
        label=_("Figure"),
        max_length=40,
        help_text=_("The number as readers should see it, with its unit: '2,000', '40 %'."),
    )
    label = blocks.CharBlock(
        label=_("What it counts"),
        max_length=160,
        help_text=_("A few words, with the year and 'illustrative' for figures not researched."),
    )

    class Meta:
        icon = "snippet"
        label = _("Key figure")
        template = "blocks/key_figure.html"
        description = _("A single striking number with what it counts.")
        preview_value = {
            "value": "2,000",
            "label": "people housed in the first year (illustrative)",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every editorial page offers."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    image = ImageBlock()
    embed = EmbedBlock()

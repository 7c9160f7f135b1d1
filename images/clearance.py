"""No image reaches a public page without a credit and a licence.

`uncleared_images()` finds the images a page or snippet shows (image foreign keys, and
images anywhere in its StreamFields and rich text, through the same `extract_references`
Wagtail's reference index uses) that lack either. Three places refuse them:

- the page editor's form, when the editor publishes, submits for review or approves
  (`PublicImagesFormMixin`): a form error, nothing saved;
- `ClearedImagesPublishMixin.publish()` on every page type, the one gate every other
  path to "live" passes (workflow approval from the dashboard, bulk publish, the
  translation editor, scheduled publishing, the demo loader): it raises
  `ImagesNotCleared`, which the admin turns into a message (images/middleware.py);
- a snippet shown on public pages (Partner) in its model's `clean()`.

Drafts may use any image: an editor can lay a page out before the rights are settled.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.images import get_image_model

# The submit buttons of the page editor that make content public or ask for it to be.
GOING_PUBLIC = ("action-publish", "action-submit", "action-restart-workflow")
APPROVING = ("approve",)


def image_ids_in(values):
    """Ids of the images among (model field, value) pairs: image foreign keys, and images
    referenced inside StreamField or rich text values."""
    Image = get_image_model()
    ids = set()
    for field, value in values:
        if value is None:
            continue
        if field.many_to_one and issubclass(field.related_model, Image):
            ids.add(int(getattr(value, "pk", value)))
        elif hasattr(field, "extract_references"):
            for model, object_id, _path, _content_path in field.extract_references(value):
                if issubclass(model, Image):
                    ids.add(int(object_id))
    return ids


def field_values(obj):
    """(field, value) of every concrete field of a model instance."""
    return [(field, field.value_from_object(obj)) for field in obj._meta.concrete_fields]


def uncleared_among(ids):
    """The images of `ids` that lack a credit or a licence, by title."""
    if not ids:
        return []
    return list(get_image_model().objects.filter(pk__in=ids).not_cleared().order_by("title"))


def uncleared_images(obj):
    """The images `obj` (a page as it would be published, or a snippet) would show that
    lack a credit or a licence."""
    return uncleared_among(image_ids_in(field_values(obj)))


def titles(images):
    return ", ".join(f"“{image.title}”" for image in images)


def linked_titles(images):
    """The images' titles, each linking to its edit form in the admin."""
    return format_html_join(
        ", ",
        '<a href="{}">“{}”</a>',
        ((reverse("wagtailimages:edit", args=[image.pk]), image.title) for image in images),
    )


def refusal(images):
    """The plain-text reason, for places that cannot show links."""
    return gettext(
        "Give these images a credit and a licence before publishing: %(images)s. "
        "Use “Edit this image” on each one’s chooser, or find them under Images."
    ) % {"images": titles(images)}


def linked_refusal(images):
    """The reason with a link to each image's edit form (HTML, safe)."""
    return format_html(
        "{} {}",
        gettext("Give these images a credit and a licence before publishing:"),
        linked_titles(images),
    )


class ImagesNotCleared(ValidationError):
    """Raised when content would go live with images lacking a credit or a licence."""

    def __init__(self, images):
        self.images = images
        super().__init__(refusal(images), code="images_not_cleared")


def refuse_uncleared_images_by_field(obj):
    """For snippets' `clean()`: a linked error on each field showing uncleared images."""
    errors = {}
    for field, value in field_values(obj):
        images = uncleared_among(image_ids_in([(field, value)]))
        if images:
            errors[field.name] = linked_refusal(images)
    if errors:
        raise ValidationError(errors, code="images_not_cleared")


def refuse_uncleared_images(obj):
    images = uncleared_images(obj)
    if images:
        raise ImagesNotCleared(images)


class ClearedImagesPublishMixin:
    """For page models: publishing a revision that shows an image without a credit and a
    licence is refused, whichever way it is published."""

    def publish(self, revision, *args, **kwargs):
        refuse_uncleared_images(revision.as_object())
        return super().publish(revision, *args, **kwargs)


class PublicImagesFormMixin:
    """For page forms: publishing, submitting for review or approving a page that shows
    uncleared images is a form error, so the editor stays on the page with their work."""

    def goes_public(self):
        if any(action in self.data for action in GOING_PUBLIC):
            return True
        return (
            "action-workflow-action" in self.data
            and self.data.get("workflow-action-name") in APPROVING
        )

    def model_field_values(self, cleaned):
        """(model field, cleaned value) of the form's fields that are model fields."""
        values = []
        for name, value in cleaned.items():
            try:
                field = self._meta.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if field.concrete:
                values.append((field, value))
        return values

    def clean(self):
        cleaned = super().clean()
        if self.goes_public():
            images = uncleared_among(image_ids_in(self.model_field_values(cleaned)))
            if images:
                self.add_error(None, refusal(images))
        return cleaned

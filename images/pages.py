"""What every page type inherits so its images are credited before it goes live."""

from wagtail.admin.forms import WagtailAdminPageForm

from .clearance import ClearedImagesPublishMixin, PublicImagesFormMixin


class ClearedImagesPageForm(PublicImagesFormMixin, WagtailAdminPageForm):
    """The page editor's form: refuses to publish, submit or approve uncleared images."""


class ClearedImagesPage(ClearedImagesPublishMixin):
    """Mixin for page models (before `Page` in the bases): the form check in the editor,
    and the refusal in `publish()` for every other way a page goes live."""

    base_form_class = ClearedImagesPageForm

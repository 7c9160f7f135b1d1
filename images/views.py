"""Reports → Images to credit: the images that cannot appear on a public page yet.

Editors upload first and settle the rights later; this list is where they find what is
still missing, the images used most first, each linking to its edit form.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex


def missing(image):
    """What the image still needs, in words."""
    needs = []
    if not image.credit:
        needs.append(gettext("credit"))
    if not image.licence:
        needs.append(gettext("licence"))
    return ", ".join(needs)


class UncreditedImagesReportView(ReportView):
    page_title = _("Images to credit")
    header_icon = "image"
    index_url_name = "images_to_credit"
    index_results_url_name = "images_to_credit_results"
    permission_required = "change"
    is_searchable = True
    search_fields = ["title"]
    default_ordering = "-uses"
    columns = [
        TitleColumn(
            "title",
            label=_("Title"),
            url_name="wagtailimages:edit",
            sort_key="title",
        ),
        Column("missing", label=_("Missing"), accessor=missing),
        NumberColumn("uses", label=_("Uses"), sort_key="uses"),
        DateColumn("created_at", label=_("Uploaded"), sort_key="created_at"),
    ]
    list_export = ["title", "credit", "licence", "uses", "created_at"]

    model = get_image_model()

    def get_base_queryset(self):
        uses = (
            ReferenceIndex.objects.filter(
                to_content_type=ContentType.objects.get_for_model(self.model),
                to_object_id=Cast(OuterRef("pk"), output_field=CharField()),
            )
            .values("to_object_id")
            .annotate(count=Count("id"))
            .values("count")
        )
        return (
            self.permission_policy.instances_user_has_permission_for(
                self.request.user, "change"
            )
            .not_cleared()
            .annotate(uses=Coalesce(Subquery(uses), 0))
        )

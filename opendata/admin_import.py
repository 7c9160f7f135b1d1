"""The city import in the Wagtail admin: upload a CSV, preview every row, confirm.

The same checks and writes as `manage.py import_cities` (opendata/importing.py), for
editors who never open a shell. Open to users who may add cities under the English city
index; the cities are published only if the user may also publish there, and are saved as
drafts otherwise. The uploaded text travels from the preview to the confirmation in a
signed form field, and is checked again before anything is written.
"""

from django import forms
from django.core import signing
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .checks import english_city_index, plan_import
from .csvfile import COLUMNS, ImportFileError, decode
from .gazetteer import Gazetteer
from .importing import ImportConflict, apply_import

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
SIGNING_SALT = "opendata.city-import"
PAYLOAD_MAX_AGE = 60 * 60  # seconds between preview and confirmation


def import_permissions(user):
    """(may import, may publish) for `user`: add / publish rights under the city index."""
    index = english_city_index()
    if index is None or not user.is_authenticated:
        return False, False
    permissions = index.permissions_for_user(user)
    return permissions.can_add_subpage(), permissions.can_publish_subpage()


class CityImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "UTF-8 text with the columns name, country, lat, lng, population, networks, "
            "featured, why_listed. Only name and country are required; networks are slugs "
            "separated by semicolons. Leave lat and lng empty to look the place up."
        ),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )
    update = forms.BooleanField(
        label=gettext_lazy("Update existing cities"),
        required=False,
        help_text=gettext_lazy(
            "Update cities that are already listed (same name and country) instead of "
            "refusing them. A blank cell keeps the city's current value."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": MAX_UPLOAD_BYTES // 2**20}
            )
        try:
            return decode(upload.read())
        except ImportFileError as error:
            raise forms.ValidationError(str(error)) from None


class CityImportView(WagtailAdminTemplateMixin, View):
    template_name = "opendata/admin/import_cities.html"
    page_title = gettext_lazy("Import cities")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.can_import, self.can_publish = import_permissions(request.user)
        if not self.can_import:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def render(self, **context):
        context = self.get_context_data(columns=COLUMNS, can_publish=self.can_publish, **context)
        return TemplateResponse(self.request, self.template_name, context)

    def get(self, request):
        return self.render(form=CityImportForm())

    def post(self, request):
        if "payload" in request.POST:
            return self.confirm(request)
        form = CityImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form=form)
        text, update = form.cleaned_data["file"], form.cleaned_data["update"]
        return self.preview(text, update, request.FILES["file"].name)

    def preview(self, text, update, filename):
        plan = plan_import(text, update=update)
        payload = signing.dumps(
            {"text": text, "update": update, "filename": filename},
            salt=SIGNING_SALT,
            compress=True,
        )
        return self.render(
            form=CityImportForm(initial={"update": update}),
            plan=plan,
            filename=filename,
            payload=payload if plan.is_valid else None,
        )

    def confirm(self, request):
        try:
            data = signing.loads(
                request.POST["payload"], salt=SIGNING_SALT, max_age=PAYLOAD_MAX_AGE
            )
        except signing.BadSignature:
            messages.error(request, _("The preview has expired; please upload the file again."))
            return redirect("opendata_import_cities")
        plan = plan_import(data["text"], update=data["update"])
        if not plan.is_valid:
            # The site changed since the preview (e.g. someone added one of the cities).
            messages.error(
                request, _("The file no longer passes the checks; nothing was imported.")
            )
            return self.preview(data["text"], data["update"], data["filename"])
        try:
            result = apply_import(plan, user=request.user, publish=self.can_publish)
        except ImportConflict as error:
            messages.error(request, str(error))
            return self.preview(data["text"], data["update"], data["filename"])
        Gazetteer.forget()  # the place names are not needed until the next import
        if self.can_publish:
            message = _("%(created)d cities created and published, %(updated)d updated.") % {
                "created": len(result.created),
                "updated": len(result.updated),
            }
        else:
            message = _(
                "%(created)d cities created and %(updated)d updated as drafts; "
                "someone who may publish must publish them."
            ) % {"created": len(result.created), "updated": len(result.updated)}
        messages.success(request, message)
        return redirect("wagtailadmin_explore", plan.index.pk)

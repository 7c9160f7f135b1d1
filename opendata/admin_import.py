"""The city import in the Wagtail admin: upload a CSV, preview every row, confirm.

The same checks and writes as `manage.py import_cities` (opendata/importing.py), for
editors who never open a shell. Open to users who may add cities under the English city
index. Who may also publish there chooses between publishing the cities at once (the
default: they are the reviewers) and submitting them for review; everyone else's cities
are saved as drafts and submitted to the index's review workflow ("Editorial review"),
or stay drafts where no workflow applies. The choice is checked here, on the server: a
confirmation asking to publish from someone who may not is refused. The uploaded text
travels from the preview to the confirmation in a signed form field. Confirming starts a
background task (opendata/tasks.py), which checks the rows again and writes them; the
editor is taken to the import's status page, which follows its progress, and may leave it
and come back (the import page lists their imports).
"""

import uuid

from django import forms
from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .checks import english_city_index, plan_import
from .csvfile import COLUMNS, ImportFileError, decode
from .models import CityImport
from .review import review_listing_url, review_workflow
from .tasks import run_city_import

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
RECENT_IMPORTS = 10
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


class ImportOutcomeForm(forms.Form):
    """What happens to the cities of a confirmed import, for those who may publish."""

    PUBLISH, REVIEW = "publish", "review"
    after = forms.ChoiceField(
        label=gettext_lazy("After the import"),
        choices=[
            (PUBLISH, gettext_lazy("Publish the cities now")),
            (REVIEW, gettext_lazy("Submit them for review")),
        ],
        initial=PUBLISH,
        widget=forms.RadioSelect,
    )


class CityImportView(WagtailAdminTemplateMixin, View):
    template_name = "opendata/admin/import_cities.html"
    page_title = gettext_lazy("Import cities")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        self.can_import, self.can_publish = import_permissions(request.user)
        if not self.can_import:
            return permission_denied(request)
        self.workflow = review_workflow(english_city_index())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def render(self, **context):
        context = self.get_context_data(
            columns=COLUMNS,
            can_publish=self.can_publish,
            workflow=self.workflow,
            outcome_form=ImportOutcomeForm() if self.can_publish and self.workflow else None,
            recent_imports=recent_imports(self.request.user),
            **context,
        )
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
            {"text": text, "update": update, "filename": filename, "token": str(uuid.uuid4())},
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
        outcome = ImportOutcomeForm(
            {"after": request.POST.get("after", ImportOutcomeForm.PUBLISH if self.can_publish
                                       else ImportOutcomeForm.REVIEW)}
        )
        if not outcome.is_valid():
            messages.error(request, _("Choose whether to publish the cities or submit them."))
            return redirect("opendata_import_cities")
        publish = outcome.cleaned_data["after"] == ImportOutcomeForm.PUBLISH
        if publish and not self.can_publish:
            return permission_denied(request)  # the form never offers it: a forged request
        existing = CityImport.objects.filter(token=data["token"]).first()
        if existing is None:
            try:
                with transaction.atomic():
                    job = CityImport.objects.create(
                        token=data["token"],
                        user=request.user,
                        filename=data["filename"][:255],
                        text=data["text"],
                        update_existing=data["update"],
                        publish=publish,
                        review=not publish,
                    )
            except IntegrityError:  # the same confirmation, sent twice at the same moment
                existing = CityImport.objects.get(token=data["token"])
        if existing is not None:
            messages.info(request, _("This import was already started; here is where it stands."))
            return redirect("opendata_import_status", existing.pk)
        # Immediate backend (development, tests): the import runs here, before the redirect.
        result = run_city_import.enqueue(job.pk)
        CityImport.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
        return redirect("opendata_import_status", job.pk)


def recent_imports(user):
    """The user's latest imports (everyone's for a superuser), for the import page."""
    imports = CityImport.objects.select_related("user").defer("text", "page_ids", "messages")
    if not user.is_superuser:
        imports = imports.filter(user=user)
    return list(imports[:RECENT_IMPORTS])


class CityImportStatusView(WagtailAdminTemplateMixin, View):
    """Where an import stands; reloads itself (every few seconds) until it has finished."""

    template_name = "opendata/admin/import_status.html"
    page_title = gettext_lazy("City import")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not import_permissions(request.user)[0]:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("opendata_import_cities"), "label": _("Import cities")},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request, pk):
        imports = CityImport.objects.all()
        if not request.user.is_superuser:
            imports = imports.filter(user=request.user)
        job = get_object_or_404(imports.defer("text", "page_ids"), pk=pk)
        context = self.get_context_data(
            job=job,
            index=english_city_index(),
            review_url=review_listing_url(job.user) if job.user else None,
        )
        return TemplateResponse(request, self.template_name, context)

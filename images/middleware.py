"""Turns a refused publish in the admin into a message instead of a server error.

The page editor's form catches uncleared images before anything is saved. Other admin
actions publish without that form (approving from the dashboard, bulk publish, the
translation editor), and there `publish()` refuses by raising `ImagesNotCleared`
(images/clearance.py). Those actions run in a transaction, so nothing was written;
this tells the editor why and sends them back where they were.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.admin.modal_workflow import render_modal_workflow

from .clearance import ImagesNotCleared, linked_refusal


class RefusedPublishMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        admin_home = reverse("wagtailadmin_home")
        if not isinstance(exception, ImagesNotCleared) or not request.path.startswith(
            admin_home
        ):
            return None
        messages.error(request, linked_refusal(exception.images))
        back = request.headers.get("referer", "")
        if not url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            back = admin_home
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # A workflow action posted from its modal: the modal follows "redirect".
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": back}
            )
        return redirect(back)

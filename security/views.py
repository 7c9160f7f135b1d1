"""Files that robots, browsers and security researchers ask every site for."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import RedirectView
from wagtail.models import Site

# security.txt must name an expiry date, at most a year ahead (RFC 9116, 2.5.5).
SECURITY_TXT_VALID_DAYS = 180


def site_root_url(request):
    """The public address of the site, as the sitemap names its pages."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def text_response(lines):
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    """Crawl everything readers see, except endless search results; name the sitemap.

    The admin is not named: its address may be configured to be less obvious (ADMIN_PATH),
    and it answers every robot with a login page anyway.
    """
    language_search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            language_search_paths.append(reverse("search"))
    return text_response(
        [
            "User-agent: *",
            *(f"Disallow: {path}" for path in language_search_paths),
            "",
            f"Sitemap: {site_root_url(request)}{reverse('sitemap')}",
        ]
    )


def security_contact():
    if settings.SECURITY_CONTACT:
        contact = settings.SECURITY_CONTACT
    elif settings.ADMINS:
        contact = settings.ADMINS[0][1]
    else:
        contact = settings.SERVER_EMAIL
        if "<" in contact:
            contact = contact.split("<", 1)[1].rstrip(">")
    return contact if ":" in contact else f"mailto:{contact}"


@require_safe
@cache_control(public=True, max_age=3600)
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): whom to tell about a vulnerability."""
    expires = timezone.now().replace(microsecond=0) + datetime.timedelta(
        days=SECURITY_TXT_VALID_DAYS
    )
    return text_response(
        [
            f"Contact: {security_contact()}",
            f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
            "Preferred-Languages: " + ", ".join(code for code, _name in settings.LANGUAGES),
            f"Canonical: {site_root_url(request)}{request.path}",
        ]
    )


class FaviconView(RedirectView):
    """/favicon.ico, which browsers ask for whatever the page says: our static icon."""

    permanent = False  # the hashed static name changes with the icon

    def get_redirect_url(self, *args, **kwargs):
        return static("favicon.ico")

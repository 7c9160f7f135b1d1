"""Deploy checks (`manage.py check --deploy`): what production must not get wrong.

- The public address: the sitemap, API v2, e-mails and robots.txt name the site by the
  default Site record, which `migrate` sets from PUBLIC_BASE_URL. Left at its default,
  production would publish http://127.0.0.1:8000/… or http://localhost/… links.
- E-mail: without an SMTP host, password resets and moderation notices fail silently.

With `--database default` the Site record itself is compared with PUBLIC_BASE_URL too.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import DatabaseError

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver", ""}


def is_local(url):
    host = (urlsplit(url or "").hostname or "").lower()
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def site_address(url):
    """PUBLIC_BASE_URL -> (hostname, port) as Wagtail's Site record holds them."""
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


@register(Tags.security, deploy=True)
def check_public_address(app_configs=None, databases=None, **kwargs):
    errors = []
    for name in ("PUBLIC_BASE_URL", "WAGTAILADMIN_BASE_URL"):
        url = getattr(settings, name, "")
        if is_local(url) or urlsplit(url).scheme != "https":
            errors.append(
                Error(
                    f"{name} is {url!r}: the sitemap, API v2, robots.txt and e-mails would "
                    "send readers to that address.",
                    hint="Set PUBLIC_BASE_URL to the site's public https address, e.g. "
                    "https://movingcities.example, then run `manage.py migrate`.",
                    id="security.E001",
                )
            )
    if databases and not errors:
        errors += check_site_record(databases)
    return errors


def check_site_record(databases):
    from wagtail.models import Site

    expected = site_address(settings.PUBLIC_BASE_URL)
    try:
        site = Site.objects.using(databases[0]).filter(is_default_site=True).first()
    except DatabaseError:
        return []  # not migrated yet: `migrate` will set the address
    if site is not None and (site.hostname, site.port) != expected:
        return [
            Error(
                f"The default Site is {site.hostname}:{site.port}, not "
                f"{expected[0]}:{expected[1]} as PUBLIC_BASE_URL says.",
                hint="Run `manage.py migrate`, which sets it from PUBLIC_BASE_URL.",
                id="security.E002",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_email(app_configs=None, **kwargs):
    if settings.EMAIL_BACKEND.endswith("smtp.EmailBackend") and not settings.EMAIL_HOST:
        return [
            Error(
                "EMAIL_HOST is not set: password resets, moderation notices and error "
                "reports would fail silently.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, "
                "DEFAULT_FROM_EMAIL) in the environment; see README, 'Configuration'.",
                id="security.E003",
            )
        ]
    return []

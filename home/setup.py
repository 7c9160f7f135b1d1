"""The site's skeleton: seven locales, a home page per language, the site's address.

Run after every `migrate` (and after test databases are flushed), so a fresh database is
never a site without its languages, and by the demo loader. Idempotent. The translation
app attaches its roles' permissions to the home pages once they exist.

The default Site's hostname and port follow settings.PUBLIC_BASE_URL on every run: the
sitemap, API v2 and e-mails build absolute URLs from the Site record, so a deploy names
the public host, not `localhost` (security.checks refuses a local address in production).
"""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from core.languages import source_locale
from core.tree import sync_aliases


def ensure_locales():
    """Create one Locale per configured language; return the source (English) locale."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return source_locale()


def locales_lacking_pages(source):
    """The other locales that lack a page of `source`'s tree (aliases count as present).

    One query, so that a site whose trees are complete (every run after the first) skips
    `synchronize_tree`, which looks every page up again for each locale.
    """
    keys = defaultdict(set)
    for key, locale_id in Page.objects.filter(depth__gt=1).values_list(
        "translation_key", "locale_id"
    ):
        keys[locale_id].add(key)
    return [
        locale
        for locale in Locale.objects.exclude(pk=source.pk)
        if not keys[source.pk] <= keys[locale.pk]
    ]


def ensure_locale_synchronisation(source):
    """Every other locale follows English: new English pages get aliases there."""
    for locale in Locale.objects.exclude(pk=source.pk):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


def ensure_home_page(source):
    """Make an English HomePage the root of the default site, replacing Wagtail's welcome page."""
    from .models import HomePage

    home = HomePage.objects.filter(locale=source, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None:
            welcome.slug = "welcome-old"
            welcome.save(update_fields=["slug"], clean=False)
        home = root.add_child(instance=HomePage(title="Moving Cities", slug="home", locale=source))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Moving Cities",
            },
        )
        if welcome is not None:
            welcome.delete()
    return home


def public_address():
    """(hostname, port) of settings.PUBLIC_BASE_URL, as Wagtail's Site record holds them."""
    parts = urlsplit(settings.PUBLIC_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def ensure_site_address():
    """Point the default Site at PUBLIC_BASE_URL (a no-op when it already does)."""
    hostname, port = public_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        Site.clear_site_root_paths_cache()


@transaction.atomic
def ensure_site_structure(sync_trees=True):
    """Locales, home page, tree synchronisation and translator roles.

    `sync_trees=False` leaves aliasing missing pages to the caller: the demo loader
    aliases everything at once after creating its pages.
    """
    source = ensure_locales()
    ensure_home_page(source)
    ensure_site_address()
    ensure_locale_synchronisation(source)
    if sync_trees:
        sync_aliases(source, locales_lacking_pages(source))


def has_wagtail_tables(using):
    from django.db import connections

    tables = connections[using].introspection.table_names()
    return "wagtailcore_page" in tables and "home_homepage" in tables


def ensure_site_structure_after_migrate(sender, using="default", plan=None, **kwargs):
    """post_migrate receiver; skips databases that have not got Wagtail's tables yet."""
    if not has_wagtail_tables(using):
        return
    # After a test flush Wagtail's root page is gone too; the flushed test restores it.
    if Page.objects.using(using).filter(depth=1).exists():
        ensure_site_structure()

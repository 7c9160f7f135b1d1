"""The site's skeleton: seven locales and a home page per language.

Run after every `migrate` (and after test databases are flushed), so a fresh database is
never a site without its languages, and by `load_demo_content`. Idempotent.
"""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from translation.roles import ensure_translation_roles


def ensure_locales():
    """Create one Locale per configured language; return the source (English) locale."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


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


@transaction.atomic
def ensure_site_structure(sync_trees=True):
    """Locales, home page, tree synchronisation and translator roles.

    `sync_trees=False` leaves aliasing missing pages to the caller: the demo loader
    aliases everything at once after creating its pages.
    """
    source = ensure_locales()
    ensure_home_page(source)
    ensure_locale_synchronisation(source)
    if sync_trees:
        for locale in locales_lacking_pages(source):
            synchronize_tree(source, locale)
    ensure_translation_roles()


def ensure_site_structure_after_migrate(sender, using="default", plan=None, **kwargs):
    """post_migrate receiver; skips databases that have not got Wagtail's tables yet."""
    from django.db import connections

    tables = connections[using].introspection.table_names()
    if "wagtailcore_page" not in tables or "home_homepage" not in tables:
        return
    # After a test flush Wagtail's root page is gone too; the flushed test restores it.
    if Page.objects.using(using).filter(depth=1).exists():
        ensure_site_structure()

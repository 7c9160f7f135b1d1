"""The content version, and what is cached under it: one number for "the site as readers see it".

Every cached thing that shows content (a whole anonymous page, the menus, the language
switcher's links, the canonical link) is stored under a key that holds the content
version. Publishing, unpublishing, moving or deleting a page, changing a view
restriction, a snippet, a site setting, a locale or a site makes a new version, so every
such entry is missed at once, on every page and in every language, without working out
which pages showed what. Old entries simply expire.

Where the version lives:

- in the cache (`content-version`): a fresh random token on each change, written at once
  (so the process that made the change sees it) and again when the transaction commits
  (so another process that read the old one in between does not keep it);
- in the database (`core.ContentVersion`, one row, counted up on commit): the record that
  every process shares. It is read on every request only when the cache is a per-process
  memory cache, which other processes' changes cannot reach; with a shared cache (Redis)
  the token alone is enough.

`cached_per_language(name)` caches a function's result per reader language under the
version: the tool for template tags and context that every page repeats.
"""

import functools
import hashlib
import logging
import secrets

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import translation

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
VERSION_SECONDS = 24 * 3600
FRAGMENT_SECONDS = int(getattr(settings, "FRAGMENT_CACHE_SECONDS", 3600))

# What readers see besides pages: labels of models whose changes make a new version.
# Page types, snippets and site settings are found on their own (content_model()).
CONTENT_MODELS = {
    "wagtailcore.Locale",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "images.CreditedImage",
    "wagtaildocs.Document",
    "wagtailembeds.Embed",
    "core.TranslationCoverage",
}


def cache_is_shared():
    """True when every process reads the same cache (anything but a memory cache)."""
    return not settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")


# The stored version, read once per request (reset when a request starts or a change is made).
_request_memo = Local()


def forget_request_memo(**_signal_arguments):
    _request_memo.stored = None


def _stored_version():
    stored = getattr(_request_memo, "stored", None)
    if stored is None:
        from .models import ContentVersion

        stored = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).first()
        _request_memo.stored = stored = stored or 0
    return stored


def content_version():
    """The current content version, a short string; part of every content cache key."""
    token = cache.get(VERSION_KEY)
    if token is None:
        token = secrets.token_hex(6)
        if not cache.add(VERSION_KEY, token, VERSION_SECONDS):
            token = cache.get(VERSION_KEY) or token
    if cache_is_shared():
        return token
    return f"{_stored_version()}.{token}"


def _write_version():
    """After commit: a fresh token for every process, and the shared counter one up."""
    from django.db.models import F

    from .models import ContentVersion

    cache.set(VERSION_KEY, secrets.token_hex(6), VERSION_SECONDS)
    forget_request_memo()
    try:
        if not ContentVersion.objects.filter(pk=1).update(value=F("value") + 1):
            ContentVersion.objects.get_or_create(pk=1, defaults={"value": 1})
    except DatabaseError:  # `migrate` on a new database: pages saved before the table exists
        logger.info("Content version not stored (no table yet).", exc_info=True)


def bump_content_version(**_signal_arguments):
    """Make a new content version: now in this process, everywhere once committed.

    Saving a hundred pages in one transaction writes the database once: the commit hook
    is registered once per transaction (Django forgets it on rollback).
    """
    cache.set(VERSION_KEY, secrets.token_hex(6), VERSION_SECONDS)
    forget_request_memo()
    pending = getattr(connection, "run_on_commit", [])
    if not any(entry[1] is _write_version for entry in pending):
        transaction.on_commit(_write_version)


def cached_per_language(name, timeout=None):
    """Cache a function's result per reader language and content version.

    The function's positional arguments (simple values: ids, host names) are the key;
    keyword arguments (the request, say) are passed on but are not part of it, so the
    positional ones must say everything the result depends on. The result must pickle
    (plain data or model instances). Use it for what every page repeats: menus, footer,
    language versions, canonical links.
    """

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **unkeyed):
            language = translation.get_language() or settings.LANGUAGE_CODE
            # Arguments may be long (a stranger's made-up path): hashed, the key stays short.
            arguments = hashlib.sha256("|".join(str(arg) for arg in args).encode()).hexdigest()
            key = ":".join(["fragment", name, language, content_version(), arguments[:32]])
            value = cache.get(key)
            if value is None:
                value = function(*args, **unkeyed)
                cache.set(key, value, FRAGMENT_SECONDS if timeout is None else timeout)
            return value

        wrapper.uncached = function
        return wrapper

    return decorate


def content_model(model):
    """Whether saving or deleting a `model` row can change what readers see."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page
    from wagtail.snippets.models import get_snippet_models

    return (
        issubclass(model, (Page, BaseSiteSetting, BaseGenericSetting))
        or model._meta.label in CONTENT_MODELS
        or model in get_snippet_models()
    )


@functools.cache
def _is_content_model(model):
    return content_model(model)


def _model_changed(sender, **kwargs):
    if _is_content_model(sender):
        bump_content_version()


def connect_signals():
    """Make a new content version on every change readers could see (module docstring)."""
    from django.core.signals import request_started
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    request_started.connect(forget_request_memo, dispatch_uid="core.cache.request_started")
    post_save.connect(_model_changed, dispatch_uid="core.cache.saved")
    post_delete.connect(_model_changed, dispatch_uid="core.cache.deleted")
    m2m_changed.connect(
        bump_content_version,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="core.cache.restriction_groups",
    )
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"core.cache.{id(signal)}")


def purge_pages_showing(instance=None, **_signal_arguments):
    """Tell the CDN to forget `instance`'s ancestors in every language: the home page and
    indexes that list it (Wagtail's own handler purges the page itself). Other pages that
    show it (a network's member list) expire after RESPONSE_CACHE_SECONDS at the CDN."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    if not isinstance(instance, Page):
        return
    ancestors = instance.get_ancestors().filter(depth__gte=2)
    keys = ancestors.values_list("translation_key", flat=True)
    batch = PurgeBatch()
    batch.add_pages(Page.objects.filter(translation_key__in=list(keys)).live())
    batch.purge()


def connect_frontend_cache_purge():
    """With a CDN configured (WAGTAILFRONTENDCACHE), purge listings on every page change."""
    from django.db.models.signals import post_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_pages_showing, dispatch_uid=f"core.cache.purge.{id(signal)}")
    post_delete.connect(purge_pages_showing, sender=Page, dispatch_uid="core.cache.purge.deleted")

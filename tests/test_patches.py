"""Third-party patches (translation/patches.py): still needed, still in place, still called.

Each patch replaces upstream code that was written for one version. These tests fail when
that upstream code changes (re-read it and adapt the patch), when a patch is no longer
installed, or when an endpoint it guards stops refusing a translator of another language.
"""

import io
from urllib.parse import urlencode

import polib
import pytest
from django.db.models.signals import post_save
from django.urls import resolve, reverse
from wagtail_localize.models import LocaleSynchronization, StringSegment, Translation
from wagtail_localize.views import edit_translation

from translation import patches, views
from translation.permissions import user_can_edit_translated_instance
from translation.testing import PASSWORD, make_translator, start_translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", sorted(patches.UPSTREAM_SOURCES))
def test_the_upstream_code_is_the_version_the_patch_was_written_against(name):
    digest = patches.source_digest(patches.upstream(name))
    assert digest == patches.UPSTREAM_SOURCES[name], (
        f"{name} changed upstream (written against {patches.WRITTEN_AGAINST}): "
        "re-read it, adapt translation/patches.py and update its digest"
    )


@pytest.mark.parametrize("name", sorted(patches.UPSTREAM_TEMPLATES))
def test_the_upstream_templates_we_override_are_the_versions_we_copied(name):
    assert patches.upstream_template_digest(name) == patches.UPSTREAM_TEMPLATES[name][1], (
        f"{name} changed upstream: re-read it and adapt our override of it"
    )


def test_wagtail_localizes_page_buttons_are_replaced_by_ours():
    from wagtail import hooks
    from wagtail_localize import wagtail_hooks as localize_hooks

    from translation import wagtail_hooks

    for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        functions = [fn for fn, _order in hooks._hooks[hook_name]]
        assert wagtail_hooks.translation_buttons in functions
        assert localize_hooks.page_listing_more_buttons not in functions


def test_the_translation_editor_checks_permissions_per_language():
    assert edit_translation.user_can_edit_instance is user_can_edit_translated_instance


def test_saving_a_locale_synchronisation_syncs_trees_except_while_loading_fixtures(
    site_tree, monkeypatch
):
    synchronisation = LocaleSynchronization.objects.first()
    calls = []
    monkeypatch.setattr(synchronisation, "sync_trees", lambda: calls.append("sync"))
    post_save.send(LocaleSynchronization, instance=synchronisation, created=False, raw=True)
    assert calls == []
    post_save.send(LocaleSynchronization, instance=synchronisation, created=False, raw=False)
    assert calls == ["sync"], "exactly once: upstream's receiver is replaced, not doubled"


@pytest.mark.parametrize(
    ("url_name", "kwargs", "view"),
    [
        ("submit_page_translation", {"page_id": 1}, views.LanguageLimitedSubmitPageTranslationView),
        (
            "submit_snippet_translation",
            {"app_label": "citypages", "model_name": "policyarea", "pk": "1"},
            views.LanguageLimitedSubmitSnippetTranslationView,
        ),
        ("update_translations", {"translation_source_id": 1}, views.GuardedUpdateTranslationsView),
    ],
)
def test_our_views_answer_at_wagtail_localizes_addresses(url_name, kwargs, view):
    match = resolve(reverse(f"wagtail_localize:{url_name}", kwargs=kwargs))
    assert match.func.view_class is view


def refused(response):
    """Wagtail's admin answers PermissionDenied with 403, or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.fixture
def german_area(site_tree):
    """The policy area "Social rights" translated into German, as wagtail-localize does."""
    translation, area_de = start_translation(site_tree["social"], "de", {"Social rights": "X"})
    return translation, area_de


@pytest.fixture
def french(client):
    client.login(username=make_translator("fr").username, password=PASSWORD)
    return client


def test_every_translation_editor_endpoint_refuses_another_languages_snippet(
    german_area, french, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translation.machine.PseudoTranslator"}
    translation, area_de = german_area
    segment = StringSegment.objects.filter(source=translation.source).first()
    string_url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )
    put = french.put(string_url, urlencode({"value": "Y"}), "application/x-www-form-urlencoded")
    assert put.status_code == 403

    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    upload = io.BytesIO(po.__unicode__().encode())
    upload.name = "de.po"
    response = french.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/pages/"},
    )
    assert refused(response)

    response = french.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": "/admin/pages/"},
    )
    assert refused(response)
    response = french.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    assert refused(response)
    assert Translation.objects.get(pk=translation.pk).enabled
    area_de.refresh_from_db()
    assert area_de.name == "X"


def test_submitting_a_snippet_translation_offers_only_the_translators_language(
    site_tree, french
):
    area = site_tree["social"]
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["citypages", "policyarea", area.pk],
    )
    response = french.get(url)
    assert response.status_code == 200
    locales = response.context["form"].fields["locales"].queryset
    assert {locale.language_code for locale in locales} <= {"fr"}

"""Roles: a translator works in their own language only; editors write English, moderators
approve and publish everywhere."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation

from citypages.models import PolicyArea
from translation.roles import ensure_translation_roles, translator_group_name
from translation.testing import (
    PASSWORD,
    make_editor,
    make_moderator,
    make_translator,
    start_translation,
)

pytestmark = pytest.mark.django_db

TRANSLATED_LANGUAGES = {
    "de": "Deutsch",
    "fr": "Français",
    "el": "Ελληνικά",
    "it": "Italiano",
    "pl": "Polski",
    "es": "Español",
}


@pytest.fixture
def site(site_tree):
    """An English city, translated into French and German, an alias elsewhere; a policy
    area translated into French and German."""
    lyon = site_tree["lyon"]
    _translation, lyon_fr = start_translation(lyon, "fr", {"Lyon": "Lyon (fr)"})
    _translation, lyon_de = start_translation(lyon, "de", {"Lyon": "Lyon (de)"})
    area = site_tree["social"]
    _translation, area_fr = start_translation(area, "fr", {"Social rights": "Droits sociaux"})
    _translation, area_de = start_translation(area, "de", {"Social rights": "Soziale Rechte"})
    return {
        "en": lyon,
        "fr": lyon_fr,
        "de": lyon_de,
        "es": lyon.get_translation(Locale.objects.get(language_code="es")).specific,
        "area_en": area,
        "area_fr": area_fr,
        "area_de": area_de,
    }


@pytest.fixture
def french(client):
    user = make_translator("fr")
    client.login(username=user.username, password=PASSWORD)
    client.user = user
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_edit_url(obj):
    return reverse("wagtailsnippets_citypages_policyarea:edit", args=[obj.pk])


def string_edit_url(translation, segment):
    return reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )


def put_string(client, url, value):
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def refused(response):
    """Wagtail's admin answers a PermissionDenied with 403, or a redirect to the dashboard."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] in (
        reverse("wagtailadmin_home"),
        "/admin/",
    )


def translation_of(obj, language_code):
    from wagtail_localize.models import Translation

    return Translation.objects.get(
        source__object_id=obj.translation_key,
        target_locale__language_code=language_code,
    )


def test_the_roles_exist_with_their_page_permissions(home_pages):
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators"} <= names
    for code, language in TRANSLATED_LANGUAGES.items():
        assert translator_group_name(code) == f"Translators: {language}"
        group = Group.objects.get(name=f"Translators: {language}")
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert {"access_admin", "submit_translation", "change_policyarea"} <= codenames
        assert not codenames & {"add_policyarea", "delete_policyarea", "delete_countrycontext"}
        grants = set(
            GroupPagePermission.objects.filter(group=group).values_list(
                "page_id", "permission__codename"
            )
        )
        home = home_pages[code]
        assert grants == {(home.pk, "change_page"), (home.pk, "publish_page")}
    editors = set(
        GroupPagePermission.objects.filter(group__name="Editors").values_list(
            "page_id", "permission__codename"
        )
    )
    assert editors == {(home_pages["en"].pk, "add_page"), (home_pages["en"].pk, "change_page")}


def test_attaching_page_permissions_is_idempotent(home_pages):
    before = GroupPagePermission.objects.count()
    ensure_translation_roles()
    ensure_translation_roles()
    assert GroupPagePermission.objects.count() == before


def test_french_translator_opens_the_translation_editor_and_saves_a_translation(site, french):
    page = site["fr"]
    assert page.permissions_for_user(french.user).can_edit()
    response = french.get(edit_url(page))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]

    translation = translation_of(site["en"], "fr")
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = put_string(french, string_edit_url(translation, segment), "Lyon la solidaire")
    assert response.status_code in (200, 201), response.content
    assert StringTranslation.objects.get(
        translation_of=segment.string, locale__language_code="fr", context=segment.context
    ).data == ("Lyon la solidaire")

    response = french.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Lyon la solidaire"
    assert page.live


def test_french_translator_cannot_edit_a_german_page(site, french):
    page = site["de"]
    assert not page.permissions_for_user(french.user).can_edit()
    assert refused(french.get(edit_url(page)))
    translation = translation_of(site["en"], "de")
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    response = put_string(french, string_edit_url(translation, segment), "Lyon (hacked)")
    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Lyon (hacked)").exists()


def test_french_translator_cannot_edit_the_english_source(site, french):
    page = site["en"]
    assert not page.permissions_for_user(french.user).can_edit()
    assert refused(french.get(edit_url(page)))
    assert refused(french.post(edit_url(page), {"title": "Changed", "slug": "lyon"}))
    page.refresh_from_db()
    assert page.title == "Lyon"


def test_french_translator_cannot_publish_a_german_page(site, french):
    page = site["de"]
    assert not page.permissions_for_user(french.user).can_publish()
    before = page.last_published_at
    assert refused(french.post(edit_url(page), {"action": "publish"}))
    page.refresh_from_db()
    assert page.last_published_at == before


@pytest.mark.parametrize("language", ["fr", "de", "en", "es"])
def test_translators_cannot_delete_or_move_pages(site, french, language):
    page = site[language]
    delete_url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    assert refused(french.get(delete_url))
    assert refused(french.post(delete_url))
    assert Page.objects.filter(pk=page.pk).exists()
    move_url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, page.get_parent().pk])
    assert refused(french.post(move_url))


def test_french_translator_cannot_create_pages(site, french):
    index = site["fr"].get_parent()
    assert not index.permissions_for_user(french.user).can_add_subpage()


def test_french_translator_edits_the_french_policy_area_only(site, french):
    area_fr, area_de = site["area_fr"], site["area_de"]
    response = french.get(snippet_edit_url(area_fr))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]

    assert refused(french.get(snippet_edit_url(area_de)))
    assert refused(french.post(snippet_edit_url(area_de), {"action": "publish"}))
    translation = translation_of(site["area_en"], "de")
    segment = StringSegment.objects.filter(source=translation.source).first()
    assert put_string(french, string_edit_url(translation, segment), "x").status_code == 403

    # Without a wagtail-localize translation, the ordinary snippet form is used.
    translation_of(site["area_en"], "fr").delete()
    translation.delete()
    response = french.post(
        snippet_edit_url(area_fr),
        {
            "name": "Droits sociaux et inclusion",
            "slug": "social-rights",
            "description": "",
            "sort_order": "0",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    area_fr.refresh_from_db()
    assert area_fr.name == "Droits sociaux et inclusion"
    french.post(
        snippet_edit_url(area_de),
        {"name": "Geändert", "slug": "social-rights", "description": "", "sort_order": "0"},
    )
    area_de.refresh_from_db()
    assert area_de.name == "Soziale Rechte"


def test_french_translator_cannot_add_or_delete_snippets(site, french):
    add_url = reverse("wagtailsnippets_citypages_policyarea:add")
    assert refused(french.get(add_url + "?locale=fr"))
    delete_url = reverse("wagtailsnippets_citypages_policyarea:delete", args=[site["area_fr"].pk])
    assert refused(french.post(delete_url))
    assert PolicyArea.objects.filter(pk=site["area_fr"].pk).exists()


def test_translating_offers_only_the_translators_language(site, french):
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_page_translation", args=[site["en"].pk])
    response = french.get(url)
    assert response.status_code == 200
    offered = list(response.context["form"].fields["locales"].queryset)
    assert spanish not in offered
    response = french.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 200  # the form refuses the choice
    assert site["es"].__class__.objects.get(pk=site["es"].pk).alias_of_id is not None


def test_translator_can_turn_an_alias_into_a_translation(site_tree, french):
    lyon = site_tree["lyon"]
    french_locale = Locale.objects.get(language_code="fr")
    alias = lyon.get_translation(french_locale)
    assert alias.alias_of_id == lyon.pk
    response = french.get(edit_url(alias))
    assert response.status_code == 200  # wagtail-localize's "Translate this page" screen
    url = reverse("wagtail_localize:submit_page_translation", args=[lyon.pk])
    response = french.post(url, {"locales": [french_locale.pk]})
    assert response.status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id == lyon.pk, "the alias stays until translated text is published"
    response = french.get(edit_url(alias))
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]

    translation = translation_of(lyon, "fr")
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    put_string(french, string_edit_url(translation, segment), "Lyon (fr)")
    assert french.post(edit_url(alias), {"action": "publish"}).status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id is None and alias.title == "Lyon (fr)"


def test_syncing_translations_cannot_publish_them_for_an_editor(site, client):
    editor = make_editor()
    client.login(username=editor.username, password=PASSWORD)
    source = translation_of(site["en"], "fr").source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["form"].fields["publish_translations"].disabled
    before = site["de"].last_published_at
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    site["de"].refresh_from_db()
    assert site["de"].last_published_at == before


def test_editors_write_english_without_publishing(site, client):
    editor = make_editor()
    assert site["en"].permissions_for_user(editor).can_edit()
    assert not site["en"].permissions_for_user(editor).can_publish()
    assert not site["fr"].permissions_for_user(editor).can_edit()
    client.login(username=editor.username, password=PASSWORD)
    assert client.get(edit_url(site["en"])).status_code == 200
    assert refused(client.get(edit_url(site["fr"])))
    assert refused(client.get(snippet_edit_url(site["area_fr"])))


def test_moderators_publish_and_delete_everywhere(site, client):
    moderator = make_moderator()
    for language in ("en", "fr", "de"):
        permissions = site[language].permissions_for_user(moderator)
        assert permissions.can_publish() and permissions.can_delete()
    client.login(username=moderator.username, password=PASSWORD)
    assert client.get(snippet_edit_url(site["area_de"])).status_code == 200
    response = client.post(reverse("wagtailadmin_pages:delete", args=[site["es"].pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=site["es"].pk).exists()


# Machine translation ------------------------------------------------------------------

PSEUDO = {"CLASS": "translation.machine.PseudoTranslator"}


def test_french_translator_machine_translates_with_our_offline_translator(site, french, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = PSEUDO
    page = site["fr"]
    response = french.get(edit_url(page))
    assert b"Pseudo-translator" in response.content  # the editor offers it

    StringTranslation.objects.filter(locale__language_code="fr").delete()
    translation = translation_of(site["en"], "fr")
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = french.post(url, {"next": edit_url(page)})
    assert response.status_code == 302
    title = StringTranslation.objects.get(
        locale__language_code="fr", context__path="title", context__object=translation.source.object
    )
    assert title.data == "[fr] Lyon"
    assert title.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE

    german = translation_of(site["en"], "de")
    url = reverse("wagtail_localize:machine_translate", args=[german.pk])
    assert refused(french.post(url, {"next": "/admin/"}))
    assert not StringTranslation.objects.filter(data="[de] Lyon").exists()


def test_pseudo_translation_keeps_markup_and_whitespace():
    from translation.machine import pseudo_translate_html

    assert pseudo_translate_html(' Go <a id="a1">home</a>', "el") == (
        ' [el] Go <a id="a1">[el] home</a>'
    )
    assert pseudo_translate_html("   ", "el") == "   "


def load_base_settings(monkeypatch, **environ):
    import runpy

    from django.conf import settings as django_settings

    for name in ("DEEPL_API_KEY", "DEEPL_FORMALITY", "DEEPL_GLOSSARY_IDS", "DEEPL_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(django_settings.BASE_DIR / "movingcities" / "settings" / "base.py"))


def test_no_machine_translation_without_a_deepl_key(monkeypatch):
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in load_base_settings(monkeypatch)


def test_deepl_is_configured_from_the_environment(monkeypatch):
    from wagtail_localize.machine_translators.deepl import DeepLTranslator

    namespace = load_base_settings(
        monkeypatch,
        DEEPL_API_KEY="secret:fx",
        DEEPL_FORMALITY="prefer_less",
        DEEPL_GLOSSARY_IDS="de=glossary-de, fr=glossary-fr",
    )
    config = namespace["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert config["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert config["OPTIONS"]["AUTH_KEY"] == "secret:fx"
    assert config["OPTIONS"]["GLOSSARY_IDS"] == {
        ("EN", "DE"): "glossary-de",
        ("EN", "FR"): "glossary-fr",
    }
    # What would be sent to DeepL (nothing is sent).
    translator = DeepLTranslator(config["OPTIONS"])
    english = Locale.objects.get(language_code="en")
    german = Locale.objects.get(language_code="de")
    parameters = translator.get_parameters(english, german, [])
    assert parameters["formality"] == "prefer_less"
    assert parameters["glossary_id"] == "glossary-de"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


def test_deepl_defaults_to_formal_address(monkeypatch):
    namespace = load_base_settings(monkeypatch, DEEPL_API_KEY="secret")
    options = namespace["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]["OPTIONS"]
    assert options["FORMALITY"] == "prefer_more"
    assert options["GLOSSARY_IDS"] == {}

"""Who may do what, on every page type, in every language: one table, every cell asserted.

Rows are actions, columns are roles. A cell names the languages of the page where the role
may act: "en" (the English source), "own" (a translator's own language), "other" (any
other translated language); "tr" stands for "own other"; "*" means everywhere (an action
not tied to a page, such as imports); "" means nowhere. The translator column is checked
for each of the six languages' translators. Pages are the test site's live pages (the
non-English ones aliases: roles are granted per language tree, so a translation behaves
the same).

Each action is decided by the same checks the admin's views make (see CHECKS); the last
test confirms on the admin's own pages that they agree.

To add an action (a row), add one line to MATRIX and its check to CHECKS; to add a role
(a column), add it to ROLES and a value to each row. Snippets that belong to no page
(suggestions, partners, site-wide texts) have their own table, SNIPPET_MATRIX, checked
with the model permissions the admin's snippet views ask for; translators' changes to
translatable snippets are further confined to their language (tests/test_translators.py).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from wagtail.models import Page

from opendata.admin_import import import_permissions
from translation.permissions import (
    ALL_LOCALES,
    editable_locale_ids,
    user_can_edit_translated_instance,
    user_may_restructure_page,
)
from translation.testing import PASSWORD, make_editor, make_moderator, make_translator

pytestmark = pytest.mark.django_db

TRANSLATED = ["de", "fr", "el", "it", "pl", "es"]
ROLES = ["anonymous", "editor", "moderator", "translator", "superuser"]

# fmt: off
MATRIX = {
    #                anonymous  editor  moderator  translator  superuser
    "view draft":   ("",        "en",   "en tr",   "own",      "en tr"),
    "edit":         ("",        "en",   "en tr",   "own",      "en tr"),
    "publish":      ("",        "",     "en tr",   "own",      "en tr"),
    "delete":       ("",        "",     "en tr",   "",         "en tr"),
    "move":         ("",        "",     "en tr",   "",         "en tr"),
    "translate":    ("",        "",     "en tr",   "en own",   "en tr"),
    "restrict":     ("",        "",     "en",      "",         "en"),
    "run imports":  ("",        "*",    "*",       "",         "*"),
}
# fmt: on

# Where a page type departs from its row: {(action, page type): {role: cell}}.
# The home pages are the roots of the language trees: only a superuser moves or deletes
# them (deleting the English one would delete every language's site).
EXCEPTIONS = {
    ("delete", "HomePage"): {"moderator": "", "superuser": "en tr"},
    ("move", "HomePage"): {"moderator": "", "superuser": "en tr"},
}

PAGE_KEYS = {
    "HomePage": "home",
    "CityIndexPage": "city_index",
    "CityPage": "berlin",
    "ApproachPage": "approach",
    "ApproachIndexPage": "approach_index",
    "NetworkIndexPage": "network_index",
    "NetworkPage": "network",
    "NewsIndexPage": "news_index",
    "NewsPage": "news",
    "StandardPage": "about",
}


def view_draft(user, page):
    permissions = page.permissions_for_user(user)  # wagtail's ViewDraftView
    return permissions.can_publish() or permissions.can_edit()


def translate(user, page):
    """English: may start a translation into a language they work in (our submit view);
    another language: may work on that version in wagtail-localize's editor."""
    if not user.has_perm("wagtail_localize.submit_translation"):
        return False
    if page.locale.language_code != "en":
        return user_can_edit_translated_instance(user, page)
    ids = editable_locale_ids(user)
    return ids is ALL_LOCALES or any(pk != page.locale_id for pk in ids)


CHECKS = {
    "view draft": view_draft,
    "edit": lambda user, page: page.permissions_for_user(user).can_edit(),
    "publish": lambda user, page: page.permissions_for_user(user).can_publish(),
    # Wagtail's checks, plus translation's before_delete_page / before_move_page hooks.
    "delete": lambda user, page: page.permissions_for_user(user).can_delete()
    and user_may_restructure_page(user, page),
    "move": lambda user, page: page.permissions_for_user(user).can_move()
    and user_may_restructure_page(user, page),
    "translate": translate,
    "restrict": lambda user, page: page.permissions_for_user(user).can_set_view_restrictions(),
    "run imports": lambda user, page: import_permissions(user)[0],
}


def make_role(role, language):
    if role == "anonymous":
        return AnonymousUser()
    if role == "editor":
        return make_editor()
    if role == "moderator":
        return make_moderator()
    if role == "translator":
        return make_translator(language)
    return get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)


def expected(action, page_type, role, language_relation):
    cell = MATRIX[action][ROLES.index(role)]
    cell = EXCEPTIONS.get((action, page_type), {}).get(role, cell)
    if cell == "*":
        return True
    allowed = set(cell.replace("tr", "own other").split())
    return language_relation in allowed


def role_cases():
    for role in ROLES:
        if role == "translator":
            yield from ((role, code) for code in TRANSLATED)
        else:
            yield role, "de"


@pytest.mark.parametrize(("role", "language"), list(role_cases()))
def test_permission_matrix(site_tree, role, language):
    other = "fr" if language != "fr" else "de"
    relations = {"en": "en", language: "own", other: "other"}
    user = make_role(role, language)
    english = {page_type: site_tree[key] for page_type, key in PAGE_KEYS.items()}
    versions = Page.objects.filter(
        translation_key__in=[page.translation_key for page in english.values()],
        locale__language_code__in=relations,
    ).select_related("locale").specific()
    type_by_key = {page.translation_key: page_type for page_type, page in english.items()}

    wrong = []
    cells = 0
    for version in versions:
        page_type = type_by_key[version.translation_key]
        relation = relations[version.locale.language_code]
        page = version
        for action, check in CHECKS.items():
            cells += 1
            want = expected(action, page_type, role, relation)
            if bool(check(user, page)) != want:
                wrong.append(f"{action} / {page_type} / {relation}: expected {want}")
    assert cells == len(PAGE_KEYS) * len(relations) * len(MATRIX)
    assert not wrong, f"{role} ({language}):\n" + "\n".join(wrong)


def test_every_row_has_a_check_and_a_cell_per_role():
    assert set(CHECKS) == set(MATRIX)
    assert all(len(cells) == len(ROLES) for cells in MATRIX.values())


def allowed(response):
    return response.status_code == 200


def test_the_admin_views_agree_with_the_matrix(client, site_tree):
    """The checks above are what the admin asks: its pages let in exactly those cells."""
    berlin = site_tree["berlin"]
    german = berlin.get_translation(type(berlin.locale).objects.get(language_code="de"))
    views = {
        "view draft": ["wagtailadmin_pages:view_draft"],
        "edit": ["wagtailadmin_pages:edit"],
        "delete": ["wagtailadmin_pages:delete"],
        # Wagtail checks when a destination is chosen, our hook when it is confirmed.
        "move": ["wagtailadmin_pages:move", "wagtailadmin_pages:move_confirm"],
        "restrict": ["wagtailadmin_pages:set_privacy"],
    }
    for role in ("editor", "translator"):
        user = make_role(role, "de")
        client.force_login(user)
        for page, relation in ((berlin, "en"), (german, "own")):
            for action, names in views.items():
                responses = [
                    client.get(reverse(name, args=[page.pk, page.get_parent().pk][:arity]))
                    for name, arity in zip(names, (1, 2), strict=False)
                ]
                assert all(map(allowed, responses)) == expected(
                    action, "CityPage", role, relation
                ), (role, action, relation, [r.status_code for r in responses])
        response = client.get(reverse("opendata_import_cities"))
        assert allowed(response) == expected("run imports", "CityPage", role, "en"), role


# fmt: off
SNIPPET_MATRIX = {
    # action: (permission, allowed for anonymous, editor, moderator, translator, superuser)
    "see suggestions":     ("contributions.view_citysuggestion",      (0, 1, 1, 0, 1)),
    "decide suggestions":  ("contributions.change_citysuggestion",    (0, 1, 1, 0, 1)),
    "delete suggestions":  ("contributions.delete_citysuggestion",    (0, 0, 1, 0, 1)),
    "add suggestions":     ("contributions.add_citysuggestion",       (0, 0, 0, 0, 1)),
    "add partners":        ("partners.add_partner",                   (0, 1, 1, 0, 1)),
    "edit partners":       ("partners.change_partner",                (0, 1, 1, 1, 1)),
    "delete partners":     ("partners.delete_partner",                (0, 0, 1, 0, 1)),
    "add site texts":      ("home.add_sitetexts",                     (0, 1, 1, 0, 1)),
    "edit site texts":     ("home.change_sitetexts",                  (0, 1, 1, 1, 1)),
    "delete site texts":   ("home.delete_sitetexts",                  (0, 0, 1, 0, 1)),
}
# fmt: on


@pytest.mark.parametrize("role", ROLES)
def test_snippet_permission_matrix(site_tree, role):
    """Suggestions hold contact details: translators never see them; only the public form
    adds them. Partners and site texts are written by editors, translated by translators."""
    user = make_role(role, "de")
    wrong = [
        f"{action}: expected {cells[ROLES.index(role)]}"
        for action, (permission, cells) in SNIPPET_MATRIX.items()
        if user.has_perm(permission) != bool(cells[ROLES.index(role)])
    ]
    assert not wrong, f"{role}:\n" + "\n".join(wrong)

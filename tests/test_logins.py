"""Logins are throttled (django-axes): by username and, separately, by address, with the
proxy's client-IP header; a clear message; moderators unlock; the admin's path is
configurable."""

import importlib

import pytest
from django.test import RequestFactory
from django.urls import clear_url_caches, reverse

from movingcities import middleware as language_middleware
from security.clientip import client_ip
from translation.testing import PASSWORD, make_editor, make_moderator

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"


@pytest.fixture(autouse=True)
def throttling(settings):
    """django-axes is off in the other tests (Django's test client logs in without a
    request, which it refuses); these tests switch it on, with its default limit."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5


def login(client, username, password, ip=ATTACKER, **headers):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        **headers,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def test_a_dozen_wrong_passwords_then_the_right_one_do_not_log_in(client):
    editor = make_editor()
    for _ in range(12):  # the issue found 30 in a minute; the limit is 5
        response = login(client, editor.username, "guess")
        assert response.status_code in (200, 429)
    response = login(client, editor.username, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)
    page = response.content.decode()
    assert "Too many failed logins" in page
    assert "30 minutes" in page and "ask a moderator to unlock" in page


def test_a_username_is_locked_whatever_the_address(client):
    editor = make_editor()
    for number in range(5):
        login(client, editor.username, "guess", ip=f"198.51.100.{number}")
    assert login(client, editor.username, PASSWORD, ip="192.0.2.50").status_code == 429
    other = make_editor("other-editor")
    assert login(client, other.username, PASSWORD, ip="192.0.2.50").status_code == 302


def test_an_address_is_locked_whatever_the_username(client):
    for number in range(5):
        login(client, f"someone-{number}", "guess")
    editor = make_editor()
    assert login(client, editor.username, PASSWORD).status_code == 429
    assert login(client, editor.username, PASSWORD, ip="192.0.2.50").status_code == 302


def test_a_successful_login_clears_the_count(client):
    editor = make_editor()
    for _ in range(4):
        login(client, editor.username, "guess")
    assert login(client, editor.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        login(client, editor.username, "guess")
    assert login(client, editor.username, PASSWORD).status_code == 302


def test_behind_a_proxy_the_client_is_read_from_its_header(client, settings):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for number in range(5):
        # The attacker forges addresses on the left; our proxy appends the real one.
        login(client, f"someone-{number}", "guess", ip=proxy,
              HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, {ATTACKER}")
    editor = make_editor()
    locked = login(client, editor.username, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=ATTACKER)
    assert locked.status_code == 429
    other_reader = login(
        client, editor.username, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.20"
    )
    assert other_reader.status_code == 302


def test_the_client_address_rules():
    factory = RequestFactory()

    def address(header=None, count=1, **meta):
        from django.test import override_settings

        with override_settings(CLIENT_IP_HEADER=header or "", TRUSTED_PROXY_COUNT=count):
            return client_ip(factory.get("/", **meta))

    assert address(REMOTE_ADDR="10.0.0.2") == "10.0.0.2"
    assert address(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4") == "10.0.0.2"
    forwarded = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 1.2.3.4, 10.0.0.9"}
    assert address("X-Forwarded-For", 1, **forwarded) == "10.0.0.9"
    assert address("X-Forwarded-For", 2, **forwarded) == "1.2.3.4"
    assert address("X-Forwarded-For", 5, **forwarded) == "10.0.0.2"  # too few: not trusted
    assert address("X-Real-IP", 1, REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP="2001:db8::1") == (
        "2001:db8::1"
    )
    assert address("X-Real-IP", 1, REMOTE_ADDR="10.0.0.2", HTTP_X_REAL_IP="nonsense") == (
        "10.0.0.2"
    )


def test_a_moderator_unlocks_a_locked_out_editor(client):
    editor = make_editor()
    for _ in range(5):
        login(client, editor.username, "guess")
    assert login(client, editor.username, PASSWORD, ip="192.0.2.60").status_code == 429

    other_editor = make_editor("other-editor")
    client.force_login(other_editor)
    url = reverse("security_lockouts")
    assert client.get(url).status_code in (302, 403)
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()

    moderator = make_moderator()
    client.force_login(moderator)
    page = client.get(url).content.decode()
    assert editor.username in page and ATTACKER in page
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()  # Settings menu
    response = client.post(url, {"kind": "username", "value": editor.username}, follow=True)
    assert f"“{editor.username}” may log in again." in response.content.decode()
    client.post(url, {"kind": "ip_address", "value": ATTACKER})
    assert client.post(url, {"kind": "nonsense", "value": "x"}).status_code == 302
    client.logout()
    assert login(client, editor.username, PASSWORD).status_code == 302


@pytest.fixture
def admin_at(settings):
    """Serve the admin at another path, as ADMIN_PATH would at start-up."""
    from movingcities import urls

    def move(path):
        settings.ADMIN_PATH = path
        importlib.reload(urls)
        clear_url_caches()
        language_middleware.machine_prefixes.cache_clear()

    yield move
    settings.ADMIN_PATH = "admin"
    importlib.reload(urls)
    clear_url_caches()
    language_middleware.machine_prefixes.cache_clear()


def test_the_admin_path_is_configurable(client, admin_at):
    admin_at("editors-desk")
    assert reverse("wagtailadmin_login") == "/editors-desk/login/"
    response = client.get("/editors-desk/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]  # the admin's policy
    assert client.get("/admin/login/", follow=True).status_code == 404
    assert client.get("/editors-desk/nothing/").status_code in (302, 404)

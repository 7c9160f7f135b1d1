"""A municipality sends "Add your city" in Polish and is thanked in Polish."""

import pytest

from contributions.models import CitySuggestion

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_form_sent_in_polish_thanks_in_polish(live_server, page, settings):
    settings.SUGGESTION_MIN_SECONDS = 0  # the time trap is tested without a browser
    page.goto(f"{live_server.url}/pl/add-your-city/")
    assert page.locator("html").get_attribute("lang") == "pl"
    page.fill("#id_city_name", "Gdańsk")
    page.select_option("#id_country", "PL")
    page.fill("#id_organisation", "Urząd Miejski w Gdańsku")
    page.fill("#id_contact_name", "Anna Kowalska")
    page.fill("#id_email", "anna@example.org")
    page.fill("#id_message", "Model integracji imigrantów od 2016 roku.")
    page.check("#id_consent")
    box = page.locator("#id_homepage").bounding_box()  # the honeypot stays out of sight
    assert box["x"] + box["width"] < 0
    page.get_by_role("button", name="Wyślij zgłoszenie").click()
    page.wait_for_url(f"{live_server.url}/pl/add-your-city/thanks/")
    assert page.get_by_role("heading", level=1).inner_text() == "Dziękujemy za zgłoszenie"
    suggestion = CitySuggestion.objects.get()
    assert (suggestion.city_name, suggestion.language) == ("Gdańsk", "pl")

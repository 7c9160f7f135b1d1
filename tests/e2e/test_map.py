"""The map in Chromium: markers, filters that update map, list and address, and phones.

Tiles are blocked by the fixtures, so these tests look at markers (drawn on a canvas;
map.js reports their number in `data-marker-count`) and at Leaflet's state, not at tiles.
"""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MAP = "[data-map]"


@pytest.fixture
def cities(site_tree):
    """The test site's four cities: Berlin (in-depth profile), Potsdam, Lyon and Valencia;
    Safe Harbours has Berlin and Potsdam, Solidarity Cities Berlin and Lyon."""
    return site_tree


def marker_count(page):
    page.wait_for_selector(f"{MAP}[data-marker-count]")
    return int(page.locator(MAP).first.get_attribute("data-marker-count"))


def wait_for_markers(page, count):
    page.wait_for_selector(f'{MAP}[data-marker-count="{count}"]:not([aria-busy])')


def listed_cities(page):
    return page.locator("#city-list li.card h3").all_inner_texts()


def test_the_map_shows_a_marker_for_every_city(live_server, page, cities):
    page.goto(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    featured = page.evaluate(
        """() => document.querySelector('[data-map]').mapState.layer.getLayers()
                 .filter(m => m.feature.properties.featured)
                 .map(m => [m.feature.properties.name, m.options.radius, m.options.fillColor])"""
    )
    assert featured == [["Berlin", 8, "#b8410e"]], "featured cities look different"
    page.goto(f"{live_server.url}/en/")
    wait_for_markers(page, 4)


def test_a_marker_popup_names_the_city_and_links_to_it(live_server, page, cities):
    page.goto(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    page.evaluate(
        """() => document.querySelector('[data-map]').mapState.layer.getLayers()
                 .find(m => m.feature.properties.name === 'Berlin').openPopup()"""
    )
    popup = page.locator(".leaflet-popup-content")
    popup.get_by_role("link", name="Berlin").wait_for()
    text = popup.inner_text()
    assert "Germany" in text and "Safe Harbours" in text and "In-depth profile" in text
    assert (
        popup.get_by_role("link", name="Berlin")
        .get_attribute("href")
        .endswith("/en/cities/berlin/")
    )


def test_choosing_a_network_shrinks_markers_and_list_and_changes_the_url(live_server, page, cities):
    page.goto(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    assert len(listed_cities(page)) == 4

    page.get_by_label("Network").select_option("safe-harbours")
    wait_for_markers(page, 2)
    page.wait_for_url("**/en/cities/?network=safe-harbours")
    page.wait_for_function("document.querySelectorAll('#city-list li.card').length === 2")
    assert listed_cities(page) == ["Berlin", "Potsdam"]
    assert "2 cities" in page.locator("#result-count").inner_text()

    page.get_by_label("Country").select_option("DE")
    page.wait_for_url("**/en/cities/?country=DE&network=safe-harbours")

    page.go_back()
    page.wait_for_url("**/en/cities/?network=safe-harbours")
    assert page.get_by_label("Country").input_value() == ""
    wait_for_markers(page, 2)

    page.go_back()
    page.wait_for_url(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    page.wait_for_function("document.querySelectorAll('#city-list li.card').length === 4")
    assert page.get_by_label("Network").input_value() == ""

    # The address is shareable: opening it shows the same filtered map and list.
    page.goto(f"{live_server.url}/en/cities/?network=solidarity-cities")
    wait_for_markers(page, 2)
    assert listed_cities(page) == ["Berlin", "Lyon"]
    assert page.get_by_label("Network").input_value() == "solidarity-cities"


def test_on_a_phone_the_map_is_full_width_and_usable(live_server, phone_page, cities):
    page = phone_page
    for path in ("/en/", "/en/cities/"):
        page.goto(f"{live_server.url}{path}")
        wait_for_markers(page, 4)
        box = page.locator(MAP).first.bounding_box()
        assert box["width"] >= 350 and box["height"] >= 300, box
        assert page.locator(MAP).first.is_visible()

    map_state = "document.querySelector('[data-map]').mapState.map"
    zoom = page.evaluate(f"{map_state}.getZoom()")
    page.locator(".leaflet-control-zoom-in").tap()
    page.wait_for_function(f"{map_state}.getZoom() > {zoom}")

    # Tap Lyon's marker where Leaflet drew it; its popup opens.
    page.wait_for_timeout(400)  # let the zoom animation end
    page.evaluate(f"{map_state}.setView([45.76, 4.84], 6, {{animate: false}})")
    page.locator(MAP).first.scroll_into_view_if_needed()
    point = page.evaluate(f"{map_state}.latLngToContainerPoint([45.76, 4.84])")
    box = page.locator(MAP).first.bounding_box()
    page.touchscreen.tap(box["x"] + point["x"], box["y"] + point["y"])
    page.locator(".leaflet-popup-content").get_by_role("link", name="Lyon").wait_for()


MAP_STATE = "document.querySelector('[data-map]').mapState.map"
AT_REST = "() => { const y = scrollY, rest = window.lastY === y; window.lastY = y; return rest; }"


def touch_drag(page, start, fingers, step, steps=10):
    """Drag `fingers` touch points from `start` (page coordinates) by `step` per move,
    through Chromium's input pipeline, as a finger on a touch screen would."""
    cdp = page.context.new_cdp_session(page)

    def points(i):
        return [
            {"x": start[0] + 60 * n + step[0] * i, "y": start[1] + step[1] * i, "id": n}
            for n in range(fingers)
        ]

    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": points(0)})
    for i in range(1, steps + 1):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points(i)})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_on_a_phone_one_finger_scrolls_the_page_and_two_fingers_move_the_map(
    live_server, phone_page, cities
):
    page = phone_page
    page.goto(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    # The first view fits every marker (Valencia to Berlin on a 390 px wide screen).
    assert page.evaluate(
        f"""() => {{ const bounds = {MAP_STATE}.getBounds();
              return document.querySelector('[data-map]').mapState.layer.getLayers()
                .every(m => bounds.contains(m.getLatLng())); }}"""
    )
    page.evaluate("window.scrollTo(0, 0)")
    box = page.locator(MAP).bounding_box()
    centre = page.evaluate(f"{MAP_STATE}.getCenter()")
    touch_drag(page, (box["x"] + 150, min(box["y"] + 80, 800)), fingers=1, step=(0, -30))
    page.wait_for_function("window.scrollY > 200")
    assert page.evaluate(f"{MAP_STATE}.getCenter()") == centre, "one finger moved the map"
    hint = page.locator(".map-hint")
    assert "map-hint--shown" in hint.get_attribute("class")
    assert hint.inner_text() == "Use two fingers to move the map"

    page.wait_for_function(AT_REST, polling=200)  # the page's fling has come to rest
    scrolled = page.evaluate("window.scrollY")
    box = page.locator(MAP).bounding_box()
    touch_drag(page, (box["x"] + 120, box["y"] + box["height"] / 2), fingers=2, step=(0, 15))
    page.wait_for_function(
        f"{MAP_STATE}.getCenter().lat !== {centre['lat']}", polling=100, timeout=5000
    )
    assert page.evaluate("window.scrollY") == scrolled, "two fingers scrolled the page"


def test_wheel_waits_for_a_click_and_close_markers_can_each_be_chosen(
    live_server, page, cities
):
    page.goto(f"{live_server.url}/en/cities/")
    wait_for_markers(page, 4)
    box = page.locator(MAP).bounding_box()
    zoom = page.evaluate(f"{MAP_STATE}.getZoom()")
    page.mouse.move(box["x"] + 30, box["y"] + 30)
    page.mouse.wheel(0, 300)
    page.wait_for_function("window.scrollY > 0")
    assert page.evaluate(f"{MAP_STATE}.getZoom()") == zoom, "the wheel zoomed an idle map"

    # Berlin and Potsdam lie a few pixels apart at this zoom: a click on them lists both.
    page.evaluate("window.scrollTo(0, 0)")
    page.evaluate(f"{MAP_STATE}.setView([52.45, 13.2], 5, {{animate: false}})")
    box = page.locator(MAP).bounding_box()
    point = page.evaluate(f"{MAP_STATE}.latLngToContainerPoint([52.52, 13.40])")
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.get_by_role("link", name="Potsdam").wait_for()
    assert popup.get_by_role("link", name="Berlin").is_visible()

    # After that click the wheel zooms, one step at a time, never out to the whole world.
    zoom = page.evaluate(f"{MAP_STATE}.getZoom()")
    page.mouse.move(box["x"] + box["width"] - 40, box["y"] + box["height"] - 60)  # off the popup
    page.mouse.wheel(0, 100)
    page.wait_for_function(f"{MAP_STATE}.getZoom() < {zoom}")
    page.wait_for_timeout(400)
    assert page.evaluate(f"{MAP_STATE}.getZoom()") >= zoom - 1

    # A city without a profile: its mini-map's legend names what its dot is, nothing else.
    page.goto(f"{live_server.url}/en/cities/potsdam/")
    wait_for_markers(page, 1)
    assert page.locator(".map-legend").inner_text() == "Listed city"

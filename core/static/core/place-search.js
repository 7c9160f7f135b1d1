/* The location picker's "find by name": a search box beside the lat/lng box that asks
 * the admin's gazetteer endpoint (opendata/place_search.py) for places called so in the
 * city's country, and puts the chosen one into the lat/lng box. The widget
 * (wagtailgeowidget's leaflet-field.js) then moves the marker and stores the location,
 * exactly as when an editor types "latitude, longitude". */
(function () {
  "use strict";

  function adminRoot() {
    var config = document.getElementById("wagtail-config");
    try {
      var pages = JSON.parse(config.textContent).ADMIN_URLS.PAGES;
      return pages.replace(/pages\/$/, "");
    } catch (error) {
      return "/admin/";
    }
  }

  function strings() {
    var data = document.getElementById("place-search-strings");
    var fallback = { label: "Find a place by name", find: "Find", none: "No place found." };
    return data ? JSON.parse(data.textContent) : fallback;
  }

  function setLatLng(latLngInput, lat, lng) {
    latLngInput.value = lat + "," + lng;
    latLngInput.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function addSearch(latLngInput) {
    if (latLngInput.dataset.placeSearch) return;
    latLngInput.dataset.placeSearch = "on";
    var box = document.createElement("div");
    box.className = "place-search";
    var label = document.createElement("label");
    label.textContent = strings().label;
    var input = document.createElement("input");
    input.type = "search";
    input.id = latLngInput.id + "_place";
    label.htmlFor = input.id;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small";
    button.textContent = strings().find;
    var results = document.createElement("ul");
    results.className = "place-search__results";
    results.setAttribute("aria-live", "polite");
    box.append(label, input, button, results);
    latLngInput.parentNode.insertBefore(box, latLngInput);

    function search() {
      var country = document.getElementById("id_country");
      var url = adminRoot() + "places/search/?q=" + encodeURIComponent(input.value) +
        "&country=" + encodeURIComponent(country ? country.value : "");
      results.textContent = "";
      fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (data.error) {
            results.append(Object.assign(document.createElement("li"), { textContent: data.error }));
            return;
          }
          if (!data.results.length) {
            results.append(Object.assign(document.createElement("li"), { textContent: strings().none }));
          }
          data.results.forEach(function (place) {
            var choose = document.createElement("button");
            choose.type = "button";
            choose.className = "button button-secondary button-small";
            choose.textContent = place.name + (place.region ? " (" + place.region + ")" : "") +
              ", " + place.population.toLocaleString();
            choose.addEventListener("click", function () { setLatLng(latLngInput, place.lat, place.lng); });
            var item = document.createElement("li");
            item.append(choose);
            results.append(item);
          });
        });
    }
    button.addEventListener("click", search);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); search(); }
    });
  }

  function init() {
    document.querySelectorAll('input[id$="_latlng"]').forEach(addSearch);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

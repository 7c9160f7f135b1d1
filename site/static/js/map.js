/* Moving Cities maps: Leaflet with a canvas renderer, progressive enhancement only.
 *
 * Every map has a server-rendered list beside it and a server-rendered overview inside it
 * (replaced here), so nothing here is required to read the site. On the city index, the
 * filter form updates the markers, the list and the address without a reload; the back
 * button restores earlier filters.
 *
 * A map never traps the page: on touch screens one finger scrolls the page and two
 * fingers move and zoom the map (a hint says so); the mouse wheel zooms only after the
 * map was clicked or focused, and stops when the pointer leaves it.
 */
(function () {
  "use strict";

  var COLOURS = { regular: "#0b5c8a", featured: "#b8410e", outline: "#1d2330" };

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function popupContent(props, container) {
    var box = el("div");
    var title = el("h3");
    if (props.url) title.appendChild(el("a", props.name, { href: props.url }));
    else title.textContent = props.name;
    box.appendChild(title);
    var meta = [props.country_name || props.country].filter(Boolean);
    if (props.featured) meta.push(container.dataset.labelFeatured || "In-depth profile");
    if (meta.length) box.appendChild(el("p", meta.join(" · ")));
    if (props.networks && props.networks.length) {
      box.appendChild(el("p", props.networks.map(function (n) { return n.name; }).join(", ")));
    }
    if (props.approaches_label) box.appendChild(el("p", props.approaches_label));
    return box;
  }

  function approachesLabel(container, count) {
    if (!count) return "";
    return (container.dataset.labelApproaches || "Local approaches:") + " " + count;
  }

  function createMap(container) {
    var centre = JSON.parse(container.dataset.centre || "[50, 10]");
    var overview = container.querySelector(".map-overview");
    if (overview) overview.remove();
    var touch = L.Browser.touch && window.matchMedia("(pointer: coarse)").matches;
    var map = L.map(container, {
      preferCanvas: true,
      center: centre,
      zoom: Number(container.dataset.zoom || 4),
      scrollWheelZoom: false,
      // A wheel notch moves one zoom level at most, and never past a view of Europe.
      wheelPxPerZoomLevel: 120,
      minZoom: 3,
      // One finger belongs to the page; Leaflet's two-finger pinch also pans the map.
      dragging: !touch,
      tap: true,
    });
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, {
        attribution: container.dataset.tileAttribution || "",
        maxZoom: 18,
      }).addTo(map);
    }
    activateWheelOnUse(map, container);
    if (touch) addGestureHint(map, container);
    var layer = L.layerGroup().addTo(map);
    // A finger needs a larger hit area than a mouse pointer around the small markers.
    var renderer = L.canvas({ padding: 0.5, tolerance: L.Browser.touch ? 12 : 6 });
    var legend = addLegend(map, container);
    return { map: map, layer: layer, renderer: renderer, container: container, legend: legend, requests: 0 };
  }

  function activateWheelOnUse(map, container) {
    // The wheel scrolls the page until the reader clicks into the map or tabs to it.
    function on() { map.scrollWheelZoom.enable(); container.dataset.active = "true"; }
    function off() { map.scrollWheelZoom.disable(); delete container.dataset.active; }
    map.on("focus click", on);
    map.on("blur", off);
    container.addEventListener("mouseleave", off);
  }

  function addGestureHint(map, container) {
    var hint = el("p", container.dataset.labelGesture || "", { class: "map-hint", "aria-hidden": "true" });
    container.appendChild(hint);
    var timer;
    container.addEventListener("touchmove", function (event) {
      if (event.touches.length !== 1) { hint.classList.remove("map-hint--shown"); return; }
      hint.classList.add("map-hint--shown");
      clearTimeout(timer);
      timer = setTimeout(function () { hint.classList.remove("map-hint--shown"); }, 1500);
    }, { passive: true });
  }

  function addLegend(map, container) {
    // Filled in by showFeatures: only the kinds of marker the map really shows.
    var legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () { return el("div", "", { class: "map-legend", hidden: "" }); };
    legend.addTo(map);
    return legend;
  }

  function updateLegend(state, features) {
    var box = state.legend.getContainer();
    box.textContent = "";
    var kinds = [
      [false, COLOURS.regular, state.container.dataset.labelRegular],
      [true, COLOURS.featured, state.container.dataset.labelFeatured],
    ];
    var shown = 0;
    kinds.forEach(function (kind) {
      var present = features.some(function (f) { return !!(f.properties || f).featured === kind[0]; });
      if (!present || !kind[2]) return;
      var item = el("span", "", { class: "map-legend__item" });
      var swatch = el("span", "", { class: "map-legend__swatch", "aria-hidden": "true" });
      swatch.style.background = kind[1];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(kind[2]));
      box.appendChild(item);
      shown += 1;
    });
    box.hidden = shown === 0;
  }

  function markersNear(state, marker) {
    // Markers drawn within a fingertip of this one (Berlin and Potsdam at low zoom).
    var map = state.map;
    var here = map.latLngToContainerPoint(marker.getLatLng());
    var reach = state.renderer.options.tolerance + 8;
    return state.layer.getLayers().filter(function (other) {
      return map.latLngToContainerPoint(other.getLatLng()).distanceTo(here) <= reach;
    });
  }

  function clusterContent(markers, container) {
    // Every city under the finger, each with its own link, so each one can be reached.
    var list = el("ul", "", { class: "map-popup-list" });
    markers.forEach(function (marker) {
      var item = el("li");
      item.appendChild(popupContent(marker.feature.properties, container));
      list.appendChild(item);
    });
    return list;
  }

  // Markers are made in slices, each a short task, so that a thousand of them never block
  // the page (a phone's main thread stays free for scrolling and taps while they appear).
  var SLICE = 200;

  function makeMarker(state, feature) {
    var props = feature.properties || feature;
    var lat = feature.geometry ? feature.geometry.coordinates[1] : feature.lat;
    var lng = feature.geometry ? feature.geometry.coordinates[0] : feature.lng;
    props.approaches_label = approachesLabel(state.container, props.approaches);
    var marker = L.circleMarker([lat, lng], {
      renderer: state.renderer,
      radius: props.featured ? 8 : 5,
      color: props.featured ? COLOURS.outline : "#ffffff",
      weight: props.featured ? 2 : 1,
      fillColor: props.featured ? COLOURS.featured : COLOURS.regular,
      fillOpacity: 0.9,
    });
    marker.feature = { properties: props };
    marker.on("click", function () {
      var near = markersNear(state, marker);
      var content = near.length > 1 ? clusterContent(near, state.container) : popupContent(props, state.container);
      L.popup().setLatLng(marker.getLatLng()).setContent(content).openOn(state.map);
    });
    marker.openPopup = function () { marker.fire("click"); return marker; };
    return marker;
  }

  function showFeatures(state, features, fit) {
    var drawing = (state.drawing || 0) + 1;
    state.drawing = drawing;
    state.layer.clearLayers();
    if (fit && features.length) {
      var bounds = features.map(function (feature) {
        return feature.geometry
          ? [feature.geometry.coordinates[1], feature.geometry.coordinates[0]]
          : [feature.lat, feature.lng];
      });
      // Fractional zoom so that the first view on a narrow phone still shows every marker.
      state.map.options.zoomSnap = 0.25;
      // The first view appears in place; a zoom animated from the default centre would
      // also swallow the reader's first tap on + or − (Leaflet drops a zoom asked for
      // while one is animating). Later fits, after a filter, glide.
      state.map.fitBounds(bounds, {
        padding: [16, 16],
        maxZoom: bounds.length === 1 ? 9 : 8,
        animate: Boolean(state.fitted),
      });
      state.fitted = true;
    }
    function slice(start) {
      if (drawing !== state.drawing) return; // newer filters arrived: they draw instead
      features.slice(start, start + SLICE).forEach(function (feature) {
        state.layer.addLayer(makeMarker(state, feature));
      });
      if (start + SLICE < features.length) {
        setTimeout(function () { slice(start + SLICE); }, 0);
        return;
      }
      state.container.dataset.markerCount = String(features.length);
      updateLegend(state, features);
      state.container.dispatchEvent(new CustomEvent("map:updated", { detail: features.length }));
    }
    slice(0);
  }

  function loadGeoJSON(state, url, fit) {
    // Filters can change faster than answers arrive: only the latest request may draw.
    var request = ++state.requests;
    state.container.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        if (request !== state.requests) return;
        delete state.container.dataset.error;
        showFeatures(state, data.features, fit);
      })
      .catch(function () { if (request === state.requests) state.container.dataset.error = "true"; })
      .finally(function () {
        if (request === state.requests) state.container.removeAttribute("aria-busy");
      });
  }

  function formQuery(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value === "") return;
      params.set(key, value === "on" ? "true" : value);
    });
    return params.toString();
  }

  function geojsonUrl(container, query) {
    var base = container.dataset.geojsonUrl.split("?");
    var params = new URLSearchParams(base[1] || "");
    var lang = params.get("lang");
    var next = new URLSearchParams(query);
    if (lang) next.set("lang", lang);
    return base[0] + "?" + next.toString();
  }

  function setFormFromQuery(form, query) {
    var params = new URLSearchParams(query);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return;
      if (field.type === "checkbox") field.checked = params.get(field.name) === "true";
      else if (field.tagName === "SELECT" || field.type === "text" || field.type === "search") {
        field.value = params.get(field.name) || "";
      }
    });
  }

  var listRequests = 0;

  function refreshList(query) {
    var list = document.querySelector(".map-list");
    if (!list) return Promise.resolve();
    var request = ++listRequests;
    return fetch(window.location.pathname + (query ? "?" + query : ""), {
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        if (request !== listRequests) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector(".map-list");
        if (!fresh) return;
        // Keep the live region itself, so screen readers announce its new text.
        var status = list.querySelector("[role=status]");
        var freshStatus = fresh.querySelector("[role=status]");
        list.innerHTML = fresh.innerHTML;
        var placeholder = list.querySelector("[role=status]");
        if (status && freshStatus && placeholder) {
          placeholder.replaceWith(status);
          status.textContent = freshStatus.textContent;
        }
      });
  }

  function enhanceFilters(state) {
    var form = document.getElementById("filters");
    if (!form || !state.container.dataset.geojsonUrl) return;
    function apply(query, push) {
      if (push) history.pushState({ query: query }, "", query ? "?" + query : window.location.pathname);
      return Promise.all([loadGeoJSON(state, geojsonUrl(state.container, query), true), refreshList(query)]);
    }
    form.addEventListener("change", function () { apply(formQuery(form), true); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply(formQuery(form), true);
    });
    window.addEventListener("popstate", function () {
      var query = window.location.search.replace(/^\?/, "");
      setFormFromQuery(form, query);
      apply(query, false);
    });
  }

  function init() {
    if (!window.L) return;
    Array.prototype.forEach.call(document.querySelectorAll("[data-map]"), function (container) {
      var state = createMap(container);
      container.mapState = state;
      if (container.dataset.points) {
        var source = document.getElementById(container.dataset.points);
        showFeatures(state, JSON.parse(source.textContent), true);
      } else if (container.dataset.geojsonUrl) {
        // The first view fits every marker of the current filter.
        loadGeoJSON(state, container.dataset.geojsonUrl, true);
        enhanceFilters(state);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

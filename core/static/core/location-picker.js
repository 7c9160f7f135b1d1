/* The city's location picker: wagtailgeowidget's LeafletField (leaflet-field.js,
 * wagtailgeowidget 9.1.0), extended rather than copied.
 *
 * Upstream shows a marker at GEO_WIDGET_DEFAULT_LOCATION and writes it into the
 * "latitude, longitude" box even when the field is empty, yet stores nothing: a new city
 * looked placed when it was not. A click on the map did nothing either. Here:
 * - an empty field shows no marker, a map of Europe and a note saying how to place it;
 * - a click on the map places the marker and stores the point, as dragging does;
 * - emptying the "latitude, longitude" box empties the field and removes the marker.
 * Everything else (dragging, typing coordinates, zoom) is upstream's code. The controller
 * below replaces upstream's "leaflet-field" one only to construct this class instead. */
(function () {
  "use strict";

  function LocationPicker(options) {
    this.emptyZoom = options.emptyZoom;
    this.emptyNote = options.emptyNote;
    LeafletField.call(this, options);
  }
  LocationPicker.prototype = Object.create(LeafletField.prototype);
  LocationPicker.prototype.constructor = LocationPicker;

  /* The stored point, or null when empty or unreadable (upstream's parser throws then). */
  LocationPicker.prototype.storedLatLng = function () {
    var struct;
    try {
      struct = LeafletField.locationStringToStruct(this.getState());
    } catch (error) {
      return null;
    }
    if (!struct.defaultLocation) return null;
    return this.parseStrToLatLng(struct.defaultLocation.lat + "," + struct.defaultLocation.lng);
  };

  /* Upstream's setup() puts the default location into the box and the marker on it. */
  LocationPicker.prototype.setup = function () {
    if (this.hasSetup) return;
    var self = this;
    var stored = this.storedLatLng();
    this.initMap(this.mapEl, stored || this.defaultLocation);
    this.initEvents();
    if (stored) {
      this.setMapPosition(stored);
      this.updateLatLng(stored);
    } else {
      this.map.setZoom(this.emptyZoom);
      this.showEmpty();
    }
    this.checkVisibility(function () {
      self.map.invalidateSize();
      var current = self.storedLatLng();
      self.map.setView(current || self.defaultLocation, current ? self.zoom : self.emptyZoom);
      self.mapEl[0].dataset.sized = "true"; // laid out: for whoever waits on it (browser tests)
    });
    this.hasSetup = true;
  };

  /* Upstream's marker, kept off the map until there is a location to show. */
  LocationPicker.prototype.initMap = function (mapEl, center) {
    LeafletField.prototype.initMap.call(this, mapEl, center);
    this.marker.remove();
  };

  LocationPicker.prototype.initEvents = function () {
    LeafletField.prototype.initEvents.call(this);
    var self = this;
    this.map.on("click", function (event) {
      self.clearFieldMessage({ field: self.latLngField });
      self.setMapPosition(event.latlng);
      self.updateLatLng(event.latlng);
      self.writeLocation(event.latlng);
    });
    // Runs after upstream's own "input" handler, which only knows coordinates.
    this.latLngField.on("input", function () {
      if ($(this).val().trim() === "") {
        self.clearFieldMessage({ field: self.latLngField });
        self.clearLocation();
      }
    });
  };

  /* Upstream throws on text without a comma ("Wuppertal") instead of returning null. */
  LocationPicker.prototype.parseStrToLatLng = function (value) {
    var parts = value.split(",");
    if (parts.length !== 2) return null;
    return LeafletField.prototype.parseStrToLatLng.call(this, value);
  };

  LocationPicker.prototype.setMapPosition = function (latLng) {
    if (!this.map.hasLayer(this.marker)) this.marker.addTo(this.map);
    LeafletField.prototype.setMapPosition.call(this, latLng);
  };

  LocationPicker.prototype.writeLocation = function (latLng) {
    LeafletField.prototype.writeLocation.call(this, latLng);
    this.hideEmpty();
  };

  LocationPicker.prototype.clearLocation = function () {
    this.setState("");
    this.marker.remove();
    this.showEmpty();
  };

  LocationPicker.prototype.showEmpty = function () {
    if (!this.note) {
      this.note = document.createElement("p");
      this.note.className = "help location-picker__empty";
      this.note.setAttribute("role", "status");
      this.note.textContent = this.emptyNote;
      this.mapEl[0].parentNode.insertBefore(this.note, this.mapEl[0]);
    }
    this.note.hidden = false;
  };

  LocationPicker.prototype.hideEmpty = function () {
    if (this.note) this.note.hidden = true;
  };

  /* Upstream's LeafletFieldController, constructing a LocationPicker. */
  class LocationPickerController extends window.StimulusModule.Controller {
    static values = { options: Object };

    connect() {
      var id = this.element.id;
      var namespace = id.indexOf("-") !== -1 ? id.split("-").slice(0, -1).join("-") + "-" : "id_";
      var options = this.optionsValue;
      new LocationPicker(Object.assign({}, options, {
        id: id,
        addressSelector: options.addressField ? "#" + namespace + options.addressField : null,
        zoomSelector: options.zoomField ? "#" + namespace + options.zoomField : null,
      }));
    }
  }

  window.wagtail.app.register("location-picker", LocationPickerController);
})();

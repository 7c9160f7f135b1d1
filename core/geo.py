"""Locations: wagtailgeowidget's point strings, its Leaflet picker served from our own
static files, and marker data for the public maps.

wagtailgeowidget stores a location as 'SRID=4326;POINT(lng lat)' and parses it with its
own helper. It hard-codes Leaflet from a CDN; offline or under a strict CSP the admin map
is then missing and its lat/lng box dead. The subclasses below swap in the Leaflet build
that django-leaflet ships (installed from PyPI), and upstream's script for our extension
of it (core/static/core/location-picker.js): an empty location shows no marker, a click
on the map places the city.
"""

import json

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext
from wagtailgeowidget.helpers import geosgeometry_str_to_struct
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField


def parse_point(value):
    """'SRID=4326;POINT(lng lat)' -> (lat, lng), or None when empty, malformed or off-globe."""
    struct = geosgeometry_str_to_struct((value or "").strip())
    if struct is None:
        return None
    try:
        lat, lng = float(struct["y"]), float(struct["x"])
    except ValueError:  # the helper's pattern admits "1.2.3"
        return None
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return lat, lng


def format_point(lat, lng):
    """(lat, lng) -> the string wagtailgeowidget stores ('SRID=4326;POINT(lng lat)')."""
    return f"SRID=4326;POINT({float(lng):.6f} {float(lat):.6f})"


# The zoom that shows Europe when a city has no location yet (the map is centred on
# GEO_WIDGET_DEFAULT_LOCATION); a placed city opens at GEO_WIDGET_ZOOM.
EMPTY_LOCATION_ZOOM = 4


class LocalLeafletField(LeafletField):
    @cached_property
    def media(self):
        return forms.Media(
            css={"all": ("wagtailgeowidget/css/leaflet-field.css", "leaflet/leaflet.css")},
            js=(
                "leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "core/location-picker.js",
                "core/place-search.js",
            ),
        )

    def build_attrs(self, *args, **kwargs):
        """Upstream's options, handed to our "location-picker" controller instead."""
        attrs = super().build_attrs(*args, **kwargs)
        options = attrs.pop("data-leaflet-field-options-value", None)
        if options is None:  # inside a StreamField, where telepath builds the widget
            return attrs
        options = json.loads(options)
        options["emptyZoom"] = EMPTY_LOCATION_ZOOM
        options["emptyNote"] = gettext(
            "No location yet: search a place, click the map or type 'latitude, longitude'."
        )
        attrs["data-controller"] = "location-picker"
        attrs["data-location-picker-options-value"] = json.dumps(options)
        return attrs


class LocalLeafletPanel(LeafletPanel):
    def widget_overrides(self):
        widgets = super().widget_overrides()
        original = widgets[self.field_name]
        widget = LocalLeafletField(
            address_field=original.address_field,
            zoom_field=original.zoom_field,
            hide_latlng=original.hide_latlng,
            zoom=original.zoom,
            srid=original.srid,
            id_prefix=original.id_prefix,
        )
        return {self.field_name: widget}


def map_points(cities, request=None):
    """Marker data for Leaflet maps embedded in a page (cities without coordinates skipped)."""
    points = []
    for city in cities:
        point = parse_point(city.location)
        if point:
            points.append(
                {
                    "name": city.title,
                    "lat": round(point[0], 5),
                    "lng": round(point[1], 5),
                    "featured": city.featured,
                    "url": city.get_url(request) if request is not None else None,
                }
            )
    return points

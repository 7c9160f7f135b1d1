"""Open-data endpoints (no language prefix: the language is a query parameter)."""

from django.urls import path

from . import api

urlpatterns = [
    path("cities.geojson", api.cities, {"fmt": "geojson"}, name="api-cities-geojson"),
    path("cities.csv", api.cities, {"fmt": "csv"}, name="api-cities-csv"),
]

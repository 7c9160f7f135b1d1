"""Open-data endpoints (no language prefix: the language is a query parameter)."""

from django.urls import path

from . import views

urlpatterns = [
    path("cities.geojson", views.cities, {"fmt": "geojson"}, name="api-cities-geojson"),
    path("cities.csv", views.cities, {"fmt": "csv"}, name="api-cities-csv"),
]

"""Well-known addresses outside the language prefix: robots.txt, security.txt, favicon."""

from django.urls import path

from . import views

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("favicon.ico", views.FaviconView.as_view(), name="favicon"),
]

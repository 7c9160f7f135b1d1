"""URLs: admin and machine endpoints without a language prefix, reader pages under /<lang>/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from contributions import views as contribution_views
from search import views as search_views

from .api import api_router
from .health import health_view
from .sitemaps import MultilingualSitemap

urlpatterns = [
    path("api/v1/", include("opendata.urls")),
    path("api/v2/", api_router.urls),
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", health_view(), name="health"),
    path("health/ready/", health_view(settings.HEALTH_CHECKS_READY), name="health_ready"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("", include("security.urls")),  # robots.txt, .well-known/security.txt, favicon.ico
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("add-your-city/", contribution_views.add_your_city, name="add_your_city"),
    path("add-your-city/thanks/", contribution_views.thanks, name="add_your_city_thanks"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

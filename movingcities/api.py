"""Wagtail's read-only API v2: pages, images and documents, for those who want raw content.

The endpoints check every query parameter first (opendata.pages_api): a bad one is a 400.
"""

from wagtail.api.v2.router import WagtailAPIRouter

from opendata.pages_api import (
    CheckedDocumentsAPIViewSet,
    CheckedImagesAPIViewSet,
    CheckedPagesAPIViewSet,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", CheckedPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)

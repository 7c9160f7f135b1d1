"""Values every template may need."""

import json

from django.conf import settings


def map_settings(request):
    """The public map's tile layer, attribution, centre and zoom (from settings)."""
    return {
        "map_settings": {
            "tile_url": settings.MAP_TILE_URL,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
            "centre": json.dumps(list(settings.MAP_CENTRE)),
            "zoom": settings.MAP_ZOOM,
        }
    }

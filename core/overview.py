"""The map without JavaScript: a server-rendered overview of where the cities are.

Leaflet needs JavaScript; without it the map's box would stay an empty grey area. Each
map therefore holds an SVG drawn here (positions on a plain equirectangular projection of
Europe, dots for cities, larger ones for in-depth profiles) with a title saying what it
shows; map.js replaces it with the interactive map. Dots closer than a pixel of the
drawing are drawn once, so thousands of cities stay a small SVG.
"""

import math
from dataclasses import dataclass

from .geo import parse_point

# The frame: Europe from the Azores' longitude to the Urals' foothills, Crete to the North Cape.
WEST, EAST, SOUTH, NORTH = -25.0, 45.0, 34.0, 72.0
WIDTH = 600
# Shrink longitudes by the cosine of the frame's middle latitude so that shapes look right.
X_SCALE = WIDTH / ((EAST - WEST) * math.cos(math.radians((SOUTH + NORTH) / 2)))
HEIGHT = round((NORTH - SOUTH) * X_SCALE)


@dataclass(frozen=True)
class Dot:
    x: int
    y: int
    featured: bool


def project(lat, lng):
    """(lat, lng) -> (x, y) in the overview's drawing, or None outside the frame."""
    if not (WEST <= lng <= EAST and SOUTH <= lat <= NORTH):
        return None
    x = (lng - WEST) / (EAST - WEST) * WIDTH
    y = (NORTH - lat) * X_SCALE
    return round(x), round(y)


def overview_dots(locations):
    """Dots for (location string, featured) pairs; featured dots drawn last (on top)."""
    dots = {}
    for location, featured in locations:
        point = parse_point(location)
        xy = point and project(*point)
        if xy:
            dots[xy] = dots.get(xy, False) or bool(featured)
    ordered = sorted(dots.items(), key=lambda item: item[1])
    return [Dot(x, y, featured) for (x, y), featured in ordered]


def graticule():
    """Faint lines every 10 degrees, so that the dots read as places on a map."""
    meridians = [project(SOUTH, lng)[0] for lng in range(-20, 45, 10)]
    parallels = [project(lat, WEST)[1] for lat in range(40, 72, 10)]
    return {"meridians": meridians, "parallels": parallels}


def overview(locations, label=""):
    """What includes/map_overview.html draws: the dots, the drawing's size, the count and,
    for a single place, its name beside its dot (`label`)."""
    locations = list(locations)
    dots = overview_dots(locations)
    return {
        "dots": dots,
        "label": label if label and len(dots) == 1 else "",
        "grid": graticule(),
        "width": WIDTH,
        "height": HEIGHT,
        "count": len(locations),
    }

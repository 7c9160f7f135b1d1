"""Finding the same place under another name: cities near a point, in the same country.

Lists use local names (Köln, München, Warszawa, Αθήνα) as often as English ones, and the
gazetteer resolves both to the same coordinates. So the import treats a city within
SAME_PLACE_KM of one already listed (or of an earlier row), in the same country, as that
city. A grid of cells about 11 km high keeps each look-up to a handful of comparisons.
"""

import math

from .gazetteer import distance_km

SAME_PLACE_KM = 3.0
CELL_DEGREES = 0.1  # ≥ 3.8 km east–west up to 70° north, so the 3×3 cells around a point
# always cover SAME_PLACE_KM


class PlaceGrid:
    """Items with a country and a point; `nearest()` finds the closest within a radius."""

    def __init__(self):
        self.cells = {}

    @staticmethod
    def cell(lat, lng):
        return math.floor(lat / CELL_DEGREES), math.floor(lng / CELL_DEGREES)

    def add(self, country, lat, lng, item):
        row, column = self.cell(lat, lng)
        self.cells.setdefault((country, row, column), []).append((lat, lng, item))

    def nearest(self, country, lat, lng, radius_km):
        """(item, km) of the nearest item within `radius_km` in `country`, or None."""
        row, column = self.cell(lat, lng)
        best = None
        for d_row in (-1, 0, 1):
            for d_column in (-1, 0, 1):
                for other_lat, other_lng, item in self.cells.get(
                    (country, row + d_row, column + d_column), ()
                ):
                    km = distance_km(lat, lng, other_lat, other_lng)
                    if km <= radius_km and (best is None or km < best[1]):
                        best = (item, km)
        return best

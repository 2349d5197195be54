"""A grid of square cells for finding points near a point (axes.py): a batch of 10,000 takings
compares each with its neighbours, not with all the others."""

from __future__ import annotations

import math

from ..places.gazetteer import distance_km


class Grid:
    """Points in square cells of about `cell_km` (north–south); near() yields (distance, item)
    within a radius, nearest() searches rings of cells outwards and stops once no nearer item
    can follow."""

    def __init__(self, cell_km: float) -> None:
        self.size = cell_km / 111.0
        self.cells: dict[tuple[int, int], list] = {}

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return (math.floor(lat / self.size), math.floor(lon / self.size))

    def add(self, lat: float, lon: float, item) -> None:
        self.cells.setdefault(self._cell(lat, lon), []).append((lat, lon, item))

    def _span(self, lat: float, radius_km: float) -> tuple[int, int]:
        # a degree of longitude shrinks towards the poles
        width = 111.0 * max(0.05, math.cos(math.radians(min(abs(lat), 85.0))))
        return math.ceil(radius_km / 111.0 / self.size), math.ceil(radius_km / width / self.size)

    def near(self, lat: float, lon: float, radius_km: float):
        cy, cx = self._cell(lat, lon)
        dy, dx = self._span(lat, radius_km)
        if (2 * dy + 1) * (2 * dx + 1) > 4 * len(self.cells):
            cells = [c for c in self.cells if abs(c[0] - cy) <= dy and abs(c[1] - cx) <= dx]
        else:
            cells = [(cy + y, cx + x) for y in range(-dy, dy + 1) for x in range(-dx, dx + 1)]
        for cell in cells:
            for plat, plon, item in self.cells.get(cell, ()):
                distance = distance_km(lat, lon, plat, plon)
                if distance <= radius_km:
                    yield distance, item

    def nearest(self, lat: float, lon: float, radius_km: float, rank):
        """The item with the lowest rank(distance, item) within the radius (rank None: not
        acceptable; ranks must grow with distance), as (rank, item), or None."""
        cy, cx = self._cell(lat, lon)
        dy, dx = self._span(lat, radius_km)
        best = None
        if (2 * dy + 1) * (2 * dx + 1) > 4 * len(self.cells):
            rings = [[c for c in self.cells if abs(c[0] - cy) <= dy and abs(c[1] - cx) <= dx]]
            ring_km = math.inf
        else:
            rings = (_ring(cy, cx, r, dy, dx) for r in range(max(dy, dx) + 1))
            ring_km = self.size * 111.0 * max(0.05, math.cos(math.radians(min(abs(lat), 85.0))))
        for r, cells in enumerate(rings):
            if best is not None and best[0][0] <= (r - 1) * ring_km:
                break  # every cell from this ring on lies farther than the best found
            for cell in cells:
                for plat, plon, item in self.cells.get(cell, ()):
                    distance = distance_km(lat, lon, plat, plon)
                    if distance > radius_km:
                        continue
                    key = rank(distance, item)
                    if key is not None and (best is None or key < best[0]):
                        best = (key, item)
        return best


def _ring(cy: int, cx: int, r: int, dy: int, dx: int) -> list[tuple[int, int]]:
    """The cells at Chebyshev distance r from (cy, cx), within ±dy rows and ±dx columns."""
    if r == 0:
        return [(cy, cx)]
    cells = []
    for y in (-r, r):
        if abs(y) <= dy:
            cells += [(cy + y, cx + x) for x in range(-min(r, dx), min(r, dx) + 1)]
    for x in (-r, r):
        if abs(x) <= dx:
            cells += [(cy + y, cx + x) for y in range(-min(r - 1, dy), min(r - 1, dy) + 1)]
    return cells

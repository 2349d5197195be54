"""The offline gazetteer: every known place name, normalised, mapped to places with coordinates.

One SQLite file (built by tools/build_gazetteer.py from GeoNames cities500, a curated supplement
and an exonym table) answers look-ups; a sorted array of 64-bit key hashes, loaded at open, answers
"is this a place name at all?" in about a microsecond, which is what the toponym recogniser asks
for every n-gram. User gazetteers (GeoNames dumps, CSV, Who's On First, QGIS point layers) are
added in memory on demand and take part in every answer.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import sqlite3
import sys
import threading
from array import array
from bisect import bisect_left
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ..datafiles import GAZETTEER_PATH
from .names import name_keys
from .place import Place
from .skeletons import name_skeletons
from .sources.geonames import read_geonames_dump
from .sources.tables import read_csv_places
from .sources.wof import read_wof, read_wof_pack

__all__ = [
    "KIND_RANK",
    "MAX_TOKENS_CAP",
    "SCHEMA_VERSION",
    "Gazetteer",
    "GazetteerMissing",
    "Place",
    "default_path",
    "distance_km",
    "key_hash",
    "write_gazetteer",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: the skeletons table (skeletons.py)
MAX_TOKENS_CAP = 6
# Among equally populous places (often population 0), which kind a reader most likely means.
# Kinds that are a point on the map (a route can pass them), unlike countries, regions and rivers.
POINT_KINDS = frozenset({"city", "town", "village", "place", "crossing", "airbase", "admin2"})

KIND_RANK = {
    "country": 0,
    "continent": 1,
    "admin1": 2,
    "city": 3,
    "river": 4,
    "sea": 4,
    "lake": 4,
    "region": 5,
    "island": 5,
    "mountain": 5,
    "admin2": 6,
    "town": 7,
    "airbase": 8,
    "crossing": 9,
    "village": 10,
    "place": 11,
}
_LAST_RANK = len(KIND_RANK)
# Kinds that hold facilities: airports and air bases, border crossings, and the curated places
# (dams, bridges, plants) whose feature code says what they are.
FACILITY_KINDS = ("airbase", "crossing", "place")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of radius 6371 km: enough to compare places and to
    score a resolution (routes measure on the ellipsoid, routes.GEOD)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def turn_deg(a: float, b: float) -> float:
    """The angle between two bearings, 0 to 180 degrees."""
    difference = abs(a - b) % 360
    return min(difference, 360 - difference)


def bearing(a, b) -> float:
    """Initial compass bearing (degrees) from a to b, anything with lat and lon."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dlon = math.radians(b.lon - a.lon)
    x = math.sin(dlon) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dlon)
    return math.degrees(math.atan2(x, y)) % 360


def rank_key(place: Place, weight: int | None = None) -> tuple:
    """Best first: most populous (or heaviest), then the kind a reader most likely means, then id."""
    return (
        -(place.population if weight is None else weight),
        KIND_RANK.get(place.kind, _LAST_RANK),
        place.id,
    )


class GazetteerMissing(RuntimeError):  # noqa: N818 (the name callers already use)
    """The gazetteer file is absent or unreadable; the message says how to build it."""


def default_path() -> Path:
    """Where `make` builds the gazetteer: <plugin root>/resources/gazetteer.sqlite."""
    return GAZETTEER_PATH


def key_hash(key: str) -> int:
    """A 64-bit hash of a normalised key that is the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


_PLACE_COLUMNS = "id, name, lat, lon, kind, country, population, admin1, source, feature_code"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY,  -- assigned best first, so a key's rows come out in rank order
    id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL,
    country TEXT, population INTEGER NOT NULL, admin1 TEXT, source TEXT NOT NULL, feature_code TEXT,
    weight INTEGER NOT NULL  -- ranking weight: the population, or for an area the people in it
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE skeletons (key TEXT NOT NULL, place INTEGER NOT NULL, one_word INTEGER NOT NULL,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
"""


def _skeleton_rows(ordered: Sequence[Place]):
    """(skeleton, rowid, one word) of every settlement (rowids as write_gazetteer assigns them)."""
    for rowid, place in enumerate(ordered, start=1):
        if place.kind not in ("city", "town", "village"):
            continue
        long_ones, one_word = name_skeletons(place.name)
        if one_word:
            yield one_word, rowid, 1
        for key in long_ones - {one_word}:
            yield key, rowid, 0


def write_gazetteer(
    path: Path,
    entries: Iterable[tuple[Place, Iterable[str]]],
    meta: Mapping[str, object] | None = None,
    weights: Mapping[str, int] | None = None,
) -> dict:
    """Write places and their names to a new SQLite gazetteer at `path`, atomically.

    Each entry is a place and the names it is known by (its own name is always indexed).
    `weights` ranks places whose population is unknown (an area by the people living in it).
    The file is written under a temporary name and renamed, so a failed build never leaves half
    a file. Returns counts for the report: places, keys, names (key-place pairs), max_tokens.
    """
    weights = weights or {}
    path = Path(path)
    places: dict[str, Place] = {}
    keys_of: dict[str, set[str]] = {}
    for place, names in entries:
        keys = keys_of.setdefault(place.id, set())
        places[place.id] = place
        for name in (place.name, *names):
            keys |= name_keys(name)
    weight = {pid: int(weights.get(pid, p.population)) for pid, p in places.items()}
    ordered = sorted(places.values(), key=lambda p: rank_key(p, weight[p.id]))
    rows = []
    all_keys: set[str] = set()
    for rowid, place in enumerate(ordered, start=1):
        for key in keys_of[place.id]:
            rows.append((key, rowid))
            all_keys.add(key)
    hashes = array("Q", sorted({key_hash(k) for k in all_keys}))
    if sys.byteorder != "little":
        hashes.byteswap()
    max_tokens = min(MAX_TOKENS_CAP, max((k.count(" ") + 1 for k in all_keys), default=1))
    info = {"places": len(ordered), "keys": len(all_keys), "names": len(rows), "max_tokens": max_tokens}

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    if partial.exists():
        partial.unlink()
    db = sqlite3.connect(partial)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(_SCHEMA)
        db.executemany(
            f"INSERT INTO places (rowid, {_PLACE_COLUMNS}, weight) VALUES ({', '.join('?' * 12)})",
            (
                (
                    rowid,
                    p.id,
                    p.name,
                    round(p.lat, 6),
                    round(p.lon, 6),
                    p.kind,
                    p.country,
                    int(p.population),
                    p.admin1,
                    p.source,
                    p.feature_code,
                    weight[p.id],
                )
                for rowid, p in enumerate(ordered, start=1)
            ),
        )
        # a name the gazetteer lacks may be a settlement it spells otherwise (skeletons.py)
        db.executemany(
            "INSERT OR IGNORE INTO skeletons (key, place, one_word) VALUES (?, ?, ?)",
            _skeleton_rows(ordered),
        )
        rows.sort()
        db.executemany("INSERT INTO names (key, place) VALUES (?, ?)", rows)
        all_meta = {
            **(meta or {}),
            "schema_version": SCHEMA_VERSION,
            "max_tokens": max_tokens,
            "key_hashes": hashes.tobytes(),
            **{f"count_{k}": v for k, v in info.items() if k != "max_tokens"},
        }
        db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(all_meta.items()))
        db.commit()
        db.execute("VACUUM")
    except BaseException:
        db.close()
        partial.unlink()
        raise
    db.close()
    os.replace(partial, path)
    return info


class Gazetteer:
    """Name → places, from the built SQLite file plus any user gazetteers added in memory."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.path = path
        self._db = db
        self._lock = threading.Lock()  # QGIS tasks may look up from worker threads
        meta = dict(db.execute("SELECT key, value FROM meta"))
        if int(meta.get("schema_version", -1)) != SCHEMA_VERSION:
            raise GazetteerMissing(
                f"{path} has gazetteer schema {meta.get('schema_version')!r}, this Frontline needs "
                f"{SCHEMA_VERSION}; rebuild it with `make` (tools/build_gazetteer.py)"
            )
        hashes = array("Q")
        hashes.frombytes(meta["key_hashes"])
        if sys.byteorder != "little":
            hashes.byteswap()
        self._hashes = hashes
        self._count = len(hashes)
        self._max_tokens = int(meta["max_tokens"])
        self.meta = {k: v for k, v in meta.items() if k != "key_hashes"}
        self._by_rowid: dict[int, Place] = {}
        self._weight: dict[str, int] = {}  # ranking weight of built places already read
        self._user_places: dict[str, Place] = {}
        self._countries: dict[str, Place] | None = None
        self._user_keys: dict[str, list[str]] = {}  # key → place ids (user places or built ones)
        self._facilities: dict[tuple[int, int], list[Place]] | None = None  # by 1° cell

    @classmethod
    def open(cls, path: Path | str | None = None) -> Gazetteer:
        """Open the built gazetteer (default: resources/gazetteer.sqlite); GazetteerMissing if absent."""
        path = Path(path) if path is not None else default_path()
        if not path.is_file():
            raise GazetteerMissing(
                f"gazetteer not found at {path}; build it with `make` "
                f"(or: python tools/build_gazetteer.py --out {path})"
            )
        db = None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            return cls(db, path)
        except (sqlite3.Error, KeyError, ValueError, TypeError, GazetteerMissing) as error:
            if db is not None:
                db.close()
            if isinstance(error, GazetteerMissing):
                raise
            raise GazetteerMissing(
                f"{path} is not a readable Frontline gazetteer ({error}); rebuild it with `make`"
            ) from error

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- look-ups -------------------------------------------------------------------------------

    @property
    def max_tokens(self) -> int:
        """Most tokens in any indexed key (capped at 6): the widest n-gram worth looking up."""
        return self._max_tokens

    def __len__(self) -> int:
        """Number of distinct keys (built and user-added)."""
        return self._count + sum(1 for k in self._user_keys if not self._contains_built(k))

    def _contains_built(self, key: str) -> bool:
        h = key_hash(key)
        i = bisect_left(self._hashes, h)
        return i < self._count and self._hashes[i] == h

    def contains(self, key: str) -> bool:
        """Whether some place has this (already normalised) key as a name."""
        return key in self._user_keys or self._contains_built(key)

    def lookup(self, key: str) -> list[Place]:
        """All places with this (already normalised) key as a name, best first."""
        found = self._lookup_built(key) if self._contains_built(key) else []
        extra = self._user_keys.get(key)
        if extra:
            seen = {p.id for p in found}
            for place_id in extra:
                place = self.get(place_id)
                if place is not None and place.id not in seen:
                    seen.add(place.id)
                    found.append(place)
            found.sort(key=self._rank)
        return found

    def _rank(self, place: Place) -> tuple:
        return rank_key(place, self._weight.get(place.id))

    def weight(self, place: Place) -> int:
        """How many people a place stands for: its population, or for an area whose population
        GeoNames does not give (a state, a province) the people of the towns inside it."""
        return self._weight.get(place.id, place.population)

    def lookup_name(self, text: str) -> list[Place]:
        """Places for a raw name: normalised, with and without its article, best first."""
        found: dict[str, Place] = {}
        for key in sorted(name_keys(text), key=len, reverse=True):
            for place in self.lookup(key):
                found.setdefault(place.id, place)
        return sorted(found.values(), key=self._rank)

    def get(self, place_id: str) -> Place | None:
        """The place with this id ("geonames:92138", "frontline:akashat" …), or None."""
        place = self._user_places.get(place_id)
        if place is not None:
            return place
        with self._lock:
            row = self._db.execute(
                f"SELECT rowid, {_PLACE_COLUMNS}, weight FROM places WHERE id = ?", (place_id,)
            ).fetchone()
        return self._place(row) if row else None

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code ("IQ"), or None."""
        if self._countries is None:
            with self._lock:
                query = f"SELECT rowid, {_PLACE_COLUMNS}, weight FROM places WHERE kind = 'country'"
                rows = self._db.execute(query + " ORDER BY rowid").fetchall()
            self._countries = {}
            for row in rows:
                place = self._place(row)
                self._countries.setdefault(place.country, place)
        found = self._countries.get((code or "").upper())
        if found is None:
            found = next(
                (p for p in self._user_places.values() if p.kind == "country" and p.country == code), None
            )
        return found

    def spelled(
        self, skeleton: str, one_word: bool = False, box: tuple[float, float, float, float] | None = None
    ) -> list[Place]:
        """The cities, towns and villages whose name has this consonant skeleton (skeletons.py),
        within `box` (south, west, north, east) if given; with `one_word`, only names of one word
        (a short skeleton's only match)."""
        south, west, north, east = box or (-90.0, -180.0, 90.0, 180.0)
        with self._lock:
            rows = self._db.execute(
                f"SELECT rowid, {_PLACE_COLUMNS}, weight FROM places WHERE rowid IN "
                "(SELECT place FROM skeletons WHERE key = ? AND one_word >= ?) "
                "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                (skeleton, 1 if one_word else 0, south, north, west, east),
            ).fetchall()
        return [self._place(row) for row in rows]

    def facilities_near(
        self, lat: float, lon: float, km: float, kinds: Iterable[str] = (), codes: Iterable[str] = ()
    ) -> list[tuple[float, Place]]:
        """(distance km, place) of the airports, air bases, crossings and curated facilities of
        these kinds or feature codes (DAM, BDG …) within `km` of a point, nearest first."""
        kinds, codes = frozenset(kinds), frozenset(codes)
        if self._facilities is None:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT rowid, {_PLACE_COLUMNS}, weight FROM places WHERE kind IN {FACILITY_KINDS!r}"
                ).fetchall()
            grid: dict[tuple[int, int], list[Place]] = {}
            for row in rows:
                place = self._place(row)
                grid.setdefault((math.floor(place.lat), math.floor(place.lon)), []).append(place)
            self._facilities = grid
        reach_lat = km / 111.0
        reach_lon = min(
            180.0, km / (111.0 * max(0.01, math.cos(math.radians(min(89.0, abs(lat) + reach_lat)))))
        )
        places = [
            place
            for cell_lat in range(math.floor(lat - reach_lat), math.floor(lat + reach_lat) + 1)
            for cell_lon in range(math.floor(lon - reach_lon), math.floor(lon + reach_lon) + 1)
            for place in self._facilities.get((cell_lat, (cell_lon + 180) % 360 - 180), ())
        ]
        places += [p for p in self._user_places.values() if p.kind in FACILITY_KINDS]
        found = [
            (distance_km(lat, lon, place.lat, place.lon), place)
            for place in places
            if place.kind in kinds or place.feature_code in codes
        ]
        return sorted((item for item in found if item[0] <= km), key=lambda item: (item[0], item[1].id))

    def _lookup_built(self, key: str) -> list[Place]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT p.rowid, {', '.join('p.' + c for c in _PLACE_COLUMNS.split(', '))}, p.weight "
                "FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ? ORDER BY n.place",
                (key,),
            ).fetchall()
        return [self._place(row) for row in rows]

    def _place(self, row: Sequence) -> Place:
        place = self._by_rowid.get(row[0])
        if place is None:
            place = Place(*row[1:-1])
            self._by_rowid[row[0]] = place
            self._weight[place.id] = row[-1]
        return place

    # -- user gazetteers ------------------------------------------------------------------------

    def add_places(
        self,
        places: Iterable[Place],
        names_by_id: Mapping[str, Iterable[str]],
        same_as: Mapping[str, str] | None = None,
    ) -> int:
        """Add places (and extra names per place id) in memory; returns how many places were added.

        A place already known by its id, or by the id `same_as` gives for it (a WOF record's
        GeoNames id), is not duplicated: its names are attached to the known place instead.
        """
        added = 0
        same_as = same_as or {}
        places = list(places)
        pending = {k: list(v) for k, v in names_by_id.items()}
        known = self._known_ids([p.id for p in places] + list(same_as.values()) + list(pending))
        for place in places:
            names = (place.name, *pending.pop(place.id, ()))
            equivalent = same_as.get(place.id)
            if equivalent and equivalent in known:
                self._index(equivalent, names)
                continue
            if place.id not in known:
                self._user_places[place.id] = place
                known.add(place.id)
                added += 1
            self._index(place.id, names)
        for place_id, names in pending.items():
            if place_id in known:
                self._index(place_id, names)
        return added

    def _known_ids(self, ids: list[str]) -> set[str]:
        """Which of these ids a place already has (built or added), in a few queries."""
        known = {i for i in ids if i in self._user_places}
        todo = sorted(set(ids) - known)
        for start in range(0, len(todo), 500):
            chunk = todo[start : start + 500]
            with self._lock:
                rows = self._db.execute(
                    f"SELECT id FROM places WHERE id IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
            known.update(row[0] for row in rows)
        return known

    def _index(self, place_id: str, names: Iterable[str]) -> None:
        for name in names:
            for key in name_keys(name):
                ids = self._user_keys.setdefault(key, [])
                if place_id not in ids:
                    ids.append(place_id)
                tokens = key.count(" ") + 1
                if tokens > self._max_tokens:
                    self._max_tokens = min(MAX_TOKENS_CAP, tokens)

    def add_geonames_dump(self, path: Path | str, alternate_names_path: Path | str | None = None) -> int:
        """Add a GeoNames country dump (IQ.txt, 19 columns) and optionally alternateNamesV2.txt."""
        result = read_geonames_dump(Path(path), alternate_names_path and Path(alternate_names_path))
        return self.add_places(result.places, result.names, result.same_as)

    def add_csv(self, path: Path | str) -> int:
        """Add a CSV gazetteer: name, lat, lon, optional alt_names (| or ;), kind, country, id."""
        result = read_csv_places(Path(path))
        return self.add_places(result.places, result.names, result.same_as)

    def add_wof(self, path: Path | str) -> int:
        """Add a Who's On First JSONL extract (one record per line, as in ../shared/data/gazetteer)
        or a gazetteer pack (wof_XX.jsonl.gz, made by tools/build_wof_pack.py)."""
        path = Path(path)
        result = read_wof_pack(path) if path.name.endswith(".gz") else read_wof(path)
        return self.add_places(result.places, result.names, result.same_as)

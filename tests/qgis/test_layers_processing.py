"""The Frontline Processing provider: in the registry, and through qgis_process on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from frontline.plugin.processing.provider import FrontlineProvider

ROOT = Path(__file__).resolve().parents[2]
RECORD = ROOT / "tests" / "data" / "records" / "offensive_2017.json"
sys.path.insert(0, str(ROOT / "tools"))
import qgis_profile  # noqa: E402

QGIS_PROCESS = (
    "/usr/bin/qgis_process.bin"  # Debian's wrapper adds --noversioncheck, which qgis_process rejects
)


@pytest.fixture(scope="module")
def provider(qgis_app):
    provider = FrontlineProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_provider_offers_its_algorithms(provider):
    assert provider.id() == "frontline"
    assert provider.name() == "Frontline"
    assert sorted(a.id() for a in provider.algorithms()) == [
        "frontline:animation",
        "frontline:build_layers",
        "frontline:extract",
        "frontline:situation_map",
        "frontline:small_multiples",
    ]


def test_build_layers_runs_as_an_algorithm(provider, qgis_processing, tmp_path):
    import processing

    result = processing.run("frontline:build_layers", {"INPUT": str(RECORD), "OUTPUT_DIR": str(tmp_path)})
    assert Path(result["GPKG"]).is_file()
    assert Path(result["PROJECT"]).is_file()
    assert "advances 3" in result["REPORT"]


def _qgis_process(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    """qgis_process with a profile that loads the working tree as the Frontline plugin."""
    if not Path(QGIS_PROCESS).exists():
        pytest.fail("qgis_process is not installed (make test installs QGIS)")
    profiles = tmp_path / "profiles"
    qgis_profile.install_link(profiles, ROOT, profile="default")
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(profiles),  # qgis_process 3.22 reads its profile from here
        PYTHONPATH=sysconfig.get_paths()["purelib"],
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, timeout=300)


def test_qgis_process_runs_build_layers(tmp_path):
    out = tmp_path / "out"
    done = _qgis_process(
        tmp_path, "run", "frontline:build_layers", "--", f"INPUT={RECORD}", f"OUTPUT_DIR={out}"
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "frontline.gpkg").is_file()
    assert (out / "frontline.qgz").is_file()
    assert "advances 3" in done.stdout


def test_an_existing_output_is_replaced_only_when_asked(provider, qgis_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    parameters = {"INPUT": str(RECORD), "OUTPUT_DIR": str(tmp_path), "FRAMES": False, "GIF": False}
    processing.run("frontline:build_layers", parameters)
    before = (tmp_path / "frontline.gpkg").stat().st_mtime_ns
    with pytest.raises(QgsProcessingException, match="Update Frontline"):
        processing.run("frontline:build_layers", parameters)
    assert (tmp_path / "frontline.gpkg").stat().st_mtime_ns == before
    processing.run("frontline:build_layers", {**parameters, "OVERWRITE": True})
    assert (tmp_path / "frontline.gpkg").stat().st_mtime_ns != before


EXAMPLES = ROOT / "examples"


def _advances(gpkg: Path) -> list[list[str]]:
    """The advances' routes as lists of normalised place names (GeoNames spells ‘Anah, Al Qā’im)."""
    from qgis.core import QgsVectorLayer

    from frontline.plugin.core.places.names import normalize

    layer = QgsVectorLayer(f"{gpkg}|layername=advances", "advances", "ogr")
    assert layer.isValid()
    return sorted([normalize(part) for part in str(f["route"]).split(" → ")] for f in layer.getFeatures())


def test_qgis_process_extracts_from_the_example_articles(tmp_path):
    """The whole job on the command line: article folder in, GeoPackage and project out."""
    out = tmp_path / "out"
    done = _qgis_process(
        tmp_path, "run", "frontline:extract", "--", f"FOLDER={EXAMPLES}", "DATE=2017-11", f"OUTPUT_DIR={out}"
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "frontline.qgz").is_file()
    from frontline.plugin.core.places.names import normalize

    routes = _advances(out / "frontline.gpkg")
    qaim = normalize("al-Qā’im")
    assert [normalize("‘Anah"), qaim] in routes
    # "vom südlichen Luftwaffenstützpunkt Akashat": the air base, 3 km from the village
    assert any(route[0].startswith(normalize("Akashat")) and route[1:] == [qaim] for route in routes), routes
    assert any(route[0] == qaim and route[-1] == normalize("Ālbū Kamāl") for route in routes), routes


def test_a_point_layer_of_the_analyst_s_places_is_a_gazetteer(provider, qgis_processing, tmp_path):
    """A village no gazetteer has, digitised by the analyst in Web Mercator, is found in an article
    and placed where the analyst put it; a feature without a name is left out with a warning."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsVectorLayer

    layer = QgsVectorLayer(
        "Point?crs=EPSG:3857&field=name:string&field=other:string", "my villages", "memory"
    )
    features = []
    for name, other, (x, y) in (
        ("Qasr Nadimah", "Nadimah|Kasr Nadima", (4587000.0, 4098000.0)),  # 41.2057 E, 34.5138 N
        (None, None, (4590000.0, 4100000.0)),
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, other])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "report.txt").write_text(
        "date: 2017-11-05\n\nDie Armee rückte am Samstag aus al-Qaim in das Dorf Kasr Nadima vor.\n",
        encoding="utf-8",
    )

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)

    feedback = Feedback()
    result = processing.run(
        "frontline:extract",
        {
            "FOLDER": str(articles),
            "PLACES_LAYER": layer,  # the name field is found by its name; the other names are chosen
            "ALT_NAMES_FIELD": "other",
            "OUTPUT_DIR": str(tmp_path / "out"),
        },
        feedback=feedback,
    )
    places = QgsVectorLayer(f"{result['GPKG']}|layername=places", "places", "ogr")
    found = [f for f in places.getFeatures() if f["name"] == "Qasr Nadimah"]
    assert found, [f["name"] for f in places.getFeatures()]
    point = found[0].geometry().asPoint()
    assert (point.x(), point.y()) == (pytest.approx(41.2055, abs=1e-3), pytest.approx(34.5138, abs=1e-3))
    assert found[0]["mention"] == "Kasr Nadima"
    assert any("1 features of the layer my villages" in w for w in feedback.warnings), feedback.warnings


def test_an_advance_follows_a_named_line_of_the_analyst_s_layer(provider, qgis_processing, tmp_path):
    """ "Along Highway 12": with the analyst's road layer (in Web Mercator) the arrow runs along the
    road's bend south of the river instead of straight or along the Euphrates."""
    import json

    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorLayer,
    )

    record = json.loads(RECORD.read_text(encoding="utf-8"))
    anah = next(a for a in record["advances"] if a["id"] == "adv-anah-qaim")
    anah["follows"] = "Highway 12"
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record), encoding="utf-8")

    roads = QgsVectorLayer("LineString?crs=EPSG:3857&field=name:string", "roads", "memory")
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    )
    bend = (41.5, 34.0)
    feature = QgsFeature(roads.fields())
    feature.setAttributes(["Highway 12"])
    line = QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in ((41.982, 34.369), bend, (40.989, 34.393))])
    line.transform(to_mercator)
    feature.setGeometry(line)
    assert roads.dataProvider().addFeatures([feature])

    def route(algorithm, parameters, advance_id="adv-anah-qaim") -> list:
        result = processing.run(algorithm, parameters)
        advances = QgsVectorLayer(f"{result['GPKG']}|layername=advances", "advances", "ogr")
        rows = [f for f in advances.getFeatures() if advance_id in (None, f["advance_id"])]
        assert len(rows) == 1, [f["route"] for f in advances.getFeatures()]
        return [(p.x(), p.y()) for p in rows[0].geometry().asPolyline()]

    def passes_bend(points) -> bool:
        return any(abs(x - bend[0]) < 0.02 and abs(y - bend[1]) < 0.02 for x, y in points)

    build = "frontline:build_layers"
    assert passes_bend(
        route(build, {"INPUT": str(path), "LINES": roads, "OUTPUT_DIR": str(tmp_path / "with")})
    )
    assert not passes_bend(route(build, {"INPUT": str(path), "OUTPUT_DIR": str(tmp_path / "without")}))

    # the whole way from an article: the road is read from the sentence
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "report.txt").write_text(
        "date: 2017-11-05\n\nIraqi troops advanced along Highway 12 from Anah to al-Qaim on November 3.\n",
        encoding="utf-8",
    )
    extract = {"FOLDER": str(articles), "LINES": roads, "OUTPUT_DIR": str(tmp_path / "extract")}
    assert passes_bend(route("frontline:extract", extract, advance_id=None))


def test_line_layer_names_meet_the_names_in_the_text(qgis_app):
    """A German river layer's "Euphrat" is the record's "Euphrates"; an OpenStreetMap road's ref
    "A 1" is the text's "Autobahn 1"; "Route 12" is not "Highway 12"."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from frontline.plugin.core.events.routes import follow_key
    from frontline.plugin.qgis.guide_layer import guides_from_layer

    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=ref:string", "lines", "memory")
    features = []
    for ref in ("Euphrat", "A 1", "Route 12", None):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([ref])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(41.0, 34.4), QgsPointXY(41.9, 34.4)]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    wanted = {follow_key(name) for name in ("Euphrates", "Autobahn 1", "Highway 12")}
    guides = guides_from_layer(layer, "ref", wanted=wanted)
    assert set(guides) == {follow_key("Euphrates"), follow_key("Autobahn 1")}


def test_an_analyst_s_line_far_from_the_route_leaves_the_river_map_in_charge(
    provider, qgis_processing, tmp_path
):
    """A layer whose "Euphrat" lies elsewhere (a mislabelled line in Germany) does not straighten
    the arrow that follows the Euphrates on the offline river map."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "lines", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Euphrat"])
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(8.0, 50.0), QgsPointXY(9.0, 50.5)]))
    assert layer.dataProvider().addFeatures([feature])

    def anah_route(parameters):
        result = processing.run("frontline:build_layers", {"INPUT": str(RECORD), **parameters})
        advances = QgsVectorLayer(f"{result['GPKG']}|layername=advances", "advances", "ogr")
        (row,) = [f for f in advances.getFeatures() if f["advance_id"] == "adv-anah-qaim"]
        return row.geometry().asPolyline(), str(row["flags"])

    along_river, _ = anah_route({"OUTPUT_DIR": str(tmp_path / "plain")})
    assert len(along_river) > 10  # the river's bends
    with_layer, flags = anah_route({"LINES": layer, "OUTPUT_DIR": str(tmp_path / "with")})
    assert len(with_layer) == len(along_river)
    assert "not-along" not in flags


def test_a_layer_the_algorithm_loads_is_styled_and_readable(tmp_path):
    """Not QGIS's random symbol: the stored style, with temporal settings, aliases and map tip."""
    import json

    from qgis.core import QgsVectorLayer

    from frontline.plugin.processing.parameters import FrontlineStyler
    from frontline.plugin.qgis.build import build_outputs

    report = build_outputs(json.loads(RECORD.read_text(encoding="utf-8")), tmp_path, frames=False, gif=False)
    layer = QgsVectorLayer(f"{report.paths['gpkg']}|layername=advances", "advances", "ogr")
    FrontlineStyler.create("advances").postProcessLayer(layer, None, None)
    assert layer.renderer().type() == "RuleRenderer"
    assert layer.temporalProperties().isActive()
    assert "article_title" in layer.mapTipTemplate()


def test_qgis_process_exports_a_situation_map_and_an_animation_of_a_project(
    provider, qgis_processing, tmp_path
):
    """The exports are scriptable: a project built once, a page and an animation from it."""
    import processing

    build = tmp_path / "build"
    processing.run(
        "frontline:build_layers",
        {"INPUT": str(RECORD), "OUTPUT_DIR": str(build), "FRAMES": False, "GIF": False},
    )
    project = build / "frontline.qgz"
    out = tmp_path / "maps"
    done = _qgis_process(
        tmp_path, "run", "frontline:situation_map", "--", f"PROJECT_FILE={project}", "DATE=2017-11-04",
        f"OUTPUT_DIR={out}", "FORMATS=0",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert (out / "situation_2017-11-04.pdf").is_file()
    assert (out / "situation_2017-11-04.manifest.json").is_file()
    result = processing.run(
        "frontline:animation",
        {
            "PROJECT_FILE": str(project),
            "OUTPUT_DIR": str(out),
            "MODE": 1,
            "FORMATS": [0],
            "WIDTH": 320,
            "HEIGHT": 180,
        },
    )
    assert Path(result["GIF"]).is_file()
    assert Path(result["FRAMES"]).is_dir()

"""Maps and animations exported headless from a Frontline project, as an editor and a briefer
would check them: the PDF's words, the PNG's resolution, a legend of only what the map shows, the
frames of GIF and MP4, the manifest's sources and hashes, and re-runs that tidy up after
themselves."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

from frontline.plugin.core.plan.schedule import picture_count
from frontline.plugin.qgis import encode
from frontline.plugin.qgis.animation import (
    AnimationSettings,
    AnimationTask,
    export_animation,
    prepare_animation,
)
from frontline.plugin.qgis.build import build_outputs
from frontline.plugin.qgis.exporting import export_situation
from frontline.plugin.qgis.multiples import export_small_multiples

RECORDS = Path(__file__).resolve().parents[1] / "data" / "records"
OFFENSIVE = json.loads((RECORDS / "offensive_2017.json").read_text(encoding="utf-8"))
ARTICLE_TEXT = {
    "a1": "Irakische Truppen haben al-Qaim eingenommen. (Testartikel, eigener Text)\n",
    "a2": "Vorstoß Richtung Abu Kamal. (Testartikel, eigener Text)\n",
}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; `make test` installs it (poppler-utils in APT_PACKAGES)")
    return path


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(
        [tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The test offensive built into a project; its articles are files whose hashes are known; one
    place is named as the gazetteer transliterates it, not as the article writes it."""
    out = tmp_path_factory.mktemp("exports")
    record = copy.deepcopy(OFFENSIVE)
    hashes = {}
    for article in record["articles"]:
        path = out / "articles" / Path(article["path"]).name
        path.parent.mkdir(exist_ok=True)
        path.write_text(ARTICLE_TEXT[article["id"]], encoding="utf-8")
        article["path"] = str(path)
        article["sha256"] = hashes[article["id"]] = hashlib.sha256(path.read_bytes()).hexdigest()
        for place in article["places"]:
            if place.get("text") == "Abu Kamal":
                place["name"] = "Ālbū Kamāl"
    report = build_outputs(record, out, overwrite=False, frames=False, gif=False, layout=False, basemap=True)
    return out, report, hashes


@pytest.fixture
def project(built):
    _out, report, _hashes = built
    project = QgsProject()
    assert project.read(str(report.paths["project"]))
    yield project
    # cleared here: left to the garbage collector after the test, its GeoPackage layers close
    # after pytest-qgis has moved on, and GDAL crashes (QGIS 3.22)
    project.clear()


def test_the_situation_map_pdf_holds_title_date_sources_credits_and_labels_as_reported(project, tmp_path):
    result = export_situation(project, tmp_path, when="2017-11-09")
    assert set(result.paths) == {"pdf", "png", "svg"}
    assert result.paths["pdf"].name == "situation_2017-11-09.pdf"  # the file's date is the page's
    text = pdf_text(result.paths["pdf"])
    assert result.title in text
    assert result.title.endswith("9 November 2017")
    assert "Situation on 9 November 2017" in text
    for source in ("Irakische Truppen nehmen al-Qaim ein", "Beispiel-Nachrichtendienst", "4 November 2017",
                   "Vorstoß Richtung Abu Kamal", "Beispiel-Zeitung"):  # fmt: skip
        assert source in text, source
    assert "GeoNames (CC BY 4.0)" in text
    assert "Natural Earth" in text
    assert "Abu Kamal" in text  # the label as the article writes it
    assert "Ālbū" not in text
    assert "km" in text  # the scale bar
    assert result.paths["svg"].read_text(encoding="utf-8")[:400].count("<svg") == 1


def test_the_page_is_a_vector_pdf_whose_png_is_300_dpi(project, tmp_path):
    result = export_situation(project, tmp_path, when="2017-11-09", formats=("pdf", "png"))
    image = QImage(str(result.paths["png"]))
    assert round(image.dotsPerMeterX() * 0.0254) == 300  # the PNG says 300 dpi
    assert abs(image.width() - 3508) <= 1
    assert image.height() == 2480
    page = tmp_path / "page"
    subprocess.run([tool("pdftoppm"), "-r", "300", "-png", "-singlefile", str(result.paths["pdf"]), str(page)],
                   check=True)  # fmt: skip
    rendered = QImage(str(page) + ".png")
    assert abs(rendered.width() - 3508) <= 2
    assert abs(rendered.height() - 2480) <= 2
    fonts = subprocess.run(["pdffonts", str(result.paths["pdf"])], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts  # text is text, not a picture of it
    images = subprocess.run(
        [tool("pdfimages"), "-list", str(result.paths["pdf"])], capture_output=True, text=True
    )
    assert images.stdout.splitlines()[2:] == []  # no bitmap at all: hatching and arrows are vector too


def test_the_legend_lists_only_what_the_map_shows(project, tmp_path):
    early = export_situation(project, tmp_path, when="2017-10-24", formats=("pdf",))
    late = export_situation(project, tmp_path, when="2017-11-09", formats=("pdf",))
    # before the offensive: no advance, no capture, no airstrike
    assert not any(row.startswith("Advances") for row in early.legend)
    assert not any("captured" in row or "airstrike" in row for row in early.legend)
    # on 9 November: the capture of al-Qaim, the rumoured airstrike, the claimed arrival, the advances
    for row in ("Reported events: captured", "Reported events: airstrike",
                "Advances and withdrawals: confirmed advance", "How sure the reports are: claimed or rumoured"):  # fmt: skip
        assert row in late.legend, late.legend
    assert len(late.legend) == len(set(late.legend))  # no class twice
    assert not any(
        row.endswith(": ") or row in ("events", "advances") for row in late.legend
    )  # no empty headers
    text = pdf_text(late.paths["pdf"])
    assert text.count("Reported events") == 1
    assert "withdrawal" not in " ".join(early.legend)


def test_an_intended_capture_is_never_a_capture_star(project, tmp_path):
    """Abu Kamal, announced on 9 November: its class is the objective, not the capture."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    from frontline.plugin.qgis import project_data

    events = project_data.frontline_layers(project)["events"]
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(events))
    clone = events.renderer().clone()
    labels = {rule.ruleKey(): rule.label() for rule in clone.rootRule().descendants()}
    clone.startRender(context, events.fields())
    seen = {}
    for feature in events.getFeatures():
        if feature["past"]:
            continue
        context.expressionContext().setFeature(feature)
        seen[(feature["type"], feature["certainty"])] = {
            labels.get(k, "") for k in clone.legendKeysForFeature(feature, context)
        }
    clone.stopRender(context)
    assert "captured" in seen[("capture", "confirmed")]
    # the fixture's intended event is an announcement; an intended capture made from it:
    feature = next(events.getFeatures())
    feature["type"], feature["certainty"], feature["past"], feature["negated"] = (
        "capture",
        "intended",
        False,
        False,
    )
    clone.startRender(context, events.fields())
    context.expressionContext().setFeature(feature)
    keys = {labels.get(k, "") for k in clone.legendKeysForFeature(feature, context)}
    clone.stopRender(context)
    assert "capture intended (objective)" in keys
    assert "captured" not in keys


def test_small_multiples_one_page_panels_at_their_dates_one_legend(project, tmp_path):
    days = [datetime(2017, 10, 26), datetime(2017, 11, 2), datetime(2017, 11, 9)]
    result = export_small_multiples(project, tmp_path, days=days, formats=("pdf", "png"))
    text = pdf_text(result.paths["pdf"])
    for day in ("26 October 2017", "2 November 2017", "9 November 2017"):
        assert day in text
    assert text.count("Key") == 1
    assert text.count(result.title) == 1
    assert [f["date"] for f in result.frames] == ["2017-10-26", "2017-11-02", "2017-11-09"]
    assert result.warnings == []  # the key fits its box beside the panels
    even = export_small_multiples(project, tmp_path, count=4, mode="even", formats=("pdf",))
    assert len(even.frames) == 4


def gif_frames(path: Path):
    """(durations in ms, distinct pictures) of an animated GIF."""
    from PIL import Image, ImageSequence

    durations, pictures = [], []
    with Image.open(path) as gif:
        for frame in ImageSequence.Iterator(gif):
            durations.append(frame.info["duration"])
            pictures.append(frame.convert("RGB").tobytes())
    return durations, pictures


def test_the_layout_animation_has_every_frame_holds_key_dates_and_says_its_dates(project, tmp_path):
    settings = AnimationSettings(first=datetime(2017, 10, 30), last=datetime(2017, 11, 5), hold=2, fps=4,
                                 skip_unchanged=False, size=(640, 360))  # fmt: skip
    result = export_animation(project, tmp_path, settings)
    frames = result.frames
    assert [f["date"] for f in frames] == [
        f"2017-{d}" for d in ("10-30", "10-31", "11-01", "11-02", "11-03", "11-04", "11-05")
    ]
    keys = {f["date"] for f in frames if f["key"]}
    assert {"2017-11-01", "2017-11-02", "2017-11-04"} <= keys  # the strike, the attack, the capture
    assert all(f["repeat"] == (3 if f["key"] else 1) for f in frames)
    pictures = sum(f["repeat"] for f in frames)
    # GIF: a held frame is one picture shown (1 + hold) times as long
    durations, images = gif_frames(result.paths["gif"])
    assert sum(durations) == pictures * 250
    assert len(set(images)) >= 4  # the map changes from day to day
    assert 750 in durations
    # MP4: a constant frame rate, every held picture written again
    import imageio_ffmpeg

    count, _seconds = imageio_ffmpeg.count_frames_and_secs(str(result.paths["mp4"]))
    assert count == pictures
    reader = imageio_ffmpeg.read_frames(str(result.paths["mp4"]))
    meta = next(reader)
    assert tuple(meta["size"]) == (640, 360)
    decoded = [bytes(f) for f in reader]
    diffs = [_mean_difference(a, b) for a, b in zip(decoded, decoded[1:])]
    held = sum(f["repeat"] - 1 for f in frames)
    assert sum(d < 0.5 for d in diffs) >= held  # the hold frames repeat the picture
    assert max(diffs) > 0.5  # and the days differ
    # the date on the frames is each frame's own
    first = QImage(str(tmp_path / "animation_frames" / frames[0]["file"]))
    assert first.width() == 640
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert [f["date"] for f in manifest["frames"]] == [f["date"] for f in frames]
    assert manifest["settings"]["pictures"] == pictures


def _mean_difference(a: bytes, b: bytes) -> float:
    step = 97  # a sample of the bytes is enough to tell a repeat from a change
    return sum(abs(x - y) for x, y in zip(a[::step], b[::step])) / len(a[::step])


def test_a_map_animation_skips_quiet_days_and_a_rerun_replaces_only_its_own_frames(project, tmp_path):
    settings = AnimationSettings(mode="map", formats=("gif",), size=(480, 270), skip_unchanged=True, hold=0)
    mine = tmp_path / "animation_frames"
    mine.mkdir()
    foreign = mine / "notes.png"
    foreign.write_bytes(b"not ours")
    first = export_animation(project, tmp_path, settings)
    everyday = export_animation(project, tmp_path / "all", AnimationSettings(mode="map", formats=(), size=(480, 270),
                                                                             skip_unchanged=False, hold=0))  # fmt: skip
    assert len(first.frames) < len(everyday.frames)  # quiet days left out
    shown = {f["date"] for f in first.frames}
    assert "2017-11-04" in shown  # al-Qaim's capture
    # a re-run over a shorter range: the old frames go, the analyst's file stays
    short = AnimationSettings(mode="map", formats=("gif",), size=(480, 270), first=datetime(2017, 11, 1),
                              last=datetime(2017, 11, 3), skip_unchanged=False, hold=0)  # fmt: skip
    second = export_animation(project, tmp_path, short)
    names = sorted(p.name for p in mine.iterdir())
    assert names == sorted([f["file"] for f in second.frames] + ["notes.png"])
    assert foreign.read_bytes() == b"not ours"
    assert picture_count([]) == 0


def test_the_manifest_traces_the_map_to_its_articles_and_corrections(built, project, tmp_path):
    _out, report, hashes = built
    result = export_situation(project, tmp_path, when="2017-11-09", formats=("pdf",))
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert result.manifest.name == "situation_2017-11-09.manifest.json"
    articles = {a["id"]: a for a in manifest["articles"]}
    assert set(articles) == {"a1", "a2"}
    for key, digest in hashes.items():
        assert articles[key]["sha256"] == digest
        assert articles[key]["unchanged"] is True
    assert articles["a1"]["title"] == "Irakische Truppen nehmen al-Qaim ein"
    assert articles["a1"]["outlet"] == "Beispiel-Nachrichtendienst"
    assert manifest["outputs"][0]["sha256"] == hashlib.sha256(result.paths["pdf"].read_bytes()).hexdigest()
    assert manifest["frames"][0]["date"] == "2017-11-09"
    assert {layer["table"] for layer in manifest["layers"]} >= {"events", "advances", "places"}
    assert manifest["corrections_table"] is False
    assert manifest["frontline_version"]
    # the analyst's corrections, once the GeoPackage has them, are listed
    gpkg = ogr.Open(str(report.paths["gpkg"]), 1)
    table = gpkg.CreateLayer("corrections", geom_type=ogr.wkbNone)
    for name in ("target", "field", "value"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    row = ogr.Feature(table.GetLayerDefn())
    row.SetField("target", "a2:0")
    row.SetField("field", "certainty")
    row.SetField("value", "confirmed")
    table.CreateFeature(row)
    gpkg = None
    again = export_situation(project, tmp_path / "again", when="2017-11-09", formats=("pdf",))
    corrected = json.loads(again.manifest.read_text(encoding="utf-8"))
    assert corrected["corrections_table"] is True
    assert corrected["corrections"][0]["value"] == "confirmed"


def test_an_mp4_without_ffmpeg_says_what_to_install(project, tmp_path, monkeypatch):
    monkeypatch.setattr(encode, "ffmpeg_executable", lambda: None)
    result = export_animation(
        project, tmp_path, AnimationSettings(mode="map", size=(320, 180), formats=("mp4",))
    )
    assert "mp4" not in result.paths
    assert any("imageio-ffmpeg" in warning and "pip install" in warning for warning in result.warnings)


def test_the_animation_task_runs_in_the_background_and_can_be_cancelled(project, tmp_path):
    from pytest_qgis.utils import wait_until

    job = prepare_animation(
        project, tmp_path, AnimationSettings(mode="layout", size=(480, 270), formats=("gif",))
    )
    done = {}
    task = AnimationTask(
        job, lambda result, error: done.update(result=result, error=error, progress=task.progress())
    )
    task.start()
    assert wait_until(lambda: "result" in done, timeout_milliseconds=60_000)
    assert done["error"] is None
    assert done["result"].paths["gif"].is_file()
    assert done["progress"] == 100
    cancelled = {}
    job = prepare_animation(
        project, tmp_path / "c", AnimationSettings(mode="map", size=(480, 270), formats=("gif",))
    )
    task = AnimationTask(job, lambda result, error: cancelled.update(result=result, error=error)).start()
    task.cancel()
    assert wait_until(lambda: "result" in cancelled, timeout_milliseconds=60_000)
    assert cancelled["result"] is None
    assert not (tmp_path / "c" / "animation.gif").exists()


def test_a_holding_since_a_month_does_not_stretch_the_campaign_s_title(tmp_path):
    # "held since April" is background: the title's dates are the days the reports name
    record = copy.deepcopy(OFFENSIVE)
    article = record["articles"][0]
    held = dict(article["events"][0], type="capture", t_start="2017-04-01", t_end="2017-11-04", precision="month",
                quote="Die Islamisten halten al-Qaim seit April.")  # fmt: skip
    article["events"].append(held)
    report = build_outputs(record, tmp_path / "out", overwrite=False, frames=False, gif=False, layout=False)
    project = QgsProject()
    assert project.read(str(report.paths["project"]))
    try:
        result = export_small_multiples(project, tmp_path, count=2, mode="even", formats=("png",))
        assert "April" not in result.title
        assert "2017" in result.title
    finally:
        project.clear()


def test_a_key_fitted_again_starts_from_its_design_and_never_goes_below_half(project):
    from frontline.plugin.qgis import layouts, legend
    from frontline.plugin.qgis.compat import legend_font

    layout = layouts.load_template(project, layouts.DEFAULT_TEMPLATE)
    design = legend_font(layout.itemById("legend"), legend.LEGEND_SYMBOL_LABEL).pointSizeF()
    layouts.compose(project, layout, [layouts.day_frame(datetime(2017, 11, 9))])
    key = layout.itemById("legend")
    # a box too small for the key: the type shrinks, once, from the design size
    for _ in range(3):
        legend.fit_legend(key, 20.0, 20.0)
        size = legend_font(key, legend.LEGEND_SYMBOL_LABEL).pointSizeF()
        assert size >= design * min(legend.TWO_COLUMN_SCALES) - 0.01
    # a roomy box again: the key is back at its design size
    assert legend.fit_legend(key, 500.0, 500.0) == 0.0
    assert legend_font(key, legend.LEGEND_SYMBOL_LABEL).pointSizeF() == pytest.approx(design)

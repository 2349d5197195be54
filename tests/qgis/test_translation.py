"""German is a first-class language: every visible string is translated and shown under a German QGIS."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsSettings

import frontline
from frontline.plugin.qgis.i18n import tr

TS_FILE = "i18n/frontline_de.ts"


def messages(path):
    return {m.findtext("source"): m.find("translation") for m in ET.parse(path).getroot().iter("message")}


@pytest.fixture
def german_qgis():
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    yield
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_german_qgis_shows_the_plugin_in_german(german_qgis, qgis_iface):
    plugin = frontline.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert [a.text() for a in plugin.menu.actions()] == [
            "Aus Artikeln extrahieren…",
            "Frontline-Bedienfeld",
            "Zeitleiste",
            "",
            "Lagekarte…",
            "Kartenreihe…",
            "Animation (GIF, MP4)…",
            "",
            "Vorheriges Ereignis",
            "Nächstes Ereignis",
            "",
            "Aus Artikeln extrahieren (Processing)…",
            "Layer aus Extraktionsdatensatz erstellen…",
            "",
            "Über Frontline…",
        ]
        dock = plugin.dock
        assert dock.run_button.text() == "Ausführen"
        assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == ["Artikel", "Prüfung"]
        review = dock.review
        assert [review.tabs.tabText(i) for i in range(4)] == ["Orte", "Ereignisse", "Vorstöße", "Kontrolle"]
        assert plugin.timeline.windowTitle() == "Frontline-Zeitleiste"
        about = next(a for a in plugin.actions if a.objectName() == "mActionFrontlineAbout")
        assert about.statusTip().startswith("Version, Datenquellen")
    finally:
        plugin.unload()
    assert tr("About Frontline…") == "About Frontline…"  # the translator left with the plugin


def test_every_string_has_a_german_translation(repo_root):
    untranslated = [
        source
        for source, translation in messages(repo_root / TS_FILE).items()
        if not (translation.text or "").strip() or translation.get("type") in ("unfinished", "vanished")
    ]
    assert untranslated == []


def test_translations_keep_their_placeholders(repo_root):
    wrong = [
        s for s, t in messages(repo_root / TS_FILE).items() if s.count("{}") != (t.text or "").count("{}")
    ]
    assert wrong == []


def test_ts_file_holds_every_string_in_the_code(repo_root, tmp_path):
    """pylupdate5 over today's code finds no string that the .ts file lacks."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(repo_root / TS_FILE, fresh)
    sources = [str(p) for p in [repo_root / "__init__.py", *sorted((repo_root / "plugin").rglob("*.py"))]]
    subprocess.run(
        ["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    assert set(messages(fresh)) == set(messages(repo_root / TS_FILE))


def test_a_german_run_names_layers_fields_legend_and_dates_in_german(
    german_qgis, qgis_iface, qgis_new_project, qtbot, tmp_path
):
    from qgis.core import QgsProject

    plugin = frontline.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = plugin.dock
        dock.articles.add_path(str(repo_root_path() / "examples"))
        dock.folder.setFilePath(str(tmp_path / "analyse"))
        with qtbot.waitSignal(plugin.session.finished, timeout=120_000) as signal:
            dock.run()
        assert signal.args[0], signal.args[1]
        assert signal.args[1].startswith("4 Artikel: 24 Orte, 16 Ereignisse, 3 Vorstöße")
        layers = plugin.session.layers()
        assert {layers[n].name() for n in ("events", "places", "advances")} == {
            "Ereignisse",
            "Orte",
            "Vorstöße",
        }
        events = layers["events"]
        assert events.attributeDisplayName(events.fields().indexOf("certainty")) == "Gewissheit"
        assert "'capture', 'Einnahme'" in events.mapTipTemplate()  # event kinds in German, codes kept
        review = plugin.dock.review
        review.tabs.setCurrentIndex(1)
        kinds = {
            review.proxies["event"].index(r, 2).data() for r in range(review.proxies["event"].rowCount())
        }
        assert {"Einnahme", "Rückeroberung", "Vorstoß"} <= kinds
        labels = {r.label() for r in layers["control"].renderer().rootRule().children()}
        assert "gehalten von irakische Regierung und Verbündete" in labels  # the side in German too
        assert "format_date" in layers["frame_clock"].labeling().settings().fieldName
        assert "'d. MMMM yyyy', 'de'" in layers["frame_clock"].labeling().settings().fieldName
        assert plugin.timeline.date.text() == "24. Oktober 2017"
        world = next(lyr for lyr in QgsProject.instance().mapLayers().values() if "world_map" in lyr.source())
        assert "'IQ', 'Irak'" in world.labeling().settings().fieldName
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def repo_root_path():
    from pathlib import Path

    return Path(__file__).resolve().parents[2]


def test_the_review_table_says_a_denied_claim_is_contested():
    from frontline.plugin.gui.review_models import columns

    for target in ("event", "control"):
        (certainty,) = [value for header, value in columns(target) if header == "Certainty"]
        assert certainty({"certainty": "claimed", "contested": True}, None).endswith("(contested)")
        assert "contested" not in certainty({"certainty": "claimed"}, None)

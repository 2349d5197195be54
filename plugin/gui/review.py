"""The review: tabs of places, events, advances, control changes and corrections, the article text
beside them, and the corrections an analyst makes from here. Selecting a row shows its sentence in
the article and its feature on the map; selecting a feature on the map, or a name in the article,
selects its row."""

from __future__ import annotations

import contextlib
import logging
from typing import Dict, List, Optional, Tuple

from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry, QgsVectorLayer
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.corrections.model import Correction, item_key_parts, new_correction
from ..core.plan.layers import CERTAINTIES
from ..qgis import settings
from ..qgis.i18n import tr
from ..qgis.layer_setup import certainty_words
from .article_view import ArticleView
from .dialogs import ActorsDialog, AddEventDialog, DateDialog
from .map_tools import PlaceNameTool
from .review_models import KEY_ROLE, CorrectionModel, ItemModel
from .session import AnalysisSession

LOG = logging.getLogger(__name__)

TABS = (("place", "places"), ("event", "events"), ("advance", "advances"), ("control", "control"))


class ReviewPanel(QWidget):
    def __init__(self, session: AnalysisSession, iface, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontlineReview")
        self.session = session
        self.iface = iface
        self.models: Dict[str, ItemModel] = {}
        self.proxies: Dict[str, QSortFilterProxyModel] = {}
        self.views: Dict[str, QTableView] = {}
        self.highlight: Optional[QgsHighlight] = None
        self.tool: Optional[PlaceNameTool] = None
        self._syncing = False
        self._watched: List[QgsVectorLayer] = []

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter the rows…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("FrontlineReviewTabs")
        titles = {
            "place": tr("Places"),
            "event": tr("Events"),
            "advance": tr("Advances"),
            "control": tr("Control"),
        }
        for target, _ in TABS:
            model = ItemModel(target, self)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setFilterKeyColumn(-1)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            view = self._table(proxy, f"FrontlineReview_{target}")
            view.selectionModel().selectionChanged.connect(lambda *_, t=target: self._row_selected(t))
            self.models[target], self.proxies[target], self.views[target] = model, proxy, view
            self.tabs.addTab(view, titles[target])
        self.correction_model = CorrectionModel(self)
        self.correction_view = self._table(self.correction_model, "FrontlineReview_corrections")
        self.correction_view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tabs.addTab(self.correction_view, tr("Corrections"))
        self.tabs.currentChanged.connect(lambda *_: self._update_actions())

        self.buttons = QWidget()
        self.buttons.setObjectName("FrontlineReviewActions")
        grid = QGridLayout(self.buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        self.actions_by_name: Dict[str, QAction] = {}
        for number, (name, text, tip, slot) in enumerate(
            (
                ("accept", tr("Accept"), tr("The selected items are right"), self.accept_rows),
                (
                    "reject",
                    tr("Reject"),
                    tr("The selected items are wrong: off the map, kept in the review"),
                    self.reject_rows,
                ),
                ("candidate", tr("Candidate"), tr("Another place of that name"), None),
                (
                    "place",
                    tr("Place on map"),
                    tr("Click on the map where the selected name (or event) belongs"),
                    self.place_on_map,
                ),
                ("date", tr("Date…"), tr("Change the date"), self.change_date),
                ("certainty", tr("Certainty"), tr("Confirmed, claimed, rumoured or intended"), None),
                ("actors", tr("Actors/side…"), tr("Who acted, and for which side"), self.change_actors),
                ("join", tr("Join"), tr("Join the two selected advances into one"), self.join_advances),
                ("split", tr("Split"), tr("Split the selected advance at one of its places"), None),
                (
                    "add",
                    tr("Add event…"),
                    tr("Add an event the article tells (select its words in the text first)"),
                    self.add_event,
                ),
                ("undo", tr("Undo"), tr("Take the selected corrections back"), self.undo_corrections),
            )
        ):
            action = QAction(text, self)
            action.setObjectName(f"mActionFrontlineReview_{name}")
            action.setToolTip(tip)
            if slot is not None:
                action.triggered.connect(slot)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if slot is None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            grid.addWidget(button, number // 4, number % 4)
            self.actions_by_name[name] = action
        for name, builder in (
            ("candidate", self._candidate_menu),
            ("certainty", self._certainty_menu),
            ("split", self._split_menu),
        ):
            menu = QMenu(self)
            menu.aboutToShow.connect(lambda m=menu, b=builder: b(m))
            self.actions_by_name[name].setMenu(menu)

        self.article = ArticleView()
        self.article.mention_clicked.connect(self.select_key)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.tabs, 1)
        top_layout.addWidget(self.buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.article)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # on its own turn of the event loop: a large review fills without holding up the map
        session.changed.connect(lambda: QTimer.singleShot(0, self.refresh))
        session.busy.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # the record's order (article by article, as the text runs) until the analyst sorts
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(isinstance(model, QSortFilterProxyModel))
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- filling ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """New rows from the session's corrected record, keeping the selected row."""
        selected = self.selected_keys()
        rows: Dict[str, list] = {target: [] for target, _ in TABS}
        articles = {
            str(a.get("id")): a
            for a in (self.session.corrected or {}).get("articles") or []
            if isinstance(a, dict)
        }
        for key, (target, item, article) in self.session.items.items():
            if target in ("advance", "control"):
                evidence = next((e for e in item.get("evidence") or [] if isinstance(e, dict)), {})
                article = articles.get(str(evidence.get("article")))
            rows[target].append((key, item, article))
        for target, model in self.models.items():
            model.set_rows(rows[target])
            view = self.views[target]
            if model.rowCount() and view.columnWidth(1) < 60:
                for column in range(model.columnCount() - 2):
                    view.resizeColumnToContents(column)
        self.correction_model.set_rows(self.session.corrections, self.session.unmatched)
        self.tabs.setTabText(4, tr("Corrections ({})", len(self.session.corrections)))
        if self.session.unmatched:
            self.tabs.setTabText(
                4,
                tr(
                    "Corrections ({}, {} unmatched)",
                    len(self.session.corrections),
                    len(self.session.unmatched),
                ),
            )
        self._watch_layers()
        if selected:
            self.select_key(selected[0])
        self._update_actions()

    def _evidence_article(self, item: dict) -> Optional[dict]:
        """The article of an advance's or control period's first piece of evidence."""
        articles = {
            str(a.get("id")): a
            for a in (self.session.corrected or {}).get("articles") or []
            if isinstance(a, dict)
        }
        for evidence in item.get("evidence") or []:
            if isinstance(evidence, dict) and str(evidence.get("article")) in articles:
                return articles[str(evidence.get("article"))]
        return None

    def _filter(self, text: str) -> None:
        for proxy in self.proxies.values():
            proxy.setFilterFixedString(text)

    # --- selection -------------------------------------------------------------------------------

    def current_target(self) -> Optional[str]:
        index = self.tabs.currentIndex()
        return TABS[index][0] if 0 <= index < len(TABS) else None

    def selected_keys(self, target: Optional[str] = None) -> List[str]:
        target = target or self.current_target()
        if target is None:
            return []
        view = self.views[target]
        return [view.model().data(i, KEY_ROLE) for i in view.selectionModel().selectedRows()]

    def selected_items(self) -> List[Tuple[str, str, dict, Optional[dict]]]:
        found = []
        for key in self.selected_keys():
            entry = self.session.items.get(key)
            if entry is not None:
                target, item, article = entry
                found.append((key, target, item, article))
        return found

    def select_key(self, key: str) -> bool:
        """Show the row of an item (switching tabs); False when no row holds it."""
        entry = self.session.items.get(key)
        if entry is None:
            return False
        target = entry[0]
        tab = [t for t, _ in TABS].index(target)
        self.tabs.setCurrentIndex(tab)
        row = self.models[target].row_of(key)
        if row < 0:
            return False
        view = self.views[target]
        index = self.proxies[target].mapFromSource(self.models[target].index(row, 0))
        view.selectRow(index.row())
        view.scrollTo(index)
        return True

    def _row_selected(self, target: str) -> None:
        self._update_actions()
        keys = self.selected_keys(target)
        if len(keys) != 1:
            return
        key = keys[0]
        entry = self.session.items.get(key)
        if entry is None:
            return
        _, item, article = entry
        if target in ("advance", "control"):
            article = self._evidence_article(item)
            evidence = next((e for e in item.get("evidence") or [] if isinstance(e, dict)), {})
            self.article.show_item(article, [], evidence.get("sentence"))
        else:
            spans = []
            if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                spans.append((item["start"], item["end"]))
            if target == "event":
                places = (article or {}).get("places") or []
                index = item.get("place")
                if (
                    isinstance(index, int)
                    and 0 <= index < len(places)
                    and isinstance(places[index].get("start"), int)
                ):
                    spans.append((places[index]["start"], places[index]["end"]))
            self.article.show_item(article, spans, item.get("sentence"))
        if not self._syncing:
            self.show_on_map(key, target)
            self._show_its_day(target, item)

    def feature_of(self, key: str, target: str):
        """(layer, feature) of an item on the map, or (layer, None) when it is not drawn."""
        layer = self.session.layers().get(
            {"place": "places", "event": "events", "advance": "advances", "control": "control"}[target]
        )
        if layer is None:
            return None, None
        request = QgsFeatureRequest().setFilterExpression(
            f"\"item_key\" = '{key.replace(chr(39), chr(39) * 2)}'"
        )
        return layer, next(layer.getFeatures(request), None)

    def show_on_map(self, key: str, target: str) -> None:
        layer, feature = self.feature_of(key, target)
        self.clear_highlight()
        if layer is None:
            return
        self._syncing = True
        try:
            layer.selectByIds([feature.id()] if feature is not None else [])
        finally:
            self._syncing = False
        if feature is None or not feature.hasGeometry():
            return
        canvas = self.iface.mapCanvas()
        self.highlight = QgsHighlight(canvas, QgsGeometry(feature.geometry()), layer)
        self.highlight.setColor(QColor(255, 111, 0, 220))
        self.highlight.setFillColor(QColor(255, 171, 64, 90))
        self.highlight.setWidth(4)
        self.highlight.show()
        extent = canvas.mapSettings().layerExtentToOutputExtent(layer, feature.geometry().boundingBox())
        if not canvas.extent().contains(extent):
            canvas.setCenter(extent.center())
            canvas.refresh()

    def _show_its_day(self, target: str, item: dict) -> None:
        """An item the map does not show yet (it happens later than the day shown): the map's time
        goes to its day, so the highlighted feature is drawn."""
        from ..core.events.routes import parse_time
        from ..qgis import playback

        field = {"event": "t_start", "advance": "t_end", "control": "valid_from"}.get(target)
        when = parse_time(item.get(field)) if field else None
        nav = self.iface.mapCanvas().temporalController()
        if when is None or nav is None or not nav.totalFrameCount():
            return
        shown = nav.dateTimeRangeForFrameNumber(nav.currentFrameNumber())
        if shown.end().toPyDateTime().replace(tzinfo=None) <= when:
            playback.go_to(self.iface.mapCanvas(), when)

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.highlight.hide()
            self.iface.mapCanvas().scene().removeItem(self.highlight)
            self.highlight = None

    def _watch_layers(self) -> None:
        for layer in self._watched:
            with contextlib.suppress(TypeError, RuntimeError):
                layer.selectionChanged.disconnect(self._map_selected)
        self._watched = [
            layer
            for name, layer in self.session.layers().items()
            if name in ("places", "events", "advances", "control")
        ]
        for layer in self._watched:
            layer.selectionChanged.connect(self._map_selected)

    def _map_selected(self, selected, *_):
        """A feature selected on the map selects its row."""
        if self._syncing or len(selected) != 1:
            return
        layer = self.sender()
        if not isinstance(layer, QgsVectorLayer):
            return
        feature = layer.getFeature(selected[0])
        key = feature["item_key"] if feature.isValid() and layer.fields().indexOf("item_key") >= 0 else None
        if key:
            self._syncing = True
            try:
                self.select_key(str(key))
            finally:
                self._syncing = False

    # --- corrections -----------------------------------------------------------------------------

    def _correction(self, target: str, item: dict, article, action: str, value=None) -> Correction:
        return new_correction(
            target, action, item_key_parts(target, item, article), value, author=settings.read().analyst()
        )

    def _each(self, action: str, value=None) -> None:
        corrections = [self._correction(t, i, a, action, value) for _, t, i, a in self.selected_items()]
        self.session.correct(corrections)

    def accept_rows(self) -> None:
        self._each("accept")

    def reject_rows(self) -> None:
        self._each("reject")

    def _candidate_menu(self, menu: QMenu) -> None:
        menu.clear()
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0][1] != "place":
            menu.addAction(tr("Select one place first")).setEnabled(False)
            return
        _, _, item, _article = chosen[0]
        candidates = [c for c in item.get("candidates") or [] if isinstance(c, dict)]
        if not candidates:
            menu.addAction(tr("The gazetteer has no place of that name")).setEnabled(False)
        for candidate in candidates:
            label = (
                f"{candidate.get('name')} ({candidate.get('kind') or '?'}, {candidate.get('country') or '?'})"
            )
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(candidate.get("id") == item.get("id"))
            action.triggered.connect(lambda _=False, c=candidate: self.choose_candidate(c))

    def choose_candidate(self, candidate: dict) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0][1] != "place":
            return
        _, target, item, article = chosen[0]
        value = {k: candidate.get(k) for k in ("id", "name", "lat", "lon", "kind", "country")}
        value["how"] = "candidate"
        self.session.correct([self._correction(target, item, article, "place", value)])

    def place_on_map(self) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0][1] not in ("place", "event"):
            self.iface.messageBar().pushMessage(
                tr("Frontline"), tr("Select one place or event first"), duration=4
            )
            return
        _, target, item, article = chosen[0]
        canvas = self.iface.mapCanvas()
        name = (
            str(item.get("text") or item.get("name") or "")
            if target == "place"
            else str(item.get("type") or "")
        )

        bar = self.iface.messageBar()
        message = bar.createMessage(
            tr("Frontline"), tr("Click on the map where {} belongs (Esc cancels)", name)
        )
        shown = bar.pushWidget(message, Qgis.MessageLevel.Info, 0)

        def placed(lon: float, lat: float) -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                bar.popWidget(shown)
            if target == "place":
                value = {"name": item.get("text") or item.get("name"), "lat": lat, "lon": lon, "how": "map"}
                self.session.correct([self._correction(target, item, article, "place", value)])
            else:
                self.session.correct(
                    [self._correction(target, item, article, "move", {"lat": lat, "lon": lon})]
                )

        self.tool = PlaceNameTool(canvas, placed, name)
        self.tool.deactivated.connect(lambda: self._pop(bar, shown))
        canvas.setMapTool(self.tool)

    @staticmethod
    def _pop(bar, item) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            bar.popWidget(item)

    def change_date(self) -> None:
        chosen = self.selected_items()
        if not chosen:
            return
        _, target, item, _ = chosen[0]
        if target == "place":
            return
        if target == "event":
            dialog = DateDialog(item.get("t_start"), parent=self)
        elif target == "advance":
            dialog = DateDialog(item.get("t_start"), item.get("t_end"), True, self)
        else:
            dialog = DateDialog(item.get("valid_from"), item.get("valid_to"), True, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._each("date", dialog.value())

    def _certainty_menu(self, menu: QMenu) -> None:
        menu.clear()
        words = certainty_words()
        for certainty in CERTAINTIES:
            action = menu.addAction(words.get(certainty, certainty))
            action.triggered.connect(lambda _=False, c=certainty: self._each("certainty", {"certainty": c}))

    def change_actors(self) -> None:
        chosen = self.selected_items()
        if not chosen or chosen[0][1] == "place":
            return
        _, _target, item, _ = chosen[0]
        sides = item.get("sides") or []
        dialog = ActorsDialog(
            item.get("actors") or [], item.get("side") or (sides[0] if sides else None), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        corrections = []
        for _, t, i, a in chosen:
            if dialog.actor_list() != list(i.get("actors") or []):
                corrections.append(self._correction(t, i, a, "actors", {"actors": dialog.actor_list()}))
            if dialog.chosen_side() != (i.get("side") or None):
                corrections.append(self._correction(t, i, a, "side", {"side": dialog.chosen_side()}))
        self.session.correct(corrections)

    def join_advances(self) -> None:
        chosen = [c for c in self.selected_items() if c[1] == "advance"]
        if len(chosen) != 2:
            self.iface.messageBar().pushMessage(
                tr("Frontline"), tr("Select the two advances to join"), duration=4
            )
            return
        first, second = sorted(chosen, key=lambda c: str(c[2].get("t_start") or ""))
        value = {"with": item_key_parts("advance", second[2])}
        self.session.correct([self._correction("advance", first[2], None, "join", value)])

    def _split_menu(self, menu: QMenu) -> None:
        menu.clear()
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0][1] != "advance":
            menu.addAction(tr("Select one advance first")).setEnabled(False)
            return
        item = chosen[0][2]
        route = [w for w in item.get("route") or [] if isinstance(w, dict)]
        if len(route) < 3:
            menu.addAction(tr("This advance has no place to split it at")).setEnabled(False)
        for at in range(1, len(route) - 1):
            action = menu.addAction(tr("at {}", route[at].get("name") or "?"))
            action.triggered.connect(
                lambda _=False, i=item, n=at: self.session.correct(
                    [self._correction("advance", i, None, "split", {"at": n})]
                )
            )

    def add_event(self) -> None:
        article = self.article.article
        cursor = self.article.text.textCursor()
        start, end = (
            (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else (None, None)
        )
        places = []
        for place in (article or {}).get("places") or []:
            if isinstance(place, dict) and place.get("lat") is not None and not place.get("rejected"):
                places.append((f"{place.get('text')} → {place.get('name')}", place))
        quote = cursor.selectedText().replace("\u2029", " ").strip() if start is not None else ""
        published = ((article or {}).get("published") or {}).get("value")
        dialog = AddEventDialog(places, quote, published, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        key = {"article": str(article.get("id")) if article else "", "start": start, "end": end, "item": {}}
        author = settings.read().analyst()
        if "place" in value:
            self.session.correct([new_correction("event", "add", key, value, author=author)])
            return

        def placed(lon: float, lat: float) -> None:
            value["place"] = {"name": quote or value["type"], "lat": lat, "lon": lon}
            self.session.correct([new_correction("event", "add", key, value, author=author)])

        self.tool = PlaceNameTool(self.iface.mapCanvas(), placed)
        self.iface.mapCanvas().setMapTool(self.tool)
        self.iface.messageBar().pushMessage(
            tr("Frontline"), tr("Click on the map where the event happened"), duration=6
        )

    def undo_corrections(self) -> None:
        view = self.correction_view
        ids = [view.model().data(i, KEY_ROLE) for i in view.selectionModel().selectedRows()]
        if ids:
            self.session.undo(ids)

    def _update_actions(self) -> None:
        target = self.current_target()
        count = len(self.selected_keys()) if target else 0
        enabled = {
            "accept": count > 0,
            "reject": count > 0,
            "candidate": target == "place" and count == 1,
            "place": target in ("place", "event") and count == 1,
            "date": target in ("event", "advance", "control") and count >= 1,
            "certainty": target in ("event", "advance", "control") and count >= 1,
            "actors": target in ("event", "advance", "control") and count >= 1,
            "join": target == "advance" and count == 2,
            "split": target == "advance" and count == 1,
            "add": self.session.record is not None,
            "undo": target is None and bool(self.correction_view.selectionModel().selectedRows()),
        }
        for name, action in self.actions_by_name.items():
            action.setEnabled(bool(enabled.get(name)) and not self.session.running())

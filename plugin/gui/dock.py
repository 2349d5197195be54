"""The Frontline panel: articles in (files, a folder, drag and drop, pasted text), the batch date,
the language, the gazetteers and the output folder; Run and Cancel; then the review."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..qgis import settings
from ..qgis.i18n import tr
from ..qgis.tasks import ExtractionJob
from ..qgis.workspace import ARTICLES_DIR
from .review import ReviewPanel
from .session import AnalysisSession

BATCH_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PASTED = Qt.ItemDataRole.UserRole + 2
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")


class ArticleList(QListWidget):
    """Article files and folders; files, folders and text can be dropped on it."""

    text_dropped = pyqtSignal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontlineArticles")
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        data = event.mimeData()
        local = [url.toLocalFile() for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []
        if local:
            for path in local:
                self.add_path(path)
        elif data.hasText() and data.text().strip():
            self.text_dropped.emit(data.text())
        event.acceptProposedAction()

    def add_path(self, path: str) -> None:
        if any(self.item(i).data(Qt.ItemDataRole.UserRole) == path for i in range(self.count())):
            return
        item = QListWidgetItem(("📁 " if Path(path).is_dir() else "") + Path(path).name)
        item.setToolTip(path)
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.addItem(item)

    def add_text(self, title: str, text: str) -> None:
        item = QListWidgetItem(tr("pasted: {}", title or text.strip().splitlines()[0][:40]))
        item.setData(PASTED, (title, text))
        item.setToolTip(text[:400])
        self.addItem(item)

    def paths(self) -> List[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).data(Qt.ItemDataRole.UserRole)
        ]

    def pasted(self) -> List[tuple]:
        return [self.item(i).data(PASTED) for i in range(self.count()) if self.item(i).data(PASTED)]


class PasteDialog(QDialog):
    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Paste an article"))
        self.title = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("2017-11-04 (if the text has no date)"))
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(tr("Paste the article's text here"))
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Date"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def article(self) -> str:
        head = []
        if self.title.text().strip():
            head.append(f"title {self.title.text().strip()}")
        if BATCH_DATE.match(self.date.text().strip()):
            head.append(f"date {self.date.text().strip()}")
        body = self.text.toPlainText().strip()
        return ("\n".join(head) + "\n\n" if head else "") + body + "\n"


class FrontlineDock(QgsDockWidget):
    def __init__(self, iface, session: Optional[AnalysisSession] = None, parent=None) -> None:
        super().__init__(tr("Frontline"), parent or iface.mainWindow())
        self.setObjectName("FrontlineDock")
        self.iface = iface
        self.session = session or AnalysisSession(iface, self)
        body = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("FrontlineDockTabs")
        self.tabs.addTab(self._run_page(), tr("Articles"))
        self.review = ReviewPanel(self.session, iface)
        self.tabs.addTab(self.review, tr("Review"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.setWidget(body)
        self.session.busy.connect(self._busy)
        self.session.progress.connect(lambda value: self.progress.setValue(int(value)))
        self.session.finished.connect(self._finished)
        self.load_state()

    # --- the run page ----------------------------------------------------------------------------

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.articles = ArticleList()
        self.articles.text_dropped.connect(self.paste_text)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (tr("Files…"), self.add_files, "FrontlineAddFiles"),
            (tr("Folder…"), self.add_folder, "FrontlineAddFolder"),
            (tr("Paste text…"), lambda: self.paste_text(""), "FrontlinePaste"),
            (tr("Remove"), self.remove_selected, "FrontlineRemove"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        hint = QLabel(tr("Drop article files, folders or text here."))
        hint.setStyleSheet("color:#666")

        self.batch_date = QLineEdit()
        self.batch_date.setObjectName("FrontlineBatchDate")
        self.batch_date.setPlaceholderText(tr("2017-11-04 or 2017-11"))
        self.batch_date.setToolTip(tr("The date of articles that give none of their own"))
        self.language = QComboBox()
        self.language.setObjectName("FrontlineLanguage")
        for code, label in (("auto", tr("each article's own")), ("de", tr("German")), ("en", tr("English"))):
            self.language.addItem(label, code)

        self.gazetteers = QListWidget()
        self.gazetteers.setObjectName("FrontlineGazetteers")
        self.gazetteers.setMaximumHeight(70)
        builtin = QListWidgetItem(tr("built in: GeoNames and curated places (offline)"))
        builtin.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.gazetteers.addItem(builtin)
        add_gazetteer = QPushButton(tr("Add gazetteer file…"))
        add_gazetteer.clicked.connect(self.add_gazetteer)
        remove_gazetteer = QPushButton(tr("Remove"))
        remove_gazetteer.clicked.connect(self.remove_gazetteer)
        self.point_layer = QgsMapLayerComboBox()
        self.point_layer.setObjectName("FrontlinePointLayer")
        self.point_layer.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.point_layer.setAllowEmptyLayer(True)
        self.point_layer.setLayer(None)
        self.name_field = QgsFieldComboBox()
        self.point_layer.layerChanged.connect(self.name_field.setLayer)
        gazetteer_box = QGroupBox(tr("Gazetteers"))
        gazetteer_layout = QFormLayout(gazetteer_box)
        gazetteer_buttons = QHBoxLayout()
        gazetteer_buttons.addWidget(add_gazetteer)
        gazetteer_buttons.addWidget(remove_gazetteer)
        gazetteer_layout.addRow(self.gazetteers)
        gazetteer_layout.addRow(gazetteer_buttons)
        gazetteer_layout.addRow(tr("Point layer of places"), self.point_layer)
        gazetteer_layout.addRow(tr("its name field"), self.name_field)

        self.folder = QgsFileWidget()
        self.folder.setObjectName("FrontlineFolder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setDialogTitle(tr("Folder for the analysis"))
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("FrontlineRun")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("FrontlineCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.session.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("FrontlineStatus")

        form = QFormLayout()
        form.addRow(tr("Batch date"), self.batch_date)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Output folder"), self.folder)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Articles")))
        layout.addWidget(self.articles, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(gazetteer_box)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        return page

    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Article files"), "", tr("Articles (*.txt *.md *.html *.htm);;All files (*)")
        )
        for path in files:
            self.articles.add_path(path)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder of articles"))
        if folder:
            self.articles.add_path(folder)

    def paste_text(self, text: str = "") -> None:
        dialog = PasteDialog(text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text.toPlainText().strip():
            self.articles.add_text(dialog.title.text().strip(), dialog.article())

    def remove_selected(self) -> None:
        for item in self.articles.selectedItems():
            self.articles.takeItem(self.articles.row(item))

    def add_gazetteer(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Gazetteer files"), "", tr("Gazetteers (*.txt *.csv *.jsonl *.geojsonl);;All files (*)")
        )
        for path in files:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.gazetteers.addItem(item)

    def remove_gazetteer(self) -> None:
        for item in self.gazetteers.selectedItems():
            if item.data(Qt.ItemDataRole.UserRole):
                self.gazetteers.takeItem(self.gazetteers.row(item))

    def gazetteer_files(self) -> List[str]:
        return [
            self.gazetteers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.gazetteers.count())
            if self.gazetteers.item(i).data(Qt.ItemDataRole.UserRole)
        ]

    # --- running ---------------------------------------------------------------------------------

    def output_folder(self, ask: bool = True) -> Optional[Path]:
        """The folder the analyst chose, the options' or the project's; asked for when there is
        none (never a temporary folder)."""
        chosen = self.folder.filePath().strip() or settings.default_folder(QgsProject.instance())
        if not chosen and ask:
            chosen = QFileDialog.getExistingDirectory(self, tr("Folder for the analysis"))
        if not chosen:
            return None
        self.folder.setFilePath(chosen)
        return Path(chosen)

    def job(self, folder: Path) -> Optional[ExtractionJob]:
        date = self.batch_date.text().strip()
        if date and not BATCH_DATE.match(date):
            self._status(tr("The batch date must read like 2017-11-04, 2017-11 or 2017"), error=True)
            return None
        paths = [Path(p) for p in self.articles.paths()]
        pasted = self.articles.pasted()
        if pasted:
            store = folder / ARTICLES_DIR
            store.mkdir(parents=True, exist_ok=True)
            for _title, text in pasted:
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
                path = store / f"pasted-{digest}.txt"
                if not path.exists():
                    path.write_text(text, encoding="utf-8")
                paths.append(path)
        if not paths:
            self._status(tr("Add articles first: files, a folder or pasted text"), error=True)
            return None
        prefs = settings.read()
        extra = self._layer_places()
        language = self.language.currentData()
        return ExtractionJob(
            paths=paths,
            folder=folder,
            batch_date=date or None,
            language=None if language == "auto" else language,
            date_policy=prefs.date_policy,
            gazetteers=[Path(p) for p in self.gazetteer_files()],
            extra_places=extra,
        )

    def _layer_places(self):
        from ..qgis.gazetteer_layer import guess_name_field, read_point_layer

        layer = self.point_layer.currentLayer()
        if layer is None:
            return None
        field = self.name_field.currentField() or guess_name_field(layer)
        if not field:
            return None
        result = read_point_layer(
            layer, field, label=layer.name(), transform_context=QgsProject.instance().transformContext()
        )
        return (result.places, result.names)

    def run(self) -> bool:
        if self.session.running():
            return False
        folder = self.output_folder()
        if folder is None:
            self._status(tr("Choose an output folder first"), error=True)
            return False
        job = self.job(folder)
        if job is None:
            return False
        self.save_state()
        self.progress.setValue(0)
        self._status(tr("Reading the articles…"))
        return self.session.run(job)

    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _finished(self, ok: bool, message: str) -> None:
        self._status(message, error=not ok)
        if (
            ok
            and self.session.corrected is not None
            and self.tabs.currentIndex() == 0
            and self.session.last_task is not None
        ):
            from ..qgis.tasks import ExtractionTask

            if isinstance(self.session.last_task, ExtractionTask):
                self.tabs.setCurrentIndex(1)

    def _status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#b71c1c" if error else "")

    # --- the project remembers the analysis ------------------------------------------------------

    def save_state(self) -> None:
        project = QgsProject.instance()
        state = settings.read_state(project)
        state.folder = self.folder.filePath()
        state.articles = self.articles.paths()
        state.batch_date = self.batch_date.text().strip()
        state.language = self.language.currentData()
        state.gazetteers = self.gazetteer_files()
        settings.write_state(project, state)

    def load_state(self) -> None:
        """The analysis the current project holds, else the options' defaults."""
        project = QgsProject.instance()
        state = settings.read_state(project)
        prefs = settings.read()
        self.articles.clear()
        for path in state.articles:
            self.articles.add_path(path)
        self.batch_date.setText(state.batch_date)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language or prefs.language)))
        while self.gazetteers.count() > 1:
            self.gazetteers.takeItem(1)
        for path in state.gazetteers or prefs.gazetteers:
            item = QListWidgetItem(Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.gazetteers.addItem(item)
        self.folder.setFilePath(state.folder or settings.default_folder(project))
        if state.folder and not self.session.running():
            self.session.open_folder(Path(state.folder))

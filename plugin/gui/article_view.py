"""The article a row comes from, with the row's sentence highlighted and its mention marked; every
mention is a link, so clicking a name in the text selects its row (and its feature on the map)."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple

from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..core.articles.reading import read_article
from ..core.corrections.model import item_key
from ..qgis.i18n import tr
from .review_models import source_text

LOG = logging.getLogger(__name__)
SENTENCE = "#fff59d"
MENTION = "#ffb74d"


class ArticleView(QWidget):
    mention_clicked = pyqtSignal(str)  # the item key of the mention

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FrontlineArticleView")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.open_button = QPushButton(tr("Open the article"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_article)
        self.text = QTextBrowser()
        self.text.setObjectName("FrontlineArticleText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self.text.setPlaceholderText(
            tr("Select a row above: its article appears here, the sentence highlighted.")
        )
        self.article: Optional[dict] = None
        self.highlight: Optional[Tuple[int, int]] = None
        self._texts: Dict[str, str] = {}

    def article_text(self, article: Mapping) -> Optional[str]:
        """The article's text as the pipeline read it (offsets refer to it); cached."""
        key = str(article.get("id"))
        if key not in self._texts:
            path = article.get("path")
            try:
                self._texts[key] = read_article(Path(path)).text if path else ""
            except Exception as error:
                LOG.warning("cannot read %s: %s", path, error)
                self._texts[key] = ""
        return self._texts[key] or None

    def forget(self) -> None:
        self._texts.clear()

    def show_item(
        self, article: Optional[Mapping], spans: List[Tuple[int, int]], sentence: Optional[int]
    ) -> None:
        """Show `article` with sentence number `sentence` highlighted and `spans` marked."""
        self.article = dict(article) if article else None
        self.open_button.setEnabled(bool(article and (article.get("url") or article.get("path"))))
        if not article:
            self.header.clear()
            self.text.clear()
            return
        self.header.setText(f"<b>{html.escape(source_text(article))}</b>")
        text = self.article_text(article)
        if text is None:
            self.text.setPlainText(tr("The article's file cannot be read: {}", article.get("path") or ""))
            return
        sentences = [
            tuple(s) for s in article.get("sentences") or [] if isinstance(s, (list, tuple)) and len(s) == 2
        ]
        sentence_span = (
            sentences[sentence] if isinstance(sentence, int) and 0 <= sentence < len(sentences) else None
        )
        if sentence_span is None and spans:
            sentence_span = _around(text, spans[0])
        self.text.setHtml(_html(text, article, sentence_span, spans))
        self.text.scrollToAnchor("here")

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "item":
            self.mention_clicked.emit(url.toString()[len("item:") :])

    def open_article(self) -> None:
        if not self.article:
            return
        url = self.article.get("url")
        target = QUrl(str(url)) if url else QUrl.fromLocalFile(str(self.article.get("path")))
        QDesktopServices.openUrl(target)


def _around(text: str, span: Tuple[int, int]) -> Tuple[int, int]:
    """The sentence around a span when the record has no sentence spans (an older record)."""
    start = max(text.rfind(". ", 0, span[0]), text.rfind("\n", 0, span[0])) + 1
    end_dot = text.find(". ", span[1])
    end = len(text) if end_dot < 0 else end_dot + 1
    return start, end


def _html(
    text: str, article: Mapping, sentence: Optional[Tuple[int, int]], marks: List[Tuple[int, int]]
) -> str:
    """The text as HTML: paragraphs kept, the sentence on yellow, the marked spans on orange, every
    place mention a link to its row."""
    links = []
    for place in article.get("places") or []:
        if (
            isinstance(place, Mapping)
            and isinstance(place.get("start"), int)
            and isinstance(place.get("end"), int)
        ):
            links.append((place["start"], place["end"], item_key("place", place, article)))
    events = []
    for event in article.get("events") or []:
        if (
            isinstance(event, Mapping)
            and isinstance(event.get("start"), int)
            and isinstance(event.get("end"), int)
        ):
            events.append((event["start"], event["end"], item_key("event", event, article)))
    boundaries = {0, len(text)}
    for start, end, _ in links + events:
        boundaries.update((start, end))
    for start, end in marks:
        boundaries.update((start, end))
    if sentence:
        boundaries.update(sentence)
    cuts = sorted(b for b in boundaries if 0 <= b <= len(text))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        link = next((key for s, e, key in links + events if s <= a and b <= e), None)
        marked = any(s <= a and b <= e for s, e in marks)
        in_sentence = sentence is not None and sentence[0] <= a and b <= sentence[1]
        if link:
            piece = (
                f'<a href="item:{html.escape(link)}" style="color:#0d47a1;text-decoration:none">{piece}</a>'
            )
        if marked:
            piece = f'<span style="background:{MENTION};font-weight:bold">{piece}</span>'
        elif in_sentence:
            piece = f'<span style="background:{SENTENCE}">{piece}</span>'
        if sentence is not None and a == sentence[0]:
            piece = '<a name="here"></a>' + piece
        out.append(piece)
    return "<div style='font-size:11pt;line-height:140%'>" + "".join(out) + "</div>"

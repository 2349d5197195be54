"""One article in, its places and times out: the extraction pipeline shared by CLI, tasks and tests.

Articles are processed one at a time with no shared mutable state beyond read-only resources
(gazetteer, word lists), so a batch can be split across processes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from .articles.model import Article, ReadProblem
from .articles.reading import iter_articles
from .dates.tagging import TimeExpression, tag
from .events.advances import Advance, ArticleEvents, Denial, article_advances, article_denials, fuse
from .events.extractor import Event, EventExtractor, event_table
from .language.spacy_entities import load_entity_source
from .language.text import Segmented, segment
from .places.gazetteer import Gazetteer
from .places.mentions import PlaceMention
from .places.recognizer import PlaceRecognizer
from .places.sources.user import read_user_gazetteer

LOG = logging.getLogger(__name__)
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    doc: Segmented
    places: list[PlaceMention]
    times: list[TimeExpression]
    events: list[Event]
    legs: list[Advance]
    denials: list[Denial]

    def to_record(self) -> dict:
        article = self.article
        published = article.published
        return {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "language": article.language,
            "sha256": article.sha256,
            "published": {
                "value": published.value,
                "start": published.start,
                "end": published.end,
                "precision": published.precision,
                "source": published.source,
            },
            "places": [p.to_record() for p in self.places],
            "times": [dict(t.to_record(), sentence=self.doc.sentence_of(t.start)) for t in self.times],
            "events": [e.to_record() for e in self.events],
        }


class Pipeline:
    """Reads places and times from articles with one gazetteer (plus any user gazetteers)."""

    def __init__(
        self,
        gazetteer: Optional[Gazetteer] = None,
        extra_gazetteers: Sequence[Path] = (),
        spacy_model: Optional[str] = None,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open()
        for path in extra_gazetteers:
            add_gazetteer(self.gazetteer, Path(path))
        entities = load_entity_source(spacy_model) if spacy_model else None
        self.recognizer = PlaceRecognizer(self.gazetteer, entity_source=entities)

    def process(self, article: Article, progress: Optional[Callable[[str], None]] = None) -> ArticleResult:
        """One article's places, times, events and advance legs; `progress` hears each stage's
        name as it starts (a 5 MB report takes half a minute)."""
        step = progress or (lambda stage: None)
        lang = article.language if article.language in ("de", "en") else "de"
        step("sentences")
        doc = segment(article.text, lang, article.body_start)
        step("places")
        places = self.recognizer.recognize(doc, lang)
        step("dates")
        times = [t for t in tag(article.text, lang, article.published.value) if t.start >= article.body_start]
        published = (article.published.start, article.published.end, article.published.precision)
        step("events")
        events = EventExtractor(lang).extract(doc, places, times, published)
        item = ArticleEvents(article.id, places, events, _thrust_sentences(doc, lang), article.published.end)
        return ArticleResult(
            article, doc, places, times, events, article_advances(item), article_denials(item)
        )

    def run(
        self, paths: Iterable[Path], batch_date: Optional[str] = None, language: Optional[str] = None
    ) -> tuple[list[ArticleResult], list[ReadProblem]]:
        results, problems = [], []
        for item in iter_articles(paths, batch_date=batch_date, language=language):
            if isinstance(item, ReadProblem):
                LOG.warning("%s", item)
                problems.append(item)
                continue
            results.append(self.process(item))
        return results, problems


def add_gazetteer(gazetteer: Gazetteer, path: Path) -> int:
    """Load a user gazetteer by its format: GeoNames dump (.txt), CSV, or Who's On First (.jsonl)."""
    result = read_user_gazetteer(path)
    return gazetteer.add_places(result.places, result.names, result.same_as)


def _thrust_sentences(doc: Segmented, lang: str) -> frozenset[int]:
    """Sentences that spell out thrusts announced by a cue ("zwei große Vorstoßrichtungen"):
    the cue's own sentence and the one after it."""
    cues = frozenset(event_table(lang)["thrust_cues"])
    found = set()
    for token in doc.tokens:
        if token.text.lower() in cues:
            found.update((token.sentence, token.sentence + 1))
    return frozenset(found)


def extraction_record(results: Sequence[ArticleResult], problems: Sequence[ReadProblem] = ()) -> dict:
    advances = fuse([leg for r in results for leg in r.legs], [d for r in results for d in r.denials])
    return {
        "frontline": SCHEMA_VERSION,
        "articles": [r.to_record() for r in results],
        "advances": [a.to_record() for a in advances],
        "problems": [{"path": p.path, "reason": p.reason} for p in problems],
    }

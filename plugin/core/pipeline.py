"""One article in, its places and times out: the extraction pipeline shared by CLI, tasks and tests.

Articles are processed one at a time with no shared mutable state beyond read-only resources
(gazetteer, word lists), so a batch can be split across processes.
"""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, Union

from .articles.exports import FieldNames
from .articles.fetch import Fetcher
from .articles.model import Article, ReadProblem
from .articles.reading import iter_articles
from .articles.reprints import ExactDuplicates, story_groups
from .dates.tagging import TimeExpression, tag
from .events.actors import group_spans, group_words
from .events.advances import Advance, ArticleEvents, Denial, article_advances, article_denials, fuse
from .events.ahead import article_objectives
from .events.axes import Position, article_positions, build_axes, infer_unstated_sides
from .events.control import ControlChange, ControlPeriod, article_changes, control_periods
from .events.directions import Bearing, article_bearings, bearing_arrows
from .events.extractor import Event, EventExtractor, event_table
from .events.headings import Heading, article_headings
from .events.national import national_forces
from .events.sides import batch_kind_sides, kind_side
from .events.staging import restaged, staged_moves, staging_places
from .language.spacy_entities import load_entity_source
from .language.text import Segmented, segment
from .places.gazetteer import Gazetteer
from .places.mentions import PlaceMention
from .places.recognizer import PlaceRecognizer
from .places.sources.user import read_user_gazetteer
from .places.theatre import SETTLEMENTS, Theatre, batch_theatre, company_of, far_namesake, in_theatre

LOG = logging.getLogger(__name__)
SCHEMA_VERSION = 1
_LONG_ARTICLE = 200_000  # characters; a longer article's stages are reported as progress


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    doc: Segmented
    places: list[PlaceMention]
    times: list[TimeExpression]
    events: list[Event]
    legs: list[Advance]
    denials: list[Denial]
    changes: list[ControlChange] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    bearings: list[Bearing] = field(default_factory=list)
    story: Optional[str] = None  # the id of the first article of its group of reprints

    def to_record(self) -> dict:
        article = self.article
        published = article.published
        record = {
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
            # each sentence's span, and each mention's sentence as its quote: the review panel
            # highlights them in the article text; the trigger's span keys an event's corrections
            "sentences": [[s.start, s.end] for s in self.doc.sentences],
            "places": [dict(p.to_record(), quote=self._quote(p.sentence)) for p in self.places],
            "times": [dict(t.to_record(), sentence=self.doc.sentence_of(t.start)) for t in self.times],
            "events": [dict(e.to_record(), start=e.start, end=e.end) for e in self.events],
        }
        record.update(self._provenance())
        return record

    def _provenance(self) -> dict:
        """What the newer inputs add: the story group, author, format, when a URL was fetched,
        whether only a summary was read, and for a PDF the page of every place and event."""
        article = self.article
        extra = {"story": self.story or article.id, "format": article.format}
        extra.update({k: v for k, v in (("author", article.author), ("retrieved", article.retrieved)) if v})
        if article.content != "full":
            extra["content"] = article.content
        if article.pages:
            extra["pages"] = len(article.pages)
        return extra

    def _quote(self, sentence: Optional[int]) -> Optional[str]:
        if sentence is None or not 0 <= sentence < len(self.doc.sentences):
            return None
        return " ".join(self.doc.sentence_text(sentence).split())


def _with_pages(record: dict, result: ArticleResult) -> dict:
    """A PDF's places and events with the page they are on (a quote's page)."""
    article = result.article
    if not article.pages:
        return record
    for place in record["places"]:
        place["page"] = article.page_of(place["start"])
    for event in record["events"]:
        event["page"] = article.page_of(result.doc.sentences[event["sentence"]].start)
    return record


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

    def process(
        self,
        article: Article,
        progress: Optional[Callable[[str], None]] = None,
        theatre: Optional[Theatre] = None,
    ) -> ArticleResult:
        """One article's places, times, events and advance legs; `progress` hears each stage's
        name as it starts (a 5 MB report takes half a minute). With the batch's `theatre`, a
        village read far outside it is its namesake inside (places/theatre.py)."""
        step = progress or (lambda stage: None)
        lang = article.language if article.language in ("de", "en") else "de"
        step("sentences")
        doc = segment(article.text, lang, article.body_start)
        step("places")
        places = names_of_forces_dropped(self.recognizer.recognize(doc, lang), doc, lang)
        if theatre is not None:
            places = in_theatre(places, theatre, self.gazetteer.lookup_name)
        step("dates")
        times = [
            t
            for t in tag(article.text, lang, article.published.value, article.body_start)
            if t.start >= article.body_start
        ]
        published = (article.published.start, article.published.end, article.published.precision)
        step("events")
        staging = staging_places(doc, places, lang)
        events = national_forces(
            restaged(
                EventExtractor(lang).extract(doc, places, times, published, article.title or ""), staging
            ),
            places,
        )
        item = ArticleEvents(
            article.id, places, events, _thrust_sentences(doc, lang), article.published.end, doc.text
        )
        legs = article_advances(item)
        legs += staged_moves(item, staging, legs)
        return ArticleResult(
            article,
            doc,
            places,
            times,
            events,
            legs,
            article_denials(item),
            article_changes(article.id, places, events),
            article_positions(article.id, places, events),
            headings=article_headings(article.id, article.text, places, events, legs),
            bearings=article_bearings(article.id, doc, places, events, lang),
        )

    def run(
        self,
        paths: Iterable[Union[Path, str]],
        batch_date: Optional[str] = None,
        language: Optional[str] = None,
        *,
        fields: Optional[FieldNames] = None,
        fetcher: Optional[Fetcher] = None,
        progress: Optional[Callable[[str], None]] = None,
    ) -> tuple[list[ArticleResult], list[ReadProblem]]:
        """Every article under `paths` (files, folders, URLs) processed, and the problems met.

        An exact duplicate (the same text or canonical URL as an article read before) is read
        once and reported as a problem; near-duplicates share a story id. `progress` hears a
        line per article, and the stages of a long one.
        """
        results, problems = [], []
        duplicates = ExactDuplicates()
        items = iter_articles(paths, batch_date=batch_date, language=language, fields=fields, fetcher=fetcher)
        for item in items:
            if isinstance(item, ReadProblem):
                LOG.warning("%s", item)
                problems.append(item)
                continue
            first = duplicates.same_as(item)
            if first is not None:
                problems.append(
                    ReadProblem(item.path, f"{item.path} is the same article as {first.path}; read once")
                )
                continue
            if progress is not None:
                progress(f"{len(results) + 1}: {item.path}")
            long = progress is not None and len(item.text) >= _LONG_ARTICLE
            try:
                result = self.process(item, (lambda stage: progress(f"  {stage}")) if long else None)
            except Exception as exc:  # one article that trips a fault costs the batch nothing else
                LOG.exception("reading %s failed", item.path)
                problems.append(
                    ReadProblem(
                        item.path,
                        f"{item.path} could not be read: {type(exc).__name__}: {exc} (a fault in "
                        "Frontline; the other articles were read; the log has the details)",
                    )
                )
                continue
            results.append(result)
            if len(results) % 10 == 0:
                # what was read so far lives on to the end of the batch: out of the cycle
                # collector's way, whose full passes over a growing heap find no garbage in it
                # (a tenth of the batch's time by the thousandth article; see qgis/tasks.py)
                gc.freeze()
        results = self.in_theatre(results)
        stories = story_groups([r.article for r in results])
        return [replace(r, story=stories.get(r.article.id)) for r in results], problems

    def in_theatre(
        self, results: Sequence[ArticleResult], cancelled: Callable[[], bool] = lambda: False
    ) -> list[ArticleResult]:
        """The batch's results, each article that read a village far outside the ground its
        reports are about, where a namesake lies, read again with that ground (places/theatre.py).
        An article that fails to be read again keeps its first reading; `cancelled` stops it."""
        theatre = batch_theatre(event_points(results))
        if theatre is None:
            return list(results)
        lookup = self.gazetteer.lookup_name
        out = []
        for r in results:
            company = company_of(r.places)
            if not cancelled() and any(far_namesake(m, theatre, lookup, company) for m in r.places):
                try:
                    r = self.process(r.article, theatre=theatre)
                except Exception:  # the first reading stands; the log has the fault
                    LOG.exception("reading %s again in the batch's theatre failed", r.article.path)
            out.append(r)
        return out


class GazetteerFileError(ValueError):
    """A user gazetteer file from which no place could be read."""


def add_gazetteer(gazetteer: Gazetteer, path: Path) -> int:
    """Load a user gazetteer by its format: GeoNames dump (.txt), CSV, or Who's On First (.jsonl).
    A file that gives no place at all is an error, not "0 places added"."""
    result = read_user_gazetteer(path)
    if not result.places:
        skipped = f"; {result.skipped} rows skipped" if result.skipped else ""
        raise GazetteerFileError(
            f"no place could be read from {path}{skipped} (a GeoNames dump .txt, a CSV with name, "
            "latitude and longitude columns, or Who's On First .jsonl)"
        )
    return gazetteer.add_places(result.places, result.names, result.same_as)


def names_of_forces_dropped(places: Sequence[PlaceMention], doc: Segmented, lang: str) -> list[PlaceMention]:
    """The places but those inside the name of a force the actors table knows ("Azov units",
    "the Azov regiment", "Donetsk People's Republic"): a unit named after a town is not there."""
    words = group_words(lang)  # only a sentence with a name a force's name holds is searched
    sentences = sorted({m.sentence for m in places if m.text.split(" ")[0].lower() in words})
    spans = [
        (start, end)
        for index in sentences
        for start, end, _name, _side in group_spans(
            doc.sentence_text(index), doc.sentences[index].start, lang
        )
    ]
    if not spans:
        return list(places)
    return [m for m in places if not any(start <= m.start and m.end <= end for start, end in spans)]


def _thrust_sentences(doc: Segmented, lang: str) -> frozenset[int]:
    """Sentences that spell out thrusts announced by a cue ("zwei große Vorstoßrichtungen"):
    the cue's own sentence and the one after it."""
    cues = frozenset(event_table(lang)["thrust_cues"])
    found = set()
    for token in doc.tokens:
        if token.text.lower() in cues:
            found.update((token.sentence, token.sentence + 1))
    return frozenset(found)


def event_points(results: Sequence[ArticleResult]) -> list[tuple[float, float]]:
    """Where the batch's events happened: the settlements that are their places."""
    return [
        (place.lat, place.lon)
        for r in results
        for e in r.events
        if e.place is not None
        for place in [r.places[e.place.place].place]
        if place is not None and place.kind in SETTLEMENTS
    ]


def fuse_batch(results: Sequence[ArticleResult]) -> tuple[list[Advance], list[ControlPeriod]]:
    """The batch's advances and who held which place when: the stated advances fused across
    articles, the control periods the takings and withdrawals give, and the axes and inferred
    origins they imply (events/axes.py), in time order and numbered."""
    stated = fuse([leg for r in results for leg in r.legs], [d for r in results for d in r.denials])
    changes = [c for r in results for c in r.changes]
    # "the rebels" of a batch whose only named rebels are Syrian are those
    kinds = batch_kind_sides(a for r in results for e in r.events for a in e.actors)
    changes = [replace(c, side=kind_side(c.actors, kinds)) if c.side is None else c for c in changes]
    periods = control_periods(changes)
    infer_unstated_sides(periods)
    inferred = build_axes(
        periods,
        stated,
        [p for r in results for p in r.positions],
        [h for r in results for h in r.headings],
        [o for r in results for o in article_objectives(r.places, r.events, r.article.id)],
    )
    advances = stated + inferred
    advances += bearing_arrows([b for r in results for b in r.bearings], periods, advances)
    advances.sort(key=lambda a: (a.t_start or "9999", a.t_end or "9999", a.origin.name, a.destination.name))
    for number, advance in enumerate(advances, start=1):
        advance.id = f"advance-{number}"
    return advances, periods


def extraction_record(results: Sequence[ArticleResult], problems: Sequence[ReadProblem] = ()) -> dict:
    advances, periods = fuse_batch(results)
    stories = {r.article.id: r.story or r.article.id for r in results}
    records = [a.to_record() for a in advances]
    for record in records:
        # how many independent reports carry it: reprints of one agency copy count once
        articles = {e.get("article") for e in record.get("evidence", [])}
        record["stories"] = len({stories.get(a, a) for a in articles})
    return {
        "frontline": SCHEMA_VERSION,
        "articles": [_with_pages(r.to_record(), r) for r in results],
        "advances": records,
        "control": [p.to_record() for p in periods],
        "problems": [{"path": p.path, "reason": p.reason} for p in problems],
    }

"""A headline's certainty: it says in a few words what its story attributes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence

from ..language.text import Segmented, segment
from ..places.mentions import PlaceMention
from .actors import acting
from .event_tables import event_table
from .naming import find_actors

HEADLINE_NEWS_DAYS = 7  # a story's event ended longer before its headline is background


def title_forces(title: str, lang: str) -> tuple:
    """The named forces a title gives as its subjects ("Irakische Soldaten rücken in … ein"):
    "Sie seien … eingerückt" opening the story are they."""
    if not title:
        return ()
    tokens = segment(title, lang).tokens
    people = frozenset(event_table(lang).get("people_moving", ()))  # loaded once, not per title
    if any(t.text.lower() in people for t in tokens):
        return ()  # "Residents flee as Russian troops advance": "they" may be either
    return tuple(acting(find_actors(tokens, title, 0, lang, lambda j: None), tokens, lang))


def is_headline(doc: Segmented) -> bool:
    """Whether the text's first sentence is a headline: a paragraph of its own, of at most 20
    words, with no full stop, before the story."""
    if not doc.sentences:
        return False
    first = doc.sentences[0]
    text = doc.sentence_text(0)
    body = [s for s in doc.sentences[1:] if s.paragraph != first.paragraph]
    return bool(body) and text.rstrip()[-1:] not in ".!?" and len(text.split()) <= 20


def headline_certainty(
    events: list, doc: Segmented, places: Sequence[PlaceMention], control: frozenset
) -> list:
    """A headline says in a few words what the story attributes ("Ukraine captures Sudzha" over
    "…, Zelenskiy said"): its events take the certainty of the story's first event of the same
    kind at the same place that may be the same news, not a stage weeks before it."""
    if not events or not is_headline(doc):
        return events  # no headline: the first sentence is part of the story

    def key(event):
        main = event.place
        place = places[main.place].place if main is not None else None
        return (event.type in control, place.id if place is not None else None)

    def told(headline) -> str:
        # the story's first telling of the same kind at the same place, of the same time: not a
        # teaser's earlier stage ("captured the city centre in December" under "fully capture")
        kind, place = key(headline)
        for event in events:
            same = key(event) == (kind, place) if place is not None else (event.type in control) == kind
            if event.sentence != 0 and same and _same_time(event, headline):
                return event.certainty
        return headline.certainty

    return [replace(e, certainty=told(e)) if e.sentence == 0 else e for e in events]


def _same_time(story, headline) -> bool:
    """Whether the story's event may be the headline's news: not ended more than a week before
    the headline's date (a headline is dated by its report, its news may be of the days before;
    an undated event may be any)."""
    if not (story.t_end and headline.t_start):
        return True
    try:
        ended = date.fromisoformat(story.t_end[:10])
        told = date.fromisoformat(headline.t_start[:10])
    except ValueError:
        return True
    return (told - ended).days <= HEADLINE_NEWS_DAYS

"""A headline's certainty: it says in a few words what its story attributes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence

from ..language.text import Segmented
from ..places.mentions import PlaceMention

HEADLINE_NEWS_DAYS = 7  # a story's event ended longer before its headline is background


def headline_certainty(
    events: list, doc: Segmented, places: Sequence[PlaceMention], control: frozenset
) -> list:
    """A headline says in a few words what the story attributes ("Ukraine captures Sudzha" over
    "…, Zelenskiy said"): its events take the certainty of the story's first event of the same
    kind at the same place that may be the same news, not a stage weeks before it."""
    if not doc.sentences or not events:
        return events
    first = doc.sentences[0]
    text = doc.sentence_text(0)
    body = [s for s in doc.sentences[1:] if s.paragraph != first.paragraph]
    if not body or text.rstrip()[-1:] in ".!?" or len(text.split()) > 20:
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

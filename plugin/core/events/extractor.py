"""What happened where, who did it, when, and how sure the report is: events per sentence.

A trigger word (erobern, drangen … vor, Luftschläge, withdrew …) makes an event; the places of
its clause get roles from the word that governs them (von X → origin, bis in das Dorf X →
destination, südlich von X → reference, entlang des Euphrats → via); hedges set the certainty
(unbestätigten Angaben zufolge → claimed, Gerüchten zufolge → rumoured, um … zu erobern →
intended); a time comes from the sentence, else the paragraph, else the publication date; and
earlier history ("ein gleiches Szenario gab es in Tel Afar") is kept as past and undated.
Vocabulary is in data/events_<lang>.json, the forces in data/actors_<lang>.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Optional, Sequence

from ..datafiles import DATA_DIR
from ..dates.tagging import TimeExpression
from ..language.lexicon import toponym_table
from ..language.text import Segmented, Token
from ..places.gazetteer import POINT_KINDS
from ..places.mentions import PlaceMention
from .actors import actors_in
from .certainty import certainty_by_clause, hedge_patterns

_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—"})
_ROLE_SKIP = 7  # words a preposition may stand before its place (von der erst kürzlich eroberten Stadt X)
# Nouns that point back to a place named before (innerhalb der Stadt → the city last named).
_ANAPHORIC_NOUNS = {"stadt": "city", "dorf": "village", "ortschaft": "village", "kleinstadt": "town",
                    "city": "city", "town": "town", "village": "village"}  # fmt: skip
_KIND_FAMILY = {"city": {"city", "town"}, "town": {"town", "city"}, "village": {"village", "place"}}


@cache
def event_table(lang: str) -> dict:
    path = DATA_DIR / f"events_{lang}.json"
    if not path.is_file():
        path = DATA_DIR / "events_en.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    table["_hedges"] = hedge_patterns(table["hedges"])
    table["_history"] = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(h) for h in table["history_cues"]) + r")(?!\w)", re.I
    )
    words: dict[str, list[dict]] = {}
    for trigger in table["triggers"]:
        for word in trigger["words"]:
            words.setdefault(word, []).append(trigger)
    table["_words"] = words
    return table


@dataclass(frozen=True)
class EventPlace:
    place: int  # index into the article's places
    role: str  # origin | destination | via | objective | location | target | reference


@dataclass(frozen=True)
class Event:
    type: str
    trigger: str
    sentence: int
    start: int  # the trigger's character span
    end: int
    places: tuple[EventPlace, ...]
    actors: tuple[str, ...]
    time: Optional[int]  # index into the article's times
    t_start: Optional[str]
    t_end: Optional[str]
    precision: Optional[str]
    certainty: str
    negated: bool
    past: bool
    quote: str
    time_source: str = "none"  # sentence | paragraph | publication | none

    @property
    def place(self) -> Optional[EventPlace]:
        """The principal place: where it ended, what was taken, or where it happened."""
        for role in ("destination", "target", "objective", "location", "via", "origin", "reference"):
            for event_place in self.places:
                if event_place.role == role:
                    return event_place
        return None

    def to_record(self) -> dict:
        main = self.place
        return {
            "type": self.type,
            "trigger": self.trigger,
            "place": main.place if main else None,
            "role": main.role if main else None,
            "places": [{"place": p.place, "role": p.role} for p in self.places],
            "actors": list(self.actors),
            "time": self.time,
            "t_start": self.t_start,
            "t_end": self.t_end,
            "precision": self.precision,
            "time_source": self.time_source,
            "certainty": self.certainty,
            "negated": self.negated,
            "past": self.past,
            "sentence": self.sentence,
            "quote": self.quote,
        }


@dataclass
class _Trigger:
    index: int  # token index
    spec: dict
    end_index: int  # last token of the trigger (the particle of a separable verb)
    attributive: bool = False  # a participle describing a noun: "der eroberten Stadt"


@dataclass
class _Context:
    """What the sentences before this one leave behind: history and the last places named."""

    past_places: list[int] = field(default_factory=list)
    past: bool = False
    last_places: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)  # what the last events were about
    last_actors: tuple[str, ...] = ()


class EventExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table = event_table(lang)

    def extract(
        self,
        doc: Segmented,
        places: Sequence[PlaceMention],
        times: Sequence[TimeExpression],
        published: tuple[Optional[str], Optional[str], Optional[str]],
    ) -> list[Event]:
        """Events of one article; `published` is (start, end, precision) of its publication date."""
        by_sentence: dict[int, list[Token]] = {}
        for token in doc.tokens:
            by_sentence.setdefault(token.sentence, []).append(token)
        events: list[Event] = []
        context = _Context()
        places_by_sentence: dict[int, list[int]] = {}
        for i, mention in enumerate(places):
            if mention.role == "location":
                places_by_sentence.setdefault(mention.sentence, []).append(i)
        times_by_sentence = _concrete_times_by_sentence(doc, times)
        for sentence, tokens in sorted(by_sentence.items()):
            sentence_text = doc.sentence_text(sentence)
            lowered = sentence_text.lower()
            past = bool(self.table["_history"].search(lowered))
            sentence_places = places_by_sentence.get(sentence, [])
            anaphora = tokens and tokens[0].text.lower() in self.table["anaphora"]
            inherited_past = False
            if anaphora and context.past:
                inherited_past = True
                if not sentence_places:
                    sentence_places = list(context.past_places)
            triggers = self._triggers(tokens)
            # only sentences that report something need actors and hedges (most report nothing)
            actors = actors_in(sentence_text, self.lang) if triggers or sentence_places else ()
            clause_certainty = certainty_by_clause(sentence_text, self.table) if triggers else None
            sentence_events = len(events)  # this sentence's events are appended from here on
            for trigger in triggers:
                roles = self._roles(tokens, trigger, triggers, places, sentence_places, context)
                certainty = clause_certainty(tokens[trigger.index].start - doc.sentences[sentence].start)
                is_past = past or inherited_past
                time_index, t_start, t_end, precision, source = (None, None, None, None, "none")
                if not is_past:
                    time_index, t_start, t_end, precision, source = self._time(
                        doc, sentence, times, published, tokens[trigger.index].start, times_by_sentence
                    )
                first = tokens[trigger.index]
                events.append(
                    Event(
                        type=trigger.spec["type"],
                        trigger=first.text
                        if trigger.end_index == trigger.index
                        else f"{first.text} … {tokens[trigger.end_index].text}",
                        sentence=sentence,
                        start=first.start,
                        end=first.end,
                        places=tuple(roles),
                        actors=actors or (context.last_actors if self._pronoun_subject(tokens) else ()),
                        time=time_index,
                        t_start=t_start,
                        t_end=t_end,
                        precision=precision,
                        certainty=certainty,
                        negated=self._negated(tokens, trigger),
                        past=is_past,
                        quote=sentence_text,
                        time_source=source,
                    )
                )
            if past:
                context.past = True
                context.past_places = sentence_places
            elif not inherited_past:
                context.past = False
            if sentence_places:
                context.last_places = sentence_places
                context.salient = [i for e in events[sentence_events:] for i in _salient(e)]
            if actors:
                context.last_actors = actors
        return events

    # -- pieces -----------------------------------------------------------------------------

    def _triggers(self, tokens: Sequence[Token]) -> list[_Trigger]:
        words = self.table["_words"]
        lowered = [t.text.lower() for t in tokens]
        found = []
        for i, word in enumerate(lowered):
            specs = words.get(word)
            if not specs:
                continue
            chosen = None
            for spec in specs:
                particle = spec.get("particle")
                if particle:
                    end = self._particle(lowered, i, particle)
                    if end is not None:
                        chosen = _Trigger(i, spec, end)
                        break
                    continue
                required = spec.get("requires")
                if required and required not in lowered:
                    continue
                if spec.get("requires_any") and not set(spec["requires_any"]) & set(lowered):
                    continue
                if chosen is None:
                    chosen = _Trigger(i, spec, i)
            if chosen is not None:
                chosen.attributive = self._is_attributive(tokens, i)
                found.append(chosen)
        return found

    def _is_attributive(self, tokens: Sequence[Token], i: int) -> bool:
        """A lower-case participle with an adjective ending right before a noun or a name."""
        word = tokens[i].text
        if not word[:1].islower() or i + 1 >= len(tokens):
            return False
        following = tokens[i + 1].text
        if self.lang == "de":
            return (
                word.endswith(("ten", "te", "tes", "ter", "tem", "nen", "ene", "enes"))
                and following[:1].isupper()
            )
        cues = toponym_table(self.lang)["place_cues"]
        return word.endswith("ed") and following.lower() in cues

    @staticmethod
    def _particle(lowered: Sequence[str], i: int, particle: str) -> Optional[int]:
        """The separable particle closing the verb's clause: drangen … vor(,|.|und)."""
        for j in range(i + 1, len(lowered)):
            if lowered[j] == particle and (
                j + 1 == len(lowered)
                or not lowered[j + 1][:1].isalnum()
                or lowered[j + 1] in ("und", "oder", "um")
            ):
                return j
            if lowered[j] in (";",):
                return None
        return None

    @staticmethod
    def _pronoun_subject(tokens: Sequence[Token]) -> bool:
        return any(t.text.lower() in ("sie", "man", "they", "er", "it") for t in tokens[:6])

    def _negated(self, tokens: Sequence[Token], trigger: _Trigger) -> bool:
        negations = self.table["negations"]
        low = max(0, trigger.index - 4)
        window = [t.text.lower() for t in tokens[low : trigger.end_index + 1]]
        if trigger.end_index == trigger.index:
            window += [t.text.lower() for t in tokens[trigger.index + 1 : trigger.index + 3]]
        return any(word in negations for word in window)

    def _roles(self, tokens, trigger, triggers, places, sentence_places, context) -> list[EventPlace]:
        """Places of the trigger's clause with the role the governing word gives them.

        Each place belongs to the trigger nearest to it, counting a clause break as ten words,
        so "Startschuss für Operationen …, nach kurzer Zeit wurde der Grenzübergang erobert"
        gives the crossing to "erobert" and not to the operations."""
        role_of = {word: role for role, words in self.table["roles"].items() for word in words}
        relative = frozenset(self.table["relative_directions"])
        cues = frozenset(toponym_table(self.lang)["place_cues"])
        parts = frozenset(self.table.get("part_nouns", ()))
        result: list[EventPlace] = []
        previous_role = None
        if trigger.attributive:
            return self._attributive_place(tokens, trigger, places, sentence_places)
        competitors = [t for t in triggers if not t.attributive]
        for place_index in sentence_places:
            mention = places[place_index]
            position = self._token_at(tokens, mention.start)
            if position is None:  # a place carried over from the sentence before ("Dort …")
                result.append(EventPlace(place_index, "location"))
                continue
            best = min(_cost(tokens, t.index, position) for t in competitors)
            if _cost(tokens, trigger.index, position) > best:
                continue
            role = self._governing_role(tokens, position, role_of, relative, cues | parts, previous_role)
            kind = mention.place.kind if mention.place is not None else None
            if kind not in POINT_KINDS:
                role = "via" if role == "via" and kind == "river" else "location"
            elif role is None:
                role = (
                    "target"
                    if trigger.spec["type"] in ("capture", "recapture", "withdrawal", "presence")
                    else "destination"
                    if trigger.spec["type"] == "arrival"  # erreichten (den Stadtrand von) Pokrowsk
                    else "location"
                )
            previous_role = role
            result.append(EventPlace(place_index, role))
        if not result:
            result = self._anaphoric_place(tokens, places, context)
        return result

    def _attributive_place(self, tokens, trigger, places, sentence_places) -> list[EventPlace]:
        """ "der erst kürzlich eroberten Stadt al-Qaim": the participle's event is about the
        place it describes, named within the next few words."""
        for place_index in sentence_places:
            position = self._token_at(tokens, places[place_index].start)
            if position is not None and 0 < position - trigger.index <= 3:
                return [EventPlace(place_index, "target")]
        return []

    @staticmethod
    def _token_at(tokens: Sequence[Token], offset: int) -> Optional[int]:
        for i, token in enumerate(tokens):
            if token.start <= offset < token.end:
                return i
        return None

    @staticmethod
    def _governing_role(tokens, position, role_of, relative, cues, previous_role) -> Optional[str]:
        """The role the word governing a place gives it: the nearest preposition before it over
        articles, adjectives and cue nouns (vom erst kürzlich wiedereroberten Anah → origin)."""
        for step in range(1, _ROLE_SKIP + 1):
            j = position - step
            if j < 0:
                return None
            text = tokens[j].text
            word = text.lower()
            if word in ("und", "sowie", "and", "&", "oder", "or"):
                return previous_role
            if word in _CLAUSE_BREAK:
                return None
            role = role_of.get(word)
            if role is None:
                if text[:1].isupper() and text not in cues:
                    return None  # another noun: the place is not governed by what stands before it
                continue
            before = tokens[j - 1].text.lower() if j > 0 else ""
            if role == "origin" and before in relative:
                return "reference"  # südlich von Abu Kamal
            if role == "origin" and j > 0 and tokens[j - 1].text in cues and tokens[j - 1].text[:1].isupper():
                continue  # den Stadtrand von Pokrowsk: governed by what governs the outskirts
            if before == "bis":
                return "destination"  # bis in das Dorf
            return role
        return None

    def _anaphoric_place(self, tokens, places, context) -> list[EventPlace]:
        """ "innerhalb der Stadt", "entered the town" with no name: the place of that kind the
        sentence before was about (where an advance went, what was taken, where a withdrawal
        left), else the first place of that kind it named."""
        for token in tokens:
            kind = _ANAPHORIC_NOUNS.get(token.text.lower())
            if kind is None:
                continue
            ordered = list(dict.fromkeys(context.salient + context.last_places))
            candidates = [
                i for i in ordered if places[i].place is not None and places[i].place.kind in POINT_KINDS
            ]
            fitting = [i for i in candidates if places[i].place.kind in _KIND_FAMILY[kind]]
            chosen = (fitting or candidates)[:1]
            return [EventPlace(i, "location") for i in chosen]
        return []

    @staticmethod
    def _time(doc, sentence, times, published, trigger_start, by_sentence=None):
        """The time governing an event: in its sentence the expression nearest its trigger, else
        the paragraph's last one before it, else the publication date. `by_sentence` holds the
        concrete times' indices by sentence (`_concrete_times_by_sentence`), so that a long
        document's events do not each go through all its times."""
        if by_sentence is None:
            by_sentence = _concrete_times_by_sentence(doc, times)
        own = by_sentence.get(sentence, [])
        if own:
            best = min(
                own, key=lambda i: (abs(times[i].start - trigger_start), times[i].start < trigger_start)
            )
            t = times[best]
            return best, t.start_date, t.end_date, t.precision, "sentence"
        paragraph = doc.sentences[sentence].paragraph
        earlier = []
        before = sentence - 1
        while before >= 0 and doc.sentences[before].paragraph == paragraph:
            earlier += by_sentence.get(before, [])
            before -= 1
        if earlier:
            last = max(earlier)
            t = times[last]
            return last, t.start_date, t.end_date, t.precision, "paragraph"
        start, end, precision = published
        if start is not None:
            return None, start, end, precision, "publication"
        return None, None, None, None, "none"


governing_role = EventExtractor._governing_role


def _concrete_times_by_sentence(doc, times) -> dict[int, list[int]]:
    """Indices of the dated (not relative or unresolved) time expressions, by sentence."""
    found: dict[int, list[int]] = {}
    for i, t in enumerate(times):
        if t.type in ("DATE", "TIME") and t.start_date is not None and not t.unresolved:
            found.setdefault(doc.sentence_of(t.start), []).append(i)
    return found


_SALIENT_ROLE = {"withdrawal": ("origin", "location", "target")}


def _salient(event: Event) -> list[int]:
    """Places an event is about, most salient first: where an advance went, what was taken,
    and for a withdrawal the place that was left."""
    order = _SALIENT_ROLE.get(event.type, ("destination", "target", "location", "objective"))
    return [p.place for role in order for p in event.places if p.role == role]


def _cost(tokens: Sequence[Token], a: int, b: int) -> int:
    """Distance in words between two tokens, a clause break counting as ten."""
    low, high = sorted((a, b))
    return (high - low) + 10 * sum(1 for t in tokens[low:high] if t.text in _CLAUSE_BREAK)

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

from dataclasses import dataclass, field
from functools import cache, partial
from typing import Optional, Sequence

from ..dates.tagging import TimeExpression
from ..language.lexicon import toponym_table
from ..language.text import Segmented, Token, clause_between, coordinated_clause, object_distance, token_at
from ..places.facilities import facility_nouns
from ..places.gazetteer import POINT_KINDS
from ..places.mentions import PlaceMention
from ..places.quarters import quarter_towns
from . import particles, speakers, subjects
from .actors import Actor, acting, actor_table, agent_for, english_adjective, side_of_code, unnamed
from .captives import takes_people
from .clauses import ADDED_OPENERS, relative_span
from .continued import CONTROL_TYPES, attributed_after, claims_around, goes_on_attributed, unverified_after
from .denials import contested_claims
from .event_tables import event_table, sentence_certainty
from .governed import (
    after_it,
    agent_of_participle,
    before_in_clause,
    beyond_quote,
    earlier_event_place,
    governing_role,
    heading_kind,
    in_a_name,
    into_goal,
    later_verb,
    near_it,
    negated,
    owned_noun_near,
    passive_kind,
    region_origin,
    subject_at,
    subordinate_before,
    thing_taken,
    unlinked_name,
    verb_role,
)
from .headline import headline_certainty, is_headline, title_forces
from .holding import control_kind
from .naming import find_actors
from .per_place import (
    hearsay_places,
    home_arrival,
    left_what_was_taken,
    one_per_place,
    point_place,
    salient,
)
from .references import (
    attributive_place,
    elsewhere,
    historic_sentence,
    list_head,
    plural_anaphora,
    points_there,
    relative_antecedent,
    singular_anaphora,
    within_reach,
)
from .reporting import (
    ACTOR,
    AREA,
    EVENT,
    attribution,
    dateline_spans,
    place_readings,
    quoted,
    quoted_across,
    reporting_table,
    said_later,
    subjunctive,
)
from .timing import by_the_report, event_time, index_times, own_days, own_time, past_tense, told_on

FLIGHT = "flight"  # people who are no force on the move: a trigger that keeps its places and tells no event
_TAKINGS = frozenset({"capture", "recapture", "arrival"})  # as control.TAKEN_TYPES (no import: a cycle)
_THEY = frozenset({"sie", "they"})  # a withdrawal's subject that points back to the forces before


@dataclass(frozen=True)
class EventPlace:
    place: int  # index into the article's places
    role: str  # origin | destination | via | objective | location | target | reference | vicinity (near it, not it)


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
    sides: tuple[Optional[str], ...] = ()  # the side each actor fights for (a country code, IS …)
    contested: bool = False  # a denial disputes it (events/denials.py)

    @property
    def place(self) -> Optional[EventPlace]:
        """The principal place: what was taken, where a movement ended, what was left, or where
        it happened; never a place named only to say where another lies ("80 miles west of
        Baghdad"), and for a capture never where it came from."""
        for role in _PRINCIPAL_ROLES.get(self.type, _PRINCIPAL_ROLES[None]):
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
            "sides": list(self.sides),
            "area": next((p.place for p in self.places if p.role == "area"), None),
            "time": self.time,
            "t_start": self.t_start,
            "t_end": self.t_end,
            "precision": self.precision,
            "time_source": self.time_source,
            "certainty": self.certainty,
            "negated": self.negated,
            "contested": self.contested,
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
    just_told: bool = False  # the sentence before, in this paragraph, told them
    taken: list[int] = field(default_factory=list)  # what the last events took
    last_actors: tuple[Actor, ...] = ()


class EventExtractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table = event_table(lang)
        self._positions = frozenset(self.table.get("position_nouns", ()))  # from bases in X: set out there
        self._routes = frozenset(self.table.get("route_nouns", ()))  # the road to X: where it leads
        # an operation's aim (the offensive on X) is no goal of another verb; German compounds end in
        # them (Großoffensive, Bodenangriff), English words stand alone
        operations = tuple(self.table.get("operation_nouns", ()))
        self._operations = (
            (lambda word: word.endswith(operations)) if lang == "de" else (lambda word: word in operations)
        )
        self._near = frozenset(self.table.get("proximity_words", ()))  # a place near it, not it
        self._features = frozenset(self.table.get("feature_nouns_after", ()))  # "Kobane hill"
        self._thing_taken = partial(thing_taken, lang=lang, table=self.table)  # the stadium in Raqqa
        self._forces = frozenset(actor_table(lang)["force_nouns"])
        self._anaphoric = frozenset(self.table.get("anaphoric_nouns", ()))
        self._relative_openers = frozenset(self.table.get("relative_openers", ()))
        self._people = frozenset(self.table.get("people_moving", ()))
        self._prepositions = frozenset(word for words in self.table["roles"].values() for word in words)
        # compass adverbs that take a genitive: "östlich der Stadt X", "nördlich Bachmuts"
        self._genitives = frozenset(self.table.get("genitive_directions", ()))
        self._speech = frozenset(reporting_table(lang)["speech_verbs"])
        self._purpose_words = frozenset(self.table.get("purpose_words", ()))  # "zur Rückeroberung"
        self._cues = frozenset(toponym_table(lang)["place_cues"])

    def extract(
        self,
        doc: Segmented,
        places: Sequence[PlaceMention],
        times: Sequence[TimeExpression],
        published: tuple[Optional[str], Optional[str], Optional[str]],
        title: str = "",
    ) -> list[Event]:
        """Events of one article; `published` is (start, end, precision) of its publication date;
        the forces its `title` names are those a pronoun opening the story stands for."""
        by_sentence: dict[int, list[Token]] = {}
        for token in doc.tokens:
            by_sentence.setdefault(token.sentence, []).append(token)
        events: list[Event] = []
        context = _Context(last_actors=title_forces(title, self.lang))
        places_by_sentence: dict[int, list[int]] = {}
        for i, mention in enumerate(places):
            if mention.role == "location":
                places_by_sentence.setdefault(mention.sentence, []).append(i)
        place_ids: dict[int, set] = {}  # what each sentence names, for claims_around
        for mention in places:
            if mention.place is not None and mention.role == "location":  # "Russian soldiers" names no place
                place_ids.setdefault(mention.sentence, set()).add(mention.place.id)

        @cache
        def attributed_at(index: int) -> bool:  # read by its own sentence and its neighbours
            return attribution(doc.sentence_text(index), by_sentence[index], self.lang)

        @cache
        def historic(index: int) -> bool:  # earlier history, asked again when a date is carried
            return historic_sentence(doc.sentence_text(index).lower(), self.table)

        datelines = dateline_spans(doc, places)
        quoted_upto = quoted_across(doc)
        timing = index_times(doc, times, published, by_sentence)
        force_nouns = frozenset(actor_table(self.lang)["force_nouns"])
        sentences = sorted(by_sentence.items())
        triggers_of = {sentence: self._triggers(tokens) for sentence, tokens in sentences}
        for sentence, tokens in sentences:
            sentence_text = doc.sentence_text(sentence)
            past = historic(sentence)
            readings = place_readings(
                tokens, places_by_sentence.get(sentence, []), places, self.lang, datelines, force_nouns
            )
            triggers = triggers_of[sentence]
            # only sentences that report something need actors (most report nothing), and those before one
            actors = (
                self._actors(tokens, sentence_text, doc.sentences[sentence].start, places, readings)
                if triggers or triggers_of.get(sentence + 1)
                else []
            )
            # a name inside a named force is the force's ("Donetsk People's Republic", "Azov")
            in_groups = {j for a in actors if a.group for j in range(a.first, a.last + 1)}
            for index in readings:
                if token_at(tokens, places[index].start) in in_groups:
                    readings[index] = ACTOR
            sentence_places = [i for i, reading in readings.items() if reading in (EVENT, AREA)]
            anaphora = tokens and tokens[0].text.lower() in self.table["anaphora"]
            inherited_past = False
            if anaphora and context.past:
                inherited_past = True
                if not sentence_places:
                    sentence_places = list(context.past_places)
            clause_certainty = sentence_certainty(sentence_text, self.lang) if triggers else None
            attributed = bool(triggers) and (
                attributed_at(sentence)
                or subjunctive(tokens, self.lang)
                or attributed_after(doc, sentence, by_sentence, triggers_of, attributed_at)
                or goes_on_attributed(doc, sentence, by_sentence, triggers_of, attributed_at, self.table)
                or unverified_after(doc, sentence, by_sentence, triggers_of, self.table)
            )
            sentence_events = len(events)  # this sentence's events are appended from here on
            for trigger in triggers:
                if trigger.spec["type"] == FLIGHT:
                    continue
                roles = self._roles(tokens, trigger, triggers, places, sentence_places, context)
                roles = subjects.subject_places(trigger, roles, tokens, places, sentence_places, self.lang)
                if roles is None:
                    continue  # "Insgesamt fielen in Bachmut …", "are in talks … in X": no place it is about
                roles = [
                    EventPlace(r.place, "area")
                    if readings.get(r.place) == AREA
                    and not (
                        r.role == "origin" and trigger.spec.get("motion") and region_origin(places[r.place])
                    )
                    else r
                    for r in roles
                ]  # a region a movement sets out from stays its origin (aus dem Nordirak nach Kobane)
                offset = tokens[trigger.index].start - doc.sentences[sentence].start
                certainty = clause_certainty(offset)
                if certainty == "confirmed" and (
                    (attributed and not said_later(tokens, trigger.index, self.lang))
                    or quoted(sentence_text, offset)
                    or offset < quoted_upto.get(sentence, -1)
                    or claims_around(doc, sentence, triggers_of, place_ids, tokens, attributed_at, trigger)
                ):
                    certainty = "claimed"
                earlier = after_it(tokens, trigger.index, self.table)  # "after the capture of X on Sunday, …"
                time_index, t_start, t_end, precision, source = (None, None, None, None, "none")
                if not (past or inherited_past):
                    time_index, t_start, t_end, precision, source = self._time(
                        doc, sentence, times, timing, tokens, triggers, trigger.index, historic, earlier
                    )
                    if source in ("dateline", "publication") and attributed_after(
                        doc, sentence, by_sentence, triggers_of, attributed_at
                    ):  # "… zurückerobert. Das teilte der Generalstab am Sonntag mit."
                        told = told_on(timing, times, sentence)
                        if told is not None:
                            time_index, t_start, t_end, precision, source = told
                is_past = past or inherited_past or earlier
                if particles.purpose_noun(
                    tokens, trigger.index, self._purpose_words, self.table, self._operations
                ):
                    certainty = "intended"  # "die Offensive zur Rückeroberung Mossuls", "bis zur Befreiung"
                t_start, t_end, certainty = by_the_report(
                    t_start,
                    t_end,
                    certainty,
                    published[1],
                    partial(past_tense, doc, sentence, tokens[trigger.index].start, self.lang, precision),
                )
                time = times[time_index] if time_index is not None else None
                kind = control_kind(trigger.spec, tokens, trigger.index, doc.text, time, self.table)
                kind = passive_kind(trigger.spec, kind, tokens, trigger.index)
                kind = heading_kind(kind, tokens, places, roles, trigger.index)  # "broke through toward X"
                if (
                    kind in ("capture", "recapture")
                    and trigger.spec.get("passive_type") != "withdrawal"
                    and takes_people(
                        tokens,
                        trigger.index,
                        trigger.end_index,
                        places,
                        sentence_places,
                        self.table,
                        self.lang,
                    )
                ):
                    continue  # "captured alive", "soldiers had been captured": people, not ground
                moves = kind in CONTROL_TYPES or kind == "advance"
                agents = speakers.modifier_named(tokens, trigger.index, self.lang) or agent_for(
                    actors,
                    tokens,
                    trigger.index,
                    self.lang,
                    context.last_actors,
                    moves,
                    bool(trigger.spec.get("dative_loser")),
                    kind in ("capture", "recapture"),
                    bool(trigger.spec.get("object_loser")) and kind in ("capture", "recapture"),
                    kind in ("attack", "airstrike"),
                )
                kind, agents = subjects.given_to(trigger, kind, agents, tokens, actors, context, self.lang)
                if kind is None:
                    continue  # "handed over the prisoners": nothing went to a force
                if not agents:
                    agents = speakers.holder_named(tokens, trigger.index, self.lang)  # under Russian control
                bare = speakers.own_troops(actors, tokens, trigger.index, self.lang)
                if (
                    unnamed(agents)
                    and attributed
                    and not speakers.hostile_subject(actors, tokens, trigger.index, self.lang)
                    and (
                        speakers.claims_a_gain(
                            kind,
                            tokens,
                            trigger.index,
                            certainty,
                            self.lang,
                            self.table.get("loss_words", ()),
                            bare,
                        )
                        or speakers.withdraws_itself(kind, tokens, trigger.index, self.lang, bare)
                    )
                ):
                    # "Kupjansk befreit, sagte Selenskyj", "Russia's defence ministry said the
                    # village had been retaken": a side announces its own gains
                    force = speakers.speaker_force(tokens, places, readings, self.lang)
                    if force is not None:
                        agents = [Actor(force[0], force[1], trigger.index, trigger.index)]
                if not agents and speakers.visit(trigger, tokens, self.lang):
                    continue  # "Außenminister X traf in Kiew ein": a visit, not a movement of forces
                if certainty == "claimed" and speakers.conceded(
                    kind, agents, tokens, places, readings, self.lang
                ):
                    certainty = "confirmed"  # a loss the losing side announces
                first = tokens[trigger.index]
                event = Event(
                    type=kind,
                    trigger=first.text
                    if trigger.end_index == trigger.index
                    else f"{first.text} … {tokens[trigger.end_index].text}",
                    sentence=sentence,
                    start=first.start,
                    end=first.end,
                    places=tuple(roles),
                    actors=tuple(a.name for a in agents),
                    time=time_index,
                    t_start=t_start,
                    t_end=t_end,
                    precision=precision,
                    certainty=certainty,
                    negated=negated(tokens, trigger.index, trigger.end_index, self.table),
                    past=is_past,
                    quote=sentence_text,
                    time_source=source,
                    sides=tuple(a.side for a in agents),
                )
                listed = one_per_place(home_arrival(event, places))
                events.extend(hearsay_places(listed, clause_certainty, places, doc.sentences[sentence].start))
            events[sentence_events:] = own_days(
                left_what_was_taken(events[sentence_events:]),
                places,
                [(i, times[i]) for i in timing.times.get(sentence, ())],
                tokens,
                published[1],
                self.lang,
            )
            event_places = [i for i in sentence_places if readings.get(i) == EVENT]
            if past:
                context.past = True
                context.past_places = event_places
            elif not inherited_past:
                context.past = False
            # what a sentence tells as history ("seit der Eroberung von Bachmut") is not what it is about
            told = [e for e in events[sentence_events:] if not e.past]
            context.just_told = bool(event_places and told)
            if event_places and (told or len(events) == sentence_events):
                context.last_places = event_places
                context.salient = [i for e in told for i in salient(e)]
                context.taken = [e.place.place for e in told if e.type in _TAKINGS and e.place]
            elif event_places:
                context.last_places = event_places
            named = acting(actors, tokens, self.lang)
            if named:
                context.last_actors = tuple(named)
            if doc.sentences[sentence].paragraph != doc.sentences[
                min(sentence + 1, len(doc.sentences) - 1)
            ].paragraph and not (sentence == 0 and is_headline(doc)):
                context.last_actors = ()  # a bare "die Truppen" refers within its paragraph
                context.just_told = False
        return contested_claims(
            headline_certainty(events, doc, places, CONTROL_TYPES), doc, self.lang, places
        )

    def _actors(self, tokens, sentence_text, offset, places, readings) -> list[Actor]:
        """The sentence's forces, and countries and capitals acting in it (Moskau schickt Truppen)."""
        starts = {}
        for index, reading in readings.items():
            place = places[index].place
            if place is not None and (place.kind == "country" or place.feature_code == "PPLC"):
                position = token_at(tokens, places[index].start)
                if position is not None:
                    starts[position] = (place.country, reading)
        found = find_actors(
            tokens, sentence_text, offset, self.lang, lambda j: starts.get(j, (None, None))[0]
        )
        covered = {j for a in found for j in range(a.first, a.last + 1)}
        for position, (code, reading) in starts.items():
            if reading == ACTOR and code and position not in covered:
                found.append(
                    Actor(f"{english_adjective(code)} forces", side_of_code(code), position, position)
                )
        return sorted(found, key=lambda a: a.first)

    def _triggers(self, tokens: Sequence[Token]) -> list[_Trigger]:
        words = self.table["_words"]
        lowered = [t.text.lower() for t in tokens]
        found = []
        for i, word in ((i, w) for i, w in enumerate(lowered) if w in words):  # most trigger nothing
            specs = [s for s in words[word] if tokens[i].text.islower() or not s.get("verb_only")]
            if not specs or in_a_name(tokens, i, self.lang):
                continue  # "the Tigray People's Liberation Front": a name, no liberation
            chosen = None
            for spec in specs:
                particle = spec.get("particle")
                if (
                    particle
                    and spec.get("requires_any")
                    and not set(spec["requires_any"]) & set(lowered[i + 1 : i + 3])
                ):
                    continue  # "setzten sich … ab": withdrew; not "setzte den Gouverneur ab, der sich …"
                if particle:
                    end = subjects.particle_closes(tokens, lowered, i, spec, self.lang)
                    if end is not None:
                        chosen = _Trigger(i, spec, end)
                        break
                    continue
                required = spec.get("requires")
                if required and required not in lowered:
                    continue
                preceded = spec.get("preceded_by")
                if preceded and " ".join(lowered[max(0, i - 2) : i]) not in preceded:
                    continue  # "auf dem Weg nach", "on their way to"; not "der Weg nach X ist frei"
                if spec.get("requires_any") and not set(spec["requires_any"]) & set(lowered):
                    continue
                if spec.get("requires_before") and not before_in_clause(lowered, i, spec["requires_before"]):
                    continue  # "in der Hand der Rebellen", "in the Islamic State's hands"; not "den Händen … entrissen"
                if particles.unwanted_after(lowered, i, spec):
                    continue  # "verließ sich auf": relied on
                if tokens[i].text[:1].islower() and particles.other_particle(lowered, i, spec, self.lang):
                    continue  # "räumte den Verlust ein": conceded, not cleared (a verb, not "Rückzug")
                if spec["type"] == "advance" and subjects.people_move(tokens, i, self._people, self.lang):
                    spec = {**spec, "type": FLIGHT}  # people fleeing toward a town: its places, no event
                if spec.get("place_subject") and not subjects.place_subject(
                    tokens, i, self.lang, self._anaphoric
                ):
                    continue  # "Saraqib fell", "the town fell to …"; not "shells fell on Kharkiv"
                if spec.get("force_before") and not subjects.force_before(tokens, i, self.lang):
                    continue  # "Russian troops left Kupiansk", not "the attack left soldiers dead"
                if spec.get("force_subject") and not subjects.force_acts(tokens, i, self.lang):
                    continue  # "die Armee verließ X", not "der Minister verließ X"
                if spec.get("owned_noun") and not owned_noun_near(tokens, i, spec["owned_noun"]):
                    continue  # a nation's or a force's flag hoisted, not flags waved
                if particles.object_in_clause(tokens, i, spec.get("not_object", ()), self.lang):
                    continue  # "befreiten Hunderte Häftlinge", "Minen geräumt": another sense
                if spec.get("requires_near"):
                    j = subject_at(lowered, i, spec["requires_near"], spec.get("subject_after", 0))
                    if j is None:
                        continue  # a convoy leaving sets out; fighters leaving a town withdraw
                    if set(spec.get("blocked_by", ())) & set(lowered[max(0, min(i, j) - 3) : max(i, j + 6)]):
                        continue  # a convoy of refugees or with aid is no force setting out
                if spec.get("not_subject") and subjects.civilians_leave(
                    tokens, lowered, i, spec["not_subject"], self.lang
                ):
                    spec = {**spec, "type": FLIGHT}  # civilians leaving a town: no force gives it up
                if i > 0 and lowered[i - 1] in spec.get("not_after", ()):
                    continue  # "turned left at X"
                followed = spec.get("followed_by")
                if followed:
                    width = next(
                        (
                            n
                            for n in (2, 1)
                            if i + n < len(lowered) and " ".join(lowered[i + 1 : i + 1 + n]) in followed
                        ),
                        0,
                    )
                    if width and not (
                        spec.get("name_after") and not particles.name_after(tokens, i, i + width, self.lang)
                    ):
                        chosen = _Trigger(
                            i, spec, i + width
                        )  # took the fight to X, troops are in X: one verb
                        break
                    continue
                if chosen is None and particles.names_what_it_needs(spec, tokens, i, self.lang):
                    chosen = _Trigger(i, spec, i)  # "lost Hama", not "lost 500 soldiers"
            if chosen is not None:
                chosen.attributive = particles.is_attributive(
                    tokens, i, self.lang, self._forces, chosen.end_index
                )
                if not (chosen.attributive and particles.bare_attribute(tokens, i, chosen.spec["type"])):
                    found.append(chosen)  # "visited the liberated city" tells a state, no taking
        # the noun a verb requires is its event's, not one of its own: "brachten … unter ihre Kontrolle"
        required = {lowered.index(t.spec["requires"]) for t in found if t.spec.get("requires") in lowered}
        required |= particles.governed_nouns(found, lowered)
        found = [t for t in found if t.index not in required or t.spec.get("requires")]
        return [t for t in found if not subjects.copula_of_other(tokens, t, found)]

    def _roles(self, tokens, trigger, triggers, places, sentence_places, context) -> list[EventPlace]:
        """Places of the trigger's clause with the role the governing word gives them.

        Each place belongs to the trigger nearest to it, counting a clause break as ten words,
        so "Startschuss für Operationen …, nach kurzer Zeit wurde der Grenzübergang erobert"
        gives the crossing to "erobert" and not to the operations."""
        role_of = {word: role for role, words in self.table["roles"].items() for word in words}
        if trigger.spec.get("motion"):
            # a movement "for" a place goes there: set out from Erbil for Kobani, headed for Sevare
            role_of.update({word: "destination" for word in self.table.get("motion_destinations", ())})
        relative = frozenset(self.table["relative_directions"])
        cues = frozenset(toponym_table(self.lang)["place_cues"])
        parts = frozenset(self.table.get("part_nouns", ())) | frozenset(facility_nouns(self.lang))
        result: list[EventPlace] = []
        previous_role = None
        if trigger.attributive:
            found = attributive_place(
                tokens, trigger.index, places, sentence_places, self._cues, self._prepositions
            )
            return [EventPlace(i, role) for i, role in found]
        competitors = [t for t in triggers if not t.attributive and t.spec["type"] != "announcement"] or [
            trigger
        ]
        journey = frozenset(w for w, role in role_of.items() if role in ("origin", "destination", "via"))
        holding_nouns = frozenset(self.table.get("genitive_holders", ()))  # in Händen Kiews
        heads = frozenset(self.table.get("list_heads", ()))
        anchors = {  # a distance is measured from it
            places[i].placing.anchor.id
            for i in sentence_places
            if places[i].placing is not None and places[i].placing.how == "relative"
        }
        towns = quarter_towns(places, sentence_places)  # "the Jolan district of Falluja": it lies in Falluja
        # a verb in a relative clause acts on its own places and its antecedent (relative_antecedent)
        own = relative_span(tokens, trigger.index, self._relative_openers, closed=False)
        if own is not None and not any(places[i].end == tokens[own[0] - 2].end for i in sentence_places):
            own = None  # "… von neun IS-Kämpfern, die er beim Rückzug …": about no place
        for place_index in sentence_places:
            mention = places[place_index]
            position = token_at(tokens, mention.start)
            if position is None:  # a place carried over from the sentence before ("Dort …")
                result.append(EventPlace(place_index, "location"))
                continue
            stands = list_head(tokens, position, heads)
            verbs = [t.index for t in competitors]
            if unlinked_name(tokens, trigger.index, position, self.lang):  # "nach Kämpfen Rastan"
                continue
            if agent_of_participle(tokens, position, mention.end):  # "der von Moskau eingesetzte Chef"
                continue
            rivals = [
                t
                for t in competitors
                if (t is trigger or not later_verb(tokens, t, position, journey, self.table, trigger.index))
                and not unlinked_name(tokens, t.index, position, self.lang)
            ]
            best = min(object_distance(tokens, t.index, stands, verbs, journey) for t in rivals)
            if object_distance(tokens, trigger.index, stands, verbs, journey) > best:
                continue
            if beyond_quote(tokens, trigger.index, position, self._speech) or (
                not trigger.spec.get("motion")
                and earlier_event_place(tokens, position, trigger.index, self.table)
            ):
                continue  # the speaker's ("…,” said the Ramadi mayor); "after the fall of X": that event's
            inserted = relative_span(tokens, position, self._relative_openers | ADDED_OPENERS, closed=False)
            if (inserted is not None and not inserted[0] <= trigger.index <= inserted[1]) or (
                own is not None
                and not own[0] <= position <= own[1]
                and mention.end < tokens[own[0] - 2].start
            ):
                continue  # "The SDF, which is based in Kobani, advanced from X": the clause's place
            low, high = sorted((trigger.index, position))
            if any(coordinated_clause(tokens, k) for k in range(low, high)) or (
                position > trigger.index
                and subjects.next_clause(
                    tokens, trigger.index, position, mention.end, [t.index for t in triggers], self.lang
                )
            ):
                continue  # "… in control of the city and that the plant …", "eroberten Isjum und Charkiw feierte"
            if (
                trigger.spec.get("control")
                and position > trigger.index
                and subordinate_before(tokens, low, high, self.table)
            ):
                continue  # "da die Stadt in Händen Kiews ist, ist der Weg … frei bis Donezk": another clause's
            role = governing_role(
                tokens,
                position,
                role_of,
                relative,
                cues | parts,
                previous_role,
                self._positions if trigger.spec.get("motion") else frozenset(),
                (self._routes, trigger.index, self.table.get("along_words", ()), self._operations),
                self._genitives,
            )
            moving = trigger.spec.get("motion") or trigger.spec["type"] == "withdrawal"
            if role == "location" and moving and into_goal(tokens, position, self.table, trigger.end_index):
                role = "destination"  # rückten in die Stadt Gao ein; zogen sich in die Stadt zurück
            taking = trigger.spec["type"] in ("capture", "recapture")
            if (
                (role in ("location", None) or (taking and role in ("origin", "destination", "target")))
                and (taking or trigger.spec["type"] == "withdrawal")
                and (
                    near_it(tokens, position, self._near, cues, mention.end, self._features)
                    or (taking and role == "location" and self._thing_taken(tokens, trigger.index, mention))
                )
            ):
                # "captured a village near Mosul", "withdrew from villages near Izium": not Mosul, Izium
                role = "vicinity"
            holder = position == trigger.index + 1 and tokens[trigger.index].text.lower() in holding_nouns
            role = verb_role(trigger.spec, role, position > trigger.index, holder)
            if (mention.place is not None and mention.place.id in anchors) or place_index in towns:
                role = "reference"  # "30 km west of ʿAyn al-ʿArab (Kobanî)": a distance is measured from it
            kind = mention.place.kind if mention.place is not None else None
            governed = role
            if kind not in POINT_KINDS and not (
                role == "origin" and trigger.spec.get("motion") and region_origin(mention)
            ):
                # a river, a sea, a mountain: a way along it, else a landmark, never where it happened
                role = "via" if role == "via" and kind == "river" else "reference"
            elif role is None:
                role = (
                    "target"
                    if trigger.spec["type"] in ("capture", "recapture", "withdrawal", "presence")
                    else "destination"
                    if trigger.spec["type"] == "arrival"  # erreichten (den Stadtrand von) Pokrowsk
                    else "location"
                )
            # a name the gazetteer lacks passes on the role that governs it, not its own stand-in
            previous_role = governed if mention.place is None else role
            result.append(EventPlace(place_index, role))
        if not any(p.role in _PRINCIPAL_ROLES[None] for p in result):
            antecedent = relative_antecedent(tokens, trigger.index, places, sentence_places, relative)
            if antecedent is not None:  # "Niono, which French troops entered on Thursday"
                result = [
                    EventPlace(antecedent, "target" if trigger.spec["type"] in CONTROL_TYPES else "location")
                ]
        if not result:
            referred = plural_anaphora(
                tokens, trigger.index, trigger.spec["type"], places, sentence_places, context.last_places
            )
            result = [EventPlace(i, role) for i, role in referred]
        departing = trigger.spec.get("departure") and not {"origin", "destination"} <= {
            p.role for p in result
        }
        held = trigger.spec.get("control") and not any(
            p.role in (*_PRINCIPAL_ROLES[None], "area") for p in result
        )
        # "Nach Angriffen auf Isjum haben Truppen die Stadt eingenommen": only places named beside
        beside = (
            trigger.spec["type"] in CONTROL_TYPES
            and bool(result)
            and all(p.role in ("reference", "vicinity") and point_place(places[p.place]) for p in result)
        )
        # "advanced from Homs to the capital": a movement from a place named to one pointed back to;
        # "hatten die Stadt in Richtung Deir ez-Zor verlassen": a withdrawal told only where it went
        heading = bool(trigger.spec.get("motion") and result) and all(p.role == "origin" for p in result)
        leaving = trigger.spec["type"] == "withdrawal" and not {p.role for p in result} & _LEFT_ROLES
        if not result or departing or held or beside or heading or leaving:  # "a convoy left the town"
            # a withdrawal "from the town" leaves the town just taken, if one was
            earlier = (context.taken if trigger.spec["type"] == "withdrawal" else []) + context.salient
            earlier += context.last_places
            # the verb's own other places, not one named beside ("Nach Angriffen auf Isjum … die Stadt")
            besides = frozenset(p.place for p in result if p.role not in ("reference", "vicinity"))
            for i, noun in singular_anaphora(
                tokens, places, sentence_places, earlier, self.table, trigger.index, besides, relative
            ):
                if held and clause_between(tokens, noun, trigger.index):
                    continue  # "… kontrolliert die Region, die Stadt wird aber beschossen": another clause's town
                if trigger.spec["type"] in _TAKINGS and near_it(tokens, noun, self._near, cues):
                    continue  # "villages around the town": not the town (a later "die Stadt" may be)
                governed = governing_role(tokens, noun, role_of, relative, cues | parts, None)
                if heading and governed != "destination" and not (departing or held or beside):
                    continue
                # "left the town": its origin; "left for the town": where it went
                role = (
                    ("origin" if governed is None else governed)
                    if departing or heading or leaving
                    else "location"
                )
                if all(i != p.place for p in result):
                    result.append(EventPlace(i, role))
                elif beside:  # the town named beside is the one the noun points back to
                    result = [EventPlace(i, role) if p.place == i else p for p in result]
        if (
            not result
            and trigger.spec["type"] == "withdrawal"
            and context.salient
            and (
                points_there(tokens)
                or (
                    context.just_told
                    and not sentence_places
                    and len(set(context.taken)) == 1
                    and not elsewhere(tokens)
                )
            )
        ):  # "The army had abandoned its bases there"; "X was declared taken. The army had to retreat."
            result = [EventPlace((context.taken or context.salient)[0], "origin")]
        if (
            not result
            and trigger.spec["type"] == "withdrawal"
            and context.taken
            and any(t.text.lower() in _THEY for t in tokens[: trigger.index])
        ):
            # "… hatten die Stadt eingenommen. Am Freitag waren sie geflohen.": they left what they took
            result = [EventPlace(context.taken[0], "origin")]
        if (
            trigger.spec["type"] == "withdrawal"
            and context.taken
            and {p.role for p in result} == {"destination"}
            and within_reach(places[context.taken[0]], places[result[0].place], tokens)
        ):  # "Russen haben Soledar eingenommen. Die Ukrainer zogen sich in Richtung Siwersk zurück": from Soledar
            result.insert(0, EventPlace(context.taken[0], "origin"))
        return result

    def _time(self, doc, sentence, times, timing, tokens, triggers, trigger, historic, earlier=False):
        """The time governing an event: see events/timing.py. An `earlier` event the news follows
        takes only a time its own sentence gives it ("after the capture of X on Sunday"), no other."""
        attributive = [
            (t.index, t.attributive and t.end_index == t.index, after_it(tokens, t.index, self.table))
            for t in triggers
        ]
        found = event_time(doc, sentence, times, timing, trigger, attributive, tokens, historic, self.lang)
        return own_time(found, times, tokens, triggers, trigger, self.lang) if earlier else found


# The roles that can be an event's principal place, in order, by type.
_PRINCIPAL_ROLES = {
    "capture": ("target", "destination", "location", "objective", "vicinity"),
    "recapture": ("target", "destination", "location", "objective", "vicinity"),
    "consolidation": ("target", "location", "destination"),
    "withdrawal": ("origin", "target", "location", "vicinity"),  # not where it went: still held
    None: ("destination", "target", "objective", "location", "origin"),
}
_LEFT_ROLES = frozenset(_PRINCIPAL_ROLES["withdrawal"])  # the roles of the place a withdrawal left

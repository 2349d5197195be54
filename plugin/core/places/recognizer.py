"""Find the places an article names and decide which place each mention means.

Recognition runs in four visible stages, one module each:

1. candidates.py — candidate spans: gazetteer names, genitives, compounds, short forms, names
   known by their form or cue, and demonyms;
2. evidence.py — the evidence for and against each span, one small rule per row of a table;
3. decision.py — evidence from the whole article, then the threshold;
4. resolution.py, cues.py, relative.py, facilities.py, stand_ins.py — which place each
   accepted name means, in the light of its cue word, the article's focus and its neighbours;
   the point the text gives for a name relative to another place ("40 Kilometer südwestlich von
   Mossul"); the airport or dam of a town ("der Flughafen von Kidal", "the airport"); a
   stand-in for a name the gazetteer lacks.

Every mention keeps its scored candidates and the reasons, so an analyst (and a test) can see why.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from copy import copy
from dataclasses import replace
from typing import Optional, Sequence

from ..language.lexicon import common_words, toponym_table
from ..language.text import Segmented
from .bearings import place_by_bearings
from .candidates import CandidateFinder, Span
from .cues import area_after, context_cue, glued, list_cue, without_cue_word
from .decision import ACCEPT_ABOVE, accepted
from .evidence import context_for, event_tokens, weigh
from .facilities import at_facilities
from .framed import held_to_regions
from .gazetteer import POINT_KINDS, Gazetteer, bearing, distance_km, turn_deg
from .listed import listed_together
from .lookup import GazetteerLookup
from .mentions import PlaceMention, is_dateline
from .names import normalize
from .parts import parts_told_back, place_parts
from .place import Place
from .quarters import place_quarters
from .relative import agreement_km, compass, place_by_positions, stated_positions, with_stated_names
from .resolution import (
    Focus,
    confidence_share,
    expand_short_form,
    far_fallback,
    far_homonym,
    fits_cue,
    foreign_alternate,
    look_alike,
    rank_candidates,
    stray_village,
)
from .skeletons import MAX_ANCHORS, SPELLED_NEAR_KM, loose_skeletons, spelled_otherwise, written_variants
from .spellings import respelled
from .stand_ins import SENTENCE_BREAK, compass_namesakes, placed_near, stand_in, told_near

MAX_CANDIDATES = 5
# A village of the name at a stated distance up to this from the anchor is the one meant even on
# another side of it (a wrong direction moves the point by twice this at most); farther, only
# within this many degrees of the stated direction.
ANY_WAY_KM = 10.0
ANY_WAY_TURN_DEG = 90.0
ONE_VILLAGE_KM = 2.0  # entries of a name closer than this are one village told twice
SPELLED_AGREE_KM = 5.0  # a village spelled otherwise near a stated position: 5 km + 0.4 × the stated km
_SETTLEMENT_CUES = frozenset({"city", "town", "village", "place"})
# Cue words for features of nature: a settlement of the name is never what they mean.
_NATURAL_CUES = frozenset({"river", "sea", "lake", "mountain"})
_AREA_COUNTRY_SHARE = 0.5


def _stray_name(span: Span, focus: Focus) -> bool:
    """Whether every reading of a span is a hamlet in a country the article does not point to,
    and nothing but the hamlets' existence says the span is a place (no cue, no stated position)."""
    return (
        span.cue is None
        and span.position is None
        and bool(span.places)
        and all(stray_village(p, span.keys, focus) for p in span.places)
    )


class _Given:
    """Spans someone else recognised in one text (resolve, resolve_all): each span, the spans in
    text order, and the article's focus from all of them, as `recognize` has it."""

    def __init__(self, text: str, spans: dict[tuple[int, int], Span]) -> None:
        self.text = text
        self.spans = spans
        self.ordered = sorted(spans.values(), key=lambda span: span.start)
        self.index = {(span.start, span.end): i for i, span in enumerate(self.ordered)}
        self.focus = Focus.from_spans(self.ordered)


def _after_plural(doc: Segmented, spans: Sequence, at: int, plural: frozenset) -> bool:
    """The list that holds spans[at] follows a plural place word (die Dörfer, the villages of)."""
    while at > 0 and glued(doc.text, spans[at - 1], spans[at]):
        at -= 1
    words = doc.text[max(0, spans[at].start - 30) : spans[at].start].split()
    return any(w.lower() in plural for w in words[-2:])


def _before_plural(doc: Segmented, span, plural: frozenset) -> bool:
    """A plural place word follows the span: the list before it names places of its kind."""
    words = doc.text[span.end : span.end + 30].split()
    return bool(words) and words[0].strip(".,;:").lower() in plural


class PlaceRecognizer:
    """Recognises and resolves place mentions in segmented text, for one gazetteer."""

    def __init__(self, gazetteer: Gazetteer, entity_source=None) -> None:
        self.gazetteer = gazetteer
        # Optional: callable(text, lang) -> [(start, end, label)] from a full spaCy model.
        self.entity_source = entity_source
        self.lookup = GazetteerLookup(gazetteer)
        self.finder = CandidateFinder(self.lookup)
        self._spelled_cache: dict = {}  # settlements by consonant skeleton (skeletons.py)

    # -- public -----------------------------------------------------------------------------

    def recognize(self, doc: Segmented, lang: str) -> list[PlaceMention]:
        table = toponym_table(lang)
        nouns = common_words(lang)
        spans, adjectives = self.finder.find(doc, lang, table, nouns)  # stage 1
        positions = stated_positions(doc, lang, nouns)
        spans = with_stated_names(spans, positions, doc)
        entities = self._entities(doc, lang)
        events = event_tokens(doc.tokens, lang)
        for span in spans:  # stage 2
            span.places = self.lookup.places(span.keys)
            if span.short is not None:
                span.places = self.lookup.short_form_places(span.short)
            span.score = weigh(context_for(span, doc, lang, table, nouns, self.lookup, entities, events))
        places = accepted(spans, doc, lang)  # stage 3
        adjectives += [s.adjective for s in spans if s.adjective is not None and s.score <= ACCEPT_ABOVE]
        # stage 4; accepted spans are in text order already (found left to right)
        plural = frozenset(table.get("plural_cues", ()))
        rivers = frozenset(table.get("river_articles", ()))
        not_rivers = frozenset(table.get("not_river_before", ()))
        for at, span in enumerate(places):
            before = places[at - 1] if at else None
            if (
                before is not None
                and before.cue
                and glued(doc.text, before, span)
                and _after_plural(doc, places, at - 1, plural)
            ):
                span.cue = span.cue or before.cue  # "die Flüsse Oskil und Siwerskyj Donez": both rivers
            if span.cue is None and span.places:
                span.cue = list_cue(doc.text, span, places, at)
            if (
                span.cue is None
                and span.first > 0
                and doc.tokens[span.first - 1].text.lower() in rivers
                and any(p.kind == "river" for p in span.places)
                and not any(p.kind == "country" for p in span.places)
                and not (
                    span.last + 1 < len(doc.tokens) and doc.tokens[span.last + 1].text.lower() in not_rivers
                )
            ):
                span.cue = (
                    "river"  # "across the Dnipro", "am Dnipro": the river, not the city (not "the Congo")
                )
        for at in range(len(places) - 1, 0, -1):
            span, before = places[at], places[at - 1]
            if (
                span.cue
                # "the border of Donetsk and Zaporizhia regions": a division word outranks "border of"
                and (before.cue is None or (before.cue == "crossing" and span.cue not in _SETTLEMENT_CUES))
                and glued(doc.text, before, span)
                and _before_plural(doc, span, plural)
            ):
                before.cue = span.cue  # "the Kharkiv and Donetsk regions": both regions
        for span, after in zip(places, places[1:]):
            span.within = area_after(doc.text, span, after)
        named = [a.place.country for a in adjectives if a.place is not None]
        forces = [a.place.country for a in adjectives if a.place is not None and _of_forces(a, doc, table)]
        focus = _focus(places, named, doc, forces)
        strays = [span for span in places if _stray_name(span, focus)]
        if strays:
            # a name that only hamlets elsewhere bear, with no cue or stated position, is no
            # place here (as a name the gazetteer lacks would not be): it leaves the focus too
            places = [span for span in places if span not in strays]
            focus = _focus(places, named, doc, forces)
        mentions = [self._resolve(span, doc, focus) for span in places]
        mentions = sorted(mentions + adjectives, key=lambda m: m.start)
        mentions = place_by_positions(mentions, positions, doc.text, lang, self.gazetteer.lookup_name)
        mentions = place_by_bearings(mentions, doc.text, lang, self.gazetteer.lookup_name)
        mentions = place_parts(mentions, doc.text, lang)
        mentions = parts_told_back(mentions, doc, lang)
        mentions = place_quarters(mentions, doc.text, lang)
        mentions = at_facilities(mentions, doc, lang, self.gazetteer)
        mentions = self._spelled_otherwise(mentions, lang)
        mentions = self._stated_spelled_otherwise(mentions, lang)
        mentions = listed_together(mentions, doc.text, self.gazetteer.lookup_name)
        mentions = compass_namesakes(mentions, doc.text)
        placed = [
            (m.start, m.end, m.sentence, m.place)
            for m in mentions
            if m.place is not None
            and m.role == "location"
            and not (m.dateline and m.place.feature_code == "PPLC")  # a capital's bureau
        ]
        mentions = told_near(mentions, doc.text, frozenset(toponym_table(lang).get("near_words", ())))
        mentions = [
            placed_near(m, stand_in(m.start, m.end, m.sentence, placed))
            if m.place is None and m.near is None and m.placing is None
            else m
            for m in mentions
        ]
        return held_to_regions(mentions, doc, lang)

    def _spelled_otherwise(self, mentions: list[PlaceMention], lang: str) -> list[PlaceMention]:
        """Each name the gazetteer lacks that is, as the other press spells it (Karakosh in a
        German text) or by its consonant skeleton, a village near one of the article's places
        spelled otherwise (Dibîrik for Dibrak near Kobani): that village."""
        lacking = [
            i
            for i, m in enumerate(mentions)
            if m.place is None and m.near is None and m.placing is None and m.role == "location"
            and m.cue not in _NATURAL_CUES
        ]  # fmt: skip
        if not lacking:
            return mentions
        anchors = list(
            {
                m.place.id: m.place
                for m in mentions
                if m.place is not None and m.role == "location" and m.place.kind in POINT_KINDS
            }.values()
        )
        if not anchors:
            return mentions
        mentions = list(mentions)
        for i in lacking:
            found = self._respelled(mentions[i].text, lang, anchors) or spelled_otherwise(
                mentions[i].text, anchors, self._spelled, distance_km
            )
            if found is not None:
                place, anchor, km = found
                reason = f"not in the gazetteer as written: {place.name}, {km:.0f} km from {anchor.name}, spelled otherwise"
                mentions[i] = replace(mentions[i], place=place, reasons=(*mentions[i].reasons, reason))
        return mentions

    def _stated_spelled_otherwise(self, mentions: list[PlaceMention], lang: str) -> list[PlaceMention]:
        """A name the gazetteer lacks as written, placed where the text says it lies ("25 km
        south-east of Kobani … the village of Dibirik"), is the village of that name spelled
        otherwise near that point (Dibrak), when it lies within SPELLED_AGREE_KM + 0.4 × the
        stated distance of it (and the stated position's agreement distance): the gazetteer's
        point is better than one worked out from a rounded distance, but a village of a like
        name farther off is another village."""
        out = list(mentions)
        for i, m in enumerate(out):
            placing = m.placing
            if placing is None or placing.how != "relative" or m.place is None or placing.km is None:
                continue
            point = m.place
            found = self._respelled(m.text, lang, [point]) or spelled_otherwise(
                m.text, [point], self._spelled, distance_km
            )
            if found is not None and found[2] <= min(
                agreement_km(placing.km), SPELLED_AGREE_KM + 0.4 * placing.km
            ):
                place, _anchor, km = found
                reason = f"{place.name}, {km:.0f} km from where the text puts it ({placing.phrase()}), spelled otherwise"
            elif (place := self._at_stated_distance(m.text, placing)) is not None:
                anchor = placing.anchor
                km = distance_km(anchor.lat, anchor.lon, place.lat, place.lon)
                way = compass(bearing(anchor, place))
                reason = f"{place.name}, {km:.0f} km {way} of {anchor.name}, spelled otherwise: the text says {placing.phrase()}"
            else:
                continue
            out[i] = replace(m, place=place, placing=None, reasons=(*m.reasons, reason))
        return out

    def _at_stated_distance(self, text: str, placing) -> Optional[Place]:
        """The one settlement named as the text writes the name in another spelling of it
        (skeletons.written_variants: Tel Shahir, Tall Shair), or with the skeleton of one, that lies at the
        stated distance from the anchor, within SPELLED_AGREE_KM + 0.4 × that distance, on the
        stated side (within ANY_WAY_TURN_DEG of its direction) or, up to ANY_WAY_KM, in whatever
        direction: near a town a report's compass direction is wrong more often than a village of
        its name is at its distance by chance (Tel Shahir "five kilometres east of Kobani" is
        the Tall Shair 4 km west of it). None when two such villages (ONE_VILLAGE_KM apart) lie there."""
        anchor, km = placing.anchor, placing.km
        slack = SPELLED_AGREE_KM + 0.4 * km
        reach = km + slack
        lat_margin = reach / 111.2
        lon_margin = lat_margin / max(0.1, math.cos(math.radians(min(85.0, abs(anchor.lat) + lat_margin))))
        box = (
            anchor.lat - lat_margin,
            anchor.lon - lon_margin,
            anchor.lat + lat_margin,
            anchor.lon + lon_margin,
        )
        south, west, north, east = box
        named = [
            place
            for variant in written_variants(text)
            for place in self.gazetteer.lookup_name(variant)
            if place.kind in POINT_KINDS and south <= place.lat <= north and west <= place.lon <= east
        ]
        spelled = [place for key in loose_skeletons(text) for place in self._spelled(key, False, box)]
        found = sorted(
            (abs(distance_km(place.lat, place.lon, anchor.lat, anchor.lon) - km), place.id, place)
            for place in named + spelled
            if place.id != anchor.id
            and (km <= ANY_WAY_KM or turn_deg(placing.bearing, bearing(anchor, place)) <= ANY_WAY_TURN_DEG)
        )
        found = [place for off, _id, place in found if off <= slack]
        if not found:
            return None
        best = found[0]  # entries of one village in two gazetteers are one village
        one = all(distance_km(best.lat, best.lon, p.lat, p.lon) <= ONE_VILLAGE_KM for p in found)
        return best if one else None

    def _respelled(self, text: str, lang: str, anchors) -> Optional[tuple]:
        """(place, anchor, km) of the name as the other press spells it ("Karakosh" in a German
        text is Karakosch), the reading nearest one of the article's places within
        SPELLED_NEAR_KM; None when there is none."""
        found = [
            (distance_km(place.lat, place.lon, anchor.lat, anchor.lon), place, anchor)
            for spelling in respelled(text, lang)
            for place in self.gazetteer.lookup_name(spelling)
            if place.kind in POINT_KINDS
            for anchor in anchors[:MAX_ANCHORS]
        ]
        near = [item for item in found if item[0] <= SPELLED_NEAR_KM]
        if not near:
            return None
        km, place, anchor = min(near, key=lambda item: (item[0], item[1].id))
        return place, anchor, km

    def _spelled(self, skeleton: str, one_word: bool, box) -> list:
        # the box widened to tenths of a degree: articles about one area share the look-up
        south, west, north, east = box
        box = (
            math.floor(south * 10) / 10,
            math.floor(west * 10) / 10,
            math.ceil(north * 10) / 10,
            math.ceil(east * 10) / 10,
        )
        key = (skeleton, one_word, box)
        found = self._spelled_cache.get(key)
        if found is None:
            found = self.gazetteer.spelled(skeleton, one_word, box)
            if len(self._spelled_cache) > 4096:
                self._spelled_cache.clear()
            self._spelled_cache[key] = found
        return found

    def resolve(
        self, text: str, start: int, end: int, context: Sequence[tuple[int, int]] = (), lang: str = "en"
    ) -> PlaceMention:
        """Resolve a given span (recognition already done, e.g. by an evaluation's gold), in the
        company of the context spans, as `resolve_all` resolves it."""
        given = self._given(text, [*context, (start, end)], lang)
        mention = self._resolve_given(given, (start, end), lang)
        if mention.place is not None:
            return mention
        return self._with_stand_ins(given, {(start, end): mention}, lang)[(start, end)]

    def resolve_all(
        self, text: str, spans: Sequence[tuple[int, int]], lang: str = "en"
    ) -> list[PlaceMention]:
        """Resolve every given span of one text (recognition already done), all in each other's
        company, as `recognize` resolves the spans it finds. A name the gazetteer lacks is drawn
        near a place the others resolve to (a stand-in)."""
        given = self._given(text, spans, lang)
        resolved = {key: self._resolve_given(given, key, lang) for key in given.spans}
        resolved = self._with_stand_ins(given, resolved, lang)
        return [resolved[key] for key in spans]

    def _given(self, text: str, spans: Sequence[tuple[int, int]], lang: str) -> _Given:
        return _Given(text, {key: self._given_span(text[key[0] : key[1]], *key, lang) for key in spans})

    def _with_stand_ins(
        self, given: _Given, resolved: dict[tuple[int, int], PlaceMention], lang: str
    ) -> dict[tuple[int, int], PlaceMention]:
        """`resolved`, each name the gazetteer lacks drawn at its stand-in among all the given
        spans (those not in `resolved` are resolved here)."""
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(given.text)]
        placed = []
        for key in sorted(given.spans):
            mention = resolved.get(key) or self._resolve_given(given, key, lang)
            if mention.place is not None:
                placed.append((key[0], key[1], bisect_right(breaks, key[0]), mention.place))
        return {
            key: mention
            if mention.place is not None
            else placed_near(mention, stand_in(key[0], key[1], bisect_right(breaks, key[0]), placed))
            for key, mention in resolved.items()
        }

    def _resolve_given(self, given: _Given, key: tuple[int, int], lang: str) -> PlaceMention:
        start, end = key
        text = given.text
        span = copy(given.spans[key])  # its cue and area are this reading's, not the others'
        at = given.index[key]
        in_order = [*given.ordered[:at], span, *given.ordered[at + 1 :]]
        span.cue = span.cue or context_cue(text, start, end, lang) or list_cue(text, span, in_order, at)
        following = given.ordered[at + 1] if at + 1 < len(given.ordered) else None
        span.within = area_after(text, span, following) if following is not None else None
        return replace(self._resolve(span, None, given.focus), text=text[start:end])

    def _given_span(self, surface: str, start: int, end: int, lang: str) -> Span:
        """A span someone else recognised: its keys, with possessive, genitive and demonym forms.

        A demonym (Canadian, Spanish) means its country before any town of that name, and a
        short form (Ky., B.C., NSW, DRC, European) means the state, country or continent it
        abbreviates.
        """
        code = self.lookup.demonym_country(surface, lang)
        country = self.lookup.country(code) if code else None
        if country is not None:
            span = Span(0, 0, start, end, [normalize(surface)], score=1.0, reasons=["demonym"])
            span.places = [country]
            return span
        short = expand_short_form(surface, lang)
        if short is not None:
            places = self.lookup.short_form_places(short)
            if places:
                span = Span(
                    0, 0, start, end, self.lookup.keys_for(short[0]), score=1.0, reasons=["short form"]
                )
                span.places = places
                return span
        variants = [surface]
        for suffix in ("'s", "’s", "s", "es"):
            if surface.endswith(suffix) and len(surface) - len(suffix) >= 3:
                variants.append(surface[: -len(suffix)])
        keys: list[str] = []
        for variant in variants:
            keys += [k for k in self.lookup.keys_for(variant) if self.lookup.known(k) and k not in keys]
            if keys:
                break
        cue = None
        if not keys:
            # "Fars Province", "Karak district", "the Province of Fars": the name and a cue word
            bare, cue = without_cue_word(surface, lang)
            keys = self.lookup.known_keys(bare) if bare else []
        span = Span(0, 0, start, end, keys, cue=cue if keys else None, score=1.0)
        span.places = self.lookup.places(keys)
        if cue is not None:
            # only what the cue word allows: "Red River" is no village called Red
            span.places = [p for p in span.places if fits_cue(p, cue)]
        if not span.places:
            code = self.lookup.demonym_country(surface, lang)
            country = self.lookup.country(code) if code else None
            if country is not None:
                span.places = [country]
                span.reasons.append("demonym")
        return span

    def _entities(self, doc: Segmented, lang: str) -> list[tuple[int, int, str]]:
        if self.entity_source is None:
            return []
        return list(self.entity_source(doc.text, lang))

    def _division_of_seat(self, best: Optional[Place], cue: Optional[str], scored) -> Optional[Place]:
        """The first-level division named after the town `best` and holding it, when a cue asks for
        a division and no candidate of the name is one: GeoNames names the division by its own
        spelling of the town, not by the press's ('the Kharkov Region' is Kharkiv Oblast)."""
        if (
            best is None
            or cue not in ("admin1", "region")
            or best.kind not in ("city", "town")
            or not best.admin1
        ):
            return None
        if any(c.place.kind in ("admin1", "region") for c in scored):
            return None
        for place in self.gazetteer.lookup_name(best.name):
            if place.kind == "admin1" and (place.country, place.admin1) == (best.country, best.admin1):
                return place
        return None

    def _resolve(self, span: Span, doc: Optional[Segmented], focus: Focus) -> PlaceMention:
        scored = rank_candidates(span.places, span.cue, focus, span.keys, span.within)
        reasons = tuple(span.reasons)
        best = scored[0].place if scored else None
        alike = look_alike(best, span.keys, focus) if best is not None else None
        if best is not None and not alike:
            alike = far_homonym(best, span.keys, focus, span.cue)
        if alike:
            # a look-alike in a country the article is not about ("Konna" for Conna, Ireland)
            # or a far homonym (Tilîk near Kobani for Tilik in the Philippines) loses to a
            # reading that is not one too, and alone leaves the name to be drawn as one the
            # gazetteer lacks
            reasons += (alike,)
            fallback = [
                c
                for c in scored[1:]
                if not foreign_alternate(c.place, span.keys, focus)
                and not far_homonym(c.place, span.keys, focus, span.cue)
                and not stray_village(c.place, span.keys, focus)
                and not far_fallback(c.place, span.keys, focus)
            ]
            scored = fallback + [c for c in scored if c not in fallback]
            best = fallback[0].place if fallback else None
        division = self._division_of_seat(best, span.cue, scored)
        if division is not None:
            # "the Kharkov Region", "Kursk region": the division named after its capital, which
            # only the town's names spell so
            reasons += (f"the {span.cue} whose seat is {best.name}",)
            best = division
        if best is not None and span.cue in _NATURAL_CUES and not fits_cue(best, span.cue):
            # "die Flüsse Oskil und Siwerskyj Donez" where only villages bear the name: a river
            # the gazetteer lacks is no village of its name
            reasons += (f"no {span.cue} of this name in the gazetteer",)
            best = None
        share = confidence_share(scored) if best is not None else 0.0
        recognition = 1.0 / (1.0 + math.exp(-span.score))
        sentence = doc.tokens[span.first].sentence if doc is not None else 0
        text = doc.text[span.start : span.end] if doc is not None else ""
        area = span.within
        if (
            area is not None
            and best is not None
            and all(c.place.country != area.country for c in scored)
            and focus.country_share(area.country, span.keys) >= _AREA_COUNTRY_SHARE
        ):
            # "Stroud, Ontario" in an article about Canada: the text puts it where no candidate
            # lies (Stroud, England is no answer); it is drawn like a name the gazetteer lacks.
            # Where the article is about elsewhere, the comma more likely ends a list item.
            best = None
            reasons += (f"no place of this name in {area.name} in the gazetteer",)
        return PlaceMention(
            text=text,
            start=span.start,
            end=span.end,
            sentence=sentence,
            role=span.role,
            place=best,
            confidence=recognition * share,
            candidates=tuple(scored[:MAX_CANDIDATES]),
            cue=span.cue,
            reasons=reasons,
        )


def _focus(spans: list, named: list, doc, forces: list = ()) -> Focus:
    """The focus of the article's names, without a dateline in a capital ("KYIV (Reuters) -",
    "Bagdad (dpa)"): a bureau the story was written in says nothing of where its places lie (a
    dateline at the front, "IZIUM, Ukraine (AP)", does)."""
    return Focus.from_spans([s for s in spans if not _capital_dateline(s, doc)], named, forces)


def _of_forces(adjective, doc, table: dict) -> bool:
    """Whether a nation's adjective stands before a noun of forces ("Russian forces", "russische
    Truppen"): it says whose forces act, not where (toponyms 'force_nouns')."""
    following = re.match(r"\W*(\w+)", doc.text[adjective.end : adjective.end + 40])
    return following is not None and following.group(1).lower() in table.get("force_nouns", ())


def _capital_dateline(span, doc) -> bool:
    text = doc.text[span.start : span.end]
    return (
        (span.first == 0 or "dateline" in span.reasons)
        and is_dateline(span.reasons, text)
        and bool(span.places)
        and span.places[0].feature_code == "PPLC"
    )

"""Stage 3 of place recognition: the decision. Evidence from the whole article is added to each
span's own (a name read confidently once is the same name elsewhere; a name coordinated with a
place or on a route to one; a settlement of that name near a place the article names
confidently), and a span is a place when its score is above ACCEPT_ABOVE."""

from __future__ import annotations

import math

from ..language.lexicon import toponym_table
from ..language.text import Segmented
from .evidence import ORGANISATION_NAME
from .gazetteer import POINT_KINDS, distance_km
from .resolution import rank_alone
from .words import COORDINATORS, ROUTE_ENDS, ROUTE_STARTS, name_before_apposition

# A span is a place when its evidence score is above this. The operating point was set on the
# development sets (GermEval 2014 dev and HIPE-2020 dev both gain precision at no loss of F1).
ACCEPT_ABOVE = 0.1
# A name the article writes as a military unit's elsewhere loses this much (below it: no place).
_ORGANISATION_DOUBT = 2.5
_ORGANISATION_SO = "the article names a unit so"
_WEAK_OWN = frozenset({"of", "by"})  # "clearing it of Azov fighters": no evidence of a place


# A doubtful name with a settlement of that name near a place the article names confidently
# ("Duma, Harasta und Kafr Batna" in an article about Ost-Ghuta): evidence by distance.
_ANCHOR_SCORE = 1.0
_NEAR_ANCHOR = ((25.0, 1.5), (75.0, 1.0))  # (km, evidence)
_NEAR_ANCHOR_FLOOR = -2.0  # below this a name is a word, however near (Ende, Platz)
_IN_NAMED_COUNTRY = 0.75  # farther than any anchor, but in a country the article names confidently


def document_consistency(spans: list, doc: Segmented, lang: str = "de") -> None:
    """A name read confidently once is the same name elsewhere in the article, and a name
    coordinated with a place ("in Tel Afar und Hawijah") or on a route to one ("von Hit nach
    Haditha") is likely a place too."""
    # a name the article writes as a military unit's ("the Azov Battalion") is that unit
    # where nothing of its own says it is a place ("clearing it of Azov filth"; not "in Jenin")
    organisations = {key for s in spans if ORGANISATION_NAME in s.reasons for key in s.keys[:1]}
    for span in spans:
        if (
            span.keys
            and span.keys[0] in organisations
            and 0 < span.score < _ORGANISATION_DOUBT
            and not _own_place_evidence(span)
        ):
            span.score -= _ORGANISATION_DOUBT
            span.reasons.append(_ORGANISATION_SO)
    confident = {key for s in spans if s.score >= 1.0 for key in s.keys[:1]}
    near_words = frozenset(toponym_table(lang).get("near_words", ()))
    by_last = {s.last: s for s in spans}
    by_first = {s.first: s for s in spans}
    tokens = doc.tokens
    for span in spans:
        if span.score > 0 or "common noun" in span.reasons or "function word" in span.reasons:
            continue
        if span.keys and span.keys[0] in confident:
            span.score += 1.5
            span.reasons.append("named elsewhere in the article")
        before = by_last.get(span.first - 2) or by_last.get(name_before_apposition(tokens, span.first - 1))
        if before is not None and before.score > 0 and tokens[span.first - 1].text.lower() in COORDINATORS:
            span.score += 2.0
            span.reasons.append(f"coordinated with {doc.text[before.start : before.end]}")
        after = by_first.get(span.last + 2)
        if (
            after is not None
            and after.score > 0
            and span.first > 0
            and tokens[span.first - 1].text.lower() in ROUTE_STARTS
            and tokens[span.last + 1].text.lower() in ROUTE_ENDS
        ):
            span.score += 2.0  # "von Hit nach Haditha": the start of a route to a place
            span.reasons.append(f"route to {doc.text[after.start : after.end]}")
        elif (
            after is not None
            and after.score > 0
            and span.unknown
            and tokens[span.last + 1].text.lower() in near_words
        ):
            span.score += 2.0  # "in Tob Sawa nahe Bartella": a place said to lie near a place
            span.reasons.append(f"near {doc.text[after.start : after.end]}")
    # a list read backwards: the names before the first that is surely a place ("Pavlopol,
    # Pishchevik, Prokhorovka und Gnutovo" where only the later ones are known well)
    for span in reversed(spans):
        if span.score > 0 or "common noun" in span.reasons or "function word" in span.reasons:
            continue
        after = by_first.get(span.last + 2)
        if after is not None and after.score > 0 and tokens[span.last + 1].text.lower() in COORDINATORS:
            span.score += 2.0
            span.reasons.append(f"coordinated with {doc.text[after.start : after.end]}")


def _own_place_evidence(span) -> bool:
    """Whether a mention has evidence of a place of its own: a cue word, a verb of taking or a
    preposition other than "of" and "by" in a sentence that reports an event ("advanced into
    Rafah", "withdrew from Jenin"; not "had served in Azov"), a participle of taking after it, a
    region or a curated place."""
    event = "sentence reports an event" in span.reasons
    for reason in span.reasons:
        if reason.startswith("after '"):
            if event and reason[len("after '") : -1].lower() not in _WEAK_OWN:
                return True
        elif reason.startswith(("cue ", "before '")) or reason in (
            "country, region or river",
            "curated place",
        ):
            return True
    return False


def near_the_articles_places(spans: list) -> None:
    """Raise a doubtful name whose settlement lies near a place the article names confidently
    (its best reading alone): small towns of a war zone named without a preposition or a cue."""
    anchors = {}  # each name's reading once: a long report repeats its places thousands of times
    for span in spans:
        if span.score >= _ANCHOR_SCORE and span.places:
            best = rank_alone(span.places, span.cue, span.keys)[0].place
            if best.kind in POINT_KINDS or best.kind in ("region", "country"):
                anchors.setdefault((tuple(span.keys[:1]), best.id), (span.keys[:1], best))
    countries = {a.country for _keys, a in anchors.values() if a.kind == "country"}
    anchors = [(keys, a) for keys, a in anchors.values() if a.kind != "country"]
    if not anchors and not countries:
        return
    for span in spans:
        if not (_NEAR_ANCHOR_FLOOR < span.score <= ACCEPT_ABOVE + 1.0) or not span.places:
            continue
        if (
            "common noun" in span.reasons
            or "function word" in span.reasons
            or _ORGANISATION_SO in span.reasons
        ):
            continue
        best_km, anchor = min(
            (
                (distance_km(p.lat, p.lon, a.lat, a.lon), a)
                for p in span.places
                if p.kind in ("city", "town", "village")
                for keys, a in anchors
                if keys != span.keys[:1]
            ),
            default=(math.inf, None),
            key=lambda item: item[0],
        )
        for km, evidence in _NEAR_ANCHOR:
            if best_km <= km:
                span.score += evidence
                span.reasons.append(f"a place of this name {best_km:.0f} km from {anchor.name}")
                break
        else:
            if not any(r.startswith(("after '", "before '")) for r in span.reasons):
                continue  # only a name a preposition or a verb of taking governs ("Konna erobert")
            country = next(
                (
                    p.country
                    for p in span.places
                    if p.kind in ("city", "town", "village") and p.country in countries
                ),
                None,
            )
            if country is not None:
                span.score += _IN_NAMED_COUNTRY
                span.reasons.append(f"a place of this name in {country}, the country the article names")


def accepted(spans: list, doc: Segmented, lang: str = "de") -> list:
    """The spans that are places, once the article's evidence is in, in text order."""
    document_consistency(spans, doc, lang)
    near_the_articles_places(spans)
    return [s for s in spans if s.score > ACCEPT_ABOVE]

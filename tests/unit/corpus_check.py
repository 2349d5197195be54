"""Compare the pipeline's reading of tests/data/corpus with expected.json (used by the corpus test)."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def cases() -> list[dict]:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["cases"]


def problems(case: dict, record: dict) -> list[str]:
    """Every way the record differs from what the case expects (empty when it matches)."""
    found = []
    advances = record["advances"]
    expected = case.get("advances", [])
    if len(advances) != len(expected):
        found.append(f"{len(advances)} advances, expected {len(expected)}: {[_route(a) for a in advances]}")
    pairs = []
    for want in expected:
        match = next((a for a in advances if [w["id"] for w in a["route"]] == want["route"]), None)
        if match is None:
            found.append(f"no advance {want['route']} among {[_route(a) for a in advances]}")
            continue
        pairs.append((want, match))
        if want.get("reached") and [w["reached"] for w in match["route"]] != want["reached"]:
            found.append(
                f"{_route(match)}: reached {[w['reached'] for w in match['route']]}, expected {want['reached']}"
            )
        for key in ("certainty", "follows", "t_end", "movement", "found", "side"):
            if key in want and match.get(key) != want[key]:
                found.append(f"{_route(match)}: {key} {match.get(key)!r}, expected {want[key]!r}")
        if "times" in want:
            times = [w["time"] for w in match["route"]]
            for i, t in enumerate(want["times"]):
                if t is not None and times[i] != t:
                    found.append(f"{_route(match)}: waypoint {i} time {times[i]}, expected {t}")
        for actor in want.get("actors", []):
            if actor not in match["actors"]:
                found.append(f"{_route(match)}: actors {match['actors']} lack {actor}")
        if want.get("contradicted") and not match.get("contradicted_by"):
            found.append(f"{_route(match)}: the later report contradicting it is not recorded")
        if not match["t_start"] and match.get("t_start_estimated") is not False:
            pass
    if not case.get("unordered"):
        order = [a["route"][0]["id"] for a in advances]
        wanted = [w["route"][0] for w in expected]
        if len(order) == len(wanted) and order != wanted:
            found.append(f"advances in order {order}, expected {wanted}")
    for want, match in pairs:
        if "continues" in want:
            before = next(m for w, m in pairs if w is expected[want["continues"]])
            if not (match["t_start"] and before["t_end"] and match["t_start"] >= before["t_end"]):
                found.append(
                    f"{_route(match)} starts {match['t_start']}, before {_route(before)} ended {before['t_end']}"
                )
    for place in case.get("no_advance_through", []):
        for advance in advances:
            if any(w["id"] == place for w in advance["route"]):
                found.append(f"{_route(advance)} passes {place}")
    events = [(article, event) for article in record["articles"] for event in article["events"]]
    for want in case.get("events", []):
        if not any(_event_matches(want, article, event) for article, event in events):
            found.append(f"no event like {want}; found {[_event_text(a, e) for a, e in events]}")
    return found


def _event_matches(want: dict, article: dict, event: dict) -> bool:
    if event["type"] != want["type"]:
        return False
    if "place" in want:
        roles = [(article["places"][p["place"]]["id"], p["role"]) for p in event["places"]]
        if not any(
            pid == want["place"] and ("role" not in want or role == want["role"]) for pid, role in roles
        ):
            return False
    for key in ("certainty", "negated", "past", "t_start"):
        if key in want and event.get(key) != want[key]:
            return False
    return all(actor in event["actors"] for actor in want.get("actors", []))


def _route(advance: dict) -> str:
    return " → ".join(f"{w['name']}{'' if w['reached'] else '?'}" for w in advance["route"])


def _event_text(article: dict, event: dict) -> str:
    places = ",".join(f"{article['places'][p['place']]['text']}:{p['role']}" for p in event["places"])
    flags = ("!" if event["negated"] else "") + ("past " if event["past"] else "")
    return f"{flags}{event['type']}[{event['certainty']}]({places}){event['t_start']}{event['actors']}"

"""When an event happened: the time its own words give, else the time its paragraph's story is at,
else the date of the report, and where that time came from (the record's `time_source`).

- sentence: each time expression of a sentence belongs to the nearest trigger (a clause break
  counts as ten words, 'und'/'and' as five; in English a time follows the verb it dates or opens
  the sentence). An event takes the nearest of its own times, else one of a word it is coordinated
  with ("rückten am Montag vor und eroberten"), but never a time inside a participle phrase
  before a noun ("die am Donnerstag eroberte Stadt" dates the capture only), one after
  'seit'/'since' ("who have held the town since April"; after "for the first time since" it is no
  time of the sentence at all), or one of an event after 'seit'/'since'
  ("the heaviest fighting since militants seized it nine months ago"), nor one of a relative
  clause after a comma the event stands outside of ("advancing from Avdiivka, which fell in
  February"). 'jetzt', 'now' give the
  report's date. A time closing a 'seit'/'since' phrase the event stands outside of starts an
  interval that lasts to the report ("seit Beginn des Einmarsches am 6. August … vorgerückt").
- paragraph: without a time of its own, an event told in the past takes the paragraph's last date,
  unless that date is from earlier history ("damals", "back in"). An event told in the present
  or future is at the time of the report ("Mit der Einnahme schließen sie die letzte Lücke");
  'seitdem'/'since then' make the carried date the start of an interval to the report; 'zuvor',
  'earlier' before the event make it the week before the carried day.
- attribution: without either, an event whose report the next sentence attributes and dates
  ("… zurückerobert. Das teilte der Generalstab am Sonntag mit.") takes that day (as 'paragraph').
- dateline / publication: else the report's date, flagged: the day of a dateline that opens the
  article ("Berlin, 7. August (dpa) -"), or the publication date at its precision (a month-dated
  article gives the month, not a guessed day).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, Optional, Sequence

from ..dates.calendar import month_end
from ..dates.grammar import load_grammar
from ..dates.tagging import TimeExpression, dateline_time, sentence_tense
from ..language.text import CLAUSE_BREAKS, Segmented, Token, clause_between
from .actors import actor_table
from .per_place import PER_PLACE
from .reporting import reporting_table

_LOOKBACK = 3  # words between 'seit' and the event it governs: "seit Beginn der Offensive"

TimeChoice = tuple[Optional[int], Optional[str], Optional[str], Optional[str], str]


@dataclass(frozen=True)
class TimeIndex:
    """An article's times by sentence, its tokens by sentence and the date of the report, read
    once per article so that each event looks only at its own sentence and paragraph (a long
    document would otherwise go through all its times for every event)."""

    times: dict[int, list[int]]
    tokens: dict[int, list[Token]]
    report: TimeChoice


def index_times(
    doc: Segmented,
    times: Sequence[TimeExpression],
    published: tuple[Optional[str], Optional[str], Optional[str]],
    tokens: dict[int, list[Token]],
) -> TimeIndex:
    """The index of one article; `tokens` are its tokens by sentence (as the extractor holds them)."""
    report = _report_time(doc, times, published)
    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(times):
        if i != report[0] or report[4] != "dateline":  # a dateline dates the report, no event of its sentence
            by_sentence.setdefault(doc.sentence_of(t.start), []).append(i)
    return TimeIndex(by_sentence, tokens, report)


def told_on(index: TimeIndex, times: Sequence[TimeExpression], sentence: int) -> Optional[TimeChoice]:
    """The day the sentence after `sentence` gives, when it gives one and no other time: the day
    a report attributed there was told."""
    found = [i for i in index.times.get(sentence + 1, ()) if _usable(times[i])]
    if len(found) != 1 or times[found[0]].precision != "day":
        return None
    t = times[found[0]]
    return found[0], t.start_date, t.end_date, t.precision, "paragraph"


def event_time(
    doc: Segmented,
    sentence: int,
    times: Sequence[TimeExpression],
    index: TimeIndex,
    trigger: int,
    triggers: Sequence[tuple[int, bool]],
    tokens: Sequence[Token],
    history: Callable[[int], bool],
    lang: str,
) -> TimeChoice:
    """(time index, t_start, t_end, precision, source) for the trigger at token `trigger` of the
    sentence's `tokens`; `triggers` are all its triggers as (token index, attributive, a noun of an
    earlier event)."""
    report = index.report
    own = [
        i
        for i in index.times.get(sentence, ())
        if _usable(times[i])
        and not _life_date(tokens, times[i], lang)
        and not _last_time(tokens, times[i], lang)
    ]
    spoken = [
        i
        for i in own
        if _when_said(tokens, times[i], lang) and _token_index(tokens, times[i].start) < trigger
    ]
    if spoken and len(spoken) < len(own):  # "said on Monday that troops had withdrawn on Sunday"
        own = [i for i in own if i not in spoken]
    time_tokens = frozenset(j for i in index.times.get(sentence, ()) for j in _span(tokens, times[i]))
    words = {
        index: _Trigger(
            index,
            attributive and _describes(tokens, index, lang),
            _since(tokens, index, lang, time_tokens),
            earlier,
        )
        for index, attributive, earlier in triggers
    }
    chosen = _in_sentence(own, times, words[trigger], words, tokens, lang) if own else None
    if chosen is not None:
        t = times[chosen]
        if t.value.endswith("_REF"):  # 'jetzt', 'now': the time of the report
            return chosen, report[1], report[2], report[3], "sentence"
        since = _since_phrase(tokens, trigger, _token_index(tokens, t.start), lang)
        back = _days_after(tokens, trigger, _token_index(tokens, t.start), lang)
        if (
            back and t.start_date and t.end_date
        ):  # "overran Tikrit on Wednesday, a day after they seized Mosul"
            return (chosen, *_counted_back(t.start_date, t.end_date, t.precision, back), "sentence")
        return chosen, t.start_date, _until(t, report, since), t.precision, "sentence"
    if not words[trigger].describes:
        carried = _carried(doc, sentence, times, index, history, lang, tokens[trigger].start)
        if carried is not None:
            t = times[carried]
            if t.precision == "day" and _told_earlier(tokens, trigger, lang):
                return (carried, *_week_before(t.start_date), "week", "paragraph")  # "Zuvor hatten …"
            since = any(load_grammar(lang).has("since_then", token.text) for token in tokens)
            return carried, t.start_date, _until(t, report, since), t.precision, "paragraph"
    back = _days_after(tokens, trigger, -1, lang)
    if back and report[1] and report[2]:  # "ist wieder unter Kontrolle der TPLF, acht Monate nachdem …"
        return (None, *_counted_back(report[1], report[2], report[3], back), report[4])
    if (
        not words[trigger].describes
        and report[1]
        and report[3] == "day"
        and _told_earlier(tokens, trigger, lang)
    ):
        return (None, *_week_before(report[1]), "week", report[4])  # "Earlier in the week, troops took X"
    return report


def _counted_back(start: str, end: str, precision: Optional[str], days: int) -> tuple:
    """(start, end, precision) `days` before an interval; a month or more back is known to the month."""
    first, last = (date.fromisoformat(d) - timedelta(days=days) for d in (start, end))
    if days >= 28:
        return first.replace(day=1).isoformat(), month_end(first.year, first.month).isoformat(), "month"
    return first.isoformat(), last.isoformat(), precision


def _told_earlier(tokens: Sequence[Token], trigger: int, lang: str) -> bool:
    """Whether a word of before ('zuvor', 'earlier') stands before the event in its sentence, not of
    the same day ("earlier in the day", "earlier that morning") and not in a sentence of saying,
    where it goes with the saying ("Russia earlier said it had captured X")."""
    grammar = load_grammar(lang)
    speech = reporting_table(lang)["speech_verbs"]
    if any(t.text.lower() in speech for t in tokens):
        return False  # "the ministry earlier said it had captured X", "wie zuvor gemeldet": when said
    return any(
        grammar.has("earlier", tokens[k].text)
        and not any(grammar.has("same_day", t.text) for t in tokens[k + 1 : k + 4])
        and _of_the_week(tokens[k + 1 : k + 4])
        and not _in_relative_clause(tokens, k, trigger)  # "troops, who had earlier withdrawn, captured X"
        for k in range(trigger)
    )


_RELATIVES = frozenset({"who", "which", "that", "die", "der", "das", "welche", "welcher", "welches"})


def _in_relative_clause(tokens: Sequence[Token], k: int, trigger: int) -> bool:
    """Whether token k stands in a relative clause that closes before the trigger."""
    start = k
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    return (
        start > 0
        and tokens[start - 1].text == ","
        and tokens[start].text.lower() in _RELATIVES
        and clause_between(tokens, k, trigger)
    )


_WEEK = frozenset({"week", "woche"})


def _of_the_week(after: Sequence[Token]) -> bool:
    """Whether the words after a word of before leave it within the week: "earlier", "earlier in
    the week"; not "earlier in the war", "zuvor im Jahr"."""
    words = [t.text.lower() for t in after]
    return not words or words[0] not in ("in", "im") or bool(_WEEK & set(words[1:3]))


def _week_before(day: str) -> tuple[str, str]:
    """The seven days before `day` (ISO): when an event told as earlier than the paragraph's day
    ("Zuvor hatten die Rebellen Sake erobert", "Earlier, troops had taken X") happened."""
    last = date.fromisoformat(day) - timedelta(days=1)
    return (last - timedelta(days=6)).isoformat(), last.isoformat()


def _until(t: TimeExpression, report: TimeChoice, since: bool) -> Optional[str]:
    """The end of an event dated by `t`: the report's date when it has gone on since then."""
    if since and report[2] is not None and report[2] > t.end_date:
        return report[2]
    return t.end_date


def _since_phrase(tokens: Sequence[Token], trigger: int, time: int, lang: str) -> bool:
    """The time closes a 'seit'/'since' phrase the event stands outside of: "seit Beginn des
    Einmarsches am 6. August … vorgerückt", "have advanced since Russia launched its operation
    on 24 February" went on from that day; "since rebels seized the town nine months ago" does not
    make the seizure last."""
    grammar = load_grammar(lang)
    for j in range(time - 1, -1, -1):
        text = tokens[j].text
        if text in CLAUSE_BREAKS or j == trigger:
            return False
        if grammar.has("since", text):
            return not _first_since(tokens, j, grammar)  # "zum ersten Mal seit 2015 … am Freitag"
    return False


@dataclass(frozen=True)
class _Trigger:
    index: int  # token index in the sentence
    describes: bool  # a participle before its noun: "die am Donnerstag eroberte Stadt"
    since: bool  # governed by 'seit'/'since': a point the story is measured from
    earlier: bool = False  # a noun of an earlier event: "Nach der Einnahme von X im Februar"


def _usable(t: TimeExpression) -> bool:
    """A date or time the calendar can place (not 'XXXX-WXX-4', not a duration)."""
    return t.type in ("DATE", "TIME") and t.start_date is not None and not t.unresolved


def _span(tokens: Sequence[Token], t: TimeExpression) -> range:
    return range(_token_index(tokens, t.start), _token_index(tokens, max(t.start, t.end - 1)) + 1)


def _token_index(tokens: Sequence[Token], offset: int) -> int:
    starts = [t.start for t in tokens]
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _cost(tokens: Sequence[Token], a: int, b: int, lang: str) -> int:
    """Distance in words between two tokens; a clause break counts as ten (not the comma of
    '45,000'), a coordinator as five ("on Monday and attacking": Monday is the first verb's)."""
    grammar = load_grammar(lang)
    low, high = sorted((a, b))
    cost = high - low
    for j in range(low + 1, high):
        text = tokens[j].text
        if text in CLAUSE_BREAKS and not (
            text == "," and tokens[j - 1].text.isdigit() and tokens[j + 1].text.isdigit()
        ):
            cost += 10
        elif grammar.has("coordinators", text):
            cost += 5
    return cost


def _attachment(tokens: Sequence[Token], trigger: int, time: int, lang: str) -> int:
    """How far a time stands from a trigger it might belong to. In English a time follows the verb
    phrase it dates or opens the sentence: "controlled the north since April pushed south" dates
    the control, so a time before a verb, not opening the sentence, counts five words further."""
    cost = _cost(tokens, trigger, time, lang)
    if time < trigger and time > 1 and load_grammar(lang).options.get("times_follow_verbs"):
        cost += 5
    return cost


def _in_sentence(own, times, trigger: _Trigger, words: dict, tokens, lang) -> Optional[int]:
    """The time of the trigger's own words, else one it shares with the verb it is coordinated
    with; never one inside a participle phrase, after 'seit'/'since', or of an event after them.

    Each time belongs to the nearest trigger group (triggers at most two words apart, as in
    "seized control", "unter Kontrolle gebracht"); a participle before its noun claims the times
    of its own phrase, before it ("die am Donnerstag eroberte Stadt"), and no others."""
    where = {i: _token_index(tokens, times[i].start) for i in own}
    group = _groups(sorted(words), tokens)

    def owner(i: int) -> Optional[int]:
        inside = [  # the participle phrase holding the time claims it first
            w.index
            for w in words.values()
            if w.describes and where[i] < w.index and _cost(tokens, where[i], w.index, lang) < 10
        ]
        if inside:
            return group[min(inside)]
        eligible = [w.index for w in words.values() if not w.describes]
        if not eligible:
            return None
        return group[min(eligible, key=lambda index: (_attachment(tokens, index, where[i], lang), index))]

    # on a tie the time after the trigger: "eroberten am Montag" rather than "am Montag. Dort"
    def order(i: int) -> tuple:
        return _cost(tokens, trigger.index, where[i], lang), where[i] < trigger.index

    owners = {i: owner(i) for i in own}
    # "Die Islamisten, die seit April den Norden kontrollierten, hatten Konna eingenommen": a
    # period's start in another clause is no day of this event
    # "advancing from Avdiivka, which fell in February": a relative clause's time is its own
    own = [i for i in own if not _in_other_relative(tokens, where[i], trigger.index)]
    mine = [
        i
        for i in own
        if owners[i] == group[trigger.index]
        and not (_measures(tokens, where[i], lang) and clause_between(tokens, trigger.index, where[i]))
    ]
    if mine:
        return min(mine, key=order)
    if trigger.describes:
        return None
    members = {g: [w for w in words.values() if group[w.index] == g] for g in set(group.values())}
    verb = not _noun(tokens, trigger.index, lang)

    def shareable(i: int) -> bool:
        owning = members[owners[i]]
        if _measures(tokens, where[i], lang) or any(w.describes for w in owning):
            return False
        if any(w.earlier for w in owning) and not trigger.earlier:
            return False  # "Nach der Einnahme von X im Februar hat die Armee …": that taking's month
        if any(w.since for w in owning) and not trigger.since:
            # the start of the period a verb outside it spans ("sind seit Beginn der Offensive am
            # 6. August vorgerückt"), not the day of a noun ("the heaviest fighting since …")
            return (
                verb
                and _cost(tokens, trigger.index, where[i], lang) < 10  # in the same clause
                and _since_phrase(tokens, trigger.index, where[i], lang)
            )
        return True

    shared = [i for i in own if owners[i] is not None and shareable(i)]
    return min(shared, key=order) if shared else None


def _last_time(tokens: Sequence[Token], t: TimeExpression, lang: str) -> bool:
    """The time after "for the first time since", "erstmals seit", "zum ersten Mal seit": when it
    last happened, never when the event did ("entering the city for the first time since 2016")."""
    first = _token_index(tokens, t.start)
    return first > 0 and _first_since(tokens, first - 1, load_grammar(lang))


def _first_since(tokens: Sequence[Token], k: int, grammar) -> bool:
    """Whether token k is the 'since'/'seit' of "for the first time since", "erstmals seit"."""
    return grammar.has("since", tokens[k].text) and any(
        grammar.has("first_time", tokens[j].text) for j in range(max(0, k - 4), k)
    )


def _days_after(tokens: Sequence[Token], trigger: int, time: int, lang: str) -> int:
    """How many days before the time at token `time` the event at `trigger` happened when a clause
    "a day after", "two weeks after", "einen Tag nachdem" opens it after that time ("overran Tikrit
    on Wednesday, a day after they seized Mosul"); 0 else."""
    grammar = load_grammar(lang)
    for k in range(trigger - 1, max(1, trigger - 6), -1):
        if tokens[k].text.lower() in ("after", "nachdem", "nach") and _opens_the_event(tokens, k, trigger):
            unit = grammar.lookup("unit", tokens[k - 1].text)
            number = grammar.lookup("number", tokens[k - 2].text) or (
                int(tokens[k - 2].text) if tokens[k - 2].text.isdigit() else None
            )
            days = {"D": 1, "W": 7, "M": 30}.get(unit)
            return number * days if days and isinstance(number, int) and time < k - 2 else 0
        if tokens[k].text in CLAUSE_BREAKS:
            return 0
    return 0


def _opens_the_event(tokens: Sequence[Token], k: int, trigger: int) -> bool:
    """Whether the "after", "nach", "nachdem" at k opens the event at `trigger` ("after they seized
    X", "after seizing X", "after the capture of X", "nachdem sie X eingenommen hatten", "nach der Einnahme"), not a
    phrase of the clause the event's verb heads ("two days after that captured X", "zwei Tage nach
    dem Fall des Dorfes nahmen sie X ein")."""
    word, nxt = tokens[k].text.lower(), tokens[k + 1].text
    if word == "nachdem":
        return True
    if nxt.lower() in ("the", "der", "die", "das", "dem", "des", "their", "its", "ihrer", "seiner"):
        return trigger <= k + 3  # the event's noun in the phrase
    # "after they seized X", "after Russian troops took X", "after seizing X": the event's own clause
    return word == "after" and (
        nxt.lower() in ("they", "it", "he", "she", "we") or nxt[:1].isupper() or k + 1 == trigger
    )


def _when_said(tokens: Sequence[Token], t: TimeExpression, lang: str) -> bool:
    """A time right after a verb of saying ("said on Monday", "teilte am Montag mit"): when it was
    said, which dates an event it reports after it only when the sentence gives no other time
    ("said on Monday that troops had withdrawn on Sunday"; not "captured X, the ministry said on
    Monday, after fighting that began on Friday")."""
    first = _token_index(tokens, t.start)
    speech = reporting_table(lang)["speech_verbs"]
    return any(tokens[k].text.lower() in speech for k in range(max(0, first - 2), first))


def _life_date(tokens: Sequence[Token], t: TimeExpression, lang: str) -> bool:
    """A date of a person's life ("born in 1977", "geboren am 3. Mai 1980"), up to two words after
    the word of birth or death: it dates no event of the sentence."""
    first = _token_index(tokens, t.start)
    grammar = load_grammar(lang)
    return any(grammar.has("life_dates", tokens[k].text) for k in range(max(0, first - 3), first))


def _noun(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """An event noun: capitalised in German ("Eroberung"); in English right after a determiner or
    one word after it, unless a past form ("the capture", "the heaviest fighting", not "the army
    entered")."""
    grammar = load_grammar(lang)
    word = tokens[index].text
    if grammar.options.get("nouns_capitalized"):
        return word[:1].isupper() and index > 0
    if index and grammar.has("determiners", tokens[index - 1].text):
        return True
    past = grammar.has("past_cues", word) or (grammar.past_form and grammar.past_form.fullmatch(word.lower()))
    return index > 1 and grammar.has("determiners", tokens[index - 2].text) and not past


def _measures(tokens: Sequence[Token], time: int, lang: str) -> bool:
    """A time after 'seit'/'since' measures how long its own clause's state has lasted ("who have
    held the town since April"); it dates no other event of the sentence."""
    return time > 0 and load_grammar(lang).has("since", tokens[time - 1].text)


def _groups(indices: Sequence[int], tokens: Sequence[Token]) -> dict[int, int]:
    """Each trigger's group: the first trigger of a run of triggers at most two words apart."""
    group: dict[int, int] = {}
    for k, index in enumerate(indices):
        previous = indices[k - 1] if k else None
        close = (
            previous is not None
            and index - previous <= 2
            and not any(t.text in CLAUSE_BREAKS for t in tokens[previous:index])
        )
        group[index] = group[previous] if close else index
    return group


def _describes(tokens: Sequence[Token], index: int, lang: str) -> bool:
    """A participle before a noun, led by a determiner, preposition or adverb ("in eroberten
    Orten", "die kürzlich zurückeroberte Stadt") or by its agent ("die von Rebellen eroberte
    Stadt"), not a verb after its subject or before it ("Die Truppen eroberten Gao", "Am Sonnabend
    eroberten Truppen …", "have regained territory")."""
    if index == 0:
        return False
    grammar = load_grammar(lang)
    before = tokens[index - 1].text
    verbs = ("perfect_cues", "past_cues", "future_cues")
    if before[:1].islower() and not any(grammar.has(table, before) for table in verbs):
        return True
    return any(grammar.has("agent_prepositions", t.text) for t in tokens[max(0, index - 4) : index - 1])


def _since(tokens: Sequence[Token], trigger: int, lang: str, time_tokens: frozenset) -> bool:
    """An event governed by 'seit' or 'since' ("seit Beginn der Offensive", "since militants seized
    the north"): a point the story is measured from, whose time is no other event's. Not when
    the preposition governs a time ("since April pushed south"), nor across 'und'/'and'."""
    grammar = load_grammar(lang)
    if grammar.options.get("nouns_capitalized") and not tokens[trigger].text[:1].isupper():
        return False  # a German verb, not an event noun
    for j in range(trigger - 1, max(-1, trigger - 1 - _LOOKBACK), -1):
        word = tokens[j].text
        if word in CLAUSE_BREAKS or grammar.has("coordinators", word) or j in time_tokens:
            return False
        if grammar.has("since", word):
            return True
    return False


def _carried(doc, sentence, times, index: TimeIndex, history, lang, at: int) -> Optional[int]:
    """The last date of the paragraph before this sentence, if the story is still there: the
    event at offset `at` is told in the past, and that date is not from earlier history, not the
    start of a period ('seit April') and not overtaken by the present ('now', 'jetzt')."""
    paragraph = doc.sentences[sentence].paragraph
    text = doc.text
    tense = sentence_tense(text, doc.sentences[sentence].start, doc.sentences[sentence].end, lang, at)
    if tense != "past" or _reported_progressive(text, doc.sentences[sentence].start, at, lang):
        return None
    before = sentence - 1
    while before >= 0 and doc.sentences[before].paragraph == paragraph:
        before -= 1
    earlier = [
        i
        for s in range(before + 1, sentence)
        for i in index.times.get(s, ())
        if _usable(times[i]) and not _opens_period(index.tokens.get(s, []), times[i], lang)
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if times[last].value.endswith("_REF"):  # the story has reached the present: 'now', 'jetzt'
        return None
    return None if history(doc.sentence_of(times[last].start)) else last


def _reported_progressive(text: str, start: int, at: int, lang: str) -> bool:
    """Whether the verb at offset `at` is an English progressive a verb of saying reports ("a
    diplomat said the fighters were moving toward Woldia"): going on when it was said, not at the
    paragraph's earlier date (a progressive the writer tells goes on then: "By evening they were
    fighting on the outskirts")."""
    word = re.match(r"\w*", text[at:]).group(0)
    before = text[max(0, at - 12) : at].split()
    if not (word.endswith("ing") and before and before[-1].lower() in ("was", "were", "is", "are")):
        return False
    speech = reporting_table(lang)["speech_verbs"]
    return any(w.lower() in speech for w in re.findall(r"\w+", text[start:at]))


def _opens_period(tokens: Sequence[Token], t: TimeExpression, lang: str) -> bool:
    """A time that starts a period ('seit April', 'seit Beginn des Einmarsches am 6. August'): a
    point the story is measured from, not the time it has reached. `tokens` are its sentence's."""
    return _since_phrase(tokens, -1, _token_index(tokens, t.start), lang)


def _report_time(doc: Segmented, times, published) -> TimeChoice:
    """The date of the report: a dateline's day ('Berlin, 7. August (dpa) -') when the article
    opens with one no later than its publication, else the publication date at its precision."""
    start, end, precision = published
    body_start = doc.sentences[0].start if doc.sentences else 0
    found = dateline_time(doc.text, times, body_start)
    if found is not None:
        t = times[found]
        if end is None or t.end_date <= end:
            return found, t.start_date, t.end_date, t.precision, "dateline"
    if start is not None:
        return None, start, end, precision, "publication"
    return None, None, None, None, "none"


_RELATIVE = frozenset({"which", "who", "whom", "die", "der", "das", "welche", "welcher"})


def _in_other_relative(tokens: Sequence[Token], at: int, trigger: int) -> bool:
    """Whether the token `at` stands in a relative clause after a comma (", which fell in
    February", to the next comma or the sentence's end) that the trigger at `trigger` is outside."""
    opener = next((k for k in range(at - 1, -1, -1) if tokens[k].text in CLAUSE_BREAKS), None)
    if opener is None or tokens[opener].text != "," or opener + 1 >= len(tokens):
        return False
    if tokens[opener + 1].text.lower() not in _RELATIVE:
        return False
    close = next((k for k in range(at + 1, len(tokens)) if tokens[k].text in CLAUSE_BREAKS), len(tokens))
    return not opener < trigger < close


def past_tense(doc, sentence: int, at: int, lang: str, precision: Optional[str] = "month") -> bool:
    """Whether an event dated by a month name is told as done: the verb nearest offset `at` is in
    the past, and no word of a plan or a schedule stands in the sentence ("threatened to pull out
    in May", "was set for May 10", "wollte Bachmut im Dezember einnehmen"). A day or a week
    ("tomorrow", "next week") is never a past one."""
    span = doc.sentences[sentence]
    if precision != "month" or _PLANNED.search(doc.text, span.start, span.end):
        return False
    return sentence_tense(doc.text, span.start, span.end, lang, at) == "past"


_PLANNED = re.compile(
    r"\b(?:to|set for|scheduled|planned|plans?|ordered|threat\w*|vowed|expected|wollte\w*|will|wollen|"
    r"geplant|vorgesehen|plante\w*|befahl\w*|droht\w*|sollte\w*|soll|sollen|kündigte\w*|angekündigt)\b",
    re.IGNORECASE,
)


def year_before(value: Optional[str]) -> Optional[str]:
    """An ISO date one year earlier: a past event named by a month the report has not reached
    yet ("seized al-Hazm in March", told in February) happened last year."""
    if not value:
        return value
    return f"{int(value[:4]) - 1:04d}{value[4:]}"


def by_the_report(
    t_start: Optional[str], t_end: Optional[str], certainty: str, published: Optional[str], past
) -> tuple[Optional[str], Optional[str], str]:
    """An event's dates and certainty against its report's date: one dated after it is a plan
    ("morgen", "next week"), or, told in the past, last year's ("seized al-Hazm in March", told
    in February: `past()` tells the tense); one whose span runs past it ends by it ("im Mai" told
    in May)."""
    if not (t_start and published):
        return t_start, t_end, certainty
    if t_start[:10] > published[:10] and certainty != "intended":
        if past():
            return year_before(t_start), year_before(t_end), certainty
        return t_start, t_end, "intended"
    if t_end and t_end[:10] > published[:10] >= t_start[:10]:
        return t_start, published[:10], certainty
    return t_start, t_end, certainty


def own_time(
    found: TimeChoice,
    times: Sequence[TimeExpression],
    tokens: Sequence[Token],
    triggers,
    trigger: int,
    lang: str,
):
    """`found` for an earlier event the news follows only when the time is its own: given in its
    sentence, after it and before any other trigger ("after the capture of X on Sunday, …", "Nach
    der Einnahme Bukavus am Sonntag rücken …"); else no time ("after the capture of X, troops
    advanced on Monday": Monday is the advance's), or one counted back from ("two days after the
    capture of X")."""
    if found[4] != "sentence" or found[0] is None:
        return (None, None, None, None, "none")
    at = _token_index(tokens, times[found[0]].start)
    if _days_after(tokens, trigger, at, lang):
        return found  # "two days after the capture of Mosul": counted back from the news's day
    last = max((t.index for t in triggers if t.index < at), default=None)
    # within its noun phrase: only names, nouns and the phrase's small words between ("Nach der
    # Eroberung von Goma teilte das Militär am Montag mit": Monday is the main clause's)
    inside = all(t.text[:1].isupper() or t.text.lower() in _PHRASE_WORDS for t in tokens[trigger + 1 : at])
    return found if last == trigger and inside else (None, None, None, None, "none")


_PHRASE_WORDS = frozenset(
    {"the", "of", "a", "an", "in", "near", "and", "on", "at", "der", "die", "das", "des", "dem", "den", "von", "vom", "am",
     "im", "bei", "nahe", "und"}
)  # fmt: skip


def own_days(
    events: list,
    places: Sequence,
    times: Sequence[tuple[int, TimeExpression]],
    tokens: Sequence[Token],
    published_end: Optional[str],
    lang: str,
) -> list:
    """(The extractor.Events of one sentence, its time expressions with their indexes, its
    tokens.) Each place of a list taken on a day of its own ("took Kafr Nabl on Friday and
    Saraqib on Saturday", "eroberten am Freitag X und am Samstag Y"): the day right after its name,
    else right before it (over at most three words, no 'and' or comma), is the day of its event
    when the list gives two days or more; not a day of saying ("said on Monday"), not after the
    report; an event with no day of its own keeps the sentence's."""
    days = [
        (i, t) for i, t in times if t.precision == "day" and t.end_date and not _when_said(tokens, t, lang)
    ]
    days = [(i, t) for i, t in days if not published_end or t.end_date <= published_end]
    by_trigger: dict[int, list[int]] = {}
    for n, event in enumerate(events):
        if event.type in PER_PLACE and event.place is not None:
            by_trigger.setdefault(event.start, []).append(n)
    out = list(events)
    coordinators = frozenset(actor_table(lang)["coordinators"])
    for listed in by_trigger.values():
        found = {n: _day_of(places[events[n].place.place], days, tokens, coordinators) for n in listed}
        if len(listed) < 2 or len({found[n][0] for n in listed if found[n] is not None}) < 2:
            continue
        for n in listed:
            if found[n] is not None:
                index, t = found[n]
                out[n] = replace(
                    out[n],
                    time=index,
                    t_start=t.start_date,
                    t_end=t.end_date,
                    precision=t.precision,
                    time_source="sentence",
                )
    return out


def _day_of(mention, days: Sequence[tuple[int, TimeExpression]], tokens: Sequence[Token], coordinators):
    """(index, time expression) of the day named right after a place's name ("Saraqib on
    Saturday", "Sarakib am Samstag"), else right before it ("am Samstag die Stadt Sarakib"), or
    None."""
    first, last = _token_index(tokens, mention.start), _token_index(tokens, mention.end - 1)
    for index, t in days:
        start = _token_index(tokens, t.start)
        between = [tok.text for tok in tokens[last + 1 : start]]
        if start > last and len(between) <= 1 and all(w.islower() for w in between):
            return index, t
    for index, t in days:
        end = _token_index(tokens, t.end - 1)
        between = [tok.text.lower() for tok in tokens[end + 1 : first]]
        if end < first and len(between) <= 3 and not set(between) & coordinators:
            return index, t
    return None

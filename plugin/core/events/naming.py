"""The forces one sentence names: named groups of the actors table (IS, Peschmerga, M23), a force
noun with the nation, people or movement its words give (ukrainische Truppen, Kurdish fighters,
Wagner-Söldner), and a country or capital standing for its state's forces."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..language.lexicon import toponym_table
from ..language.text import Token, token_at
from .actors import Actor, actor_table, english_adjective, force_noun, group_spans, word_stem
from .clauses import two_nations
from .sides import insurgents_of, side_of

_DEFINITE = frozenset({"die", "den", "der", "the"})


def find_actors(
    tokens: Sequence[Token], sentence_text: str, offset: int, lang: str, country_of=None
) -> list[Actor]:
    """The forces one sentence names, in text order. `tokens` are the sentence's tokens,
    `offset` the sentence's start in the document; `country_of(token_index)` gives the country
    code of a place mention at that token (a country, or a capital standing for it), if any."""
    table = actor_table(lang)
    groups = group_spans(sentence_text, offset, lang)
    actors: list[Actor] = []
    covered: set[int] = set()
    for start, end, name, side in groups:
        first = token_at(tokens, start)
        last = token_at(tokens, end - 1)
        if first is None or last is None or first in covered:
            continue
        first = _members_before(tokens, first, table)
        # a force noun after the group's name belongs to it (IS fighters, Peschmerga-Kämpfer),
        # also over the capitalised words of a longer name (DPR People's Militia)
        while last + 1 < len(tokens) and force_noun(tokens[last + 1].text, table):
            last += 1
        named_on = _name_to_force_noun(tokens, last + 1, table)
        if named_on is not None:
            last = named_on
        actors.append(Actor(name, side, first, last, group=True))
        covered.update(range(first, last + 1))
    people = toponym_table(lang)["person_demonyms"]
    for i, token in enumerate(tokens):
        if i in covered:
            continue
        if (
            i > 0
            and tokens[i - 1].text.lower() in _DEFINITE
            and (people.get(token.text) or token.text in table["peoples"])
            and not _in_a_name(tokens, i, table)
        ):
            # "die Ukrainer eroberten", "the Russians withdrew", "den Kurden gelang": a people at
            # war stands for its forces
            code = people.get(token.text)
            name, side = (f"{english_adjective(code)} forces", code) if code else table["peoples"][token.text]
            actors.append(Actor(name, side, i - 1, i))
            covered.add(i)
            continue
        home = table["_demonyms"].get(tokens[i - 1].text.lower()) if i > 0 else None
        if (
            home
            and token.text in table["peoples"]
            and i - 1 not in covered
            and not (  # "45,000 Syrian Kurds", "Tausende syrische Kurden", "thousands of Syrian Kurds": people
                i > 1
                and (any(c.isdigit() for c in tokens[i - 2].text) or tokens[i - 2].text.lower() in _COUNTS)
            )
        ):
            # "Syrian Kurds", "irakische Kurden": the people of that country, its side by sides.json
            name = f"{english_adjective(home)} {table['peoples'][token.text][0]}"
            actors.append(Actor(name, side_of(name) or table["peoples"][token.text][1], i - 1, i))
            covered.update((i - 1, i))
            continue
        noun = force_noun(token.text, table)
        if noun is None:
            continue
        if i - 1 in covered and actors and actors[-1].last == i - 1 and force_noun(tokens[i - 1].text, table):
            if actors[-1].name:
                actors[-1] = replace(actors[-1], last=i)  # "Sudanese army troops": one force
                covered.add(i)
                continue
            covered.discard(actors.pop().first)  # "Coalition aircraft": the second noun names it
        prefix = token.text.rsplit("-", 1)[0] if "-" in token.text else None
        head = i
        if i > 0 and i - 1 not in covered:
            pair = f"{tokens[i - 1].text.lower()} {token.text.lower()}"
            if pair in table["force_nouns"]:  # "Iraqi security forces", "Ukrainian special forces"
                noun, head = table["force_nouns"][pair], i - 1
        names, sides, first = _qualifiers(tokens, head, lang, table, _outside(country_of, covered))
        if prefix is not None and not names:
            code = _code_of(prefix, table)
            if code is not None:
                names, sides = [english_adjective(code)], [code]
        after = _country_after(tokens, i, country_of)
        if after is not None and not names:
            names, sides = [english_adjective(after)], [after]
        if names:  # "Malian and French forces"; "US-backed Syrian forces", one qualifying the other
            joined = any(
                t.text.lower() in table["coordinators"] or two_nations(t.text) for t in tokens[first:i]
            )
            actors.append(Actor(f"{(' and ' if joined else ' ').join(names)} {noun}", sides[0], first, i))
        elif token.text.lower() in table["generic_sides"]:
            actors.append(Actor(noun, table["generic_sides"][token.text.lower()], i, i))
        else:
            actors.append(Actor(None, None, i, i))  # "die Truppen": who, the context may tell
        covered.add(i)
    # one registry of sides for the whole map (data/sides.json); the words' own side where it
    # names none (a country's code, a group's)
    # (not the country of "Iraqi insurgents": where they fight)
    actors = [
        replace(a, side=side_of(a.name) or (None if insurgents_of(a.name) else a.side)) if a.name else a
        for a in actors
    ]
    return sorted(actors, key=lambda a: a.first)


def _in_a_name(tokens: Sequence[Token], i: int, table: dict) -> bool:
    """Whether a people's word that is also an adjective opens a name ("der Deutschen
    Presse-Agentur"): no force."""
    return (
        tokens[i].text.lower() in table["_demonyms"]
        and tokens[i].text.lower().endswith(("e", "en"))  # an adjective's ending: not "Israelis"
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
    )


_NAME_REACH = 3  # capitalised words between a group's name and the force noun that ends it


def _name_to_force_noun(tokens: Sequence[Token], start: int, table: dict) -> Optional[int]:
    """The force noun ending a name that goes on from `start` over capitalised words and
    possessive endings ("People's Militia", "Special Forces"), or None."""
    for j in range(start, min(len(tokens), start + _NAME_REACH + 1)):
        text = tokens[j].text
        if text[:1].isupper() and force_noun(text, table):
            return j
        if not (text[:1].isupper() or text in ("'s", "’s", "'", "’")):
            return None
    return None


def _members_before(tokens: Sequence[Token], first: int, table: dict) -> int:
    """Where a group's actor begins when its members are named before it: "Fighters from the
    Syrian Democratic Forces", "Kämpfer der YPG", "Kämpfer von Hajat Tahrir al-Scham" (a force
    noun, "from", "of", "von" or a genitive article); else at its name."""
    k = first - 1
    if k >= 0 and (
        tokens[k].text.lower() == "the"
        or (
            k >= 1 and tokens[k].text.lower() in ("der", "den", "dem") and tokens[k - 1].text.lower() == "von"
        )
    ):
        k -= 1  # "Kämpfer von der Miliz …"
    if (
        k >= 1
        and tokens[k].text.lower() in ("from", "of", "der", "des", "von")
        and force_noun(tokens[k - 1].text, table)
    ):
        return k - 1
    return first


def _code_of(word: str, table: dict) -> Optional[str]:
    lowered = word.lower()
    if lowered in table["_demonyms"]:
        return table["_demonyms"][lowered]
    adjective = table["side_adjectives"].get(lowered) or table["side_adjectives"].get(word_stem(lowered))
    return adjective[1] if adjective else None


def _qualifiers(tokens, i, lang, table, country_of) -> tuple[list[str], list[Optional[str]], int]:
    """Demonyms and side adjectives before a force noun ("malische und französische Truppen",
    "pro-Russian separatists", "Kiews Truppen"): their English names, sides, and first token."""
    names: list[str] = []
    sides: list[Optional[str]] = []
    first = i
    j = i - 1
    coordinators = set(table["coordinators"])
    while j >= 0 and tokens[j].sentence == tokens[i].sentence:
        word = tokens[j].text
        lowered = word.lower()
        parts = lowered.split("-")
        codes = [table["_demonyms"].get(p) for p in parts]
        if all(codes) and (lang != "de" or word[:1].islower() or j == 0 or _initial(tokens, j)):
            for code in reversed(codes):
                names.insert(0, english_adjective(code))
                sides.insert(0, code)
            first = j
        elif lowered in table["side_adjectives"] or word_stem(lowered) in table["side_adjectives"]:
            name, side = table["side_adjectives"].get(lowered) or table["side_adjectives"][word_stem(lowered)]
            names.insert(0, name)
            sides.insert(0, side)
            first = j
        elif country_of is not None and country_of(j) is not None and _possessive(word, table):
            code = country_of(j)
            names.insert(0, english_adjective(code))
            sides.insert(0, code)
            first = j
            break
        elif lowered in coordinators and names:
            pass
        elif (
            lang == "en"
            and j == i - 1
            and country_of is not None
            and country_of(j) is not None
            and not _after_preposition(tokens, j)
        ):
            # a country's name before the noun, as English puts nouns: "the Mali army", "French
            # and Mali troops" (not "in central Mali troops …": where, not whose)
            names.insert(0, english_adjective(country_of(j)))
            sides.insert(0, country_of(j))
            first = j
        elif j == i - 1 and not names and lowered in table.get("owner_pronouns", ()):
            code = _owner_before(tokens, j, table, country_of)
            if code is not None:  # "Russia confirmed its troops had retreated": Russia's
                names, sides, first = [english_adjective(code)], [code], j
            break
        elif not names and j >= i - 2 and (word.isdigit() or (word == "." and tokens[j - 1].text.isdigit())):
            pass  # an ordinal: "die ukrainische 3. Sturmbrigade"
        elif word[:1].islower() and lang == "de" and j == i - 1 and not names:
            pass  # an adjective that names no side: "die irakischen schiitischen Milizen"
        elif j == i - 1 and not names and lowered in table.get("country_qualifiers", ()):
            pass  # "Syrian government forces": the country's forces
        else:
            break
        j -= 1
    return names, sides, first


def _after_preposition(tokens, j: int) -> bool:
    """Whether a preposition governs the name at j, over at most two lower-case adjectives ("in
    Mali", "across northern Mali")."""
    prepositions = toponym_table("en")["prepositions"]
    for k in range(j - 1, max(-1, j - 4), -1):
        word = tokens[k].text
        if word.lower() in prepositions:
            return True
        if not word.islower():
            return False
    return False


def _outside(country_of, covered: set):
    """`country_of` blind to the words of a group's name ("Hayat Tahrir al-Sham said its fighters":
    not Syria's, whose capital al-Sham may name)."""
    if country_of is None:
        return None
    return lambda k: None if k in covered else country_of(k)


def _owner_before(tokens, j: int, table: dict, country_of) -> Optional[str]:
    """The country a possessive pronoun at j refers to: the one country its sentence names
    before it, by name or adjective ("Russia said its troops", "the Russian ministry said its
    troops"), outside insertions between commas ("The Syrian army, backed by Russia, said its
    troops": Syria's; "Islamic State, which controls parts of Iraq, said its fighters": not
    Iraq's). None when it names two ("Kyiv says Russia … its troops"): whose troops they are is
    then not told by the nearest name."""
    first = j
    while first > 0 and tokens[first - 1].sentence == tokens[j].sentence:
        first -= 1
    commas = [k for k in range(first, j) if tokens[k].text == ","]
    # an insertion between two commas (", backed by Russia,", ", which controls parts of Iraq,")
    # names no owner
    inserted = {k for a, b in zip(commas, commas[1:]) for k in range(a, b)}
    codes = set()
    for k in range(first, j):
        if k in inserted:
            continue
        code = country_of(k) if country_of is not None else None
        code = code or table["_demonyms"].get(tokens[k].text.lower())
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _initial(tokens, j: int) -> bool:
    return j == 0 or tokens[j - 1].sentence != tokens[j].sentence or tokens[j - 1].text in "„“\"'(–-:"


def _possessive(word: str, table: dict) -> bool:
    return any(word.endswith(ending) for ending in table["possessive_endings"])


def _country_after(tokens, i, country_of) -> Optional[str]:
    """ "die Armee Malis", "troops of Ukraine": a country right after the force noun."""
    if country_of is None:
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].text.lower() in ("of", "der", "des"):
        j += 1
    if j < len(tokens) and tokens[j].sentence == tokens[i].sentence:
        return country_of(j)
    return None


_COUNTS = frozenset(
    {"of", "tausende", "hunderte", "zehntausende", "thousands", "hundreds", "tens", "viele", "many"}
)

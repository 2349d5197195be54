"""The per-language temporal grammar: word lists and rule patterns read from data/timex_<lang>.json.

A rule pattern is a regular expression with slots: `{month}` becomes a named group matching any word
of the `month` list (or a regex from `slots`), `{month:month2}` names the group differently,
`{approx:_}` matches without capturing and `{month+month_abbr:month}` matches either list. A literal
space stands for any run of whitespace, ` ?` for optional whitespace. The group `t`, when present,
marks the expression's span inside a match that also reads context words (`am`, `seit`). Patterns
are compiled once per language and cached.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Dict, List, Optional, Tuple

from ..datafiles import DATA_DIR

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
_SLOT = re.compile(r"\{([A-Za-z_][\w+]*)(?::(\w+))?\}")
_SPACE = re.compile(r"\s+")
_GROUP = re.compile(r"\(\?P<\w+>")
_TOKEN = re.compile(r"\w+")
_GROUP_SIZE = 6


@lru_cache(maxsize=65536)  # the tagger asks it of the words around every expression, and they recur
def word_key(text: str) -> str:
    """The form a matched word is looked up under: lower case, single spaces, no trailing dot."""
    return _SPACE.sub(" ", text.strip().lower()).rstrip(".")


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar and the normaliser (`kind`) that turns its match into a value."""

    id: str
    kind: str
    regex: re.Pattern
    params: Dict[str, Any]
    order: int


@dataclass
class Grammar:
    """Everything the tagger knows about one language."""

    lang: str
    words: Dict[str, Dict[str, Any]]
    rules: List[Rule]
    options: Dict[str, Any] = field(default_factory=dict)
    tables: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    participle: Optional[re.Pattern] = None
    past_form: Optional[re.Pattern] = None
    # participles without 'ge-' ('begonnen', 'erobert'): counted where a participle stands, at the
    # end of its clause or before its auxiliary, since elsewhere they read as other verb forms
    participle_prefixed: Optional[re.Pattern] = None
    finder: Optional[re.Pattern] = None  # on lower-cased text
    finder_any_case: Optional[re.Pattern] = None  # for the rare text whose length changes in lower case
    # the rules in small groups, each with its own lower-case finder, so only a few rules are tried
    groups: List[Tuple[re.Pattern, Tuple[Rule, ...]]] = field(default_factory=list)
    triggers: frozenset = frozenset()  # lower-case words at least one of which every expression holds
    trigger_prefixes: tuple = ()  # compounds starting with a trigger ('Mittwochabend')
    trigger_suffixes: tuple = ()  # compounds ending in one ('einwöchigen')
    # whether a word may hold an expression (tagging._starts), kept per word: the words recur
    starts_at: Dict[str, bool] = field(default_factory=dict)

    def __post_init__(self):
        # `month_abbr`, `unit_pl` … are looked up under their base name (`month`, `unit`) as well.
        for name in sorted(self.words, key=len):
            table = {word_key(w): v for w, v in self.words[name].items()}
            self.tables.setdefault(name, {}).update(table)
            base = name.split("_", 1)[0]
            if base != name:
                merged = self.tables.setdefault(base, {})
                for key, value in table.items():
                    merged.setdefault(key, value)
        if self.options.get("participle"):
            self.participle = re.compile(self.options["participle"])
        if self.options.get("past_form"):
            self.past_form = re.compile(self.options["past_form"])
        if self.options.get("participle_prefixed"):
            self.participle_prefixed = re.compile(self.options["participle_prefixed"])

    def lookup(self, slot: str, text: str, default: Any = None) -> Any:
        return self.tables.get(slot, {}).get(word_key(text), default)

    def has(self, slot: str, text: str) -> bool:
        return word_key(text) in self.tables.get(slot, {})


def _alternation(words: Dict[str, Any]) -> str:
    """The words as one regex, factored into a trie: each branch starts with a different character,
    so a failing position costs one comparison per level instead of one per word."""
    trie: Dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: Dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted((k, v) for k, v in node.items() if k)
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer continuation is tried first (greedy)
        return f"(?:{body})?"
    return body


def _expand(pattern: str, words: Dict[str, Dict[str, Any]], slots: Dict[str, str], rule_id: str) -> str:
    def slot(found: re.Match) -> str:
        names, group = found[1].split("+"), found[2] or found[1]
        if len(names) == 1 and names[0] in slots:
            body = slots[names[0]]
        elif all(name in words for name in names):
            body = _alternation({w: True for name in names for w in words[name]})
        else:
            raise ValueError(f"timex rule {rule_id}: unknown slot {{{found[1]}}}")
        return f"(?:{body})" if group == "_" else f"(?P<{group}>{body})"

    return _SLOT.sub(slot, pattern.replace(" ?", r"\s*").replace(" ", r"\s+"))


def _word_table(entries: Any) -> Dict[str, Any]:
    """Words in lower case with single spaces (a trailing dot, as in 'ca.', is kept for matching)."""
    if isinstance(entries, list):
        entries = dict.fromkeys(entries, True)
    return {_SPACE.sub(" ", w.strip().lower()): v for w, v in entries.items()}


def _any_rule(sources: List[Tuple[bool, str]], bound: str) -> str:
    """The rules' sources (without their groups) as one alternation for a finder, which only
    asks whether some rule matches at a place: the rules an interval's 'seit', 'bis' may open
    share that opening, so a place tries it once, not once per rule (the same matches)."""
    opened = [source for bounded, source in sources if bounded]
    others = [source for bounded, source in sources if not bounded]
    return "|".join(([rf"{bound}(?:{'|'.join(opened)})"] if opened else []) + others)


@cache
def load_grammar(lang: str) -> Grammar:
    """Read and compile the grammar of `lang` ("de" or "en"); cached for the life of the process."""
    path = DATA_DIR / f"timex_{lang}.json"
    if not path.is_file():
        raise ValueError(f"no temporal grammar for language {lang!r} (expected {path.name})")
    data = json.loads(path.read_text(encoding="utf-8"))
    words = {name: _word_table(entries) for name, entries in data["words"].items()}
    slots = data.get("slots", {})
    rules, sources = [], []
    bound = ""  # the opening 'seit', 'bis' of an interval, without its groups
    for order, spec in enumerate(data["rules"]):
        source = _expand(spec["pattern"], words, slots, spec["id"])
        bounded = "(?P<t>" not in source and "since" in words and "until" in words
        if bounded:
            # 'seit September' / 'bis Jahresende': the preposition bounds the interval, outside the span
            since, until = _alternation(words["since"]), _alternation(words["until"])
            bound = rf"(?:(?:{since})\s+|(?:{until})\s+)?"
            sources.append((True, _GROUP.sub("(?:", source)))
            source = rf"(?:(?P<since>{since})\s+|(?P<until>{until})\s+)?(?P<t>{source})"
        else:
            source = source if "(?P<t>" in source else rf"(?P<t>{source})"
            sources.append((False, _GROUP.sub("(?:", source)))
        regex = re.compile(rf"(?<![\w.,:]){source}(?![\w])", re.IGNORECASE)
        params = {k: v for k, v in spec.items() if k not in ("id", "kind", "pattern", "comment")}
        rules.append(Rule(spec["id"], spec["kind"], regex, params, order))
    grammar = Grammar(lang, words, rules, data.get("options", {}))
    # One pass over the text finds where any rule can start; only there are the rules tried.
    finder = rf"(?<![\w.,:])(?:{_any_rule(sources, bound)})(?![\w])"
    if re.search(r"\\[A-Z]", finder):
        raise ValueError(f"timex grammar {lang}: upper-case escapes would break the lower-case finder")
    grammar.finder = re.compile(finder.lower())
    for first in range(0, len(rules), _GROUP_SIZE):
        part = _any_rule(sources[first : first + _GROUP_SIZE], bound).lower()
        grammar.groups.append(
            (re.compile(rf"(?<![\w.,:])(?:{part})(?![\w])"), tuple(rules[first : first + _GROUP_SIZE]))
        )
    options = data["options"]
    grammar.triggers = frozenset(
        max(_TOKEN.findall(w), key=len) for name in options["trigger_lists"] for w in words[name]
    )
    grammar.trigger_prefixes = tuple(
        w for name in options.get("trigger_prefix_lists", []) for w in words[name]
    )
    endings = options.get("trigger_suffix_endings", [""])
    grammar.trigger_suffixes = tuple(
        w + e for name in options.get("trigger_suffix_lists", []) for w in words[name] for e in endings
    )
    grammar.finder_any_case = re.compile(finder, re.IGNORECASE)
    log.debug("timex grammar %s: %d rules", lang, len(rules))
    return grammar

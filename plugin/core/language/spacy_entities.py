"""Entities from a full spaCy model, as extra evidence for the place recogniser (optional).

Frontline needs no model: the default pipeline uses its own rules and gazetteer. An analyst who
has a model installed (de_core_news_lg, en_core_web_trf …) can name it; its LOC/GPE entities
then raise a name's score and PER/ORG entities lower it (see toponyms.py).
"""

from __future__ import annotations

import logging
from typing import Callable

LOG = logging.getLogger(__name__)
EntitySource = Callable[[str, str], list[tuple[int, int, str]]]


class ModelUnavailableError(RuntimeError):
    """The named model cannot be loaded; the message says how to install it."""


def load_entity_source(model: str) -> EntitySource:
    """A function (text, language) → [(start, end, label)] backed by the spaCy model `model`
    (a package name or a folder)."""
    try:
        import spacy
    except ImportError as error:
        raise ModelUnavailableError(f"spaCy is not installed ({error}); pip install spacy") from error
    try:
        nlp = spacy.load(model, exclude=["lemmatizer", "textcat", "parser", "tagger", "morphologizer"])
    except (OSError, ValueError) as error:
        raise ModelUnavailableError(
            f"spaCy model {model!r} cannot be loaded ({error}); install it with: python -m spacy download {model}"
        ) from error
    if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
        LOG.warning("spaCy model %s has no entity recogniser; it adds no evidence", model)

    def entities(text: str, lang: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return entities

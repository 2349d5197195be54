"""A full spaCy model, when one is named, adds its entities as evidence (we build a tiny one)."""

from __future__ import annotations

import spacy

from frontline.plugin.core.language.spacy_entities import load_entity_source
from frontline.plugin.core.language.text import segment
from frontline.plugin.core.places.recognizer import PlaceRecognizer


def tiny_model(folder, patterns):
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    nlp.to_disk(folder)
    return str(folder)


def places(recognizer, text):
    return [m.text for m in recognizer.recognize(segment(text, "de"), "de") if m.role == "location"]


def test_model_entities_raise_and_lower_a_names_score(tmp_path, gazetteer):
    text = "Das Gespräch fand in Rawa statt, danach ging es nach Hit."
    model = tiny_model(
        tmp_path / "model", [{"label": "PER", "pattern": "Rawa"}, {"label": "LOC", "pattern": "Hit"}]
    )
    source = load_entity_source(model)
    assert ("Rawa", "PER") in [(text[s:e], label) for s, e, label in source(text, "de")]
    with_model = PlaceRecognizer(gazetteer, entity_source=source)
    without = PlaceRecognizer(gazetteer)
    assert "Rawa" in places(without, text)
    assert "Rawa" not in places(with_model, text)

    def hit(recognizer):
        (mention,) = [m for m in recognizer.recognize(segment(text, "de"), "de") if m.text == "Hit"]
        return mention

    assert "model LOC" in hit(with_model).reasons
    assert hit(with_model).confidence > hit(without).confidence

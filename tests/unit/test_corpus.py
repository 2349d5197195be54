"""Our own corpus of short reports (tests/data/corpus): explicit routes, implicit objectives,
chains across articles, retreats, negation, intent, hedges, simultaneous thrusts and a report
that contradicts an earlier one, each with the events and advances an analyst expects."""

import pytest

from frontline.plugin.core.pipeline import extraction_record

from . import corpus_check

CASES = corpus_check.cases()


def test_corpus_covers_the_phenomena_in_both_languages():
    articles = {name for case in CASES for name in case["articles"]}
    assert len(articles) >= 12
    assert any("_de_" in a for a in articles)
    assert any("_en_" in a for a in articles)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_corpus_case(case, pipeline):
    results, problems = pipeline.run([corpus_check.CORPUS / name for name in case["articles"]])
    assert problems == []
    assert corpus_check.problems(case, extraction_record(results, problems)) == []


def test_the_checker_notices_a_wrong_reading():
    case = CASES[0]
    record = {"articles": [], "advances": []}
    assert corpus_check.problems(case, record)

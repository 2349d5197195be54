"""Sentences and tokens with offsets that point back into the article text."""

from hypothesis import given
from hypothesis import strategies as st

from frontline.plugin.core.language.text import segment


def sentences(text, lang="de", start=0):
    doc = segment(text, lang, start)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_abbreviations_ordinals_and_dates_do_not_end_a_sentence():
    text = "Am 3. November rückten Einheiten bzw. Milizen vor, z.B. bei Rawa. Danach war es ruhig."
    assert sentences(text) == [
        "Am 3. November rückten Einheiten bzw. Milizen vor, z.B. bei Rawa.",
        "Danach war es ruhig.",
    ]


def test_the_ordinal_of_a_unit_does_not_end_a_sentence_but_a_day_before_the_next_one_does():
    text = (
        "Die ukrainische 3. Sturmbrigade zog ab. Die Stäbe der 1. Division blieben. "
        "Die Kämpfe dauerten bis zum 12. Die Armee zog dann ab. Die Kämpfe dauerten bis zum 28. Ukrainische "
        "Truppen zogen ab. Verwundet wurden 30. Russische Truppen rückten nach."
    )
    assert sentences(text) == [
        "Die ukrainische 3. Sturmbrigade zog ab.",
        "Die Stäbe der 1. Division blieben.",
        "Die Kämpfe dauerten bis zum 12.",
        "Die Armee zog dann ab.",
        "Die Kämpfe dauerten bis zum 28.",
        "Ukrainische Truppen zogen ab.",
        "Verwundet wurden 30.",
        "Russische Truppen rückten nach.",
    ]


def test_english_titles_and_initials_do_not_end_a_sentence():
    text = "Gen. J. Smith met Mr. Brown in Baghdad on Nov. 3. They left at 5 p.m. for Erbil."
    assert sentences(text, "en") == [
        "Gen. J. Smith met Mr. Brown in Baghdad on Nov. 3.",
        "They left at 5 p.m. for Erbil.",
    ]


def test_paragraphs_are_boundaries_and_wrapped_lines_are_not():
    text = "Offensive im Westen\n\nDie Armee rückte entlang des Flusses\nweiter nach Westen vor.\nDie Stadt fiel."
    doc = segment(text)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Offensive im Westen",
        "Die Armee rückte entlang des Flusses\nweiter nach Westen vor.",
        "Die Stadt fiel.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]


def test_a_page_saved_with_one_paragraph_a_line_has_a_paragraph_a_line():
    text = (
        "Die Armee rückte am Montag vor. Sie nahm zwei Dörfer ein.\n"
        "In Rawa wurde weiter gekämpft.\n"
        "Die Lage blieb unklar."
    )
    doc = segment(text)
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 2]


def test_hard_wrapped_prose_stays_one_paragraph_even_where_a_line_ends_a_sentence():
    text = (
        "Die Armee rückte am Montag entlang des Flusses\n"
        "weiter nach Westen vor und nahm zwei Dörfer ein.\n"
        "In Rawa wurde dagegen noch bis in den Abend\n"
        "hinein gekämpft."
    )
    doc = segment(text)
    assert [s.paragraph for s in doc.sentences] == [0, 0]


def test_a_headline_and_a_byline_on_lines_of_their_own_are_sentences_of_their_own():
    # a page saved as text repeats its headline and time stamp without punctuation before the
    # body: the headline's hedge must not reach the body's first sentence, nor its quote
    text = (
        "Ukraine reportedly retakes Kupiansk\n"
        "September 10, 2022 9:14 am\n"
        "Ukrainian troops entered the centre of Kupiansk on Saturday and raised the national flag over "
        "the town hall, the regional governor said. Russian units withdrew east across the Oskil river."
    )
    doc = segment(text, "en")
    assert [doc.text[s.start : s.end][:22] for s in doc.sentences] == [
        "Ukraine reportedly ret",
        "September 10, 2022 9:1",
        "Ukrainian troops enter",
        "Russian units withdrew",
    ]
    # a short line in hard-wrapped prose before a line that goes on in lower case stays a wrap
    wrapped = (
        "Die Armee rückte am Montag entlang des Flusses\nvor.\nDie Truppen rückten\nweiter nach Westen vor."
    )
    assert len(segment(wrapped).sentences) == 2
    # … and so are short wrapped lines after a long lead line: only the lines that open a block
    # before its first sentence ends, and time stamps, stand alone
    lead = (
        "Kyiv (Reuters) - Ukraine said on Saturday that its forces had pushed deep into the Kharkiv region in a "
        "surprise counteroffensive that caught Russian troops off guard along a wide front."
    )
    wrapped = (
        lead
        + "\nUkrainian forces entered the town of\nKupiansk on Saturday and raised the flag\nover the hall."
    )
    assert len(segment(wrapped, "en").sentences) == 2
    stamped = lead + "\n14:58, UK, Saturday 10 September 2022\nUkrainian forces entered Kupiansk on Saturday."
    assert len(segment(stamped, "en").sentences) == 3


def test_tokens_keep_hyphenated_names_and_point_into_the_text():
    text = "Vom Husaybah-Grenzübergang nach al-Qaim, sagte Kata’ib-Sprecher H-3."
    doc = segment(text)
    words = [t.text for t in doc.tokens]
    assert words[:5] == ["Vom", "Husaybah-Grenzübergang", "nach", "al-Qaim", ","]
    assert "H-3" in words
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)


def test_segmenting_starts_after_a_header():
    text = "date 2017-11 Die Stadt fiel. Dann kam der Winter."
    doc = segment(text, "de", start=13)
    assert doc.text[doc.sentences[0].start :].startswith("Die Stadt fiel.")
    assert doc.sentence_of(text.index("Winter")) == 1


@given(st.text(max_size=400))
def test_any_text_gives_ordered_spans_inside_the_text(text):
    doc = segment(text)
    previous_end = 0
    for sentence in doc.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
    assert all(text[t.start : t.end] == t.text and not t.text.isspace() for t in doc.tokens)

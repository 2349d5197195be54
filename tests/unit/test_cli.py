"""The headless command line: extract and resolve as DESIGN.md specifies them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from frontline.plugin import cli

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def run(argv, capsys, stdin=""):
    code = cli.main(argv, stdin=io.StringIO(stdin))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_writes_the_extraction_record(tmp_path, capsys, gazetteer):
    out = tmp_path / "record.json"
    code, _, err = run(["extract", "--json", str(out), str(CORPUS / "12_de_crossing.txt")], capsys)
    assert code == 0, err
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["frontline"] == 1
    (article,) = record["articles"]
    assert article["published"] == {"value": "2017-11-20", "start": "2017-11-20", "end": "2017-11-20",
                                    "precision": "day", "source": "header"}  # fmt: skip
    text = (CORPUS / "12_de_crossing.txt").read_text(encoding="utf-8")
    for place in article["places"]:
        assert text[place["start"] : place["end"]] == place["text"]  # offsets point into the file
    assert {"text", "start", "end", "sentence", "name", "id", "lat", "lon", "kind", "country", "confidence",
            "role", "candidates"} <= set(article["places"][0])  # fmt: skip
    assert {"type", "place", "actors", "time", "t_start", "t_end", "precision", "certainty", "negated",
            "sentence", "quote"} <= set(article["events"][0])  # fmt: skip
    (advance,) = record["advances"]
    assert [w["name"] for w in advance["route"]] == ["Al Qā’im", "Ālbū Kamāl"]
    assert advance["evidence"][0]["quote"].startswith("Irakische Einheiten")


def test_extract_never_replaces_a_file_without_overwrite(tmp_path, capsys, gazetteer):
    out = tmp_path / "record.json"
    out.write_text("analyst's file", encoding="utf-8")
    code, _, err = run(["extract", "--json", str(out), str(CORPUS / "12_de_crossing.txt")], capsys)
    assert code == 2
    assert "--overwrite" in err
    assert out.read_text(encoding="utf-8") == "analyst's file"
    code, _, _ = run(
        ["extract", "--overwrite", "--json", str(out), str(CORPUS / "12_de_crossing.txt")], capsys
    )
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["frontline"] == 1


def test_extract_reports_bad_files_and_goes_on(tmp_path, capsys, gazetteer):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("date 2017-11-03\n\nDie Armee nahm Rawa ein.\n", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path)], capsys)
    assert code == 0
    assert "empty.txt" in err
    record = json.loads(out)
    assert [Path(a["path"]).name for a in record["articles"]] == ["good.txt"]
    assert record["problems"][0]["path"].endswith("empty.txt")


def test_a_bad_batch_date_is_refused(capsys):
    with pytest.raises(SystemExit):
        cli.main(["extract", "--date", "4.11.", "x.txt"])
    assert "not a date" in capsys.readouterr().err


def test_resolve_reads_json_lines_and_skips_bad_ones(capsys, gazetteer):
    text = "Heavy fighting was reported in Mosul and near Kirkuk."
    request = json.dumps({"text": text, "toponyms": [[31, 36], [46, 52]]})
    code, out, err = run(["resolve"], capsys, stdin=request + "\nnot json\n")
    assert code == 0
    (line,) = out.splitlines()
    resolved = json.loads(line)["resolved"]
    assert [r["id"] for r in resolved] == ["geonames:99072", "geonames:94787"]
    assert "line 2" in err


def test_an_unknown_spacy_model_is_a_clear_error(tmp_path, capsys, gazetteer):
    code, _, err = run(
        ["extract", "--spacy-model", "xx_no_such_model", str(CORPUS / "12_de_crossing.txt")], capsys
    )
    assert code == 2
    assert "python -m spacy download xx_no_such_model" in err

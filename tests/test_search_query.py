"""Query parsing, and hostile queries: every one returns results or a clear note, never an
exception (through the Python API and through `kmcore search`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clihelp import run_cli
from kmcore.kb import KnowledgeBase
from kmcore.search._text import light_stem, variants
from kmcore.search.query import MAX_QUERY_CHARS, MAX_TERMS, parse_query
from search_sample import sample_kb

HOSTILE = [
    '"', '""', '"unclosed phrase', 'falls"', "'", "*", "**", "fall**", "*falls", "-", "--",
    "NEAR", "NEAR(falls sepsis)", "falls NEAR sepsis", "NEAR/3", "(", ")", "((falls",
    "falls))", "falls AND", "OR falls", "falls OR", "NOT", "NOT falls", "-falls",
    "title:falls", "{title}: falls", "^falls", "falls:*", "'; DROP TABLE docs; --",
    "1=1 OR 'a'='a'", "SELECT * FROM fts", "fts MATCH 'x'", "\\", "\x00", "\x02\x03",
    "😀", "🏥 falls 🚑", "falls" * 2000, "a " * 5000, "x" * 10_000, "é" * 10_000,
    "\U0001d557\U0001d552\U0001d55d\U0001d55d\U0001d564",
    "\uff46\uff41\uff4c\uff4c\uff53", "falls\u200bprevention", "\u202eslaf", "%", "_", "falls%",
    "<script>alert(1)</script>", "&amp;", "null", "None", "0", "-1",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    with sample_kb(tmp_path_factory.mktemp("q") / "kb") as opened:
        yield opened


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:20]))
def test_hostile_queries_never_raise(kb: KnowledgeBase, query: str) -> None:
    results = kb.search(query)
    assert results.hits or results.notes or results.total == 0
    if not results.hits:
        # Nothing found is either explained or simply an honest "no match" for real words.
        assert results.notes or not results.query.empty


def test_hostile_queries_on_the_command_line(tmp_path: Path) -> None:
    with sample_kb(tmp_path / "kb"):
        pass
    for query in ['"unclosed', "NEAR(", "'; DROP TABLE docs; --", "😀", "x" * 10_000, "-"]:
        result = run_cli(["--kb", str(tmp_path / "kb"), "search", "--", query])
        assert result.code == 0, result.err
        assert "Traceback" not in result.err


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_to_a_valid_fts_expression(text: str) -> None:
    import sqlite3

    parsed = parse_query(text)
    if parsed.empty:
        assert not parsed.groups  # nothing to search for: no expression is made
        return
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='porter unicode61')")
    conn.execute("INSERT INTO t VALUES ('falls prevention')")
    # SQLite accepts both expressions (an invalid one raises sqlite3.OperationalError), and
    # matching every group is never wider than matching any of them.
    every = conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (parsed.fts(),)).fetchall()
    some = conn.execute("SELECT rowid FROM t WHERE t MATCH ?",
                        (parsed.fts(match_all=False),)).fetchall()
    assert set(every) <= set(some) <= {(1,)}


def test_query_language() -> None:
    parsed = parse_query('falls "bed sensors" hospitali* sepsis OR lactate -norovirus')
    assert parsed.text == 'falls "bed sensors" hospitali* sepsis OR lactate -norovirus'
    assert [[t.text for t in g] for g in parsed.groups] == [
        ["falls"], ['"bed sensors"'], ["hospitali*"], ["sepsis", "lactate"]]
    assert [t.text for t in parsed.excluded] == ["-norovirus"]
    assert not parsed.notes
    assert parse_query("NOT norovirus falls").excluded[0].words == ("norovirus",)


def test_notes_explain_what_was_changed() -> None:
    assert "not closed" in " ".join(parse_query('"bed sensors').notes)
    assert "Brackets" in " ".join(parse_query("(falls OR sepsis)").notes)
    assert "common words" in " ".join(parse_query("the falls").notes)
    assert "first" in " ".join(parse_query("x" * (MAX_QUERY_CHARS + 5)).notes)
    many = parse_query(" ".join(f"word{i}" for i in range(MAX_TERMS + 10)))
    assert len(many.groups) == MAX_TERMS and many.notes
    only_not = parse_query("-falls")
    assert only_not.empty and "at least one word" in only_not.notes[0]
    assert parse_query("😀 🚑").empty and parse_query("😀 🚑").notes
    # Only common words: searched after all, rather than nothing.
    assert not parse_query("what is it").empty


def test_words_inside_quotes_cannot_break_out() -> None:
    parsed = parse_query('"a" OR "b"" NEAR("c"')
    expression = parsed.fts()
    assert "NEAR(" not in expression and '""' not in expression.replace('" "', "")


@pytest.mark.parametrize(("british", "american"), [
    ("organisation", "organization"), ("colour", "color"), ("haemorrhage", "hemorrhage"),
    ("paediatric", "pediatric"), ("anaesthetic", "anesthetic"), ("oedema", "edema"),
    ("centre", "center"), ("analyse", "analyze"), ("behavioural", "behavioral"),
    ("programme", "program"), ("catalogue", "catalog"), ("modelling", "modeling"),
    ("diarrhoea", "diarrhea"), ("oesophagus", "esophagus"), ("anaemia", "anemia"),
    ("licence", "license"), ("prioritise", "prioritize"), ("tumour", "tumor"),
])
def test_spelling_variants_go_both_ways(british: str, american: str) -> None:
    assert american in variants(british)
    assert british in variants(american)


def test_variants_leave_short_and_excepted_words_alone() -> None:
    assert variants("hour") == ["hour"]
    assert variants("four") == ["four"]
    assert variants("them") == ["them"]


def test_light_stem_folds_forms_and_spellings() -> None:
    assert light_stem("organisations") == light_stem("organization") == light_stem("organised")
    assert light_stem("falls") == light_stem("fall")
    assert light_stem("colours") == light_stem("colors")

"""`kmcore search`, `index`, `experts` and `digest` on the command line, and the digests."""

from __future__ import annotations

import datetime as dt
import email
import json
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import attrs
import pytest

from clihelp import run_cli
from kmcore.errors import KmcoreError
from kmcore.search.digest import build_digests, parse_since
from kmcore.search.index import INDEX_FILE
from search_sample import sample_kb


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    with sample_kb(tmp_path / "kb"):
        pass
    return tmp_path / "kb"


def test_search_prints_ranked_hits_with_highlights(kbdir: Path) -> None:
    result = run_cli(["--kb", str(kbdir), "search", "sepsis", "trolley"])
    assert result.code == 0, result.err
    assert "Building the search index" in result.err  # the first search builds it
    again = run_cli(["--kb", str(kbdir), "search", "sepsis"])
    assert "Building" not in again.err
    assert result.out.startswith("1. ")
    assert "[Sepsis] [trolley]" in result.out or "[sepsis] [trolley]" in result.out.lower()
    assert "of " in result.out.splitlines()[-1]


def test_search_json_and_filters(kbdir: Path) -> None:
    result = run_cli(["--kb", str(kbdir), "search", "--json", "--type", "lesson",
                      "--from", "2023-01-01", "falls"])
    data = json.loads(result.out)
    assert data["hits"] and all(h["type"] == "lesson" for h in data["hits"])
    assert data["total"] == len(data["hits"])


def test_search_explains_bad_filters_and_empty_queries(kbdir: Path) -> None:
    bad = run_cli(["--kb", str(kbdir), "search", "--stage", "done", "falls"])
    assert bad.code == 1 and "stage filter 'done'" in bad.err and "Hint:" in bad.err
    emoji = run_cli(["--kb", str(kbdir), "search", "😀"])
    assert emoji.code == 0 and "no letters or digits" in emoji.err
    nothing = run_cli(["--kb", str(kbdir), "search", "zzzqqq"])
    assert nothing.code == 0 and "No records match zzzqqq" in nothing.out
    beyond = run_cli(["--kb", str(kbdir), "search", "--offset", "500", "sepsis"])
    assert beyond.code == 0 and "No more results" in beyond.out


def test_index_command(kbdir: Path) -> None:
    first = run_cli(["--kb", str(kbdir), "index"])
    assert first.code == 0 and "Rebuilt the search index" in first.out
    assert (kbdir / INDEX_FILE).exists()
    again = run_cli(["--kb", str(kbdir), "index"])
    assert "up to date" in again.out
    rebuilt = run_cli(["--kb", str(kbdir), "index", "--rebuild"])
    assert "Rebuilt the search index: 90 records" in rebuilt.out
    removed = run_cli(["--kb", str(kbdir), "index", "--remove", "inn-skin-bundle"])
    assert "Removed 1 record" in removed.out
    deleted = run_cli(["--kb", str(kbdir), "index", "--delete"])
    assert deleted.code == 0 and not (kbdir / INDEX_FILE).exists()


def test_experts_command(kbdir: Path) -> None:
    result = run_cli(["--kb", str(kbdir), "experts", "falls", "prevention"])
    assert result.code == 0, result.err
    assert result.out.startswith("1. Helen Marsh")
    assert "Declares expertise in Accidental Falls (expert)" in result.out
    assert "Olivia" not in result.out and "Grace" not in result.out
    assert "Happy to: peer assist, mentor" in result.out
    data = json.loads(run_cli(["--kb", str(kbdir), "experts", "--json", "sepsis"]).out)
    assert data[0]["name"] == "James Whitfield" and data[0]["evidence"]
    nobody = run_cli(["--kb", str(kbdir), "experts", "zzzqqq"])
    assert "Nobody in the directory matches" in nobody.out


def test_parse_since() -> None:
    now = dt.datetime(2025, 6, 10, 12, tzinfo=dt.UTC)
    assert parse_since("7d", now=now) == now - dt.timedelta(days=7)
    assert parse_since("2w", now=now) == now - dt.timedelta(days=14)
    assert parse_since("1m", now=now) == now - dt.timedelta(days=30)
    assert parse_since("2025-03-01").date() == dt.date(2025, 3, 1)
    with pytest.raises(KmcoreError, match="neither a period nor a date"):
        parse_since("last week")


def test_digests_cover_declared_areas_only(kbdir: Path) -> None:
    import kmcore

    with kmcore.open(kbdir) as kb:
        digests = build_digests(kb.search_index(), dt.datetime(2024, 6, 1, tzinfo=dt.UTC))
        by_person = {d.person_id: d for d in digests}
        # Hidden people (left, objected) and people without declared claims get none.
        assert "person-olivia-grant" not in by_person
        assert "person-grace-adeyemi" not in by_person
        assert "person-priya-raman" not in by_person  # her only claim is inferred
        sofia = by_person["person-sofia-costa"]
        assert [s.area for s in sofia.sections] == ["Accidental Falls"]
        since = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
        for digest in digests:
            for section in digest.sections:
                for hit in section.hits:
                    assert hit.updated >= since.isoformat() and hit.status == "published"
        # A person's own records are not news to them.
        helen_records = {"inn-cohort-bay-nursing", "cap-cop-falls-march-2025"}
        helen = by_person.get("person-helen-marsh")
        if helen:
            assert not helen_records & {h.id for s in helen.sections for h in s.hits}
        # Nothing new since the far future.
        assert build_digests(kb.search_index(), dt.datetime(2100, 1, 1, tzinfo=dt.UTC)) == []


def test_digest_html_is_escaped(kbdir: Path) -> None:
    import kmcore

    with kmcore.open(kbdir) as kb:
        story = kb.get("story-falls-evidence-review")
        kb.update(attrs.evolve(story, title="<img src=x onerror=alert(1)> falls review"))
        digest = next(d for d in build_digests(kb.search_index(), parse_since("1d"))
                      if d.person_id == "person-sofia-costa")
        html = digest.html()
        assert "<img" not in html and "&lt;img" in html


def test_digest_command_writes_eml_files(kbdir: Path, tmp_path: Path) -> None:
    out = tmp_path / "mail"
    result = run_cli(["--kb", str(kbdir), "digest", "--since", "2024-06-01", "--out", str(out),
                      "--sender", "lks@nhs.example"])
    assert result.code == 0, result.err
    files = sorted(out.glob("*.eml"))
    assert files and "Wrote" in result.out
    message = email.message_from_bytes((out / "person-sofia-costa.eml").read_bytes(),
                                       policy=default_policy)
    assert isinstance(message, EmailMessage)
    assert message["To"] == "Sofia Costa <sofia.costa@nhs.example>"
    assert message["From"] == "lks@nhs.example"
    kinds = [part.get_content_type() for part in message.iter_parts()]
    assert kinds == ["text/plain", "text/html"]
    text = run_cli(["--kb", str(kbdir), "digest", "--since", "2024-06-01",
                    "--person", "person-sofia-costa"])
    assert "Dear Sofia Costa" in text.out and "Accidental Falls" in text.out
    none = run_cli(["--kb", str(kbdir), "digest", "--since", "1d"])
    assert "Nothing new" in none.out

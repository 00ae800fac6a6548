"""Every request kmcore sends, checked against Atlassian's published OpenAPI documents:
Cloud against the v2 and v1 documents, Data Center against v1 (without its context path)."""

from __future__ import annotations

import os
from pathlib import Path

import attrs
from confluence_helpers import TOKEN_ENV, add_target, open_kb
from kmcore_confluence.testing import FakeConfluence, Recorded
from openapi_check import problems

from kmcore.records.lesson import Lesson
from kmcore.sync.config import build_target, load_target_configs
from kmcore.sync.engine import sync


def _exercise(root: Path, fake: FakeConfluence) -> None:
    """Publish the sample, then change, relabel, withdraw, re-check and diagnose."""
    with open_kb(root) as kb:
        [report] = sync(kb, ["wiki"])
        assert report.ok, report.render_text()
        lessons = sorted(r.id for r in kb.records("lesson") if r.status.value == "published")
        changed = kb.get(lessons[0])
        assert isinstance(changed, Lesson)
        kb.update(attrs.evolve(changed, keywords=("handover",), title=changed.title + " v2"))
        kb.delete(lessons[1])
        [again] = sync(kb, ["wiki"])
        assert again.ok, again.render_text()
        target = build_target(load_target_configs(kb)["wiki"], kb)
        try:
            assert all(c.status != "fail" for c in target.diagnose())  # type: ignore[attr-defined]
        finally:
            target.close()


def test_every_request_matches_the_published_specs(sample_root: Path, edition: str) -> None:
    with FakeConfluence(edition, retry_after="0.01") as fake:  # type: ignore[arg-type]
        os.environ[TOKEN_ENV] = fake.token
        add_target(sample_root, fake.target_settings(TOKEN_ENV))
        _exercise(sample_root, fake)
        sent = fake.recorded
    assert len(sent) > 100
    kinds = {(r.method, r.path.split("/")[-1].isdigit()) for r in sent}
    assert ("DELETE", True) in kinds and ("PUT", True) in kinds  # updates and withdrawals ran
    found = [p for r in sent for p in problems(r, edition=edition, context=fake.context_path)]
    assert found == []


def test_the_check_catches_undocumented_requests() -> None:
    bad = [
        Recorded("GET", "/wiki/api/v2/pages", {"spaceKey": ["KM"]}, None, 200),
        Recorded("POST", "/wiki/api/v2/pages/1/labels", {}, [{"name": "x"}], 200),
        Recorded("PUT", "/wiki/api/v2/pages/1", {}, {"id": "1", "status": "current"}, 200),
        Recorded("POST", "/wiki/rest/api/content/1/label", {}, [{"name": "x"}], 200),
    ]
    reported = [problems(r, edition="cloud") for r in bad]
    assert all(reported), reported
    assert "spaceKey" in reported[0][0]
    assert "has no POST" in reported[1][0] or "no path" in reported[1][0]
    assert any("'version' is missing" in p for p in reported[2])
    assert any("prefix" in p or "alternatives" in p for p in reported[3])
    dc = Recorded("GET", "/confluence/rest/api/content/search", {"cql": ["x"], "start": ["0"]},
                  None, 200)
    assert problems(dc, edition="datacenter", context="/confluence") == []

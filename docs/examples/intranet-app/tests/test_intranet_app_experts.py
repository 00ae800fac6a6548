"""The expertise finder page: people, and the evidence for each."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

import kmcore


def test_intranet_app_experts_without_a_topic_shows_the_form(client: FlaskClient) -> None:
    html = client.get("/experts").get_data(as_text=True)
    assert '<input type="search" name="q" value="">' in html
    assert 'class="experts"' not in html


def test_intranet_app_experts_lists_people_with_evidence(client: FlaskClient,
                                                        kb_path: Path) -> None:
    html = client.get("/experts?q=falls+prevention").get_data(as_text=True)
    with kmcore.open(kb_path) as kb:
        expected = kb.experts("falls prevention")
    assert expected, "the sample has people who know about falls"
    first = expected[0]
    assert f"<strong>{first.name}</strong>" in html
    # The evidence: their claims, and the records they are on, linked when innovations.
    for claim in first.claims:
        assert claim.describe() in html
    assert 'href="/innovations/inn-cohort-bay-nursing"' in html
    # Ranked as kmcore ranks them.
    positions = [html.index(f"<strong>{e.name}</strong>") for e in expected]
    assert positions == sorted(positions)


def test_intranet_app_experts_evidence_leaves_out_unshown_records(client: FlaskClient,
                                                                 kb_path: Path) -> None:
    """kmcore's finder cites every record a person is on, drafts included (the librarian's
    view); the intranet page leaves out the ones it does not show rather than leak them."""
    draft = "inn-frailty-virtual-ward"  # a draft in the sample
    with kmcore.open(kb_path) as kb:
        title = kb.get(draft).title
        people = kb.experts("frailty virtual ward")
    cited = [e for e in people if any(r.id == draft for r in e.records)]
    assert cited, "the finder cites the draft: the case this page must handle"
    html = client.get("/experts?q=frailty+virtual+ward").get_data(as_text=True)
    assert f"<strong>{cited[0].name}</strong>" in html
    assert title not in html and draft not in html


def test_intranet_app_experts_never_shows_people_without_a_profile(
    client: FlaskClient, kb_path: Path
) -> None:
    with kmcore.open(kb_path) as kb:
        hidden = [p for p in kb.records("person") if p.profile is None]  # type: ignore[attr-defined]
    assert hidden
    html = client.get("/experts?q=sepsis").get_data(as_text=True)
    assert 'class="experts"' in html
    for person in hidden:
        assert f"<strong>{person.label}</strong>" not in html


def test_intranet_app_experts_nobody_found(client: FlaskClient) -> None:
    html = client.get("/experts?q=xylophones").get_data(as_text=True)
    assert "Nobody yet for “xylophones”" in html


def test_intranet_app_overlong_query_is_refused(client: FlaskClient) -> None:
    page = client.get("/experts?q=" + "a" * 300)
    assert page.status_code == 400 and "too long" in page.get_data(as_text=True)


def test_intranet_app_needs_a_knowledge_base(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from lks_intranet import create_app

    monkeypatch.delenv("KMCORE_KB", raising=False)
    with pytest.raises(kmcore.ConfigError, match="needs a knowledge base"):
        create_app()
    with pytest.raises(kmcore.KmcoreError, match="does not exist"):
        create_app(tmp_path / "nowhere")

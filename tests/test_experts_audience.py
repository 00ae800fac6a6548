"""The expertise finder for an audience: nothing the gates would not publish to it.

``kb.experts(query)`` is the librarian's view and cites drafts and private records;
``kb.experts(query, audience=target)`` (and ``Expert.for_audience``) is what intranet code must
show: the people, records, inferred claims and endorsers that target may see, with titles from
the copies the gates would publish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from kmcore.kb import KnowledgeBase
from kmcore.records.person import Objection
from kmcore.records.vocab import Status, Visibility
from kmcore.sync.model import TargetConfig
from search_sample import sample_kb

STAFF = TargetConfig(name="intranet-app", backend="flask", audience=Visibility.ORGANISATION)


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    with sample_kb(tmp_path / "kb") as opened:
        yield opened


def everything_shown(expert: object) -> str:
    return repr(expert) + " ".join(expert.evidence_lines(limit=100)) + repr(  # type: ignore[attr-defined]
        expert.as_dict())  # type: ignore[attr-defined]


def test_a_draft_cited_by_the_librarians_view_is_not_shown_to_staff(kb: KnowledgeBase) -> None:
    helen = kb.experts("falls")[0]
    led = next(r for r in helen.records if r.role == "lead")
    kb.update(attrs.evolve(kb.get(led.id), status=Status.DRAFT))
    helen = kb.experts("falls")[0]
    assert any(r.id == led.id for r in helen.records), "the librarian still sees it"
    (shown,) = [e for e in kb.experts("falls", audience=STAFF) if e.person_id == helen.person_id]
    assert led.id not in everything_shown(shown) and led.title not in everything_shown(shown)
    assert shown.records and all(r.id != led.id for r in shown.records)


def test_an_inferred_claim_keeps_only_records_the_audience_sees(kb: KnowledgeBase) -> None:
    amara = next(e for e in kb.experts("falls") if e.person_id == "person-amara-okafor")
    (inferred,) = [c for c in amara.claims if c.basis == "inferred"]
    hidden_id = inferred.inferred_from_ids[0]
    hidden_title = kb.get(hidden_id).label
    kb.update(attrs.evolve(kb.get(hidden_id), visibility=Visibility.PRIVATE))
    amara = next(e for e in kb.experts("falls") if e.person_id == "person-amara-okafor")
    assert hidden_title in everything_shown(amara)  # the librarian's view
    shown = amara.for_audience(kb, STAFF)
    assert shown is not None
    assert hidden_title not in everything_shown(shown)
    (still,) = [c for c in shown.claims if c.basis == "inferred"]
    assert hidden_id not in still.inferred_from_ids and still.inferred_from
    # Inferred from nothing the audience may see: the claim goes.
    for record_id in still.inferred_from_ids:
        kb.update(attrs.evolve(kb.get(record_id), visibility=Visibility.PRIVATE))
    amara = next(e for e in kb.experts("falls") if e.person_id == "person-amara-okafor")
    shown = amara.for_audience(kb, STAFF)
    assert shown is None or not [c for c in shown.claims if c.basis == "inferred"]


def test_an_endorser_the_audience_may_not_see_is_not_named(kb: KnowledgeBase) -> None:
    li = next(e for e in kb.experts("discharge medicines") if e.person_id == "person-li-wei")
    (endorsed,) = [c for c in li.claims if c.basis == "endorsed"]
    assert endorsed.endorsed_by == ("Rachel Burns",)
    rachel = kb.get(endorsed.endorsed_by_ids[0])
    objection = Objection(raised_on=dt.date(2025, 1, 6), scope="whole profile")
    # She objects (UK GDPR Article 21): her profile, and her name as an endorser, go.
    profile = kb.get("person-li-wei").profile  # type: ignore[attr-defined]
    profile = attrs.evolve(profile, objection=objection, expertise=())
    kb.update(attrs.evolve(rachel, profile=profile))
    li = next(e for e in kb.experts("discharge medicines") if e.person_id == "person-li-wei")
    shown = li.for_audience(kb, STAFF)
    assert shown is not None
    assert "Rachel Burns" not in everything_shown(shown)
    (endorsed,) = [c for c in shown.claims if c.basis == "endorsed"]
    assert "endorsed by a colleague" in endorsed.describe()


def test_a_title_with_an_identifier_is_never_evidence(kb: KnowledgeBase) -> None:
    helen = kb.experts("falls")[0]
    record = kb.get(helen.records[0].id)
    kb.update(attrs.evolve(record, title=record.label + " (NHS no 943 476 5919)"))
    helen = kb.experts("falls")[0]
    shown = helen.for_audience(kb, STAFF)
    assert shown is not None  # the PII guard holds the record back: it is not cited
    assert "5919" not in everything_shown(shown)
    assert all(r.id != record.id for r in shown.records)

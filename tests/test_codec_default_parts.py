"""A record's plain form leaves out a part at its default as cattrs' own check does (D705)."""

from __future__ import annotations

from typing import Any

import attrs
from cattrs.gen import make_dict_unstructure_fn, override
from hypothesis import given, settings
from hypothesis import strategies as st

from kmcore import codec
from kmcore.records.base import Provenance, Record
from records_strategies import captures, innovations, people, stories

_PROVENANCES = st.sampled_from([
    Provenance(), Provenance(source_ref="log.csv row 2", method="kmcore import"),
    Provenance(source="import"), Provenance(method="")])


def _as_cattrs_writes_it(record: Record) -> dict[str, Any]:
    plain = make_dict_unstructure_fn(type(record), codec._fast(), _cattrs_omit_if_default=True,
                                     id=override(omit_if_default=False))
    out: dict[str, Any] = plain(record)
    return out


@settings(max_examples=60)
@given(record=st.one_of(innovations(), people(), stories(), captures()),
       provenance=_PROVENANCES)
def test_a_record_is_written_as_cattrs_writes_it(record: Record, provenance: Provenance) -> None:
    record = attrs.evolve(record, provenance=provenance)
    mine = codec.unstructure(record)
    theirs = _as_cattrs_writes_it(record)
    assert list(mine.items()) == list(theirs.items())  # the same keys, in the same order
    assert ("provenance" in mine) == (provenance != Provenance())

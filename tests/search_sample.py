"""A knowledge base holding the sample trust's 90 records, for the search tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import kmcore
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
from kmcore.kb import KnowledgeBase

_BUILT: dict[str, Path] = {}


def sample_kb(folder: Path) -> KnowledgeBase:
    """A fresh copy of the sample knowledge base in *folder* (built once, then copied)."""
    master = _BUILT.get("master")
    if master is None or not master.exists():
        master = folder.parent / "search-sample-master"
        if master.exists():
            shutil.rmtree(master)
        with kmcore.init(master, name="Sample", organisation=ORGANISATION,
                         ods_code=ODS_CODE) as kb:
            for record in sample_records():
                kb.store.put(record)
        _BUILT["master"] = master
    shutil.copytree(master, folder)
    return kmcore.open(folder)

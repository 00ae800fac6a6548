"""kmcore: knowledge management for NHS library and knowledge services.

The public API. Names are loaded on first use, so ``import kmcore`` stays cheap for intranet
code and for the CLI's ``--version``; plugins are not loaded until a knowledge base is opened.

>>> import kmcore
>>> kb = kmcore.init("my-kb", name="LKS knowledge base", organisation="My Trust")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it; resolved lazily by __getattr__ below.
_EXPORTS: dict[str, str] = {
    # knowledge bases
    "open": "kmcore.kb",
    "init": "kmcore.kb",
    "KnowledgeBase": "kmcore.kb",
    # records
    "Record": "kmcore.records.base",
    "KnowledgeRecord": "kmcore.records.base",
    "OrgRef": "kmcore.records.base",
    "ConceptRef": "kmcore.records.base",
    "Link": "kmcore.records.base",
    "Attachment": "kmcore.records.base",
    "Consent": "kmcore.records.base",
    "Provenance": "kmcore.records.base",
    "Innovation": "kmcore.records.innovation",
    "Person": "kmcore.records.person",
    "ExpertiseProfile": "kmcore.records.person",
    "ExpertiseClaim": "kmcore.records.person",
    "Story": "kmcore.records.story",
    "CaptureRecord": "kmcore.records.capture",
    "Lesson": "kmcore.records.lesson",
    # vocabularies
    "Stage": "kmcore.records.vocab",
    "Status": "kmcore.records.vocab",
    "Visibility": "kmcore.records.vocab",
    "Technique": "kmcore.records.vocab",
    "Phase": "kmcore.records.vocab",
    "StaffGroup": "kmcore.records.vocab",
    "StoryKind": "kmcore.records.vocab",
    "ImpactCategory": "kmcore.records.vocab",
    # errors
    "KmcoreError": "kmcore.errors",
    "ValidationError": "kmcore.errors",
    "NotFound": "kmcore.errors",
    "Conflict": "kmcore.errors",
    "ConfigError": "kmcore.errors",
    "InvalidId": "kmcore.errors",
    "PluginError": "kmcore.errors",
    "BackendNotInstalled": "kmcore.errors",
    "Problem": "kmcore.errors",
    # search
    "SearchIndex": "kmcore.search.index",
    "SearchResults": "kmcore.search.index",
    "SearchFilters": "kmcore.search.index",
    "Expert": "kmcore.search.experts",
    # plugins and helpers
    "hookimpl": "kmcore.hookspecs",
    "RecordTypeSpec": "kmcore.specs",
    "BackendSpec": "kmcore.specs",
    "new_id": "kmcore.ids",
}

# A literal list, so type checkers and linters can read it; a test keeps it equal to _EXPORTS.
__all__ = [
    "Attachment",
    "BackendNotInstalled",
    "BackendSpec",
    "CaptureRecord",
    "ConceptRef",
    "ConfigError",
    "Conflict",
    "Consent",
    "Expert",
    "ExpertiseClaim",
    "ExpertiseProfile",
    "ImpactCategory",
    "Innovation",
    "InvalidId",
    "KmcoreError",
    "KnowledgeBase",
    "KnowledgeRecord",
    "Lesson",
    "Link",
    "NotFound",
    "OrgRef",
    "Person",
    "Phase",
    "PluginError",
    "Problem",
    "Provenance",
    "Record",
    "RecordTypeSpec",
    "SearchFilters",
    "SearchIndex",
    "SearchResults",
    "StaffGroup",
    "Stage",
    "Status",
    "Story",
    "StoryKind",
    "Technique",
    "ValidationError",
    "Visibility",
    "__version__",
    "hookimpl",
    "init",
    "new_id",
    "open",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kmcore' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from kmcore.errors import (
        BackendNotInstalled,
        ConfigError,
        Conflict,
        InvalidId,
        KmcoreError,
        NotFound,
        PluginError,
        Problem,
        ValidationError,
    )
    from kmcore.hookspecs import hookimpl
    from kmcore.ids import new_id
    from kmcore.kb import KnowledgeBase, init, open
    from kmcore.records.base import (
        Attachment,
        ConceptRef,
        Consent,
        KnowledgeRecord,
        Link,
        OrgRef,
        Provenance,
        Record,
    )
    from kmcore.records.capture import CaptureRecord
    from kmcore.records.innovation import Innovation
    from kmcore.records.lesson import Lesson
    from kmcore.records.person import ExpertiseClaim, ExpertiseProfile, Person
    from kmcore.records.story import Story
    from kmcore.records.vocab import (
        ImpactCategory,
        Phase,
        StaffGroup,
        Stage,
        Status,
        StoryKind,
        Technique,
        Visibility,
    )
    from kmcore.search.experts import Expert
    from kmcore.search.index import SearchFilters, SearchIndex, SearchResults
    from kmcore.specs import BackendSpec, RecordTypeSpec

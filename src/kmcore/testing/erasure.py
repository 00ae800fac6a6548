"""Helpers for testing that an erasure (``kmcore person forget``) left no trace.

A backend's own test publishes the sample knowledge base, forgets a person, syncs again and
then looks through everything the target still shows; these say whom to forget and what
counts as their name::

    from kmcore.testing.erasure import SAMPLE_PEOPLE, names_person

    for person_id, display_name in SAMPLE_PEOPLE:
        named = names_person(display_name)
        assert not any(named(text) for text in everything_the_target_shows())
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

__all__ = ["SAMPLE_PEOPLE", "files_naming", "names_person"]

#: (id, display name) of people in :func:`kmcore.demo.sample.sample_records` worth forgetting:
#: Amara Okafor is named in 15 records by reference (lead, team, created by...), Ben Carter
#: also in the text of two, Priya Raman in 41.
SAMPLE_PEOPLE = [("person-amara-okafor", "Amara Okafor"), ("person-ben-carter", "Ben Carter"),
                 ("person-priya-raman", "Priya Raman")]


def names_person(display_name: str) -> Callable[[str], bool]:
    """A test of whether a text names the person: their given or family name as a
    capitalised whole word (as ``forget`` matches them), or their id's slug or e-mail name
    (``amara-okafor``, ``amara.okafor``) in any case. *display_name* is "Given Family"."""
    given, family = display_name.split()
    names = re.compile(rf"(?<!\w)({re.escape(given)}|{re.escape(family)})(?!\w)")
    slugs = [f"{given}-{family}".lower(), f"{given}.{family}".lower()]
    return lambda text: bool(names.search(text)) or any(s in text.lower() for s in slugs)


def files_naming(root: Path, names: Callable[[str], bool]) -> list[str]:
    """Every file under *root* (relative paths) whose text *names* the person."""
    return [str(path.relative_to(root)) for path in sorted(root.rglob("*"))
            if path.is_file() and names(path.read_bytes().decode("utf-8", errors="replace"))]

"""``MarkdownFolderTarget``: one Markdown file per published record, in a folder.

Written only against :mod:`kmcore.backend`, kmcore's toolkit for backends. How it meets the
engine's contract (:class:`kmcore.backend.Target`):

* **Identity.** A record's file is ``<folder>/<type folder>/<record id>.md``, worked out from
  the record id alone, so a ``create`` sent again after a crash rewrites the same file:
  idempotent by record id, with nothing to look up. The remote reference is that relative path.
* **Versions and edits.** An item's version is a hash of its file's bytes. Somebody who edits a
  page in the wiki (or in git) changes the hash, ``remote_versions`` says so, and the engine
  reports the edit as a conflict instead of overwriting it (``conflict_policy = "skip"``).
* **Atomic writes.** Each file goes through :func:`kmcore.backend.atomic_write` (a temporary
  file beside it, renamed over it), so a reader (or ``git add``) never sees half a page.
* **No feed.** Pages are not forms: ``pull`` keeps :class:`~kmcore.backend.BaseTarget`'s
  default, None.

Nothing touches the disk when the target is built (``kmcore doctor`` and dry runs build
targets just to ask them questions); the folder is created on the first write.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kmcore import gates
from kmcore.backend import (
    BaseTarget,
    Item,
    ItemResult,
    SyncContext,
    TargetCheck,
    TargetConfig,
    atomic_write,
)
from kmcore.errors import KmcoreError
from kmcore_markdown_folder.markdown import index_page, record_page
from kmcore_markdown_folder.settings import MarkdownFolderSettings

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

__all__ = ["MarkdownFolderTarget"]

INDEX = "README.md"
# kmcore checks record ids too, but a target that turns ids into paths checks them itself:
# a path must never escape its folder, whoever calls apply().
_SAFE = re.compile(r"[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\Z")


def _version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, data)


class MarkdownFolderTarget(BaseTarget):
    """A ``markdown-folder`` target; built by kmcore as ``MarkdownFolderTarget(config, kb)``.

    :param config: the ``[targets.NAME]`` table (see :class:`MarkdownFolderSettings`).
    :param kb: the knowledge base, for its name and its record types' folders and labels.
    :raises kmcore.errors.ConfigError: a setting is missing or wrong (before anything is
        written).
    """

    #: Files are local: a batch is only how often the engine records progress in its ledger.
    batch_size = 50
    settings_class = MarkdownFolderSettings
    settings: MarkdownFolderSettings

    def __init__(self, config: TargetConfig, kb: KnowledgeBase) -> None:
        super().__init__(config, kb)  # checks the settings into self.settings
        self.folder = self.settings.path.resolve()
        self.title = kb.settings.name
        self._types = {name: (spec.folder, spec.label) for name, spec in kb.types.items()}
        self.kb = kb
        self._shown: dict[str, bool] = {}

    def __repr__(self) -> str:
        return f"<MarkdownFolderTarget {self.config.name!r} at {self.folder}>"

    # --- the Target protocol ---------------------------------------------------------------

    def apply(self, items: Sequence[Item]) -> list[ItemResult]:
        """Write or remove each item's page; one result per item, in order, never raising."""
        results = []
        for item in items:
            try:
                results.append(self._apply_one(item))
            except Exception as exc:  # one bad item never fails its batch
                results.append(ItemResult(record_id=item.record_id, ok=False,
                                          error=f"could not write the page: "
                                          f"{type(exc).__name__}: {exc}",
                                          retryable=isinstance(exc, OSError)))
        return results

    def remote_versions(self, refs: Sequence[str]) -> Mapping[str, str] | None:
        """The hash of each page's file as it is now; pages that are gone are left out."""
        found = {}
        for ref in refs:
            path = self._path_of_ref(ref)
            if path is None:
                continue
            try:
                found[ref] = _version(path.read_bytes())
            except FileNotFoundError:
                continue
        return found

    def finish(self, context: SyncContext) -> None:
        """Rewrite ``README.md`` (only if its content changed: a quiet git history)."""
        if not self.settings.index or context.dry_run:
            return
        pages = []
        for record_id in context.published:
            try:
                record = context.published[record_id]
            except KmcoreError:
                # Its file cannot be read now (the run reports it as unreadable): its page
                # is left as it is, and so is its line here, titled as the page is.
                found = self._page_title(record_id)
                if found is not None:
                    pages.append(found)
                continue
            folder, label = self._types.get(record.record_type, (record.record_type, "Other"))
            pages.append((label, record.label, f"{folder}/{record_id}.md"))
        text = index_page(self.title, pages).encode("utf-8")
        path = self.folder / INDEX
        with contextlib.suppress(FileNotFoundError):
            if path.read_bytes() == text:
                return
        _write(path, text)

    def _page_title(self, record_id: str) -> tuple[str, str, str] | None:
        """(type label, title, path) of a page already written, from its front matter."""
        for folder, label in self._types.values():
            path = self.folder / folder / f"{record_id}.md"
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except OSError:
                continue
            title = next((json.loads(line[7:]) for line in lines[:5]
                          if line.startswith("title: ")), record_id)
            return label, str(title), f"{folder}/{record_id}.md"
        return None


    # --- optional: what kmcore doctor and the dry run ask ----------------------------------

    def checks(self) -> Iterable[TargetCheck]:
        """Can the folder be written? (``kmcore doctor`` shows it, named after the target.)"""
        name, folder = "folder", self.folder
        if folder.exists() and not folder.is_dir():
            yield TargetCheck(name=name, status="fail", message=f"{folder} is a file",
                              hint="Point path at a folder.")
            return
        existing = folder if folder.exists() else next(
            (p for p in folder.parents if p.exists()), None)
        if existing is None or not os.access(existing, os.W_OK):
            yield TargetCheck(name=name, status="fail",
                              message=f"{existing or folder} cannot be written by "
                              "this account",
                              hint="Run the sync as an account that can write there.")
            return
        if existing != folder:
            yield TargetCheck(name=name, status="warn",
                              message=f"{folder} does not exist yet",
                              hint="It is created by the first sync; check the path is right.")
            return
        pages = sum(1 for _ in folder.glob("*/*.md"))
        git = any((p / ".git").exists() for p in (folder, *folder.parents))
        where = "in a git working copy" if git else "not in a git working copy"
        yield TargetCheck(name=name, status="ok",
                          message=f"{folder} holds {pages} page(s), {where}")

    def estimate(self, items: Sequence[Item]) -> str | None:
        """One sentence for ``kmcore sync --dry-run``."""
        writes = sum(1 for i in items if i.op != "delete")
        deletes = len(items) - writes
        return (f"{writes} Markdown file(s) to write and {deletes} to remove in {self.folder}"
                + (f", then {INDEX}" if self.settings.index else ""))

    # --- internals -------------------------------------------------------------------------

    def _ref(self, record_type: str, record_id: str) -> str:
        folder = self._types.get(record_type, (record_type, ""))[0]
        return f"{folder}/{record_id}.md"

    def _path_of_ref(self, ref: str) -> Path | None:
        """The file a remote reference names, or None if it is not one of ours."""
        parts = ref.split("/")
        if len(parts) != 2 or not parts[1].endswith(".md"):
            return None
        folder, stem = parts[0], parts[1][:-3]
        if not (_SAFE.match(folder) and _SAFE.match(stem)):
            return None
        return self.folder / folder / f"{stem}.md"

    def _published_here(self, record_id: str) -> bool:
        """Whether a record is published on this target now: readable, of a type and status
        the target takes, and let through by the publication gates."""
        if record_id not in self._shown:
            try:
                record = self.kb.get(record_id)
            except KmcoreError:
                self._shown[record_id] = False
            else:
                self._shown[record_id] = gates.eligibility(record, self.config) is None and \
                    not gates.evaluate(record, self.config, self.kb.plugins).blocked
        return self._shown[record_id]

    def _apply_one(self, item: Item) -> ItemResult:
        if not _SAFE.match(item.record_id) or item.record_type not in self._types:
            return ItemResult(record_id=item.record_id, ok=False,
                              error=f"{item.record_type} {item.record_id!r} cannot be a file "
                              "name here (unknown type or unsafe id)")
        ref = self._ref(item.record_type, item.record_id)
        path = self.folder / ref
        try:
            current: str | None = _version(path.read_bytes())
        except FileNotFoundError:
            current = None
        # Edited in the wiki since kmcore last wrote it: leave it, say so (the engine asked
        # remote_versions first, but the file may have changed in between).
        if (item.op != "create" and current is not None and item.remote_version is not None
                and current != item.remote_version):
            return ItemResult(record_id=item.record_id, ok=False, conflict=True,
                              error=f"{ref} was edited since kmcore last wrote it")
        if item.op == "delete":
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # already gone is fine: the delete is repeated after a lost answer
            return ItemResult(record_id=item.record_id, ok=True, remote_ref=ref)
        if item.op == "update" and current is None:
            return ItemResult(record_id=item.record_id, ok=False,
                              error=f"{ref} is not there to update (removed by hand?)")
        if item.record is None:
            return ItemResult(record_id=item.record_id, ok=False, error="no record to publish")
        # A page names only records published here: a reference to one withdrawn (deleted,
        # private, a person who objected) shows as "(not published here)". kmcore's sync
        # sends the pages naming a withdrawn record again in the same run.
        hidden = {ref.target for ref in item.record.references()
                  if ref.target != item.record_id and not self._published_here(ref.target)}
        data = record_page(item.record, self._types[item.record_type][1],
                           hidden).encode("utf-8")
        if data != (path.read_bytes() if current is not None else None):
            _write(path, data)
        return ItemResult(record_id=item.record_id, ok=True, remote_ref=ref,
                          remote_version=_version(data))

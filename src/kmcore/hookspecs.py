"""The plugin contract: every hook kmcore calls, and nothing else.

The reference page ``docs/hooks.md`` is generated from this module's docstrings (``python
tools/gen_hooks_doc.py``): edit them here, then regenerate it.

Every hook kmcore calls is here, with its arguments, when it is called, what it may return,
and an example. A test (``tests/test_hooks_documented.py``) fails if a hook has no test. How
to package and install a plugin is in [plugins.md](plugins.md).

A plugin is a module (or any object) with functions marked ``@kmcore.hookimpl`` whose names
are the hook names below. It is found through an entry point in the ``kmcore`` group::

    # the plugin's pyproject.toml
    [project.entry-points.kmcore]
    mytrust = "kmcore_mytrust.plugin"

General rules:

* Mark every implementation with ``@kmcore.hookimpl``. Functions without the marker are
  ignored, even if their name matches.
* Hooks are called with keyword arguments. Your implementation may take any **subset** of
  the arguments, by name: ``def kmcore_record_changed(change):`` is fine.
* A misspelled hook name is caught when the plugin loads: the plugin is set aside and
  ``kmcore plugins`` says ``implements hooks kmcore 0.1.0 does not have:
  kmcore_register_backend (did you mean kmcore_register_backends?)``. A hook from a newer
  kmcore that you want to implement without failing on older ones can be marked
  ``@kmcore.hookimpl(optionalhook=True)``.
* kmcore calls each plugin's implementation **separately**, so that what it registers is
  recorded against it, and a plugin that raises is set aside without stopping the others.
  One consequence: a hook wrapper (``wrapper=True``) only wraps its own plugin's
  implementation.
* Hooks are public API. Arguments are only ever added, never renamed or removed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from kmcore.events import RecordChange
    from kmcore.gates import PublishDecision
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import BackendSpec, RecordTypeSpec
    from kmcore.sync.model import TargetConfig
    from kmcore.sync.report import RunReport

__all__ = [
    "hookimpl",
    "hookspec",
    "kmcore_after_sync",
    "kmcore_before_publish",
    "kmcore_record_changed",
    "kmcore_register_backends",
    "kmcore_register_commands",
    "kmcore_register_record_types",
]

#: Marks a hook specification; used only in this module.
hookspec = pluggy.HookspecMarker("kmcore")
#: Marks a plugin's hook implementation; re-exported as ``kmcore.hookimpl``.
hookimpl = pluggy.HookimplMarker("kmcore")


# --- registration hooks: run once, when plugins are loaded -------------------------------------


@hookspec
def kmcore_register_record_types(register: Callable[[RecordTypeSpec], None]) -> None:
    """Add record types the knowledge base can hold.

    :param register: call it once per record type with a :class:`kmcore.RecordTypeSpec`.
    :return: nothing; return values are ignored.

    Called once per process, when plugins are first loaded (opening a knowledge base, or any
    ``kmcore`` command that needs record types). The built-in types (innovation, person,
    story, capture_record, lesson) are registered through this same hook by
    ``kmcore.builtin.records``.

    ``register`` checks the spec at once and raises :class:`kmcore.PluginError`, naming your
    plugin, when:

    * it is not a ``RecordTypeSpec``;
    * ``name`` is not 1-40 lower-case letters, digits or ``_``, starting with a letter;
    * ``cls`` is not a subclass of ``kmcore.Record``, or ``cls.record_type != name``
      (``cls`` may also be an import path, ``"package.module:Class"``: the class is
      then imported and checked when a record of the type is first read or written);
    * ``folder`` is not a safe folder name (lower case, no ``/``, ``\\`` or ``..``);
    * ``label`` or ``plural`` is empty;
    * the name or the folder is already taken (by a built-in or another plugin). Built-ins
      are registered first, so the plugin that comes second is the one that fails, and the
      error names both.

    Let the error propagate. Registration is all-or-nothing per plugin: if anything your
    plugin registers is refused, nothing it registered is kept, and it is listed as
    ``failed``.

    Example::

        import attrs
        import kmcore
        from kmcore import fields as f
        from kmcore.records.base import KnowledgeRecord


        @attrs.frozen(kw_only=True)
        class JournalClub(KnowledgeRecord):
            # A journal club meeting and the paper discussed.
            record_type = "journal_club"
            id_prefix = "jc"
            paper: str = f.text(required=True, limit=500, help="The paper discussed")


        @kmcore.hookimpl
        def kmcore_register_record_types(register):
            register(kmcore.RecordTypeSpec(
                name="journal_club",
                cls=JournalClub,
                folder="journal-clubs",
                label="Journal club",
                plural="Journal clubs",
                description="A journal club meeting and the paper discussed.",
            ))

    After this, ``kb.add(JournalClub(title=..., paper=...))`` works and the record is saved
    as ``journal-clubs/<id>.json``.
    """


@hookspec
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    """Add store or target backends.

    :param register: call it once per backend with a :class:`kmcore.BackendSpec`.
    :return: nothing; return values are ignored.

    Called once per process, when plugins are first loaded. The built-in ``local`` store is
    registered through this same hook by ``kmcore.builtin.stores``.

    Give ``factory`` as an import path, ``"package.module:attr"``, rather than the class
    itself, so that your heavy dependencies (msal, requests...) are imported only when the
    backend is used, and ``kmcore plugins`` stays fast and works even when a dependency is
    missing. kmcore imports it through ``Plugins.load_factory(spec)``; if that import fails
    the error names the backend, your plugin and the cause, with a reinstall command.

    ``register`` raises :class:`kmcore.PluginError`, naming your plugin, when the spec is
    not a ``BackendSpec``, the name is not 1-40 lower-case letters, digits, ``-`` or ``_``,
    the kind is not ``"store"`` or ``"target"``, the factory is neither callable nor a
    ``module:attr`` path, or the name is already registered by another plugin (the error
    names both).

    Example::

        import kmcore


        @kmcore.hookimpl
        def kmcore_register_backends(register):
            register(kmcore.BackendSpec(
                name="intranet",
                kind="target",
                factory="kmcore_mytrust.backend:IntranetTarget",
                description="Publishes to the trust's intranet news pages.",
            ))

    ``kmcore backends`` then lists ``intranet  target  installed  mytrust``.
    """


@hookspec
def kmcore_register_commands(cli: click.Group) -> None:
    """Add commands to the ``kmcore`` command line.

    :param cli: the ``kmcore`` group. Use ``@cli.command()`` or ``cli.add_command()``.
    :return: nothing; return values are ignored.

    Called once, when the command line starts and needs the list of commands: when a command
    that is not a core command is run, or for ``kmcore --help``. Keep the module that defines
    the commands light to import; put heavy imports inside the command function.

    A plugin may add commands but not replace one already added: if it does, or if the hook
    raises, kmcore undoes that plugin's additions, records it as failed (with the reason) and
    carries on with the other plugins.

    Example::

        import click
        import kmcore


        @kmcore.hookimpl
        def kmcore_register_commands(cli):
            @cli.command(name="journal-club")
            @click.option("--month", help="Month to list, e.g. 2025-03.")
            def journal_club(month):
                "List this month's journal clubs."
                click.echo("no journal clubs this month")
    """


# --- events: run after something happened ------------------------------------------------------


@hookspec
def kmcore_record_changed(kb: KnowledgeBase, change: RecordChange) -> None:
    """React to a record being added, updated or deleted.

    :param kb: the knowledge base the change happened in. You may read from it. Writing to it
        from here calls this hook again, so guard against loops.
    :param change: what happened: ``op`` (``"add"``, ``"update"`` or ``"delete"``),
        ``record_type``, ``record_id``, ``record`` (the record as stored now, with its new
        ``revision``; ``None`` for a delete) and ``previous`` (the record as it was before;
        ``None`` for an add).
    :return: nothing; return values are ignored.

    Called once per changed record, after the store has written the change durably, in the
    process that made the change. Changes made by other processes (another librarian's PC, a
    hand edit of the files) do not call it: use the store's change feed
    (``kb.changes(cursor)``) to follow those. Implementations from different plugins run in
    no particular order.

    Errors: an exception raised here cannot undo or corrupt the write, which has already
    happened. kmcore catches it (any ``Exception``), logs it on the ``kmcore.plugins`` logger
    with your plugin's name, still runs the other plugins' implementations, and returns it to
    the knowledge base as a ``kmcore.plugins.HookFailure`` (plugin, hook, one-line error,
    traceback, the exception). Do not raise to veto a change; validate in the record class
    instead.

    Example::

        import logging
        import kmcore

        log = logging.getLogger(__name__)


        @kmcore.hookimpl
        def kmcore_record_changed(kb, change):
            if change.op == "add" and change.record_type == "lesson":
                log.info("new lesson %s in %s", change.record_id, kb.settings.name)
    """


@hookspec
def kmcore_after_sync(kb: KnowledgeBase, target: TargetConfig, report: RunReport) -> None:
    """React to the end of a sync to one target: tidy up, notify, hand the report on.

    :param kb: the knowledge base that was synced. You may read from it and write files of
        your own; records written from here go out only with the next sync.
    :param target: the target's configuration (``name``, ``backend``, ``audience``,
        ``settings``...).
    :param report: what the run did, already saved under ``.kmcore/targets/NAME/reports/``:
        ``counts``, ``items``, ``failed``, and ``error`` when the run as a whole could not go
        ahead. Read it; do not change it.
    :return: nothing; return values are ignored.

    Called once per target after every real ``kmcore sync`` (or :func:`kmcore.sync.sync`)
    to it, whether or not the run succeeded, in the process that ran it; never after a
    ``--dry-run``. kmcore's own governance is a user of this hook: it finishes a person's
    erasure on each target once the sync has withdrawn them there (see ``docs/privacy.md``).

    Errors: an exception raised here cannot undo the sync, which has already happened.
    kmcore catches it (anything derived from :class:`Exception`), logs it on the
    ``kmcore.plugins`` logger with the plugin's name, still runs the other plugins'
    implementations, and adds a warning naming your plugin to the report the sync returns
    (``kmcore sync`` prints it).

    Example::

        import logging
        import kmcore

        log = logging.getLogger(__name__)

        @kmcore.hookimpl
        def kmcore_after_sync(kb, target, report):
            if report.failed:
                log.warning("%d items did not reach %s", report.failed, target.name)
    """


# --- gates: run before a record leaves the machine ---------------------------------------------


@hookspec
def kmcore_before_publish(decision: PublishDecision) -> None:
    """Decide whether one record may go to one target, or what must be taken out of it first.

    :param decision: what the gates decide together. ``decision.record`` is the record as it
        will be published, after earlier gates' replacements; ``decision.original`` the record
        as stored; ``decision.target`` the target's ``kmcore.sync.model.TargetConfig``
        (``name``, ``backend``, ``audience``, ``statuses``, ``record_types``,
        ``settings``...). Call ``decision.block(gate, reason, path="$.field",
        position=None)`` to stop the record going to this target, saying why in words a
        librarian can act on, or ``decision.replace(changed_record, note)`` to publish a
        changed copy instead (same id and type; ``note`` says what changed and why, e.g.
        ``"quote removed: consent withdrawn"``). Nothing a gate does changes the stored
        record.
    :return: nothing; return values are ignored. Decide through ``decision``.

    Called once per record per target, before anything leaves the machine: by ``kmcore
    sync`` (also with ``--dry-run``, so the plan shows what would be blocked and why) and by
    anything else that calls ``kmcore.gates.evaluate(record, target, plugins)``. kmcore's own
    gates (status, visibility, confidentiality, people, consent, the PII guard; see
    [privacy.md](privacy.md)) are a built-in plugin on this same hook and run first. Every
    gate runs even after another has blocked the record, so the report lists every reason.

    Rules:

    * **Be a pure function** of the record and the target's configuration: no clock,
      network, other records or files. The sync engine caches decisions on that assumption
      and asks the gates again only when a record, the target's configuration or a gate's
      code changes.
    * **Never log, print or quote the sensitive value** in a reason. Say what and where:
      ``possible NHS number in $.summary at character 57``, never the number.
    * **Raising fails closed.** kmcore catches the exception, logs the plugin name and the
      message with its digits masked on the ``kmcore.guard`` logger, and blocks the record
      for this target with the reason ``gate PLUGIN failed: ...``; the other gates still run.

    Example::

        import kmcore


        @kmcore.hookimpl
        def kmcore_before_publish(decision):
            # This trust's public site carries no lessons that name a ward.
            record = decision.record
            if decision.target.audience == "public" and record.record_type == "lesson":
                if "ward" in record.statement.lower():
                    decision.block("ward-names", "names a ward; not for the public site",
                                   path="$.statement")
    """

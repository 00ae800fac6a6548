"""The plugin contract: every hook kmcore calls, and nothing else.

A plugin is a module (or any object) with functions marked ``@kmcore.hookimpl`` whose names
are the hook names below. It is found through an entry point in the ``kmcore`` group::

    # the plugin's pyproject.toml
    [project.entry-points.kmcore]
    mytrust = "kmcore_mytrust.plugin"

An implementation may accept any subset of a hook's arguments, by name. Hooks are always
called with keyword arguments. Every hook here is public API: arguments are only ever added,
never renamed or removed. The same reference, with longer examples, is ``docs/hooks.md``.

Registration hooks (``kmcore_register_*``) run once per process, when plugins are loaded;
kmcore calls each plugin's implementation on its own, so that anything a plugin registers
is recorded against that plugin and a plugin that fails is set aside without affecting others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    import click

    from kmcore.events import RecordChange
    from kmcore.kb import KnowledgeBase
    from kmcore.specs import BackendSpec, RecordTypeSpec
    from kmcore.sync.model import PublishDecision

__all__ = [
    "hookimpl",
    "hookspec",
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

    Call ``register`` once per record type with a :class:`kmcore.specs.RecordTypeSpec`. The
    record class must subclass :class:`kmcore.records.base.Record` and its ``record_type``
    class variable must equal the spec's ``name``. The built-in types (innovation, person,
    story, capture_record, lesson) are registered through this same hook.

    :param register: kmcore's registration callback. It checks the spec at once and raises
        :class:`kmcore.errors.PluginError`, naming your plugin, when the spec is not a
        ``RecordTypeSpec``, the name is not lower-case letters, digits and ``_``, the class
        does not match, or the name or folder is already taken by another plugin. Let the
        error propagate: kmcore records it and sets your plugin aside.
    :return: nothing; return values are ignored.

    Called once per process, when plugins are first loaded (opening a knowledge base, or
    running any ``kmcore`` command that needs record types).

    Example::

        import attrs
        import kmcore
        from kmcore import fields as f
        from kmcore.records.base import KnowledgeRecord

        @attrs.frozen(kw_only=True)
        class JournalClub(KnowledgeRecord):
            record_type = "journal_club"
            id_prefix = "jc"
            paper: str = f.text(required=True, limit=500)

        @kmcore.hookimpl
        def kmcore_register_record_types(register):
            register(kmcore.RecordTypeSpec(
                name="journal_club", cls=JournalClub, folder="journal-clubs",
                label="Journal club", plural="Journal clubs",
                description="A journal club meeting and the paper discussed.",
            ))
    """


@hookspec
def kmcore_register_backends(register: Callable[[BackendSpec], None]) -> None:
    """Add store or target backends.

    Call ``register`` once per backend with a :class:`kmcore.specs.BackendSpec`. Give the
    factory as an import path (``"kmcore_mytrust.backend:IntranetTarget"``) rather than the
    class, so that heavy dependencies are imported only when the backend is used and
    ``kmcore plugins`` stays fast. The built-in ``local`` store is registered through this
    same hook.

    :param register: kmcore's registration callback. It raises
        :class:`kmcore.errors.PluginError`, naming your plugin, when the spec is not a
        ``BackendSpec``, the name is not lower-case letters, digits, ``-`` and ``_``, the kind
        is not ``"store"`` or ``"target"``, the factory is neither callable nor a
        ``"module:attribute"`` path, or another plugin already registered that name.
    :return: nothing; return values are ignored.

    Called once per process, when plugins are first loaded.

    Example::

        import kmcore

        @kmcore.hookimpl
        def kmcore_register_backends(register):
            register(kmcore.BackendSpec(
                name="intranet", kind="target",
                factory="kmcore_mytrust.backend:IntranetTarget",
                description="Publishes to the trust's intranet news pages.",
            ))
    """


@hookspec
def kmcore_register_commands(cli: click.Group) -> None:
    """Add commands to the ``kmcore`` command line.

    :param cli: the ``kmcore`` click group; call ``cli.command()`` as a decorator or
        ``cli.add_command(...)``. A plugin may not replace a core command: if it does, kmcore
        restores the core command, undoes the plugin's other additions and records the plugin
        as failed.
    :return: nothing; return values are ignored.

    Called once, when the ``kmcore`` command line starts and needs the list of commands
    (running a command that is not a core one, or ``kmcore --help``). Keep the command
    module's imports light: they run on every such start-up.

    Example::

        import click
        import kmcore

        @kmcore.hookimpl
        def kmcore_register_commands(cli):
            @cli.command(name="intranet-check")
            def intranet_check():
                "Check the intranet connection."
                click.echo("ok")
    """


# --- events: run after something happened ------------------------------------------------------


@hookspec
def kmcore_record_changed(kb: KnowledgeBase, change: RecordChange) -> None:
    """React to a record being added, updated or deleted.

    :param kb: the :class:`kmcore.KnowledgeBase` the change happened in. You may read from it;
        writing to it from here triggers this hook again, so guard against loops.
    :param change: a :class:`kmcore.events.RecordChange` with ``op`` (``"add"``,
        ``"update"`` or ``"delete"``), ``record_type``, ``record_id``, ``record`` (the record
        as stored now, ``None`` for a delete) and ``previous`` (``None`` for an add).
    :return: nothing; return values are ignored.

    Called once per changed record, after the store has written the change durably, in the
    process that made it (changes made by other processes, or by hand in the files, do not
    call it: read the store's change feed for those). Implementations from different plugins
    run in no particular order.

    Errors: an exception raised here cannot undo or corrupt the write, which has already
    happened. kmcore catches it (anything derived from :class:`Exception`), logs it on the
    ``kmcore.plugins`` logger with the plugin's name, still runs the other plugins'
    implementations, and returns it to the knowledge base as a
    :class:`kmcore.plugins.HookFailure`. Do not rely on raising to veto a change.

    Example::

        import logging
        import kmcore

        log = logging.getLogger(__name__)

        @kmcore.hookimpl
        def kmcore_record_changed(kb, change):
            if change.op == "add" and change.record_type == "lesson":
                log.info("new lesson %s in %s", change.record_id, kb.settings.name)
    """


# --- gates: run before a record leaves the machine ---------------------------------------------


@hookspec
def kmcore_before_publish(decision: PublishDecision) -> None:
    """Decide whether one record may go to one target, or what must be taken out first.

    :param decision: a :class:`kmcore.sync.model.PublishDecision` holding ``record`` (the
        record as it will be published, after earlier gates' replacements), ``original``
        (as stored) and ``target`` (the :class:`~kmcore.sync.model.TargetConfig`). Call
        ``decision.block(gate, reason, path=..., position=...)`` to stop the record going to
        this target, or ``decision.replace(changed_record, note)`` to publish a changed copy
        (same id and type) instead, e.g. with a quote removed. Nothing a gate does changes
        the stored record.
    :return: nothing; return values are ignored. Say what you decided through ``decision``.

    Called once per record per target, before anything leaves the machine: by ``kmcore
    sync`` (also with ``--dry-run``, so the plan shows what would be blocked) and by anything
    else that calls :func:`kmcore.guard.evaluate`. The built-in gates (status, visibility,
    people, consent, the PII guard) run first, through this same hook; see
    ``docs/privacy.md``. Every gate runs even after another has blocked, so the report lists
    every reason.

    Rules for implementations:

    * Be a pure function of ``decision.record``/``decision.original`` and
      ``decision.target``: no clock, no network, no reading other records. The sync engine
      caches decisions on that assumption and re-runs gates only when the record or the
      target's configuration changes.
    * Never log, print or put in a reason the sensitive value itself: say what and where
      ("possible NHS number in $.summary at character 57"), never the number.
    * Raising does not let a record through: kmcore fails closed. The exception is caught,
      and the record is blocked for this target with the reason ``gate NAME failed: ...``
      (digits in the message masked); the other gates still run.

    Example::

        import kmcore

        @kmcore.hookimpl
        def kmcore_before_publish(decision):
            # This trust's public site carries no lessons about named wards.
            record = decision.record
            if decision.target.audience == "public" and record.record_type == "lesson":
                if "ward" in record.statement.lower():
                    decision.block("ward-names", "names a ward; not for the public site",
                                   path="$.statement")
    """

"""Record commands: init, add, show, list, edit, delete, validate, types."""

from __future__ import annotations

import csv
import io
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import attrs
import click

from kmcore.cli._common import open_kb, plain, report_unreadable, table
from kmcore.errors import Conflict, KmcoreError


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
@click.option("--name", help="What to call the knowledge base.")
@click.option("--organisation", help="The owning organisation (new records default to it).")
@click.option("--ods-code", help="The organisation's ODS code, e.g. RT3.")
def init_cmd(folder: Path, name: str | None, organisation: str | None,
             ods_code: str | None) -> None:
    """Create a knowledge base in FOLDER (default: here)."""
    import kmcore

    interactive = sys.stdin.isatty()
    if name is None:
        name = click.prompt("Knowledge base name", default="LKS knowledge base") if interactive \
            else "LKS knowledge base"
    if organisation is None:
        organisation = click.prompt("Organisation", default="My NHS organisation") \
            if interactive else "My NHS organisation"
    kb = kmcore.init(folder, name=name, organisation=organisation, ods_code=ods_code)
    kb.close()
    click.echo(f"Created knowledge base {name!r} in {kb.root}")
    click.echo(f"Next: kmcore --kb {folder} add innovation   (or: cd {folder} && kmcore add)")


def _read_data_file(path: Path) -> Any:
    from kmcore.textfile import TextEncodingError, read_text

    try:
        text = read_text(path)
    except TextEncodingError as exc:
        raise click.ClickException(f"{path}: {exc.located}") from None
    except OSError as exc:
        raise click.ClickException(f"{path}: could not be read: {exc.strerror or exc}") from None
    try:
        if path.suffix.lower() == ".toml":
            return tomllib.loads(text)
        return json.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise click.ClickException(f"{path}: cannot be read: {exc}") from None


@click.command("add")
@click.argument("record_type", required=False)
@click.option("--file", "-f", "data_file", type=click.Path(dir_okay=False, exists=True,
              path_type=Path), help="A JSON or TOML file holding the record (or a list of them).")
@click.option("--json", "as_json", is_flag=True, help="Print the stored record as JSON.")
@click.pass_context
def add_cmd(ctx: click.Context, record_type: str | None, data_file: Path | None,
            as_json: bool) -> None:
    """Add a record of RECORD_TYPE (innovation, person, story, capture_record, lesson...).

    With --file, the record comes from a JSON or TOML file. Without it, kmcore asks for each
    required field in turn; your answers are kept in a draft file if the record is refused.
    """
    from kmcore import codec
    from kmcore.errors import ValidationError

    kb = open_kb(ctx)
    if data_file is not None:
        data = _read_data_file(data_file)
        items = data if isinstance(data, list) else [data]
        records = []
        problems: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, dict) and record_type and "type" not in item:
                item = {"type": kb.type_spec(record_type).name, **item}
            subject = f"{data_file.name}" + (f"[{index}]" if isinstance(data, list) else "")
            try:
                records.append(codec.from_dict(item, kb.classes, subject=subject))
            except ValidationError as exc:
                problems.append(str(exc))
        if problems:
            # Check everything before saving anything: a file is added whole or not at all.
            raise click.ClickException("nothing was added.\n" + "\n".join(problems))
        batch = {r.id: r.record_type for r in records if r.id}
        for record in records:
            _warn_if_similar(kb, record)
            stored = kb.add(record)
            _print_added(stored, as_json)
            _warn_references(kb, stored, batch)
        return

    if not sys.stdin.isatty() and record_type is None:
        raise click.UsageError("give a RECORD_TYPE or --file when not typing at a terminal")
    if record_type is None:
        choices = sorted(kb.types)
        record_type = click.prompt("Record type", type=click.Choice(choices), show_choices=True)
    spec = kb.type_spec(record_type)
    click.echo(f"New {spec.label.lower()}: {spec.description}")
    from kmcore.cli.prompts import Prompter

    data = Prompter(kb).record(spec.cls)
    try:
        record = codec.structure(data, spec.cls)
        if _warn_if_similar(kb, record) and not click.confirm("Add it anyway?", default=True):
            draft = Path.cwd() / f"kmcore-draft-{spec.name}.json"
            draft.write_text(json.dumps({"type": spec.name, **data}, indent=2,
                                        ensure_ascii=False), encoding="utf-8")
            raise click.ClickException(
                f"the {spec.label.lower()} was not added; your answers are in {draft} "
                f"(add them later with: kmcore add --file {draft.name})")
        stored = kb.add(record)
        _warn_references(kb, stored, {})
    except ValidationError:
        draft = Path.cwd() / f"kmcore-draft-{spec.name}.json"
        draft.write_text(json.dumps({"type": spec.name, **data}, indent=2, ensure_ascii=False),
                         encoding="utf-8")
        click.echo(f"Your answers are saved in {draft}; fix them and run: "
                   f"kmcore add --file {draft.name}", err=True)
        raise
    _print_added(stored, as_json)


def _warn_references(kb: Any, record: Any, batch: dict[str, str]) -> None:
    """Say on stderr when the saved *record* points at a record that does not exist (or is
    of the wrong type), as ``kmcore validate`` would: saved anyway, the person may be added
    next (*batch*: records added by the same command, which count as existing)."""
    from kmcore.errors import NotFound
    from kmcore.records.links import reference_problem

    for ref in record.references():
        target_type = batch.get(ref.target)
        if target_type is None:
            try:
                target_type = kb.store.locate(ref.target)
            except NotFound:
                target_type = None
            except KmcoreError:  # a malformed id: kmcore validate reports it
                continue
        reason = reference_problem(ref, target_type)
        if reason is not None:
            click.secho(f"Warning: {record.id}: {ref.path} = {ref.target!r}: {reason}.",
                        fg="yellow", err=True)
            hint = (f"add it (kmcore add {ref.allowed_types[0]}) or correct the id "
                    f"(kmcore edit {record.id})" if target_type is None and ref.allowed_types
                    else f"correct it with kmcore edit {record.id}")
            click.echo(f"Hint: {hint}; `kmcore validate` lists every such link.", err=True)


def _warn_if_similar(kb: Any, record: Any) -> bool:
    """Say on stderr when a new innovation looks like one already recorded; True if so.

    A warning, not a refusal: two wards may well run the same idea, and the librarian
    decides. The check never stops an add: if the search index fails, the add goes ahead.
    """
    if record.record_type != "innovation":
        return False
    try:
        similar = kb.similar_innovations(record)
    except KmcoreError as exc:  # pragma: no cover - the index rebuilds itself; belt and braces
        click.echo(f"(The similar-innovation check was skipped: {exc})", err=True)
        return False
    if not similar:
        return False
    click.secho(f"Warning: {record.title!r} looks like an innovation already recorded:",
                fg="yellow", err=True)
    for match in similar:
        click.echo(f"  - {match.title} [{match.id}] ({'; '.join(match.reasons)})", err=True)
    click.echo("Hint: check with their leads before starting again; "
               f"`kmcore show {similar[0].id}` shows the first.", err=True)
    return True


def _print_added(record: Any, as_json: bool) -> None:
    from kmcore import codec

    if as_json:
        click.echo(codec.dumps(record), nl=False)
    else:
        from kmcore.guard.pii import masked_label

        click.echo(f"Added {record.record_type} {record.id}: {masked_label(record)}")
    warn_pii(record)


def warn_pii(record: Any) -> None:
    """After a save: say (on stderr) where the record may hold a patient identifier.

    The record is saved either way; sync holds it back until the text is fixed or the flag
    cleared. Positions only, never the value.
    """
    from kmcore.guard.pii import open_findings

    findings = open_findings(record)
    for finding in findings:
        click.secho(f"Warning: {record.id}: {finding.path} may hold a patient identifier "
                    f"({finding.kind.replace('_', ' ')}, {finding.confidence} confidence) at "
                    f"character {finding.position + 1}.", fg="yellow", err=True)
    if findings:
        click.echo(f"Hint: remove it with `kmcore edit {record.id}`, or if it is not one, "
                   f"clear it with `kmcore review {record.id}`. Sync holds the record back "
                   "until then.", err=True)


@click.command("show")
@click.argument("record_id")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, record_id: str, as_json: bool) -> None:
    """Show the record RECORD_ID, with the records it points to."""
    from kmcore import codec

    kb = open_kb(ctx)
    record = kb.get(record_id)
    if as_json:
        click.echo(codec.dumps(record), nl=False)
        return
    spec = kb.types[record.record_type]
    click.secho(record.label, bold=True)
    click.echo(f"{spec.label} {record.id} · revision {record.revision} · {plain(record.status)}"
               f" · visible to {plain(record.visibility)}")
    click.echo()
    data = codec.to_dict(record)
    skip = {"type", "schema_version", "id", "revision", "status", "visibility", "title",
            "display_name"}
    for key, value in data.items():
        if key in skip:
            continue
        click.echo(f"{key.replace('_', ' ').capitalize()}: {_render(value)}")
    refs = list(record.references())
    if refs:
        click.echo()
        click.secho("Links", bold=True)
        for ref in refs:
            try:
                target = kb.get(ref.target)
                name = target.label
            except Exception:  # a dangling link is shown, not fatal
                name = "(missing: run kmcore validate)"
            click.echo(f"  {ref.rel}: {ref.target}  {name}")


def _render(value: Any, indent: int = 2) -> str:
    if isinstance(value, dict):
        pad = " " * indent
        return "".join(f"\n{pad}{k}: {_render(v, indent + 2)}" for k, v in value.items())
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return ", ".join(str(v) for v in value)
        pad = " " * indent
        return "".join(f"\n{pad}- {_render(v, indent + 2).lstrip()}" for v in value)
    return str(value)


def _parse_filters(pairs: tuple[str, ...], dates: frozenset[str] = frozenset()
                   ) -> dict[str, Any]:
    filters: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not FIELD=VALUE", param_hint="--where")
        key, value = key.strip(), value.strip()
        filters[key] = _typed_date(key, value, "--where") if key in dates else value
    return filters


#: the date forms a person may type wherever kmcore asks for a date, as import reads them
DATE_FORMS = "DD/MM/YYYY (UK order, e.g. 02/09/2021), 2021-09-02 or 2 September 2021"


def _date_fields(kb: Any, record_type: str | None) -> frozenset[str]:
    """The fields holding a date (not a time) in *record_type*'s class, or in any class."""
    import datetime as dt
    import typing

    classes = ([kb.classes[record_type]] if record_type in kb.classes
               else list(kb.classes.values()))
    names: set[str] = set()
    for cls in classes:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            hint = hints.get(field.name)
            if hint is dt.date or dt.date in typing.get_args(hint):
                names.add(field.name)
    return frozenset(names)


def _typed_date(field: str, value: str, option: str) -> str:
    """A date as a person types it (``02/09/2021``, day first as in the UK, as import reads
    it) in the ISO form records hold; refused, naming the forms, if it is not a date (D1484).
    """
    from kmcore.io.columns import ConversionError, parse_date

    if not value:
        return value  # "--set started_on=" empties an optional date
    try:
        return parse_date(value).isoformat()
    except ConversionError:
        raise click.BadParameter(f"{field}={value!r} is not a date: type it as {DATE_FORMS}",
                                 param_hint=option) from None


@click.command("list")
@click.argument("record_type", required=False)
@click.option("--where", "-w", multiple=True, metavar="FIELD=VALUE",
              help="Only records whose FIELD equals VALUE (repeatable); a date as "
              "DD/MM/YYYY or 2021-09-02.")
@click.option("--json", "as_json", is_flag=True, help="Print full records as a JSON list.")
@click.option("--csv", "as_csv", is_flag=True, help="Print id, type, title, status... as CSV.")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many.")
@click.pass_context
def list_cmd(ctx: click.Context, record_type: str | None, where: tuple[str, ...],
             as_json: bool, as_csv: bool, limit: int | None) -> None:
    """List records (of RECORD_TYPE, or all), newest first."""
    from kmcore import codec
    from kmcore.guard.pii import masked_label

    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    kb = open_kb(ctx)
    records = kb.query(record_type, **_parse_filters(where, _date_fields(kb, record_type)))
    records.sort(key=lambda r: (r.updated_at is not None, r.updated_at, r.id), reverse=True)
    if limit:
        records = records[:limit]
    if as_json:
        click.echo(json.dumps([codec.to_dict(r) for r in records], indent=2, ensure_ascii=False))
    else:
        headers = ["id", "type", "title", "status", "visibility", "updated"]
        rows = [
            [r.id, r.record_type, masked_label(r), plain(r.status), plain(r.visibility),
             plain(r.updated_at)]
            for r in records
        ]
        if as_csv:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(headers)
            writer.writerows(rows)
            click.echo(buffer.getvalue(), nl=False)
        elif rows:
            click.echo(table(headers, rows))
            click.echo(f"{len(rows)} record{'s' if len(rows) != 1 else ''}")
        else:
            click.echo("No records match.")
    report_unreadable(kb)


@click.command("edit")
@click.argument("record_id")
@click.option("--set", "-s", "assignments", multiple=True, metavar="FIELD=VALUE",
              help="Set a top-level field without an editor; VALUE may be JSON, a date "
              "DD/MM/YYYY (repeatable).")
@click.option("--from", "source", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Replace the record with the JSON in this file (e.g. a saved edit).")
@click.pass_context
def edit_cmd(ctx: click.Context, record_id: str, assignments: tuple[str, ...],
             source: Path | None) -> None:
    """Change the record RECORD_ID in your editor ($EDITOR), with --set, or --from a file.

    The record is checked before it is saved, and saved only if nobody else changed it since
    you opened it. If it is refused you can fix it in the editor again; if you give up, your
    edited text is kept in a file (finish later with --from), so nothing is lost. A --from
    file carrying an older "revision" is refused too; delete that line to apply it anyway.
    """
    from kmcore import codec

    kb = open_kb(ctx)
    record = kb.get(record_id)
    original = codec.to_dict(record)
    if assignments or source:
        if source is not None:
            data = _read_data_file(source)
            if not isinstance(data, dict):
                raise click.ClickException(f"{source} must hold one JSON object (a record)")
        else:
            data = dict(original)
        dates = _date_fields(kb, record.record_type)
        for pair in assignments:
            key, sep, raw = pair.partition("=")
            if not sep:
                raise click.BadParameter(f"{pair!r} is not FIELD=VALUE", param_hint="--set")
            if key.strip() in dates:
                typed = raw.strip().removeprefix('"').removesuffix('"')  # JSON or not
                data[key.strip()] = _typed_date(key.strip(), typed, "--set") or None
                continue
            try:
                data[key.strip()] = json.loads(raw)
            except json.JSONDecodeError:
                data[key.strip()] = raw
        _save_edit(kb, record, data)
        return

    pristine = json.dumps(original, indent=2, ensure_ascii=False) + "\n"
    text = pristine
    while True:
        edited = click.edit(text, extension=".json", require_save=True)
        if edited is None and text != pristine:
            edited = text  # closed without saving again: what it held is still to be saved
        if edited is None or edited == pristine:
            click.echo("No changes made.")
            return
        try:
            _save_edit(kb, record, json.loads(edited))
            return
        except (KmcoreError, json.JSONDecodeError, click.ClickException) as exc:
            click.secho(str(exc), fg="red", err=True)
            text = edited
            raced = isinstance(exc, Conflict)
            both: list[str] = []
            if raced:
                # Somebody saved it while the editor was open. The fields this edit changed
                # are put on top of what is stored now (their changes stay), at the revision
                # stored now: saving it (here, or with the --from command printed below) is
                # not refused again for the same reason.
                record = kb.get(record.id)
                text, both = _merged(original, edited, codec.to_dict(record))
            clash = (f" You both changed {', '.join(both)}: the file has your version."
                     if both else "")
            if sys.stdin.isatty() and click.confirm(
                    f"Somebody else saved it meanwhile; your changes are now on top of theirs."
                    f"{clash} Check and save it again?" if raced else "Edit again?",
                    default=True):
                continue
            recovery = Path.cwd() / f"kmcore-edit-{record.id}.json"
            recovery.write_text(text, encoding="utf-8")
            command = _edit_from_command(ctx, record.id, recovery)
            if raced:
                raise click.ClickException(
                    f"{record.record_type} {record.id} was not changed: somebody else saved "
                    f"it (now revision {record.revision}) while you were editing. {recovery} "
                    f"holds their version with your changes on top.{clash} Check it, then "
                    f"run: {command}"
                ) from None
            raise click.ClickException(
                f"{record.record_type} {record.id} was not changed; your edited text is in "
                f"{recovery}. Fix it there, then run: {command}"
            ) from None


_ABSENT = object()


def _merged(original: dict[str, Any], edited: str, current: dict[str, Any]
            ) -> tuple[str, list[str]]:
    """The stored record *current* with the fields changed from *original* to *edited* put
    on top (top-level fields), as JSON at *current*'s revision; and the fields both changed.

    Text that is not a JSON object is returned as it is (with no fields to name)."""
    try:
        mine = json.loads(edited)
    except json.JSONDecodeError:
        return edited, []
    if not isinstance(mine, dict):
        return edited, []
    merged = dict(current)
    both = []
    for key in dict.fromkeys([*original, *mine]):
        if key == "revision":
            continue
        before, after = original.get(key, _ABSENT), mine.get(key, _ABSENT)
        if before == after:
            continue  # not changed in this edit: whatever is stored now stays
        now = current.get(key, _ABSENT)
        if now != before and now != after:
            both.append(key)
        if after is _ABSENT:
            merged.pop(key, None)
        else:
            merged[key] = after
    merged["revision"] = current.get("revision")
    return json.dumps(merged, indent=2, ensure_ascii=False) + "\n", both


def _edit_from_command(ctx: click.Context, record_id: str, recovery: Path) -> str:
    """The command that finishes an edit from *recovery*, runnable from any folder."""
    kb_path = (ctx.find_root().obj or {}).get("kb_path")
    where = f'--kb "{Path(kb_path).resolve()}" ' if kb_path else ""
    return f'kmcore {where}edit {record_id} --from "{recovery}"'


def _save_edit(kb: Any, before: Any, data: Any) -> None:
    """Check *data* as the new content of *before* and save it (revision-checked)."""
    from kmcore import codec

    if not isinstance(data, dict):
        raise click.ClickException("a record must be a JSON object")
    if data.get("id", before.id) != before.id or data.get("type", before.record_type) != \
            before.record_type:
        raise click.ClickException(
            "the id and type of a record cannot be changed; add a new record instead"
        )
    # The revision the text was based on (the one we read, unless a saved edit says which):
    # if somebody saved since, update() refuses with Conflict instead of overwriting them.
    # Leaving "revision" out of a --from file means "on top of whatever is there now".
    revision = data.get("revision", before.revision)
    data = {**data, "id": before.id, "type": before.record_type}
    subject = f"{before.record_type} {before.id!r}"
    after = codec.from_dict(data, kb.classes, subject=subject)
    stored = kb.update(attrs.evolve(after, revision=revision))
    click.echo(f"Saved {stored.record_type} {stored.id} (revision {stored.revision}).")
    warn_pii(stored)


@click.command("delete")
@click.argument("record_id")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--force", is_flag=True, help="Delete even if other records point to it.")
@click.pass_context
def delete_cmd(ctx: click.Context, record_id: str, yes: bool, force: bool) -> None:
    """Delete the record RECORD_ID."""
    kb = open_kb(ctx)
    record = kb.get(record_id)
    referrers = kb.referrers(record.id)
    if referrers and not force:
        names = ", ".join(r.id for r in referrers[:5])
        raise click.ClickException(
            f"{record.record_type} {record.id} is linked from {len(referrers)} other record(s) "
            f"({names}); deleting it would leave broken links. Remove those links first, "
            "or use --force."
        )
    if not yes:
        from kmcore.guard.pii import masked_label

        click.confirm(f"Delete {record.record_type} {record.id} ({masked_label(record)})?",
                      abort=True)
    kb.delete(record)
    click.echo(f"Deleted {record.record_type} {record.id}.")


@click.command("validate")
@click.option("--json", "as_json", is_flag=True, help="Print problems as JSON.")
@click.pass_context
def validate_cmd(ctx: click.Context, as_json: bool) -> None:
    """Check every record file and link; list every problem with file, line and field.

    Exits 1 when there are problems, so it can guard a scheduled job.
    """
    kb = open_kb(ctx)
    problems = kb.validate()
    if as_json:
        click.echo(json.dumps([
            {"file": p.path.as_posix(), "line": p.line, "path": p.problem.path,
             "reason": p.problem.reason, "value": p.problem.value}
            for p in problems
        ], indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            click.echo(str(problem))
        count = kb.count()
        if problems:
            files = len({p.path for p in problems})
            click.secho(f"{len(problems)} problem(s) in {files} file(s); "
                        f"{count} record(s) are fine.", fg="red", err=True)
        else:
            click.secho(f"All {count} records are valid.", fg="green")
    if problems:
        ctx.exit(1)


@click.command("types")
@click.argument("record_type", required=False, metavar="[TYPE]")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def types_cmd(ctx: click.Context, record_type: str | None, as_json: bool) -> None:
    """List the record types this knowledge base can hold; with TYPE, the fields of that
    type (as import and export name them) and the values each choice field takes."""
    kb = open_kb(ctx)
    if record_type is not None:
        _type_fields(kb, record_type, as_json)
        return
    rows = [[s.name, s.folder, s.plugin or "kmcore", s.description] for s in kb.types.values()]
    if as_json:
        click.echo(json.dumps([dict(zip(["name", "folder", "plugin", "description"], r,
                                        strict=True)) for r in rows], indent=2))
    else:
        click.echo(table(["type", "folder", "from", "description"], rows))


def _type_fields(kb: Any, record_type: str, as_json: bool) -> None:
    """``kmcore types TYPE``: every field of *record_type* an import can fill, with the
    values of its choice fields (what ``--map-value FIELD:"word"=VALUE`` takes)."""
    from kmcore.io.columns import columns_for, part_column

    spec = kb.type_spec(record_type)  # an unknown type: a KmcoreError naming the known ones
    fields: list[dict[str, Any]] = []
    for column in columns_for(spec.cls):
        parts = ([part_column(column, a.name) for a in attrs.fields(column.part_cls)]
                 if column.part_cls is not None else [])
        for one in [column, *(p for p in parts if p is not None)]:
            if one.kind == "json" and one is column and parts:
                continue  # the parts are listed instead
            choices = [str(m.value) for m in one.enum_cls] if one.enum_cls else []
            fields.append({"field": one.name, "kind": one.kind, "values": choices,
                           "help": one.help})
    if as_json:
        click.echo(json.dumps(fields, indent=2))
        return
    # not a table: a table cuts long cells short, and the values are what is looked up
    width = max(len(f["field"]) for f in fields)
    click.echo(f"{'field':<{width}}  {'kind':<8}  values")
    for f in fields:
        click.echo(f"{f['field']:<{width}}  {f['kind']:<8}  {', '.join(f['values'])}".rstrip())

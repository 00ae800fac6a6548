"""``kmcore import`` and ``kmcore export``: spreadsheets in, spreadsheets and JSON-LD out."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kmcore.cli._common import open_kb, table
from kmcore.guard.pii import masked_text

if TYPE_CHECKING:
    from kmcore.io.importer import Importer, ImportResult
    from kmcore.io.mapping import ImportMapping

__all__ = ["export_cmd", "import_cmd"]


def _overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header:
            raise click.BadParameter(f"{pair!r} is not 'Column header=field' (an empty field "
                                     "ignores the column)", param_hint="--map")
        out[header.strip()] = field.strip()
    return out


def _map_values(pairs: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """``stage:"In use"=implemented`` -> ``{"stage": {"In use": "implemented"}}``."""
    out: dict[str, dict[str, str]] = {}
    for pair in pairs:
        field, sep, rest = pair.partition(":")
        word, sep2, value = rest.rpartition("=")
        if not sep or not sep2 or not field.strip() or not word.strip() or not value.strip():
            raise click.BadParameter(f"{pair!r} is not FIELD:\"their word\"=value, e.g. "
                                     "stage:\"In use\"=implemented", param_hint="--map-value")
        word = word.strip()
        if len(word) >= 2 and word[0] == word[-1] == '"':
            # as the preview quotes it (a quote inside escaped as \")
            try:
                word = str(json.loads(word))
            except json.JSONDecodeError:
                word = word[1:-1]
        elif len(word) >= 2 and word[0] == word[-1] == "'":
            word = word[1:-1]
        out.setdefault(field.strip(), {})[word] = value.strip()
    return out


def _defaults(pairs: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip() or not value.strip():
            raise click.BadParameter(f"{pair!r} is not FIELD=VALUE, e.g. stage=idea",
                                     param_hint="--default")
        out[field.strip()] = value.strip()
    return out


_HOW = {"synonym": "librarian's word", "field name": "field name",
        "without its qualifier": "without its qualifier",
        "contains": "contains", "similar spelling": "similar spelling: check it",
        "only description column": "the only description column",
        "told": "given with --map", "saved mapping": "from the mapping file",
        "the form's respondent": "who filled in the form (Microsoft Forms)",
        # guessed from the cells (kmcore.io.value_guess)
        "reference codes": "the cells are reference codes",
        "a question answered in prose": "a question answered in sentences",
        "people's names": "the cells are people's names",
        "e-mail addresses": "the cells are e-mail addresses",
        "names of teams, not people": "the cells name teams, not people",
        "a tick column of a skills matrix": "ticks of a skills matrix: the header is the area",
        "dates": "the cells are dates: the start",
        "the only person named": "the only person named: the lead",
        "stage words": "the cells are stage words",
        "a Planner export's column": "a Microsoft Planner export's column",
        "a Planner task's progress": "the buckets are no stages: the task's progress",
        "a part of a slashed header": "read by one part of it",
        "a contacts list's notes of interests": "the notes list what they know",
        "a Jira or Azure DevOps export's column": "a Jira / Azure DevOps export's column",
        "a repeated column": "a second column of it",
        "a board's team field": "a board's team: the team that owns it",
        "short distinct names: the title": "the cells are short names, nearly all "
        "different: the title",
        "repeated names of teams and services": "the cells name teams and services, "
        "repeated: the department",
        "a base that names teams, not sites": "the cells name teams, not sites: the "
        "department",
        "the name they go by, beside a payroll name": "the cells are the names they go by",
        "a name, a job and areas in one cell": "the cells read name - job - areas: split",
        "sentences: the description": "the cells are sentences: the description",
        "names of jobs and grades": "the cells name jobs and grades",
        "updates saying how far it has got": "the cells say how far it has got: the stage",
        "the only column of dates": "the only column of dates: the start",
        "addresses, some beside names": "the cells hold e-mail addresses",
        "lists of topics": "the cells list topics: what they know about",
        "a few capitalised names, repeated: the department": "the cells are a few names, "
        "repeated (wards or units?): the department - check it",
        "the cells show it, not a weaker header's column": "the cells show it (another "
        "column's header had a word of it, but not its cells)"}


#: What becomes of a column the guess fills no field with, by how that was decided.
_WHY_NOT = {
    "part of the name": "not imported: the title (Dr, Mrs), left out of the joined name",
    "name they go by": "in the joined name: the name they go by (else the forename)",
    # a directorate beside a team column, a higher level of an ESR extract
    "broader than the department": "not imported: broader than the department",
    "honorific": "not imported: the honorific (Dr, Mrs), not the job",
    "when it was logged": "not imported: when it was logged, not when it started",
    "the form's respondent": "not imported: who filled in the form",
    "the form's respondent's e-mail": "the lead's e-mail, if the lead filled it in",
    "the form's response number": "not imported: the form's response number, not the ref",
    "a Planner task's own column": "not imported: about the Planner task, not the idea",
    "a middle name": "not imported: a middle name (first and last make the name)",
    "buckets that are no stages": "not imported: the Planner buckets are no stage words",
    "a ticket's own column": "not imported: about the Jira / DevOps ticket, not the idea",
    "a payroll name": "not imported: the payroll name (the preferred name is used)",
    "its header's word, but another column's cells show it": "not imported: its header "
    "has a word of a field whose cells are another column's"}


#: What a guessed field is for, where its name alone could be misread: a QI aim is the
#: project's one-line statement (the summary), not the problem it answers (D961).
_WHY_THIS_FIELD = {"summary": "one line: what it does"}


def _list_item_note(mapping: Any, cm: Any) -> str:
    """What a column for a part of a list of parts makes of each row ("; each row's
    outcome: measure 'Outcome', result from the cell"), so the librarian sees the shape she
    gets (D1410)."""
    from kmcore.io.list_items import NAMED_BY_HEADER, PLAIN_CELL_PART

    head, _, sub = cm.field.partition(".")
    sub = sub or PLAIN_CELL_PART.get(head, "")
    named_by = NAMED_BY_HEADER.get(head)
    if not sub or head not in PLAIN_CELL_PART:
        return ""
    item = head[:-1] if head.endswith("s") else head
    if named_by and named_by != sub and not any(
            c.field == f"{head}.{named_by}" for c in mapping.used):
        return f"; each row's {item}: {named_by} {cm.header!r}, {sub} from the cell"
    return f"; the {sub} of each row's {item}"


def _show_mapping(mapping: Any) -> None:
    from kmcore.io.headers import BOOKKEEPING
    from kmcore.io.mapping import normalise_header

    rows = []
    for cm in mapping.columns:
        if not cm.field:
            how = ((f"not imported: replaced by --map '{cm.detail}'" if cm.detail
                    else "not imported (field taken by --map)") if cm.method == "replaced"
                   else "not imported" if cm.method in ("told", "saved mapping")
                   else _WHY_NOT.get(cm.method, "not imported: no field matches"))
            if (mapping.record_type == "person" and not cm.method
                    and normalise_header(cm.header) not in BOOKKEEPING):
                # a staff list's notes or comments are read for a leaver ("retired Mar-24")
                how = "not imported; read only for a leaver's note"
            rows.append([cm.header, "-", how])
            continue
        how = _HOW.get(cm.method, cm.method)
        field = cm.field
        if cm.method in ("told", "saved mapping") and cm.detail in ("name", "email"):
            field = f"{cm.field}.{cm.detail}"  # a person's name or e-mail column (D1412)
        earlier = _preferred_before(mapping, cm.header)
        if earlier:
            how += (f"; read where {' and '.join(repr(h) for h in earlier)} "
                    f"{'is' if len(earlier) == 1 else 'are'} empty")
        if cm.method == "contains":
            how += f" {cm.detail!r}"
        elif cm.method == "similar spelling":
            how = f"similar spelling of {cm.detail!r}: check it"
        elif cm.method == "a part of a slashed header" and cm.detail:
            how = f"read by its part {cm.detail!r}"
        elif cm.method == "a later status column" and cm.detail:
            how = f"a later status column: read where filled, else {cm.detail!r}"
        how += _list_item_note(mapping, cm)
        if cm.field in _WHY_THIS_FIELD and cm.method not in ("told", "saved mapping"):
            how += f" ({_WHY_THIS_FIELD[cm.field]})"
        if cm.method not in ("told", "saved mapping"):
            how = f"{cm.confidence}: {how}"
        rows.append([cm.header, field, how])
    # the headers whole: a librarian copies them into --map (D1415)
    click.echo(table(["COLUMN", "FIELD", "HOW"], rows, keep=(0, 1)))


def _preferred_before(mapping: Any, header: str) -> list[str]:
    """The columns mapped before *header* to its field in the librarian's order of
    preference (:attr:`ImportMapping.prefer`): a row reads *header* only where they are
    empty."""
    for headers in mapping.prefer.values():
        if header in headers:
            return list(headers[:headers.index(header)])
    return []


_VALUE_HOW = {"kmcore's word": "kmcore's word", "librarians' word": "librarians' word",
              "contains": "contains", "similar spelling": "similar spelling: check it",
              "told": "given", "unknown": "UNKNOWN: map it with --map-value",
              "read": "read from the sentence: check it",
              "kept in the overview": "kept in their words (overview)",
              "the workbook's key": "the workbook's key"}


def _show_values(result: Any) -> None:
    """Each choice column's distinct words, what they became and how: one line each."""
    for field, words in result.values.items():
        if not words:
            continue
        click.echo(f"Values of {field}:")
        rows = []
        for word, vc in sorted(words.items(), key=lambda kv: (-kv[1].count, kv[0])):
            how = _VALUE_HOW.get(vc.choice.method, vc.choice.method)
            if vc.choice.method == "contains":
                how += f" {vc.choice.detail!r}"
            elif vc.choice.method == "read":
                how = f"read: {vc.choice.detail}"
            elif vc.choice.method == "similar spelling":
                how = f"similar spelling of {vc.choice.detail!r}: check it"
            elif vc.choice.method == "the workbook's key":
                how = f"the workbook's key: {vc.choice.detail!r}"
            # whole and quoted, however narrow the terminal: the librarian copies it into
            # --map-value (D1414)
            rows.append([json.dumps(masked_text(word), ensure_ascii=False),
                         vc.choice.value or "-", str(vc.count), how])
        click.echo(table(["IN THE FILE", "BECOMES", "ROWS", "HOW"], rows, keep=(0, 1)))
    unknown = result.unknown_values()
    if unknown:
        click.echo(f"Map unknown words with --map-value (`kmcore types {result.record_type}` "
                   "lists the values), e.g.:")
        for field, word, _ in unknown[:10]:
            click.echo(f"  --map-value {_map_value_arg(field, masked_text(word))}")
        if len(unknown) > 10:
            click.echo(f"  ... and {len(unknown) - 10} more (each in the table above)")
    elif any(words for words in result.values.values()):
        field = next(f for f, words in result.values.items() if words)
        click.echo(f"Change one with --map-value {_map_value_arg(field, 'WORD')} (the word "
                   "as quoted above).")


def _map_value_arg(field: str, word: str) -> str:
    """``'stage:"In use"=VALUE'``: a --map-value argument to paste into a shell, the word
    whole (an apostrophe in it quoted as the shell needs)."""
    return shlex.quote(f"{field}:{json.dumps(word, ensure_ascii=False)}=VALUE")


def _show_problems(result: Any, limit: int = 20) -> None:
    """The problems, with a word no value was found for said once (not once per row)."""
    # A problem's value is masked already (RowProblem): match it to its word masked alike.
    unknown = {(field, masked_text(word)): vc for field, word, vc in result.unknown_values()}
    told: set[tuple[str, str]] = set()
    shown = 0
    for problem in result.problems:
        key = (problem.field, problem.value)
        vc = unknown.get(key)
        if vc is not None:
            if key in told:
                continue
            told.add(key)
            text = (f"{problem.field}: {problem.value!r} in {vc.count} "
                    f"row{'s' if vc.count != 1 else ''} (first row {vc.first_row}) is not a "
                    f"word kmcore knows: map it with --map-value "
                    f"{_map_value_arg(problem.field, problem.value)}")
        else:
            text = problem.text()
        if shown < limit:
            click.secho(f"  {problem.severity}: {text}",
                        fg={"error": "red", "merged": "cyan"}.get(problem.severity, "yellow"))
        shown += 1
    if shown > limit or (result.report_path and result.problems):
        where = result.report_path or "the report (--report FILE)"
        click.echo(f"  Every problem is in {where}.")


def _preview(result: Any, limit: int = 3) -> None:
    for record in result.preview[:limit]:
        title = record.get("title") or record.get("display_name") or record["id"]
        # Only what the row filled: a required field left empty for a librarian (a log
        # with no problem column) is listed as to complete, not as filled.
        names = [k for k, v in record.items() if k not in (
            "type", "schema_version", "id", "revision", "provenance", "owner_org", "created_at",
            "updated_at", "to_complete") and v not in (None, "", [], {})]
        fields = ", ".join(names[:8]) + (f", … ({len(names)} fields)" if len(names) > 8 else "")
        missing = list(dict.fromkeys(str(item).split(":")[0]
                                     for item in record.get("to_complete") or ()))
        later = f"; to complete: {', '.join(missing)}" if missing else ""
        click.echo(f"  {record['id']}: {masked_text(str(title))!r} ({fields}{later})")


def _with_example(header: str, example: str, width: int = 30) -> str:
    """``'RAG' (e.g. 'green')``: a header nothing reads, with what its first cell holds
    (masked like every cell shown, and cut short)."""
    if not example:
        return repr(header)
    text = masked_text(example)
    text = text if len(text) <= width else text[:width - 1] + "\u2026"
    return f"{header!r} (e.g. {text!r})"


def _show_gaps(importer: Importer, mapping: ImportMapping) -> None:
    """The columns nothing reads and the main fields nothing fills, each with its fix: a
    librarian fixes what the preview shows her, so it must show what is missing too."""
    from kmcore.io.gaps import FIELD_WORDS, mapping_gaps

    gaps = mapping_gaps(mapping, importer.by_name)
    kind = importer.record_type
    if gaps.not_read:
        names = ", ".join(_with_example(h, importer.examples.get(h, "")) for h in gaps.not_read)
        first = gaps.not_read[0]
        # a column without a heading is named by its letter: --map 'F=FIELD' (D1413)
        unheaded = re.fullmatch(r"column ([A-Z]+) \(no heading\)", first)
        click.echo(f"Not read: {names}. To read one, add --map "
                   f"'{unheaded.group(1) if unheaded else first}=FIELD' "
                   f"(`kmcore types {kind}` lists the fields).")
    for field in gaps.unfilled:
        what = FIELD_WORDS.get(field, field.replace("_", " "))
        fix = f"--map 'COLUMN={field}'"
        if field == "stage":
            fix += f", or give every row one with --default {field}=VALUE"
        click.secho(f"Nothing fills {field} ({what}): if a column holds it, add {fix}.",
                    fg="yellow")


def _show_opening(importer: Importer, mapping: ImportMapping, file: Path) -> None:
    """What the import will read and how: the mapping, the defaults, the file's notes."""
    click.echo(f"Reading {file} as {importer.record_type} records.")
    _show_mapping(mapping)
    _show_gaps(importer, mapping)
    for field, value in mapping.defaults.items():
        click.echo(f"Default: {field} = {value!r} where a row has none.")
    for note in importer.result.notes if importer.result else ():
        click.echo(f"Note: {note}.")


def _check_rows(importer: Importer, report_path: Path | None, *,
                show_bar: bool, save: bool) -> ImportResult:
    """Every row checked (with a progress bar on a terminal); with *save*, the records
    saved while the rows after them are checked, where the import can (D1031)."""
    if not show_bar:
        return importer.prepare(report=report_path, save=save)
    with click.progressbar(length=importer.total_hint or 0, label="Checking rows",
                           file=sys.stderr) as bar:
        last = [0]

        def tick(n: int) -> None:
            bar.update(n - last[0])
            last[0] = n

        return importer.prepare(on_row=tick, report=report_path, save=save)


def _show_checked(result: ImportResult, save_mapping: Path | None) -> None:
    """What checking the rows found: the choice words, the first records, the problems."""
    _show_values(result)
    for unused in result.unused:
        click.secho(f"Not used: {unused}.", fg="yellow")
    if save_mapping is not None:
        click.echo(f"Mapping saved to {save_mapping}.")
    if result.preview:
        click.echo("First records:")
        _preview(result)
    _show_problems(result)


def _save_rows(importer: Importer, result: ImportResult, *, ask: bool, strict: bool,
               show_bar: bool) -> ImportResult | None:
    """Save the checked records, after asking when *ask* and there is something to save;
    None when the librarian said no (nothing is saved then)."""
    nothing = sum(result.counts[a] for a in ("create", "update")) == 0 and not (
        result.people_created)
    if not nothing and ask and not (strict and result.error_rows):
        click.echo(result.summary())
        if not click.confirm("Save these records?", default=True):
            importer.discard()
            click.echo("Nothing was saved.")
            return None
    to_save = result.counts["create"] + result.counts["update"]
    if show_bar and to_save:
        with click.progressbar(length=to_save, label="Saving records",
                               file=sys.stderr) as bar:
            return importer.apply(on_record=lambda n: bar.update(1))
    return importer.apply()


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--type", "record_type", required=True,
              help="The record type of every row: innovation, person, story, lesson...")
@click.option("--sheet", help="Excel: the worksheet to read (default: the first).")
@click.option("--mapping", "mapping_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A mapping file saved earlier with --save-mapping (and perhaps edited).")
@click.option("--map", "overrides", multiple=True, metavar="'COLUMN=FIELD'",
              help="Map a column to a field yourself (repeatable); 'Notes=' ignores it, "
              "'F=summary' maps a column without a heading by its letter, and two columns "
              "for 'lead.email' (or 'lead.name') are read in the order given, the second "
              "where the first is empty.")
@click.option("--map-value", "value_pairs", multiple=True, metavar="'FIELD:\"WORD\"=VALUE'",
              help="Map a word of a choice column to kmcore's value yourself (repeatable), "
              "e.g. stage:\"Business as usual\"=embedded.")
@click.option("--default", "default_pairs", multiple=True, metavar="'FIELD=VALUE'",
              help="A value for rows whose cell is empty or whose file has no column for the "
              "field (repeatable), e.g. stage=idea.")
@click.option("--save-mapping", type=click.Path(dir_okay=False, path_type=Path),
              help="Save the mapping used (columns, values, defaults), to edit and pass back "
              "with --mapping.")
@click.option("--dry-run", is_flag=True, help="Check every row and show what would happen; "
              "save nothing.")
@click.option("--strict", is_flag=True, help="Import nothing if any row has a problem, and "
              "refuse rows a stage rule finds incomplete, or whose choice words kmcore cannot "
              "place, instead of importing them flagged or with the field empty.")
@click.option("--status", type=click.Choice(["draft", "submitted", "in_review", "published"]),
              help="Editorial status for new records (default: draft).")
@click.option("--create-people/--no-create-people", default=True, show_default=True,
              help="Add a person record for a name that matches nobody.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the problems report (CSV). Default: import-reports/ in "
              "the knowledge base (a dry run writes one only when this is given).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before saving.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON for scripts.")
@click.option("--no-progress", is_flag=True, help="No progress bar (for logs).")
@click.pass_context
def import_cmd(ctx: click.Context, file: Path, record_type: str, sheet: str | None,
               mapping_file: Path | None, overrides: tuple[str, ...],
               value_pairs: tuple[str, ...], default_pairs: tuple[str, ...],
               save_mapping: Path | None, dry_run: bool, strict: bool, status: str | None,
               create_people: bool, report_path: Path | None, yes: bool, as_json: bool,
               no_progress: bool) -> None:
    """Import records from a spreadsheet (.xlsx, .csv) or JSON file.

    Every row is checked before you are asked to save (with --yes, or nobody to ask, each
    batch of checked rows is saved while the next rows are checked). The columns are matched
    to fields from their headers (shown first, with how sure each guess is), and the words
    of choice columns ("PDSA cycle 2", "On hold") to kmcore's values (shown with their
    counts); change a guess with --map or --map-value and keep it all with --save-mapping.
    Rows that a stage rule finds incomplete, or whose stage word kmcore cannot place, are
    imported flagged (`kmcore review incomplete`); another choice word it cannot place is
    left empty, with a warning; rows with problems are listed by row and column in a report
    file and left out (with --strict, nothing is imported). Importing the same file again
    changes nothing; rows that changed update their records.

    Exits 0 when every row was imported, 3 when some rows were left out, 1 on an error.

    \b
    Examples:
        kmcore import innovations-log.xlsx --type innovation --dry-run
        kmcore import log.xlsx --type innovation --map "Notes=" --save-mapping log.toml
        kmcore import log.xlsx --type innovation --map-value 'stage:"BAU"=embedded'
        kmcore import staff.xlsx --type person --default department=Library
        kmcore import log.xlsx --type innovation --mapping log.toml --yes
        kmcore import experts.csv --type person --strict
    """
    from kmcore.io.importer import Importer
    from kmcore.io.mapping import save_mapping as write_mapping

    kb = open_kb(ctx)
    importer = Importer(kb, file, record_type, sheet=sheet, mapping=mapping_file,
                        overrides=_overrides(overrides), values=_map_values(value_pairs),
                        defaults=_defaults(default_pairs), create_people=create_people,
                        status=status, strict=strict)
    mapping = importer.open()
    talk = not as_json
    if talk:
        _show_opening(importer, mapping, file)
    if report_path is None and not dry_run:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        report_path = Path(kb.root) / "import-reports" / f"{file.stem}-{stamp}.csv"
    show_bar = talk and not no_progress and sys.stderr.isatty()
    ask = not yes and talk and sys.stdin.isatty()
    # Nobody to ask before saving: the records are saved as their rows are checked.
    result = _check_rows(importer, report_path, show_bar=show_bar,
                         save=not dry_run and not ask)
    if save_mapping is not None:
        # The file's words are masked like every other output: a patient identifier typed
        # into a choice column must not be copied into the mapping file.
        write_mapping(mapping, save_mapping, found={
            field: {masked_text(word): (vc.choice.value, vc.count) for word, vc in words.items()}
            for field, words in result.values.items()})
    if talk:
        _show_checked(result, save_mapping)
    if dry_run:
        importer.discard()
    elif not result.applied:
        saved = _save_rows(importer, result, ask=ask, strict=strict, show_bar=show_bar)
        if saved is None:
            return
        result = saved
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(result.summary())
        if dry_run:
            click.echo("This was a dry run: nothing was saved.")
    if result.error_rows:
        ctx.exit(3)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonld"]),
              required=True, help="csv (one type), xlsx (a sheet per type) or jsonld.")
@click.option("--type", "record_types", multiple=True,
              help="Only this record type (repeatable; CSV needs exactly one).")
@click.option("--status", "statuses", multiple=True,
              help="Only records in this editorial status (repeatable), e.g. published.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="The file to write (replaced whole, never half-written).")
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, record_types: tuple[str, ...],
               statuses: tuple[str, ...], output: Path) -> None:
    """Export records to CSV, Excel or JSON-LD (schema.org and Dublin Core).

    The files import back with `kmcore import` unchanged. Exports hold everything the
    records hold, including people's work contact details: keep them where the knowledge
    base itself is kept.

    \b
    Examples:
        kmcore export --format xlsx -o knowledge-base.xlsx
        kmcore export --format csv --type innovation --status published -o innovations.csv
        kmcore export --format jsonld -o kb.jsonld
    """
    from kmcore.io.export import export_records

    kb = open_kb(ctx)
    records = None
    if statuses:
        wanted = set(statuses)
        types = list(record_types) or sorted(kb.types)
        records = [r for t in types for r in kb.records(t)
                   if str(getattr(r, "status", "")) in wanted]
    counts = export_records(kb, output, fmt,  # type: ignore[arg-type]
                            record_types=record_types, records=records)
    total = sum(counts.values())
    parts = ", ".join(f"{n} {t}" for t, n in sorted(counts.items())) or "no records"
    click.echo(f"Exported {total} records ({parts}) to {output}.")

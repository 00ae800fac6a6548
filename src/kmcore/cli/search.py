"""Search commands: search, index, experts, related, digest."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kmcore.cli._common import UK_DATE, open_kb

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase
    from kmcore.search.index import Hit


def _open(ctx: click.Context) -> KnowledgeBase:
    """The knowledge base, saying so on stderr when its search index must be built first
    (about 3 s per 10,000 records), so a long first search is not mistaken for a hang."""
    kb = open_kb(ctx)
    if not kb.search_index().path.exists():
        click.echo("Building the search index (first use; later searches are quick)…",
                   err=True)
    return kb


class QueryCommand(click.Command):
    """A command whose QUERY may hold ``-word`` exclusions.

    Click would take ``-riverside`` for an unknown option (``-r``...); an argument starting
    with one ``-`` that is not one of the command's options is rewritten to ``NOT word``
    before parsing. ``-n5`` (an option with its number) is left alone; ``--`` ends options.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = {o for p in self.params if isinstance(p, click.Option)
                 for o in (*p.opts, *p.secondary_opts)}
        rewritten: list[str] = []
        for position, arg in enumerate(args):
            if arg == "--":
                rewritten += args[position:]
                break
            if (arg.startswith("-") and not arg.startswith("--") and len(arg) > 2
                    and arg not in known and not (arg[:2] in known and arg[2:].isdigit())):
                word = arg[1:]
                rewritten += ["NOT", f'"{word}"' if " " in word else word]
            else:
                rewritten.append(arg)
        return super().parse_args(ctx, rewritten)


def _bold(start: bool) -> tuple[str, str]:
    # Highlights as bold on a terminal, [brackets] when the output is piped or a file.
    return ("\x1b[1m", "\x1b[0m") if start else ("[", "]")


@click.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1, required=True)
@click.option("--type", "-t", "types", multiple=True, metavar="TYPE",
              help="Only this record type (repeatable): innovation, lesson, story...")
@click.option("--stage", multiple=True, help="Only innovations at this stage (repeatable).")
@click.option("--department", multiple=True, help="Only this department (repeatable).")
@click.option("--organisation", "--org", "organisation", multiple=True,
              help="Only records owned by this organisation (name or ODS code).")
@click.option("--subject", multiple=True, help="Only records with this subject term or code.")
@click.option("--staff-group", multiple=True, help="Only records for this ESR staff group.")
@click.option("--from", "date_from", type=UK_DATE, help="Records dated on or after (DD/MM/YYYY).")
@click.option("--to", "date_to", type=UK_DATE, help="Records dated on or before (DD/MM/YYYY).")
@click.option("--visibility", multiple=True, help="private, organisation, nhs or public.")
@click.option("--status", multiple=True, help="draft, published... (repeatable).")
@click.option("--include-confidential", is_flag=True,
              help="Include HR-confidential captures (exit interviews), left out by default.")
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results.")
@click.option("--people", "people", type=click.IntRange(0, 100), default=3, show_default=True,
              help="Also list up to this many matching people, apart from the records "
                   "(0: none).")
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.pass_context
def search_cmd(ctx: click.Context, query: tuple[str, ...], types: tuple[str, ...],
               stage: tuple[str, ...], department: tuple[str, ...],
               organisation: tuple[str, ...], subject: tuple[str, ...],
               staff_group: tuple[str, ...], date_from: dt.date | None, date_to: dt.date | None,
               visibility: tuple[str, ...], status: tuple[str, ...],
               include_confidential: bool, limit: int, offset: int, people: int,
               as_json: bool) -> None:
    """Search the knowledge base for QUERY, best matches first.

    Words are matched in any form (fall, falls, falling), in British or American spelling,
    and through synonyms and acronyms (pressure sore, pressure ulcer; POCT, point of care
    testing), which count less than the words typed. Use "quotes" for a phrase, word* for a
    prefix, OR between alternatives and -word to leave records out. People are listed apart,
    after the records (--people 0 for none, --type person to rank them as records). The
    index is brought up to date first (see `kmcore index`; `kmcore index --explain QUERY`
    shows how a query was widened and ranked).
    """
    kb = _open(ctx)
    results = kb.search(
        " ".join(query), limit=limit, offset=offset, types=types, stage=stage,
        department=department, organisation=organisation, subject=subject,
        staff_group=staff_group,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        visibility=visibility, status=status, include_confidential=include_confidential,
        people=people if offset == 0 else 0,
    )
    if as_json:
        click.echo(json.dumps({
            "query": results.query.text, "total": results.total,
            "complete": results.complete, "relaxed": results.relaxed,
            "notes": list(results.notes), "hits": [h.as_dict() for h in results.hits],
            "people": [h.as_dict() for h in results.people],
        }, indent=2, ensure_ascii=False))
        return
    for note in results.notes:
        click.secho(f"Note: {note}", fg="yellow", err=True)
    if not results.hits:
        if results.total:
            click.echo(f"No more results: {results.total} in all for {results.query.text}.")
        elif not results.query.empty:
            click.echo(f"No records match {results.query.text}.")
        _print_people(results.people)
        return
    start, end = _bold(sys.stdout.isatty())
    said_partial = False
    hits = results.hits
    for position, hit in enumerate(hits):
        number = offset + 1 + position
        # A heading when the rest are all partial (records with every word came first);
        # otherwise (long queries rank both together) each partial record says so.
        tail = hit.partial and all(h.partial for h in hits[position:])
        if tail and not said_partial and results.complete:
            click.echo("\nRecords with some of the words:")
        said_partial = said_partial or tail
        click.echo(f"{number}. {hit.title_text(start, end)}")
        facts = [hit.type, hit.id, hit.stage or hit.technique, hit.department, hit.date]
        if hit.partial and not said_partial:
            facts.append("some of the words")
        click.echo("   " + " · ".join(x for x in facts if x))
        snippet = hit.snippet_text(start, end)
        if snippet:
            click.echo("   " + snippet)
    shown = f"{offset + 1}-{offset + len(results.hits)}"
    click.echo(f"\n{shown} of {results.total} result{'s' if results.total != 1 else ''} "
               f"for {results.query.text}")
    _print_people(results.people)


def _print_people(people: tuple[Hit, ...]) -> None:
    if not people:
        return
    click.echo("\nPeople (who to ask: `kmcore experts`):")
    for hit in people:
        facts = " · ".join(x for x in (hit.id, hit.department) if x)
        click.echo(f"- {hit.title}  ({facts})")


@click.command("index")
@click.option("--rebuild", is_flag=True,
              help="Build the index from scratch into a new file (use after an erasure).")
@click.option("--remove", "remove_ids", multiple=True, metavar="ID",
              help="Take a record out of the index now and compact it (repeatable).")
@click.option("--delete", "delete_file", is_flag=True,
              help="Delete the index file; the next search builds it again.")
@click.option("--explain", "explain", metavar="QUERY",
              help="Show how QUERY is widened (synonyms, acronyms) and why each of the first "
                   "results ranks where it does.")
@click.pass_context
def index_cmd(ctx: click.Context, rebuild: bool, remove_ids: tuple[str, ...],
              delete_file: bool, explain: str | None) -> None:
    """Bring the search index up to date, including records edited by hand.

    The index (.kmcore/cache/search.sqlite3) is derived from the records and never the
    source of truth; searches keep it current from the change feed on their own. With
    --explain QUERY, show how a search for QUERY is widened and ranked instead.
    """
    kb = open_kb(ctx)
    index = kb.search_index()
    if explain is not None:
        _explain(kb, explain)
        return
    if delete_file:
        index.delete_file()
        click.echo(f"Deleted the search index {index.path}.")
        return
    if remove_ids:
        removed = index.remove(remove_ids)
        click.echo(f"Removed {removed} record(s) from the search index.")
        return
    report = index.rebuild() if rebuild else index.refresh(thorough=True)
    if report.rebuilt:
        reason = f" ({report.reason})" if report.reason else ""
        click.echo(f"Rebuilt the search index: {report.indexed} records{reason}.")
    elif report.indexed or report.removed:
        click.echo(f"Search index updated: {report.indexed} re-indexed, "
                   f"{report.removed} removed.")
    else:
        click.echo("The search index is up to date.")
    click.echo(f"{index.doc_count()} searchable records in {index.path}")


def _explain(kb: KnowledgeBase, query: str) -> None:
    """Print how *query* is widened and why each of its first ten results ranks there."""
    index = kb.search_index()
    results = kb.search(query, limit=10, people=0)
    click.echo(f"Query: {results.query.text or '(nothing to search for)'}")
    for note in results.notes:
        click.echo(f"Note: {note}")
    _, problems = index.librarian_synonyms()
    for problem in problems:
        click.echo(f"Note: {kb.root / 'synonyms.txt'}: {problem} (line not used)")
    if results.query.soft:
        click.echo("A question: its generic words count less than the topic's: "
                   + ", ".join(sorted(results.query.soft)))
    expanded = results.expanded
    if expanded is not None:
        if not expanded.added:
            click.echo("Widened with: nothing (no synonyms or acronyms known for these words)")
        else:
            click.echo("Widened with (each counts less than the words typed):")
            for words, alternative, source, weight in expanded.added:
                click.echo(f"  {words} -> {alternative}  ({source}; weight {weight:g})")
    click.echo(f"Records with every word (or an alternative): {results.complete}; "
               f"with some of them: {results.total - results.complete}")
    if not results.hits:
        return
    click.echo("\nRanking (score = per word: weight x BM25F over title 3, summary 2, "
               "subjects 2, body 1, people 1; x share of words; x closeness bonus):")
    for number, hit in enumerate(results.hits, start=1):
        click.echo(f"{number}. {hit.title}  [{hit.type} {hit.id}]  score {hit.score:.3f}")
        parts = [f"{group}: {'its own words' if not source else choice + ' (' + source + ')'}"
                 f" {part:.3f}" for group, choice, source, part in hit.matched]
        click.echo("   " + "; ".join(parts))
        facts = [f"words matched {hit.coverage:.0%}"]
        if hit.proximity:
            facts.append(f"closeness {hit.proximity:.2f}")
        if hit.partial:
            facts.append("has only some of the words")
        click.echo("   " + ", ".join(facts))


@click.command("experts")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the people and evidence as JSON.")
@click.pass_context
def experts_cmd(ctx: click.Context, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Who to ask about QUERY: people ranked by the expertise they declared (or colleagues
    endorsed) and by the records they are on, each shown with the evidence.

    Only people with a directory profile appear; people who objected or have left never do.
    """
    kb = _open(ctx)
    experts = kb.experts(" ".join(query), limit=limit)
    if as_json:
        click.echo(json.dumps([e.as_dict() for e in experts], indent=2, ensure_ascii=False))
        return
    if not experts:
        click.echo("Nobody in the directory matches; try fewer or broader words.")
        return
    for number, expert in enumerate(experts, start=1):
        title = " · ".join(x for x in (expert.job_title, expert.department) if x)
        click.secho(f"{number}. {expert.name}", bold=True, nl=False)
        click.echo(f"  ({title})" if title else "")
        for line in expert.evidence_lines():
            click.echo(f"   - {line}")
        if expert.willing_to:
            happy = ", ".join(w.replace("_", " ") for w in expert.willing_to)
            click.echo(f"   Happy to: {happy}")


@click.command("related")
@click.argument("record_id")
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=10, show_default=True)
@click.option("--lessons", "lessons_only", is_flag=True,
              help="For a before action review or peer assist: earlier lessons that apply.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def related_cmd(ctx: click.Context, record_id: str, limit: int, lessons_only: bool,
                as_json: bool) -> None:
    """Records related to RECORD_ID (shared subjects, people, links, similar words), each
    with the reasons; with --lessons, the lessons from earlier captures that apply."""
    from kmcore.search.connections import lessons_for, related

    kb = _open(ctx)
    record = kb.get(record_id)
    index = kb.search_index()
    found = lessons_for(index, record, limit=limit) if lessons_only else related(
        index, record, limit=limit)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No related records found." if not lessons_only else
                   "No earlier lessons found that apply.")
        return
    for item in found:
        click.echo(f"- {item.title}  [{item.type} {item.id}]")
        click.echo(f"  {'; '.join(item.reasons)}")


@click.command("digest")
@click.option("--since", default="7d", show_default=True, metavar="PERIOD|DATE",
              help="What counts as new: 7d, 2w, 1m (days, weeks, 30-day months) or a date.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write one .eml file per person here (default: print the text bodies).")
@click.option("--sender", default="library@nhs.example", show_default=True,
              help="From address for the .eml files.")
@click.option("--person", "people", multiple=True, metavar="ID",
              help="Only the digest of this person (repeatable).")
@click.pass_context
def digest_cmd(ctx: click.Context, since: str, out_dir: Path | None, sender: str,
               people: tuple[str, ...]) -> None:
    """What is new in each person's declared areas of expertise, as e-mail bodies.

    Sending is left to the trust's mail system: --out writes .eml files (text and HTML) that
    it can send; without --out the text bodies are printed.
    """
    from kmcore.search.digest import build_digests, parse_since, write_eml

    kb = _open(ctx)
    digests = build_digests(kb.search_index(), parse_since(since), people=people or None)
    if not digests:
        click.echo("Nothing new in anybody's areas since then.")
        return
    if out_dir is None:
        for digest in digests:
            click.echo(digest.text())
            click.echo("-" * 72)
        return
    written = [write_eml(digest, out_dir, sender=sender, kb_name=kb.settings.name)
               for digest in digests]
    click.echo(f"Wrote {len(written)} digest(s) to {out_dir}")

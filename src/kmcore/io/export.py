"""Records out as CSV, Excel or JSON-LD, in shapes that ``kmcore import`` reads back.

- **CSV**: one record type per file; the header is the field names, so importing the file
  maps every column by name. Lists are ``a; b``; nested parts (outcomes, a team, technique
  details) are JSON text.
- **Excel**: the same columns, one sheet per record type (import a sheet with ``--sheet``).
- **JSON-LD**: one ``@graph`` of every record, described with schema.org and Dublin Core terms
  (domain model §8) so other tools can read it, each node also carrying the complete record
  under ``kmcore:record`` so that nothing is lost on the way back in.

Spreadsheet cells that start with ``=``, ``+``, ``-``, ``@`` or a tab would run as formulas
when the file is opened in Excel (CSV injection); they are written with a leading ``'``, which
Excel hides and the importer removes.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from kmcore import codec
from kmcore.errors import KmcoreError
from kmcore.io.columns import Column, cell_text, columns_for
from kmcore.kb import KnowledgeBase
from kmcore.records.base import Record
from kmcore.store._files import replaced_when_done

__all__ = ["FORMATS", "export_records", "jsonld_node", "safe_cell"]

Format = Literal["csv", "xlsx", "jsonld"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "jsonld")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: The JSON-LD context: schema.org as the default vocabulary, Dublin Core terms as dcterms.
CONTEXT = {
    "@vocab": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "kmcore": "urn:kmcore:terms:",
}
_SCHEMA_TYPES = {"innovation": "CreativeWork", "person": "Person", "story": "Article",
                 "capture_record": "Event", "lesson": "CreativeWork"}
_DCMI_TYPES = {"capture_record": "Event", "person": "Agent"}


def safe_cell(text: str) -> str:
    """*text* as a spreadsheet cell that Excel shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _rows(records: Iterable[Record], columns: list[Column]) -> Iterator[list[str]]:
    for record in records:
        data = codec.to_dict(record)
        yield [safe_cell(cell_text(c, data.get(c.name))) for c in columns]


def _atomic(path: Path, write: Any) -> Path:
    """Write through a temporary file beside *path*, so a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_when_done(str(path)) as tmp:
        write(Path(tmp))
    return path


def export_records(kb: KnowledgeBase, path: str | Path, fmt: Format, *,
                   record_types: Iterable[str] = (), records: Iterable[Record] | None = None
                   ) -> dict[str, int]:
    """Write records of *record_types* (all types when empty) to *path* as *fmt*.

    :param records: export these instead of reading the knowledge base (already filtered).
    :return: how many records of each type were written.
    :raises KmcoreError: CSV asked for more than one type, or the file cannot be written.
    """
    path = Path(path)
    types = [kb.type_spec(t).name for t in record_types] or sorted(kb.types)
    if fmt == "csv" and len(types) != 1:
        raise KmcoreError("a CSV file holds one record type",
                          hint="Pass --type (innovation, person, ...), or use --format xlsx "
                          "for one sheet per type.")
    counts: dict[str, int] = {}

    def chosen(record_type: str) -> Iterator[Record]:
        source = records if records is not None else kb.records(record_type)
        for record in source:
            if record.record_type == record_type:
                counts[record_type] = counts.get(record_type, 0) + 1
                yield record

    try:
        if fmt == "csv":
            _atomic(path, lambda tmp: _write_csv(tmp, kb, types[0], chosen(types[0])))
        elif fmt == "xlsx":
            _atomic(path, lambda tmp: _write_xlsx(tmp, kb, types, chosen))
        elif fmt == "jsonld":
            _atomic(path, lambda tmp: _write_jsonld(tmp, kb, types, chosen))
        else:
            raise KmcoreError(f"unknown export format {fmt!r}",
                              hint=f"Use one of {', '.join(FORMATS)}.")
    except OSError as exc:
        raise KmcoreError(f"{path}: cannot be written ({exc.strerror or exc})",
                          hint="Check the folder exists and you may write there, and that "
                          "the file is not open in Excel.") from None
    return counts


def _write_csv(path: Path, kb: KnowledgeBase, record_type: str,
               records: Iterable[Record]) -> None:
    columns = columns_for(kb.type_spec(record_type).cls)
    # utf-8-sig: Excel opens the file with the right characters by double-click.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([c.name for c in columns])
        writer.writerows(_rows(records, columns))


def _write_xlsx(path: Path, kb: KnowledgeBase, types: list[str], chosen: Any) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)  # streams rows: bounded memory
    for record_type in types:
        sheet = book.create_sheet(title=record_type[:31])
        columns = columns_for(kb.type_spec(record_type).cls)
        sheet.append([c.name for c in columns])
        for row in _rows(chosen(record_type), columns):
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, always: never a formula, never a number
                cells.append(cell)
            sheet.append(cells)
    book.save(path)


def jsonld_node(record: Record, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """One record as a JSON-LD node: schema.org and Dublin Core terms, plus the full record."""
    data = data if data is not None else codec.to_dict(record)
    kind = record.record_type
    node: dict[str, Any] = {
        "@id": f"urn:kmcore:{kind}:{record.id}",
        "@type": _SCHEMA_TYPES.get(kind, "CreativeWork"),
        "identifier": record.id,
        "dcterms:identifier": record.id,
        "dcterms:type": _DCMI_TYPES.get(kind, "Text"),
        "additionalType": f"kmcore:{kind}",
    }

    def put(key: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            node[key] = value

    title = data.get("title") or data.get("display_name")
    put("name", title)
    put("dcterms:title", title)
    if kind == "story":
        put("headline", title)
    put("abstract", data.get("summary"))
    put("dcterms:description", data.get("summary") or data.get("description"))
    put("description", data.get("description") or data.get("statement"))
    put("keywords", data.get("keywords"))
    subjects = [_term(s) for s in data.get("subjects", [])]
    put("about", subjects)
    put("dcterms:subject", [s.get("url") or s["name"] for s in subjects])
    put("dateCreated", data.get("created_at"))
    put("dcterms:created", data.get("created_at"))
    put("dateModified", data.get("updated_at"))
    put("dcterms:modified", data.get("updated_at"))
    put("dcterms:valid", data.get("review_due"))
    put("dcterms:accessRights", data.get("visibility"))
    put("license", data.get("licence"))
    put("dcterms:license", data.get("licence"))
    put("audience", [{"@type": "Audience", "audienceType": g}
                     for g in data.get("audience_staff_groups", [])])
    provenance = data.get("provenance")
    if isinstance(provenance, dict):
        put("dcterms:provenance", ", ".join(str(v) for v in provenance.values() if v))
    org = data.get("owner_org")
    if isinstance(org, dict):
        put("sourceOrganization", _org(org))
        put("dcterms:publisher", org.get("name"))
    if kind == "innovation":
        put("creativeWorkStatus", data.get("stage"))
        put("author", _ref(data.get("lead"), "person"))
        put("contributor", [_ref(m.get("person"), "person") for m in data.get("team", [])])
        put("dcterms:creator", _ref(data.get("lead"), "person"))
    elif kind == "person":
        put("givenName", data.get("given_name"))
        put("familyName", data.get("family_name"))
        put("jobTitle", data.get("job_title"))
        put("email", data.get("work_email"))
        put("telephone", data.get("phone"))
        if data.get("orcid"):
            node["identifier"] = [record.id, {"@type": "PropertyValue", "propertyID": "ORCID",
                                              "value": data["orcid"]}]
        profile = data.get("profile") or {}
        put("knowsAbout", [_term(c["concept"]) for c in profile.get("expertise", [])
                           if isinstance(c, dict) and "concept" in c])
    elif kind == "story":
        put("about", [_ref(i, "") for i in data.get("about", [])] or subjects)
    elif kind == "capture_record":
        put("startDate", data.get("held_on"))
        put("endDate", data.get("held_until"))
        put("organizer", _ref(data.get("facilitator"), "person"))
        details = data.get("details")
        if isinstance(details, dict):
            put("kmcore:technique", details.get("technique"))
    elif kind == "lesson":
        put("text", data.get("statement"))
    node["kmcore:record"] = data
    return node


def _term(concept: dict[str, Any]) -> dict[str, Any]:
    term: dict[str, Any] = {"@type": "DefinedTerm", "name": concept.get("label", "")}
    if concept.get("code"):
        term["termCode"] = concept["code"]
    if concept.get("uri"):
        term["url"] = concept["uri"]
    if concept.get("scheme"):
        term["inDefinedTermSet"] = concept["scheme"]
    return term


def _org(org: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Organization", "name": org.get("name", "")}
    if org.get("ods_code"):
        out["identifier"] = {"@type": "PropertyValue", "propertyID": "ODS",
                             "value": org["ods_code"]}
    return out


def _ref(record_id: Any, kind: str) -> dict[str, Any] | None:
    if not record_id:
        return None
    return {"@id": f"urn:kmcore:{kind}:{record_id}" if kind else f"urn:kmcore:{record_id}"}


def _write_jsonld(path: Path, kb: KnowledgeBase, types: list[str], chosen: Any) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{\n  "@context": ' + json.dumps(CONTEXT) + ',\n  "@graph": [')
        first = True
        for record_type in types:
            for record in chosen(record_type):
                fh.write(("\n    " if first else ",\n    ")
                         + json.dumps(jsonld_node(record), ensure_ascii=False))
                first = False
        fh.write("\n  ]\n}\n")

"""What the site shows of a record: cards for lists, page sections, and schema.org JSON-LD.

Records become plain data here (dicts, lists, strings) so the templates stay simple and
nothing a template does can reach back into a record. Text is never marked safe in this
module: jinja2 escapes it when the page is rendered. Links to other records are resolved
through a :class:`Resolver`, which knows only what is *published on this site*: a record
that is not published (private, blocked by a gate, deleted) is named "not published here",
never by its title, so a page cannot leak the title of a record its reader may not see.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from kmcore.publish.html.safe import safe_url
from kmcore.records import _fields as f
from kmcore.records.base import ConceptRef, KnowledgeRecord, OrgRef, Record
from kmcore.records.links import inverse_of
from kmcore.records.vocab import (
    ConsentBasis,
    EmploymentStatus,
    ExpertiseBasis,
    Mode,
    Stage,
    Visibility,
)

__all__ = [
    "FACETS",
    "Node",
    "Resolver",
    "card",
    "jsonld",
    "person_profile",
    "record_sections",
]

Node = dict[str, Any]
#: ``resolve(id) -> (title, site-relative path) or None`` for records published on this site.
Resolver = Callable[[str], "tuple[str, str] | None"]

# Fields every page shows in its own place (title, summary, key facts) or never shows.
_SKIP = frozenset({
    "id", "revision", "created_at", "updated_at", "provenance", "consents", "links",
    "title", "summary", "display_name", "given_name", "family_name", "visibility", "profile",
    "created_by", "owner_org", "status", "recording_consent", "confidentiality",
})
# Long text fields: each gets its own section with a heading, in field order.
_NARRATIVE = frozenset({
    "problem", "description", "challenge", "what_we_did", "how_it_helped", "statement",
    "recommendation", "context", "purpose", "trigger_event", "impact", "root_cause",
    "early_warning",
})
_LABELS = {
    "qio_outcomes": "Quality and Improvement Outcomes",
    "km_goals": "KM goals",
    "trl": "Technology readiness level",
    "audience_staff_groups": "For staff groups",
    "applies_to_staff_groups": "Applies to staff groups",
    "what_we_did": "What we did",
    "how_it_helped": "How it helped",
    "who_asked": "Who asked",
    "held_on": "Held on",
    "context_refs": "Concerns",
    "lessons": "Lessons",
    "prior_lessons": "Lessons consulted",
    "follows_up": "Follows up",
    "orcid": "ORCID iD",
    "work_email": "Work email",
    "innovation_type": "Type of innovation",
    "setting": "Care setting",
    "staff_hours": "Staff hours saved a year",
    "time_saved_hours": "Time saved (hours)",
    "url": "Link",
    "uri": "Link",
    "doi": "DOI",
    "pmid": "PubMed id",
    "ods_code": "ODS code",
    "is_lks_staff": "Library and knowledge service staff",
    "evidences": "Shows the expertise of",
    "person": "Who",
    "role_label": "Role",
}
#: Facets a list page can filter on, per record type (generic types get ``department``).
FACETS: dict[str, tuple[str, ...]] = {
    "innovation": ("stage", "department", "setting", "innovation_type"),
    "story": ("kind", "department"),
    "capture_record": ("technique", "phase", "department"),
    "lesson": ("polarity", "lesson_status", "department"),
    "person": ("department", "staff_group"),
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def label_of(name: str) -> str:
    """A reader's label for a field name: ``key_learning_points`` -> ``Key learning points``."""
    if name in _LABELS:
        return _LABELS[name]
    if name.endswith("_gbp_per_year"):
        return f"{label_of(name[: -len('_gbp_per_year')])} (£ a year)"
    if name.endswith("_gbp"):
        return f"{label_of(name[:-4])} (£)"
    return name.replace("_", " ").capitalize()


def fmt_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


_ACRONYMS = {"Lks": "LKS", "Km": "KM", "Ed": "ED", "Nhs": "NHS", "Cpd": "CPD", "Ai": "AI"}


def vocab_label(value: enum.Enum) -> str:
    """A vocabulary value as readers see it, acronyms kept: ``lks_service`` -> ``LKS service``."""
    label = str(getattr(value, "label", value.value))
    head, _, rest = label.partition(" ")
    head = _ACRONYMS.get(head, head)
    return f"{head} {rest}" if rest else head


def _scalar(name: str, value: Any) -> str:
    if isinstance(value, enum.Enum):
        return vocab_label(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return fmt_date(value)
    if isinstance(value, decimal.Decimal):
        return f"£{value:,.2f}" if "gbp" in name else f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def text(value: str) -> Node:
    return {"k": "text", "v": value}


def _ref(record_id: str, resolve: Resolver) -> Node:
    found = resolve(record_id)
    if found is None:
        return {"k": "text", "v": "(not published here)", "muted": True}
    return {"k": "link", "v": found[0], "href": found[1]}


def _url_node(value: str, label: str | None = None) -> Node:
    href = safe_url(value)
    if href is None:
        return text(value if label is None else f"{label} ({value})")
    return {"k": "ext", "v": label or value, "href": href}


def _value(field: attrs.Attribute[Any], value: Any, resolve: Resolver) -> Node | None:
    """One field's value as a node, or None when it is empty or not for readers."""
    if _empty(value):
        return None
    fi = f.info(field)
    name = field.name
    if fi.rel:
        if isinstance(value, str):
            return _ref(value, resolve)
        return {"k": "list", "items": [_ref(v, resolve) for v in value if isinstance(v, str)]}
    if name in ("url", "uri") and isinstance(value, str):
        return _url_node(value)
    if isinstance(value, tuple):
        items = [n for n in (_item(field, v, resolve) for v in value) if n is not None]
        if not items:
            return None
        if all(n["k"] == "text" for n in items) and all(len(n["v"]) <= 60 for n in items):
            return text(", ".join(n["v"] for n in items))
        return {"k": "list", "items": items}
    if attrs.has(type(value)):
        return part(value, resolve)
    return text(_scalar(name, value))


def _item(field: attrs.Attribute[Any], value: Any, resolve: Resolver) -> Node | None:
    if attrs.has(type(value)):
        return part(value, resolve)
    if isinstance(value, int) and field.name == "qio_outcomes":
        return text(f"Outcome {value}")
    return text(_scalar(field.name, value))


def part(obj: Any, resolve: Resolver) -> Node:
    """A nested value (an outcome, a team member, a technique's details) as a node."""
    if isinstance(obj, ConceptRef):
        return _concept(obj)
    if isinstance(obj, OrgRef):
        return text(f"{obj.name} ({obj.ods_code})" if obj.ods_code else obj.name)
    if type(obj).__name__ == "Quote":
        return _quote(obj, resolve)
    if type(obj).__name__ == "Attachment":
        label = obj.title + (f" ({obj.kind})" if obj.kind else "")
        return _url_node(obj.url, label) if obj.url else text(label)
    rows: list[dict[str, Any]] = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        node = _value(field, value, resolve)
        if node is not None:
            rows.append({"label": label_of(field.name), "node": node})
    if len(rows) <= 3 and all(r["node"]["k"] in ("text", "link", "ext") and
                              len(r["node"]["v"]) <= 80 for r in rows):
        return {"k": "inline", "rows": rows}  # a team member, a stage change: one line
    return {"k": "dl", "rows": rows}


def _concept(concept: ConceptRef) -> Node:
    code = f" ({concept.scheme.upper()} {concept.code})" if concept.code else ""
    href = safe_url(concept.uri) if concept.uri else None
    if href:
        return {"k": "ext", "v": concept.label + code, "href": href}
    return text(concept.label + code)


def _quote(quote: Any, resolve: Resolver) -> Node:
    who: list[Node] = []
    if quote.person:
        who.append(_ref(quote.person, resolve))
    extra = ", ".join(x for x in (quote.role, quote.organisation) if x)
    if extra:
        who.append(text(extra))
    return {"k": "quote", "v": quote.text, "who": who}


def _paragraphs(value: str) -> list[str]:
    return [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]


def record_sections(record: Record, resolve: Resolver) -> tuple[list[dict[str, Any]],
                                                                 list[dict[str, Any]]]:
    """``(facts, sections)`` for a record page: key facts as label/node rows, then sections
    (heading + paragraphs or a node) in the record class's field order."""
    facts: list[dict[str, Any]] = []
    narrative: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    for field in attrs.fields(type(record)):
        name = field.name
        if name in _SKIP:
            continue
        value = getattr(record, name)
        if _empty(value):
            continue
        if name in _NARRATIVE and isinstance(value, str):
            narrative.append({"heading": label_of(name), "paras": _paragraphs(value)})
            continue
        if name == "details" and attrs.has(type(value)):
            technique = getattr(type(value), "technique", None)
            heading = vocab_label(technique) if isinstance(technique, enum.Enum) else "Details"
            sections.append({"heading": heading, "node": part(value, resolve)})
            continue
        node = _value(field, value, resolve)
        if node is None:
            continue
        if node["k"] in ("text", "link", "ext"):
            facts.append({"label": label_of(name), "node": node})
        else:
            sections.append({"heading": label_of(name), "node": node})
    return facts, narrative + sections


def backlinks(refs: list[tuple[str, str, str, str]]) -> list[dict[str, Any]]:
    """"Linked from" groups: *refs* are (rel, source id, title, path) pointing at a record."""
    groups: dict[str, list[Node]] = {}
    for rel, _source, title, path in sorted(refs, key=lambda r: (r[0], r[2].lower(), r[1])):
        groups.setdefault(label_of(inverse_of(rel)), []).append(
            {"k": "link", "v": title, "href": path}
        )
    return [{"label": label, "items": items} for label, items in groups.items()]


# --- people ------------------------------------------------------------------------------------


def profile_visible(person: Any, audience: Visibility) -> bool:
    """True when the person's expertise profile may be shown on a site for *audience*."""
    if getattr(person, "hidden_from_directory", True):
        return False
    profile = person.profile
    return isinstance(profile.visibility, Visibility) and profile.visibility.rank >= audience.rank


def claims(person: Any) -> Iterator[Any]:
    """The expertise claims that may be shown: an inferred claim only with its evidence."""
    for claim in person.profile.expertise:
        if claim.basis == ExpertiseBasis.INFERRED and not claim.evidence:
            continue
        yield claim


def person_profile(person: Any, resolve: Resolver) -> dict[str, Any]:
    """The expertise profile section of a person's page (call only when visible)."""
    profile = person.profile
    expertise = []
    for claim in claims(person):
        expertise.append({
            "concept": _concept(claim.concept),
            "level": vocab_label(claim.level) if claim.level else "",
            "basis": vocab_label(claim.basis),
            "since": fmt_date(claim.since),
            "evidence": [
                {"node": _ref(e.record, resolve), "role": e.role} for e in claim.evidence
            ],
            "endorsed_by": [_ref(p, resolve) for p in claim.endorsed_by],
        })
    rows = []
    for name in ("methods_experience", "populations", "settings", "languages", "willing_to",
                 "memberships"):
        field = attrs.fields_dict(type(profile))[name]
        node = _value(field, getattr(profile, name), resolve)
        if node is not None:
            rows.append({"label": label_of(name), "node": node})
    return {
        "overview": profile.overview,
        "expertise": expertise,
        "rows": rows,
        # Optional non-work content is shown only when the person consented to it.
        "informal": profile.informal if profile.lawful_basis == ConsentBasis.CONSENT else "",
        "confirmed": fmt_date(profile.last_confirmed_on),
    }


def person_facts(person: Any) -> list[dict[str, Any]]:
    """Work details for a person's page; contact details only while they work here."""
    facts: list[dict[str, Any]] = []

    def add(label: str, node: Node | None) -> None:
        if node is not None:
            facts.append({"label": label, "node": node})

    for name in ("job_title", "profession", "department", "site"):
        value = getattr(person, name)
        if value:
            add(label_of(name), text(value))
    if person.staff_group:
        add("Staff group", text(person.staff_group.label))
    if person.employer:
        add("Employer", part(person.employer, lambda _: None))
    if person.employment_status == EmploymentStatus.LEFT:
        add("Status", text("Has left the organisation"))
    else:
        if person.work_email:
            add("Work email", {"k": "mail", "v": person.work_email})
        if person.phone:
            add("Phone", text(person.phone))
    if person.orcid:
        bare = person.orcid.removeprefix("https://orcid.org/")
        add("ORCID iD", {"k": "ext", "v": bare, "href": f"https://orcid.org/{bare}"})
    if person.is_lks_staff:
        add("Library and knowledge service", text("Yes"))
    return facts


# --- cards: what lists, feeds, search and the directory know of a record ----------------------


def _facet(value: Any) -> list[str] | None:
    if _empty(value):
        return None
    if isinstance(value, enum.Enum):
        return [str(value.value), vocab_label(value)]
    return [str(value), str(value)]


def record_date(record: Record) -> dt.date | None:
    held = getattr(record, "held_on", None)
    if isinstance(held, dt.date):
        return held
    stamp = record.updated_at or record.created_at
    return stamp.date() if stamp else None


def card(record: Record, audience: Visibility) -> dict[str, Any]:
    """The small summary of a record the site keeps in its manifest (JSON-ready)."""
    summary = getattr(record, "summary", "") or ""
    if record.record_type == "person":
        summary = ", ".join(x for x in (getattr(record, "job_title", ""),
                                         getattr(record, "department", "")) if x)
    elif not summary:
        for name in ("statement", "problem", "challenge", "purpose"):
            value = getattr(record, name, "")
            if isinstance(value, str) and value:
                summary = value
                break
    if len(summary) > 300:
        summary = summary[:297].rstrip() + "..."
    facets = {}
    for name in FACETS.get(record.record_type, ("department",)):
        value = _facet(getattr(record, name, None))
        if value is not None:
            facets[name] = value
    stamp = record.updated_at or record.created_at
    date = record_date(record)
    data: dict[str, Any] = {
        "title": record.label,
        "summary": summary,
        "facets": facets,
        "date": date.isoformat() if date else "",
        "updated": stamp.isoformat() if stamp else "",
        "keywords": list(getattr(record, "keywords", ()))
        + [c.label for c in getattr(record, "subjects", ())],
    }
    if record.record_type == "person" and profile_visible(record, audience):
        person: Any = record
        data["dir"] = {
            "claims": [
                {
                    "label": c.concept.label,
                    "level": c.level.label if c.level else "",
                    "basis": c.basis.label,
                    "evidence": [[e.record, e.role] for e in c.evidence],
                }
                for c in claims(person)
            ],
            "willing": [vocab_label(w) for w in person.profile.willing_to],
        }
    return data


# --- schema.org JSON-LD (docs/architecture.md: interoperability) -------------------------------


def _org(org: OrgRef | None) -> dict[str, Any] | None:
    if org is None:
        return None
    data: dict[str, Any] = {"@type": "Organization", "name": org.name}
    if org.ods_code:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "ODS",
                              "value": org.ods_code}
    return data


def _term(concept: ConceptRef) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "DefinedTerm", "name": concept.label}
    if concept.code:
        data["termCode"] = concept.code
    if concept.scheme == "mesh":
        data["inDefinedTermSet"] = "https://id.nlm.nih.gov/mesh/"
    if safe_url(concept.uri):
        data["url"] = concept.uri
    return data


def _who(record_id: str | None, resolve: Resolver, url: Callable[[str], str]
         ) -> dict[str, Any] | None:
    if not record_id:
        return None
    found = resolve(record_id)
    if found is None:
        return None
    return {"@type": "Person", "name": found[0], "url": url(found[1])}


def _thing(record_id: str, resolve: Resolver, url: Callable[[str], str]) -> dict[str, Any] | None:
    found = resolve(record_id)
    if found is None:
        return None
    return {"@type": "CreativeWork", "name": found[0], "url": url(found[1])}


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not _empty(v) and v != []}


_MODES = {
    Mode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    Mode.VIRTUAL: "https://schema.org/OnlineEventAttendanceMode",
    Mode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def jsonld(record: Record, resolve: Resolver, audience: Visibility,
           url: Callable[[str], str], own_path: str) -> dict[str, Any]:
    """The record as schema.org JSON-LD (Person, Report, Article, Event, CreativeWork)."""
    ident = f"urn:kmcore:{record.record_type}:{record.id}"
    common: dict[str, Any] = {
        "@context": "https://schema.org",
        "identifier": ident,
        "url": url(own_path),
        "dateCreated": _iso(record.created_at),
        "dateModified": _iso(record.updated_at),
    }
    if isinstance(record, KnowledgeRecord):
        common.update({
            "name": record.title,
            "abstract": record.summary,
            "keywords": ", ".join(record.keywords),
            "about": [_term(c) for c in record.subjects],
            "sourceOrganization": _org(record.owner_org),
            "license": record.licence,
        })
    if record.record_type == "person":
        data = _person_ld(record, audience, ident)
        return _clean({**{k: v for k, v in common.items() if k != "identifier"}, **data})
    build = _LD_BY_TYPE.get(record.record_type)
    if build is None:
        return _clean({**common, "@type": "CreativeWork", "name": record.label})
    return _clean({**common, **build(record, resolve, url)})


def _person_ld(person: Any, audience: Visibility, ident: str) -> dict[str, Any]:
    data = {
        "@type": "Person",
        "name": person.display_name,
        "givenName": person.given_name,
        "familyName": person.family_name,
        "jobTitle": person.job_title,
        "worksFor": _org(person.employer or person.owner_org),
        "identifier": ({"@type": "PropertyValue", "propertyID": "ORCID",
                        "value": person.orcid} if person.orcid else ident),
    }
    if person.employment_status != EmploymentStatus.LEFT:
        data["email"] = person.work_email
        data["telephone"] = person.phone
    if profile_visible(person, audience):
        data["knowsAbout"] = [_term(c.concept) for c in claims(person)]
        data["memberOf"] = [{"@type": "Organization", "name": m.group}
                            for m in person.profile.memberships]
        data["knowsLanguage"] = list(person.profile.languages)
    return data


def _innovation_ld(inn: Any, resolve: Resolver, url: Callable[[str], str]) -> dict[str, Any]:
    stage = inn.stage.label if isinstance(inn.stage, Stage) else str(inn.stage)
    return {
        "@type": "Report",
        "headline": inn.title,
        "description": inn.description,
        "creativeWorkStatus": stage,
        "author": _who(inn.lead, resolve, url),
        "contributor": [w for w in (_who(m.person, resolve, url) for m in inn.team) if w],
        "citation": [c.citation for c in inn.citations],
    }


def _story_ld(story: Any, resolve: Resolver, url: Callable[[str], str]) -> dict[str, Any]:
    data = {
        "@type": "Article",
        "headline": story.title,
        "articleBody": "\n\n".join((story.challenge, story.what_we_did, story.how_it_helped)),
        "genre": story.kind.label,
        "contributor": [w for w in (_who(p, resolve, url) for p in story.working_with) if w],
        "mentions": [t for t in (_thing(a, resolve, url) for a in story.about) if t],
    }
    if story.quote is not None:
        quote: dict[str, Any] = {"@type": "Quotation", "text": story.quote.text}
        speaker = _who(story.quote.person, resolve, url)
        if speaker:
            quote["spokenByCharacter"] = speaker
        data["hasPart"] = quote
    return data


def _capture_ld(cap: Any, resolve: Resolver, url: Callable[[str], str]) -> dict[str, Any]:
    event = _clean({
        "@type": "Event",
        "name": cap.title,
        "description": cap.purpose,
        "startDate": _iso(cap.held_on),
        "endDate": _iso(cap.held_until),
        "eventAttendanceMode": _MODES.get(cap.mode) if cap.mode else None,
        "organizer": _who(cap.facilitator, resolve, url),
        "attendee": [w for w in (_who(p.person, resolve, url) for p in cap.participants
                                 if p.person) if w],
    })
    return {"@type": "CreativeWork", "genre": cap.technique.label, "recordedAt": event,
            "text": "\n".join(cap.insights)}


def _lesson_ld(lesson: Any, resolve: Resolver, url: Callable[[str], str]) -> dict[str, Any]:
    return {"@type": "CreativeWork", "genre": "Lesson learned", "text": lesson.statement,
            "description": lesson.recommendation,
            "creativeWorkStatus": lesson.lesson_status.label}


_LD_BY_TYPE: dict[str, Callable[[Any, Resolver, Callable[[str], str]], dict[str, Any]]] = {
    "innovation": _innovation_ld, "story": _story_ld, "capture_record": _capture_ld,
    "lesson": _lesson_ld,
}

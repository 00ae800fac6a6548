"""Digests: for each person who declared areas of expertise, what is new in those areas.

"People don't know what they don't know": a matron who declared falls prevention hears about
the new falls lesson from the other site without searching for it. A digest is built per person
from their own declared or endorsed claims (never from inferred ones: the person did not say
they are interested) and lists the records saved since a moment that match each area.

Sending is left to the trust's mail system. :func:`write_eml` writes a standard ``.eml`` file
(text and HTML alternatives) that any mail system or client can send; the HTML is rendered by
jinja2 with autoescaping, so nothing in a record can inject markup into an e-mail.
"""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import attrs
import jinja2

from kmcore.errors import KmcoreError
from kmcore.records.vocab import Visibility
from kmcore.search._text import words
from kmcore.search.experts import _Gated
from kmcore.search.index import Filters, Hit, SearchIndex
from kmcore.search.query import ParsedQuery, Term
from kmcore.store._files import atomic_write
from kmcore.sync.model import TargetConfig

__all__ = ["Digest", "DigestSection", "build_digests", "parse_since", "write_eml"]

_PER_AREA = 5
#: Who a digest is for, as the publication gates see it.
DIGEST_AUDIENCE = TargetConfig(name="digest", backend="email", audience=Visibility.ORGANISATION)
_PERIOD = re.compile(r"\s*(\d{1,4})\s*([dwm])\s*\Z", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def parse_since(text: str, *, now: dt.datetime | None = None) -> dt.datetime:
    """``7d``, ``2w``, ``1m`` (30 days) before *now*, or a date (``2025-03-01``), as UTC."""
    now = now or dt.datetime.now(dt.UTC)
    match = _PERIOD.match(text or "")
    if match:
        return now - dt.timedelta(days=int(match.group(1)) * _UNIT_DAYS[match.group(2).lower()])
    try:
        day = dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise KmcoreError(
            f"--since {text!r} is neither a period nor a date",
            hint="Use 7d (days), 2w (weeks), 1m (30-day months) or a date like 2025-03-01.",
        ) from None
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)


@attrs.frozen
class DigestSection:
    """One declared area and the new records in it."""

    area: str
    hits: tuple[Hit, ...]


@attrs.frozen
class Digest:
    """One person's digest."""

    person_id: str
    name: str
    email: str
    since: dt.datetime
    sections: tuple[DigestSection, ...]

    @property
    def subject(self) -> str:
        count = len({h.id for s in self.sections for h in s.hits})
        return f"{count} new in your areas since {self.since:%d %B %Y}"

    def text(self) -> str:
        """The plain-text body."""
        lines = [f"To: {self.name}" + (f" <{self.email}>" if self.email else ""),
                 f"Subject: {self.subject}", "",
                 f"Dear {self.name},", "",
                 "New in the knowledge base in the areas you told us you know about:", ""]
        for section in self.sections:
            lines.append(section.area)
            lines.append("-" * len(section.area))
            for hit in section.hits:
                lines.append(f"* {hit.title} ({hit.type.replace('_', ' ')}, {hit.id})")
                snippet = hit.snippet_text("", "")
                if snippet:
                    lines.append(f"  {snippet}")
            lines.append("")
        lines.append("You get this because your directory profile lists these areas. Change "
                     "them, or ask not to get digests, through the library and knowledge "
                     "service.")
        return "\n".join(lines) + "\n"

    def html(self, kb_name: str = "Knowledge base") -> str:
        """The HTML body (autoescaped; matched words in ``<mark>``)."""
        return _TEMPLATE.render(digest=self, kb_name=kb_name)


_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
_TEMPLATE = _ENV.from_string("""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{{ digest.subject }}</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.4; max-width: 40em">
<p>Dear {{ digest.name }},</p>
<p>New in {{ kb_name }} in the areas you told us you know about:</p>
{% for section in digest.sections %}
<h2 style="font-size: 1.1em">{{ section.area }}</h2>
<ul>
{% for hit in section.hits %}
<li><strong>{{ hit.title }}</strong>
<small>({{ hit.type.replace('_', ' ') }}, {{ hit.id }})</small>
{% if hit.snippet_marked %}<br>{{ hit.snippet_html() }}{% endif %}</li>
{% endfor %}
</ul>
{% endfor %}
<p style="color: #555; font-size: 0.9em">You get this because your directory profile lists
these areas. Change them, or ask not to get digests, through the library and knowledge
service.</p>
</body></html>
""")


def _area_query(label: str) -> ParsedQuery | None:
    found = [w for w in words(label) if len(w) > 1]
    if not found:
        return None
    # The area's words as a phrase would miss "falls" in "prevent falls"; all words must match.
    return ParsedQuery(groups=tuple((Term(words=(w,)),) for w in found))


def build_digests(index: SearchIndex, since: dt.datetime, *,
                  people: tuple[str, ...] | list[str] | None = None,
                  refresh: bool = True) -> list[Digest]:
    """One :class:`Digest` per person (with a visible directory profile and declared or
    endorsed claims) who has something new since *since*; people with nothing new get none.
    A person's own records are not news to them and are left out."""
    if refresh:
        index.refresh()
    conn = index.conn
    rows = conn.execute(
        "SELECT p.id, p.name, p.email, c.label FROM people p JOIN claims c ON c.person = p.id "
        "WHERE p.hidden = 0 AND c.basis IN ('self_declared', 'endorsed') ORDER BY p.name, c.k")
    areas: dict[str, tuple[str, str, list[str]]] = {}
    for person, name, email, label in rows:
        if people is not None and person not in people:
            continue
        areas.setdefault(person, (name, email, []))[2].append(label)
    digests = []
    filters = Filters(updated_since=since, status=("published",))
    # An e-mail to staff is a publication: only what the gates would publish to the whole
    # organisation goes in it (not a private record, nor one with an open patient-identifier
    # flag, whose snippet could quote the number).
    shown = _Gated(index.kb, DIGEST_AUDIENCE)
    for person, (name, email, labels) in areas.items():
        own = {r for (r,) in conn.execute(
            "SELECT record FROM assoc WHERE person = ? AND from_profile = 0", (person,))}
        sections = []
        for label in dict.fromkeys(labels):
            query = _area_query(label)
            if query is None:
                continue
            found = index.search(query, filters, limit=_PER_AREA + len(own), refresh=False)
            hits = tuple(h for h in found.hits if h.id not in own and h.type != "person"
                         and shown(h.id) is not None)
            if hits:
                sections.append(DigestSection(area=label, hits=hits[:_PER_AREA]))
        if sections:
            digests.append(Digest(person_id=person, name=name, email=email, since=since,
                                  sections=tuple(sections)))
    return digests


def write_eml(digest: Digest, folder: Path, *, sender: str,
              kb_name: str = "Knowledge base") -> Path:
    """Write *digest* as ``<folder>/<person id>.eml`` (text and HTML parts); return the path."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"{digest.name} <{digest.email}>" if digest.email else digest.name
    message["Subject"] = digest.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(digest.text())
    message.add_alternative(digest.html(kb_name), subtype="html")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest.person_id}.eml"
    atomic_write(str(path), bytes(message))
    return path

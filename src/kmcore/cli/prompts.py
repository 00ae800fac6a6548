"""Interactive prompts that guide a librarian through one record type's fields.

The questions come from the record classes themselves (field types, help texts and rules), so a
record type added by a plugin gets prompts for free. Every answer is checked against the
field's rules as it is given; a rejected answer (an empty one included) is asked again with the
reason, and a choice is taken in any case ("Testing"). People are chosen by name: type part of
it to narrow the list, a number to pick (people who share a name are shown with their
department). Dates are typed as in the UK, ``31/03/2025`` (``2025-03-31`` and ``31 March 2025``
work too). A capture technique's questions are its whole question set (an After Action Review
asks what was planned, what happened, why they differed and what to do next time), each
optional one skipped with Enter.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from typing import TYPE_CHECKING, Any

import attrs
import click

from kmcore.records import _fields
from kmcore.records.base import Record
from kmcore.records.vocab import Technique

if TYPE_CHECKING:
    from kmcore.kb import KnowledgeBase

# Optional base fields worth asking about even in a short session.
_ALWAYS_ASK = ("summary", "visibility")


def _label(field: attrs.Attribute[Any]) -> str:
    text = field.name.replace("_", " ").capitalize()
    help_text = _fields.info(field).help
    if not help_text:
        return text
    if help_text.lower().startswith(text.lower()):
        return help_text
    return f"{text} ({help_text})"


def _unwrap_optional(kind: Any) -> Any:
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if typing.get_origin(kind) in (typing.Union, __import__("types").UnionType) and len(
        args
    ) == 1:
        return args[0]
    return kind


class Prompter:
    """Asks the questions for one record class and returns plain data for the codec."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._chosen: dict[type, str] = {}  # variant base class -> the kind already chosen

    def record(self, cls: type[Record]) -> dict[str, Any]:
        return self._object(cls, top=True)

    def _object(self, cls: type, *, top: bool = False) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        data: dict[str, Any] = {}
        fields = [f for f in attrs.fields(cls) if not _fields.info(f).managed]
        # Required fields first, in the class's order (title, then the type's own), then the
        # few optional ones worth asking about every time.
        asked = [f for f in fields if _fields.info(f).required]
        if top:
            asked += [f for f in fields if f.name in _ALWAYS_ASK and f not in asked]
        elif getattr(cls, "technique", None) is not None:
            # A capture technique's questions are its method: ask every one of them.
            asked += [f for f in fields if f not in asked]
        # A field whose kind decides everything else (a capture record's technique) is chosen
        # first, and its own questions come after the record's common ones.
        for field in asked:
            base = _unwrap_optional(hints[field.name])
            if isinstance(base, type) and _variants_of(base):
                self._chosen[base] = self._choose_variant(_label(field), _variants_of(base))
        def order(field: attrs.Attribute[Any]) -> int:
            if not _fields.info(field).required:
                return 2  # the optional extras, last
            return 1 if _variants_of(_unwrap_optional(hints[field.name])) else 0

        asked.sort(key=order)
        for field in asked:
            fi = _fields.info(field)
            value = self._ask(field, _unwrap_optional(hints[field.name]), fi)
            if value is not None and value != "":
                data[field.name] = value
        return data

    def _ask(self, field: attrs.Attribute[Any], kind: Any, fi: _fields.FieldInfo) -> Any:
        label = _label(field)
        if fi.rel:
            return self._ask_ref(label, fi)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values = [str(m.value) for m in kind]
            default = field.default.value if isinstance(field.default, kind) else None
            if default is None and not fi.required:
                # No default to offer: an empty answer leaves the field unset.
                answer = click.prompt(f"{label} ({', '.join(values)}; Enter to skip)",
                                      default="", show_default=False,
                                      value_proc=_one_of_or_empty(values))
                return answer or None
            # Not click.Choice: it asks again without a word on an empty answer and takes
            # only the exact case ("Testing" refused); _one_of says why, and takes any case.
            answer = click.prompt(f"{label} ({', '.join(values)})",
                                  default=default if default is not None else "",
                                  show_default=default is not None, value_proc=_one_of(values))
            return answer
        if kind is dt.date:
            today = dt.date.today().strftime("%d/%m/%Y")
            if fi.required:
                answer = click.prompt(f"{label} [DD/MM/YYYY]", default=today,
                                      value_proc=_parse_date)
                return answer.isoformat()
            optional = click.prompt(f"{label} [DD/MM/YYYY; Enter to skip]", default="",
                                    show_default=False, value_proc=_optional(_parse_date))
            return optional.isoformat() if optional else None
        if kind in (int, float):
            number = click.prompt(label + ("" if fi.required else " (Enter to skip)"),
                                  default="", show_default=False,
                                  value_proc=_number(kind, required=fi.required))
            return None if number == "" else number
        if typing.get_origin(kind) is tuple:
            return self._ask_list(label, typing.get_args(kind)[0], fi)
        if attrs.has(kind):
            variants = _variants_of(kind)
            if variants:
                name = self._chosen.get(kind) or self._choose_variant(label, variants)
                click.echo(f"Now the {name.replace('_', ' ')} questions:")
                return {"technique": name, **self._object(variants[name])}
            click.echo(f"{label}:")
            return self._object(kind)
        if fi.required:
            # default="" so that an empty answer reaches the check, which says why it is
            # asked again (click would otherwise repeat the question without a word).
            return click.prompt(label, value_proc=_checked(fi, required=True), default="",
                                show_default=False)
        return click.prompt(label, value_proc=_checked(fi), default="", show_default=False)

    def _choose_variant(self, label: str, variants: dict[str, type]) -> str:
        """A numbered menu (a name or its number is accepted), with each kind's summary."""
        names = list(variants)
        click.echo(f"{label}: which one?")
        for number, name in enumerate(names, start=1):
            summary = _summary(variants[name].__doc__ or "", 72)
            click.echo(f"  {number:2}. {name.replace('_', ' ')}" + (f": {summary}" if summary
                                                                     else ""))

        def pick(value: str) -> str:
            value = value.strip().lower().replace(" ", "_")
            if not value:
                raise click.BadParameter(f"a choice is needed here: type a number from 1 to "
                                         f"{len(names)}, or a name above")
            if value.isdigit() and 1 <= int(value) <= len(names):
                return names[int(value) - 1]
            if value in variants:
                return value
            raise click.BadParameter(f"type a number from 1 to {len(names)}, or a name above")

        # default="": an empty answer reaches pick, which says why it is asked again
        chosen: str = click.prompt("Choose", value_proc=pick, default="", show_default=False)
        return chosen

    def _ask_ref(self, label: str, fi: _fields.FieldInfo) -> str | None:
        candidates = [r for t in fi.targets if t in self.kb.types for r in self.kb.records(t)]
        if fi.required and not candidates:
            kinds = " or ".join(fi.targets)
            raise click.ClickException(
                f"{label} must name a {kinds}, and this knowledge base has none yet; nothing "
                f"was saved. Add one first: kmcore add {fi.targets[0]}"
            )
        if not candidates:
            return None
        chooser = _Chooser(candidates, " or ".join(fi.targets), required=fi.required)
        chooser.show(candidates)
        while True:
            skip = "" if fi.required else "; Enter to skip"
            answer: str = click.prompt(f"{label} (a name, part of one, a number or an id{skip})",
                                       default="", show_default=False)
            try:
                found = chooser.pick(answer)
            except click.BadParameter as exc:
                click.echo(f"Error: {exc.message}")
                continue
            if found is not None or not fi.required:
                return found or None

    def _ask_list(self, label: str, item_kind: Any, fi: _fields.FieldInfo) -> list[Any]:
        click.echo(f"{label}: one per line, an empty line to finish.")
        items: list[Any] = []
        while True:
            prompt = f"  {len(items) + 1}"
            if attrs.has(item_kind):
                if not click.confirm(f"  Add {'another' if items else 'one'}?", default=not items):
                    break
                items.append(self._object(item_kind))
                continue
            answer = click.prompt(prompt, default="", show_default=False)
            if not answer.strip():
                if fi.required and not items:
                    click.echo("  At least one is needed.")
                    continue
                break
            items.append(answer.strip())
        return items


def _variants_of(kind: type) -> dict[str, type]:
    """Technique-specific detail classes for an abstract details base (capture records)."""
    from kmcore.records import capture

    base = getattr(capture, "TechniqueDetails", None)
    if base is None or kind is not base:
        return {}
    found = {str(getattr(cls, "technique").value): cls for cls in _all_subclasses(base)  # noqa: B009
             if getattr(cls, "technique", None) is not None}
    # In the toolkit's order (before, during, after), not alphabetical.
    order = [t.value for t in Technique]
    return dict(sorted(found.items(), key=lambda item: order.index(item[0])
                       if item[0] in order else len(order)))


def _all_subclasses(base: type) -> list[type]:
    found: list[type] = []
    subclasses: list[type] = base.__subclasses__()
    for sub in subclasses:
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


def _summary(doc: str, limit: int) -> str:
    """The first sentence of a docstring's first paragraph, cut to *limit* characters."""
    paragraph = " ".join(doc.strip().split("\n\n")[0].split())
    sentence = paragraph.split(". ")[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def _word_of(value: str, values: list[str]) -> str | None:
    """The one of *values* typed, in any case and with spaces for underscores ("Testing",
    "lks impact case study"); None if it is none of them."""
    typed = "_".join(value.strip().casefold().split())
    for known in values:
        if typed == known.casefold():
            return known
    return None


def _one_of_or_empty(values: list[str]) -> Any:
    def proc(value: str) -> str:
        if not value.strip():
            return ""
        known = _word_of(value, values)
        if known is None:
            raise click.BadParameter(f"choose one of: {', '.join(values)}, or press Enter")
        return known

    return proc


def _one_of(values: list[str]) -> Any:
    """A required choice: one of *values* in any case; an empty answer is told why it is
    asked again."""
    def proc(value: str) -> str:
        if not value.strip():
            raise click.BadParameter(f"a choice is needed here (it is required): type one of: "
                                     f"{', '.join(values)}")
        known = _word_of(value, values)
        if known is None:
            raise click.BadParameter(f"{value.strip()!r} is not one of: {', '.join(values)}")
        return known

    return proc


class _Chooser:
    """Picks one record (a person, usually) from what the librarian types: an id, a whole
    name, part of a name (the list narrows to the matches), or the number of a match."""

    def __init__(self, records: list[Record], kinds: str, *, required: bool) -> None:
        self.records = sorted(records, key=lambda r: r.label.casefold())
        self.kinds = kinds
        self.required = required
        self.listed: list[Record] = self.records[:_LIST_AT_MOST]
        names: dict[str, int] = {}
        for record in self.records:
            names[record.label.casefold()] = names.get(record.label.casefold(), 0) + 1
        self.shared = {name for name, n in names.items() if n > 1}

    def line(self, record: Record) -> str:
        extra = ""
        if record.label.casefold() in self.shared:
            # Two people of one name: their department (or job) tells them apart.
            where = getattr(record, "department", "") or getattr(record, "job_title", "")
            extra = f", {where}" if where else ""
            extra += f", {record.id}"
        return f"{record.label}{' (' + extra.lstrip(', ') + ')' if extra else ''}"

    def show(self, matches: list[Record]) -> None:
        self.listed = matches[:_LIST_AT_MOST]
        for number, record in enumerate(self.listed, start=1):
            click.echo(f"  {number:2}. {self.line(record)}")
        if len(matches) > _LIST_AT_MOST:
            click.echo(f"  … and {len(matches) - _LIST_AT_MOST} more: type part of a name "
                       "to narrow the list")

    def pick(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            if self.required:
                raise click.BadParameter(f"a {self.kinds} is needed here: type part of a "
                                         "name to find them")
            return None
        if text.isdigit() and 1 <= int(text) <= len(self.listed):
            return self.listed[int(text) - 1].id
        by_id = [r for r in self.records if r.id == text]
        if by_id:
            return by_id[0].id
        wanted = _name_key(text)
        exact = [r for r in self.records if _name_key(r.label) == wanted]
        if len(exact) == 1:
            return exact[0].id
        matches = exact or [r for r in self.records if wanted in _name_key(r.label)]
        if not matches:
            raise click.BadParameter(f"no {self.kinds} is called anything like {text!r}: "
                                     "check the spelling, or add them first with "
                                     f"`kmcore add {self.kinds.split()[0]}`")
        if len(matches) == 1:
            click.echo(f"  → {self.line(matches[0])}")
            return matches[0].id
        click.echo(f"  {len(matches)} match {text!r}: type more of the name, or a number:")
        self.show(matches)
        return None


_LIST_AT_MOST = 12


def _name_key(name: str) -> str:
    from kmcore.io.people import name_key

    return name_key(name)


def _parse_date(value: str) -> dt.date:
    """A date as a person types it in the UK (``31/03/2025``), or ISO, or ``31 March 2025``."""
    from kmcore.io.columns import ConversionError, parse_date

    text = value.strip()
    if not text:
        raise click.BadParameter("a date is needed here: type it as DD/MM/YYYY, e.g. 31/03/2025")
    try:
        return parse_date(text)
    except ConversionError:
        raise click.BadParameter(f"{text!r} is not a date: type it as DD/MM/YYYY, "
                                 "e.g. 31/03/2025") from None


def _optional(proc: Any) -> Any:
    def wrapped(value: str) -> Any:
        return proc(value) if value.strip() else ""

    return wrapped


def _number(kind: type, *, required: bool) -> Any:
    def proc(value: str) -> Any:
        text = value.strip()
        if not text:
            if required:
                raise click.BadParameter("a number is needed here")
            return ""
        try:
            return kind(text)
        except ValueError:
            what = "a whole number" if kind is int else "a number"
            raise click.BadParameter(f"{text!r} is not {what}") from None

    return proc


def _checked(fi: _fields.FieldInfo, *, required: bool = False) -> Any:
    def proc(value: str) -> str:
        if required and not value.strip():
            raise click.BadParameter("an answer is needed here (it is required)")
        for rule in fi.checks:
            reason = rule(value)
            if reason:
                raise click.BadParameter(reason)
        return value

    return proc

"""Cells that fill a part of a record in their own way, for :mod:`kmcore.io.importer`.

A log's "Team" cell names people, its "Adopted by" cell organisations (with a status after a
dash), a staff list's expertise cell several areas and its "happy to" cell phrases in
people's own words; money is typed as people type it, and one person's e-mail may sit in
another person's column. Each converter here takes the importer (for its value matchers and
counts), the cell, the row number and the people finder, and returns plain data for the
codec; :data:`SPECIAL` says which field each one fills.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from kmcore.io.areas import language_tags, split_areas
from kmcore.io.cells import GRANT, money_in_sentence, parse_money, person_name
from kmcore.io.columns import Column, ConversionError
from kmcore.io.people import People, split_people
from kmcore.io.values import ValueChoice

if TYPE_CHECKING:
    from kmcore.io.importer import Importer

__all__ = [
    "SPECIAL",
    "KeptWithWarning",
    "Parts",
    "UnknownWord",
    "Warning_",
    "adopters_in",
    "area_in_header",
    "cell_text",
    "default_target",
    "lend_emails",
    "merge_part",
    "merge_value",
    "offer_in_header",
    "orgs",
    "parts_hint",
]


# A slash with a space either side separates areas ("Clinical audit / research governance");
# one without ("Cat 3/4 calls", "A&E/ED") is part of an area.
_ITEMS = re.compile(r"\s*(?:;|\||\n|\r|,|•|·|\u2022|\s/\s|^\s*[-*]\s+)\s*", re.M)
#: (a slash between numbers or before a unit of time is a rate, not two offers: "2 days/month",
#: "24/7", "1/2 day"; D943)
_WILLING_SPLIT = re.compile(r"\s*(?:;|\||\n|\r|,|•|\.\s|\band\b|\bor\b|(?<!\d)/(?!\s*(?:\d|"
                            r"(?:day|week|wk|month|mth|year|yr|hour|hr|term|quarter|annum|"
                            r"session|shift|fortnight)s?\b)))\s*", re.I)
#: A cell that says there is nothing: "n/a", "N/A - left", "none", "-", "nil".
_NOTHING = re.compile(r"^\s*(?:n/?a|none|nil|no|nothing|not applicable|-+|\?)\s*(?:$|[-\u2013(:;,.]"
                      r".*$)", re.I)
_WILLING_LEAD = re.compile(r"^(?:i\s*(?:am|'m)?\s*)?(?:happy|willing|available|able|keen|glad)"
                           r"\s+(?:to|for)\s+|^(?:i\s+)?(?:can|could|will)\s+", re.I)


def _plain(text: str) -> str:
    """*text* in lower case without accents ("Zoë" -> "zoe")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def _spells(email: str, name: str) -> bool:
    """Whether the e-mail's local part spells the name (``meilin.tan`` / ``Mei Lin Tan``,
    ``p.sharma`` / ``Pooja Sharma``, ``david.pollard2`` / ``Dave Pollard``)."""
    local = re.sub(r"\d+", "", _plain(email.split("@", 1)[0]))
    parts = [p for p in re.split(r"[._\-]+", local) if p]
    # "O'Neill" is spelt oneill, "Siobhán" siobhan: apostrophes and accents are not typed
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"['\u2019`]", "", _plain(name))) if w]
    if not parts or len(words) < 2:
        return False
    if "".join(parts) == "".join(words):
        return True
    family = words[-1]
    return family in parts and parts[0][0] == words[0][0]


def lend_emails(cells: dict[str, list[tuple[str, str]]]) -> None:
    """An e-mail column beside a name column of another person field ("Lead" and
    "Contact email") is that person's e-mail when it spells their name: move it there."""
    named = {f: [t for _, t in c if "@" not in t] for f, c in cells.items()}
    for field, items in list(cells.items()):
        emails = [(h, t) for h, t in items if "@" in t and " " not in t.strip()]
        if not emails or named[field]:
            continue
        for other, names in named.items():
            if other == field or not names:
                continue
            first = person_name(split_people(names[0])[0]) if split_people(names[0]) else ""
            if first and _spells(emails[0][1].split(";")[0].strip(), first):
                cells[other] = cells[other] + emails
                cells[field] = [c for c in items if c not in emails]
                break
    for field in [f for f, c in cells.items() if not c]:
        del cells[field]


_ADOPTERS = re.compile(r"\b(?:adopted|taken up|picked up|used)\s+(?:by|at)\s+(.+)$|"
                       r"\b(?:spread|rolled out|shared)\s+(?:to|with)\s+(.+)$", re.I)
_GENERIC_ADOPTERS = re.compile(r"^\s*(other|all|the rest|several|many|more|wider|"
                               r"neighbouring|some)\b", re.I)


class UnknownWord(ConversionError):
    """A word of a choice column that no value was found for (reported once, with counts)."""

    def __init__(self, message: str, word: str) -> None:
        super().__init__(message)
        self.word = word


class Parts(dict[str, Any]):
    """Several parts of one field at once (``profile.willing_to`` also fills ``overview``)."""


def cell_text(value: Any) -> str:
    from kmcore.io.columns import _text

    return _text(value)


def merge_part(part: dict[str, Any], sub: str, converted: Any) -> None:
    """Put one column's *converted* cell into the record's *part*. A second column for the
    same list ("Areas of expertise" and "Specialist interests") adds to it, each item once;
    a second overview is added after the first."""
    given = converted.items() if isinstance(converted, Parts) else [(sub, converted)]
    for name, value in given:
        if name == "overview" and part.get("overview"):
            # The overview gathers the leftovers of cells ("n/a", phrases): one paragraph.
            part["overview"] = f"{part['overview']} {value}"
        elif name in part:
            part[name] = merge_value(part[name], value)
        else:
            part[name] = value


def merge_value(earlier: Any, later: Any) -> Any:
    """What a field holds when a second column of the row fills it too: a list takes the
    later items it lacks (each once, whatever its case), a text the later text after a blank
    line (a librarian's "Background" then "What we did"). Anything else holds one value and
    the later wins; the preview refuses two columns mapped to such a field."""
    if isinstance(earlier, list) and isinstance(later, list):
        known = {json.dumps(v, sort_keys=True).casefold() for v in earlier}
        return earlier + [v for v in later if json.dumps(v, sort_keys=True).casefold()
                          not in known]
    if isinstance(earlier, str) and isinstance(later, str) and earlier.strip():
        if later.strip().casefold() in ("", earlier.strip().casefold()):
            return earlier
        return f"{earlier}\n\n{later}"
    return later


def default_target(field: str, column: Column | None) -> str:
    """What ``--default`` to suggest for *field*: the field itself, or, for a field of
    several parts (a story's ``who_asked``), the part a plain word fills (its ``role``,
    else its first part): ``--default who_asked=Consultant`` cannot work (D1482)."""
    if column is None or column.kind != "json" or column.part_cls is None:
        return field
    names = [a.name for a in attrs.fields(column.part_cls)]
    if not names:
        return field
    return f"{field}.{'role' if 'role' in names else names[0]}"


def parts_hint(column: Column) -> str:
    if column.part_cls is None:
        return f"e.g. '{column.name}.PART'"
    names = [a.name for a in attrs.fields(column.part_cls)][:4]
    return ", ".join(f"'{column.name}.{n}'" for n in names)


def _json_list(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            found = json.loads(value)
        except json.JSONDecodeError:
            return None
        return found if isinstance(found, list) else None
    return None


def _items(value: Any) -> list[str]:
    """The items of a list cell: ``a; b``, ``a, b``, one per line, bullets."""
    seen: dict[str, str] = {}
    for item in _ITEMS.split(cell_text(value)):
        item = item.strip(" .-*")
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return list(seen.values())


def _team(importer: Importer, value: Any, row: int, people: People) -> Any:
    given = _json_list(value)
    if given is not None:
        return given
    return [{"person": people.resolve(name), "role": "team_member"}
            for name in split_people(cell_text(value))]


def _adopted_by(importer: Importer, value: Any, row: int, people: People) -> Any:
    """``"Northmoor (2022); Eastfield NHS Trust - piloting"`` -> two organisations, the
    second with its status (``piloting``); what is in brackets is dropped from the name."""
    given = _json_list(value)
    if given is not None:
        return given
    return orgs(value)


def orgs(value: Any) -> list[dict[str, Any]]:
    out = []
    for item in _items(value):
        status = ""
        dashed = re.match(r"^(.+?)\s+[-\u2013\u2014:]\s+(.+)$", item)
        if dashed:
            item, status = dashed[1], dashed[2]
        name = " ".join(re.sub(r"\s*\([^)]*\)", " ", item).split())
        if name:
            org: dict[str, Any] = {"org": {"name": name[:200]}}
            if status:
                org["status"] = status[:100]
            out.append(org)
    return out


def _expertise(importer: Importer, value: Any, row: int, people: People) -> Any:
    """The areas of an expertise cell (see :mod:`kmcore.io.areas`); a language named in it
    ("Welsh speaker") goes to the profile's languages, not its expertise."""
    given = _json_list(value)
    if given is not None:
        return given
    found = split_areas(cell_text(value))
    if not found.areas and not found.languages and not found.offers:
        return None  # "n/a", "none": no expertise, and no profile made for it
    parts = Parts(expertise=[{"concept": {"label": area[:200]}} for area in found.areas])
    if found.languages:
        parts["languages"] = found.languages
    if found.offers:
        # "Happy to supervise GP registrars" under the interests: read as the person's offer
        offered = _willing_to(importer, "; ".join(found.offers), row, people)
        if isinstance(offered, Parts):
            parts.update(offered)
    return parts


def _languages(importer: Importer, value: Any, row: int, people: People) -> Any:
    given = _json_list(value)
    return given if given is not None else language_tags(cell_text(value))


def _concepts(importer: Importer, value: Any, row: int, people: People) -> Any:
    given = _json_list(value)
    if given is not None:
        return given
    return [{"label": item[:200]} for item in _items(value)]


_YES = frozenset({"yes", "y", "x", "true", "\u2713", "\u2714", "yes please", "happy to",
                  "willing", "ok", "sure"})
_NO = frozenset({"no", "n", "false", "not at the moment", "not now", "no thanks"})


def offer_in_header(header: str, value: Any) -> Any:
    """A yes/no cell under a header that names the offer ("Happy to be contacted?",
    "Willing to mentor"): yes is the header's own words (a bare "Happy to..." is being
    contacted), no is nothing (None); any other cell is returned as it is."""
    from kmcore.io.headers import qualifier_free

    word = cell_text(value).strip(" .!").casefold()
    if word in _NO:
        return None
    if word not in _YES:
        return value
    said = _WILLING_LEAD.sub("", qualifier_free(header).replace("\u2026", " ")).strip(" .")
    return said if said and said.casefold() not in ("willing to", "happy to") else (
        "be contacted")


#: What a skills matrix writes under a topic for a person who has it: a tick, or a level.
_HAS_IT = frozenset({*_YES, "\u2611", "\u2705", "expert", "competent", "proficient",
                     "trained", "trainer", "advanced", "specialist", "experienced", "lead",
                     "champion", "link", "link nurse", "active", "current", "1", "2", "3",
                     "4", "5"})
#: The same, with more words after it: "Trained 03/23", "✓ (2022)", "Level 2", "Lead - adults".
_HAS_IT_SAID = re.compile(r"^(?:[\u2713\u2714\u2611\u2705]|(?:trained|competent|expert|lead|"
                          r"champion|level\s*[1-5]|l[1-5])\b)", re.I)
#: What a skills matrix writes for a person who does not have the skill (yet, or any more):
#: "in training", "working towards", "booked on course", "planned", "expired 2023", "0".
_NOT_YET = re.compile(
    r"^(?:(?:currently\s+|still\s+)?(?:in\s+training|training(?!\s+(?:lead|facilitator))|"
    r"in\s+progress|working\s+towards|studying(?:\s+for)?)|"
    r"not\s+(?:yet|trained|competent|current|applicable)|to\s+(?:do|book|be\s+booked)|planned|booked|awaiting|waiting|pending|"
    r"requested|applied|nominated|on\s+(?:the\s+)?(?:waiting\s+list|course)|expired|lapsed|"
    r"out\s+of\s+date|overdue|no|none|n/a|0|[-\u2013\u2014?\u2717\u2718\u00d7])"
    r"(?=$|[\s(:;,.\-\u2013\u2014])", re.I)


#: A yes or a tick with a note after it: "Y (2023)", "yes - refresher due", "x 2022".
_TICK_THEN = re.compile(r"^(?:y|yes|x|\u2713|\u2714|\u2611|\u2705|ok)"
                        r"(?:\s*[-:,;(\u2013\u2014]\s*|\s+)(\S.*?)\)?$", re.I)
#: A note saying the skill has lapsed: "✓ (expired 2023)", "Yes - out of date".
_NOT_YET_LATER = re.compile(r"\b(?:expired|lapsed|out\s+of\s+date|not\s+current|"
                            r"in\s+training|working\s+towards)\b", re.I)
#: A date alone: "03/2023", "12/05/2024", "Mar-23", "2022".
_A_DATE = re.compile(r"(?:\d{1,2}[/.\-])?\d{1,2}[/.\-](?:\d{2}|\d{4})|(?:19|20)\d{2}|"
                     r"[a-z]{3,9}[\s\-/']+(?:\d{2}|\d{4})", re.I)


def area_in_header(header: str, value: Any) -> Any:
    """A tick or a level under a column mapped to expertise whose header names the topic (a
    skills matrix: "Falls prevention" ✓, "Tracheostomy care" Competent, "Sepsis" Lead): the
    area is the header's own words. A no, or a skill not had yet or any more ("in
    training", "working towards", "booked", "planned", "expired"), is none (None): it is no
    expertise. Any other cell, or a header that is the expertise column's own name ("Areas
    of expertise": Yes), is returned as it is."""
    from kmcore.io.headers import qualifier_free
    from kmcore.io.mapping import SYNONYMS, normalise_header

    word = " ".join(cell_text(value).split()).strip(" .!").casefold()
    if word in _NO or word in ("not trained", "not competent", "n/a"):
        return None
    topic = " ".join(header.split()).strip(" .?:*")  # "Sepsis (adults)" as written
    if not topic or normalise_header(qualifier_free(topic)) in {
            normalise_header(w) for w in SYNONYMS["person"].get("profile.expertise", ())}:
        return value  # the expertise column itself: its cell names the areas
    if _NOT_YET.match(word):
        return None
    if word in _HAS_IT or _HAS_IT_SAID.match(word):
        return None if _NOT_YET_LATER.search(word) else topic  # "✓ (expired 2023)": no
    tick = _TICK_THEN.match(word)
    if tick:  # "Y (2023)", "yes - refresher due", "x 2022"; but "Yes - in training"
        note = tick[1]
        return None if _NOT_YET.match(note) or _NOT_YET_LATER.search(note) else topic
    if _A_DATE.fullmatch(word):
        return topic  # the date they trained (or are in date until): they have it
    return value


def _willing_to(importer: Importer, value: Any, row: int, people: People) -> Any:
    """What a person is happy to do, from their own words: each phrase that means one of
    kmcore's offers becomes it; the others are kept, word for word, in the overview."""
    from kmcore.io.importer import ValueCount
    from kmcore.records.vocab import WillingTo

    assert importer.result is not None
    field = "profile.willing_to"
    matcher = importer._matcher(field, Column(field, "enums", "", False, enum_cls=WillingTo),
                                prefer="first")
    if _NOTHING.match(cell_text(value)):
        return None  # "n/a - left", "none": no offer, and nothing to keep in their words
    words = importer.result.values.setdefault(field, {})
    found: list[str] = []
    kept: list[str] = []
    for phrase in _offer_phrases(cell_text(value), matcher.match):
        plain = _WILLING_LEAD.sub("", phrase).strip()
        if plain.casefold() in ("yes", "y", "x", "no", "n", ""):
            continue
        choice = matcher.match(plain)
        if not choice.value:
            choice = ValueChoice("", "kept in the overview")
        counted = words.setdefault(plain, ValueCount(choice, 0, row))
        counted.count += 1
        importer._row_words.append([field, plain, choice.value, choice.method, choice.detail])
        if choice.value:
            if choice.value not in found:
                found.append(choice.value)
        else:
            kept.append(plain)
    parts = Parts(willing_to=found)
    if kept:
        parts["overview"] = ("Happy to: " + "; ".join(kept) + ".")[:1000]
    return parts


#: Where "and", "or" or a slash join two words of one offer rather than two offers.
_JOINING = re.compile(r"^(?:\band\b|\bor\b|/)$", re.I)
#: A phrase after "and"/"or" that starts as a thing, not a thing done: a second object of
#: the verb before it ("signpost to Citizens Advice and the hardship fund"; D991). An offer
#: starts with what is done ("and mentor new starters").
_OBJECT_START = re.compile(r"^(?:the|a|an|our|their|his|her|my|your|its|any|other|local|"
                           r"relevant)\s", re.I)


def _offer_phrases(text: str, match: Callable[[str], ValueChoice]) -> list[str]:
    """The phrases of a "happy to" cell, one offer each. "and", "or" and "/" part two
    offers ("teach and mentor"), but a word or two after one that is no offer of its own
    finishes the phrase before it: "run casting workshops for ED and physios" is one; so
    does a thing after it ("signpost to Citizens Advice and the hardship fund", D991)."""
    pieces = re.split(f"({_WILLING_SPLIT.pattern})", text, flags=_WILLING_SPLIT.flags)
    phrases: list[str] = []
    joiner = ""
    for n, piece in enumerate(pieces):
        if n % 2:
            joiner = piece
            continue
        piece = piece.strip(" .")
        if not piece:
            continue
        plain = _WILLING_LEAD.sub("", piece).strip()
        if (phrases and _JOINING.match(joiner.strip())
                and (len(plain.split()) <= 2 or _OBJECT_START.match(plain))
                and not match(plain).value):
            phrases[-1] = f"{phrases[-1]}{joiner}{piece}"
        else:
            phrases.append(piece)
    return phrases


class Warning_(ConversionError):
    """A cell that cannot be kept as its field but does not stop the row (it is reported
    as a warning and the field left empty)."""


class KeptWithWarning(ConversionError):
    """A cell kept as *value*, with something about it a librarian should see (reported
    as a warning): a second e-mail address the record has no room for."""

    def __init__(self, message: str, value: Any) -> None:
        super().__init__(message)
        self.value = value


_ADDRESS = re.compile(r"[^@\s<>(),;:\[\]\"']+@[^@\s<>(),;:\[\]\"']+\.[a-z]{2,}", re.I)


def _work_email(importer: Importer, value: Any, row: int, people: People) -> Any:
    """A staff list's e-mail cell as Outlook and people paste it: ``Amy Lee
    <amy.lee@nhs.net>``, ``mailto:amy.lee@nhs.net``, ``n/a`` (or a form's ``anonymous``:
    none); with two addresses the first is kept and the others reported. Anything else is
    refused, as before."""
    from kmcore.io.cells import EMPTY_WORDS

    text = cell_text(value).strip()
    # Microsoft Forms writes "anonymous" for a response given without signing in.
    if not text or text.casefold().strip(" .") in (*EMPTY_WORDS, "anonymous", "anon"):
        return None
    found = list(dict.fromkeys(a.strip(".") for a in _ADDRESS.findall(text)))
    if not found:
        raise ConversionError(f"is not an email address like 'name@nhs.net' ({text!r})")
    if len(found) > 1:
        raise KeptWithWarning(f"holds {len(found)} e-mail addresses: kept {found[0]!r}, not "
                              f"{', '.join(repr(a) for a in found[1:])}; correct it in the "
                              "record if another is the one to use", found[0])
    return found[0]


def _money(part: str, non_cash: str | None, *, sentences: bool = False
           ) -> Callable[[Importer, Any, int, People], Any]:
    """A money column's converter; with *sentences* (a savings column) a sum said in a
    sentence with its period ("could save £9k a year ...") is read too."""
    def convert(importer: Importer, value: Any, row: int, people: People) -> Any:
        if sentences and isinstance(value, str) and GRANT.search(value):
            # "£4k (grant)" in a savings column: money given to the work, not saved by it
            raise Warning_(f"{value!r} is money given (a grant or funding), not a saving: "
                           "put a saving the work makes, or leave it empty") from None
        try:
            money = parse_money(value)
        except ConversionError as exc:
            money = money_in_sentence(cell_text(value)) if sentences else None
            if money is None:
                raise Warning_(str(exc)) from None
        if money is None:
            return None
        name = non_cash if non_cash and not money.cash else part
        return Parts({name: str(money.amount)})
    return convert


def _name_part(importer: Importer, value: Any, row: int, people: People) -> Any:
    """A forename or surname cell of a staff list without a list's marker, a bracket or
    letters after it (``Whitfield *LEFT*``, ``Khan (Dr)``); a surname in capitals as a name."""
    from kmcore.io.cells import name_marker
    from kmcore.io.names import as_a_name

    text = " ".join(re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", name_marker(cell_text(value))[0])
                    .split()).strip(" ,;")
    return as_a_name(text) or None


def _display_name(importer: Importer, value: Any, row: int, people: People) -> Any:
    from kmcore.io.cells import name_cell_leaver, name_marker

    text = cell_text(value)
    if "*" in text:  # "Ann Lee *LEFT 06/24*": the mark's slash parts no people
        text = name_marker(text)[0] or text
    if "/" in text:
        # "Zoë Clarke (left 31/03/2024)": the leaver's note (read from the cell as written,
        # D1453) is no part of the name, and its date's slashes part no people (D1502)
        said = name_cell_leaver(text)
        if said is not None and said[0]:
            text = said[0]
    # "OKAFOR, Amara (TRUST)" is one name written surname first, not two people.
    names = [text] if person_name(text) and "," in text else [
        n for n in re.split(r"\s*(?:/|;|&|\n|\band\b)\s*", text) if n.strip()]
    name = person_name(names[0]) if names else ""
    if not name:
        raise ConversionError(f"{cell_text(value)!r} names a group or a role, not a person")
    return name


SPECIAL: dict[str, Callable[[Importer, Any, int, People], Any]] = {
    "display_name": _display_name,
    "given_name": _name_part,
    "family_name": _name_part,
    "work_email": _work_email,
    "savings.cash_releasing_gbp": _money("cash_releasing_gbp", "non_cash_gbp",
                                         sentences=True),
    "savings.non_cash_gbp": _money("non_cash_gbp", None, sentences=True),
    "costs.setup_gbp": _money("setup_gbp", None),
    "costs.running_gbp_per_year": _money("running_gbp_per_year", None),
    "team": _team,
    "adoption.adopted_by": _adopted_by,
    "profile.expertise": _expertise,
    "profile.methods_experience": _concepts,
    "profile.willing_to": _willing_to,
    "profile.languages": _languages,
}




def adopters_in(status: str) -> list[dict[str, Any]]:
    """The organisations a status names as having taken the innovation up
    (``"Adopted by Eastfield NHS Trust"``); [] when it names none, or only "other wards"."""
    named = _ADOPTERS.search(status)
    who = (named[1] or named[2] or "") if named else ""
    if not who or _GENERIC_ADOPTERS.match(who):
        return []
    return orgs(who.replace(" + ", "; "))

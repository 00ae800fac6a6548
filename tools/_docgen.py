"""What every ``tools/gen_*_doc.py`` does with the page it renders: write it, or with
``--check`` only say whether the committed page is out of date (CI runs that)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["write_or_check"]


def write_or_check(doc: Path, text: str, script: str,
                   argv: Sequence[str] | None = None) -> int:
    """Write *text* to *doc* (only if it changed), or with ``--check`` in *argv* (default:
    the command line) leave it alone and answer 1 if it differs; *script* is the
    generator's path, named in the message that says how to bring the page up to date."""
    args = sys.argv[1:] if argv is None else list(argv)
    name = f"tools/{Path(script).name}"
    unknown = [a for a in args if a != "--check"]
    if unknown:  # --help among them: say what the script takes, write nothing
        print(f"usage: python {name} [--check]\n  writes {doc.name}; --check: exit 1 if it "
              "is out of date, writing nothing", file=sys.stderr)
        return 0 if unknown in (["--help"], ["-h"]) else 2
    current = doc.read_text(encoding="utf-8") if doc.exists() else None
    if "--check" in args:
        if current != text:
            print(f"{doc.name} is out of date: run python {name}", file=sys.stderr)
            return 1
        return 0
    if current == text:
        print(f"{doc.name} is up to date")
        return 0
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {doc.name}")
    return 0

"""Helpers shared by the benchmark scripts: timing, formatting, the machine, the docs page.

Each script runs as ``python benchmarks/NAME.py``, so this module is importable as ``_common``.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"


def best(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of *repeat* runs of *fn*, in seconds (the least disturbed by neighbours)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def fmt(seconds: float) -> str:
    """``123 ms`` below ten seconds, ``12.3 s`` above."""
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def machine() -> str:
    """Cores, CPU model, Python and OS, for the "Last run ... on ..." line."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = " ".join(line.split(":", 1)[1].split()[:2])
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} cores, {cpu}; Python {platform.python_version()} on "
            f"{platform.system()} {platform.release()}")


def replace_section(name: str, section: str) -> None:
    """Put *section* between ``<!-- name:start -->`` and ``<!-- name:end -->`` in the page,
    leaving everything else as it is (appending the markers the first time)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    body = f"{start}\n{section.strip()}\n{end}"
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + body + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    DOC.write_text(text, encoding="utf-8")

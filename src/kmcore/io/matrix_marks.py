"""What "x" means in a skills matrix: a tick, or the cross against one (D1423).

A skills matrix marks each person's areas in a column per area. Many mark them with "x"
alone (an "x" in the box), and "x" is read as a tick. But a matrix that marks its areas with
"Y" or a tick ("✓") and also holds "x" in the same columns uses the "x" as the cross against
the tick: its legend says "Y = competent, ✓ = interest, x = no", and a person reading it
takes the x's as no. :func:`crosses_mean_no` looks at the first rows of the matrix's
columns and says which reading the matrix uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["crosses_mean_no"]

#: what a matrix writes for yes when it is not an "x"
_YES_MARKS = frozenset({"y", "yes", "\u2713", "\u2714", "\u2611", "\u2705"})


def crosses_mean_no(rows: Iterable[Mapping[str, Any]], headers: Iterable[str]) -> bool:
    """Whether, in the matrix columns *headers* of *rows*, a column holds both an "x" and
    another mark for yes (then an "x" is a no)."""
    wanted = list(headers)
    marks: dict[str, set[str]] = {h: set() for h in wanted}
    for row in rows:
        for header in wanted:
            value = row.get(header)
            if isinstance(value, str) and len(value) <= 5:
                marks[header].add(value.strip().casefold())
    return any("x" in seen and seen & _YES_MARKS for seen in marks.values())

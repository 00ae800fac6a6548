"""The PII guard: finding personal data in a record's text (:mod:`kmcore.guard.pii`).

Pure detection, with no I/O and no knowledge of targets: the ``pii`` publication gate
(:mod:`kmcore.gates.builtin`) blocks a record while any finding is open, and ``kmcore review``
clears findings a librarian has checked. ``docs/privacy.md`` explains what is detected and why.
"""

from __future__ import annotations

__all__: list[str] = []

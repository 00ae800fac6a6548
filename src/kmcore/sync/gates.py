"""Compatibility: the gate functions backends used from here now live in :mod:`kmcore.gates`.

Kept only while a bundled backend (``kmcore-confluence``) still imports this module; new code
imports :mod:`kmcore.gates`. Remove it once no backend does (the layering test lists them).
"""

from __future__ import annotations

from kmcore.gates.evaluation import eligibility, evaluate, gates_key

__all__ = ["eligibility", "evaluate", "gates_key"]

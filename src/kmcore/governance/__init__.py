"""Keeping the knowledge base lawful: subject access, erasure, leavers and review dates.

- :mod:`kmcore.governance.people`: every record that names a person (``kmcore person
  export``), erasure across the store and, at the next sync, every target (``kmcore person
  forget``), and leavers (``kmcore person leave``; profiles removed after a retention period).
- :mod:`kmcore.governance.due`: records past their review date and profiles not confirmed for
  a year (``kmcore review due``).

See ``docs/privacy.md`` for how these fit UK GDPR.
"""

"""Keeping the knowledge base lawful: subject access, erasure, leavers and review dates.

- :mod:`kmcore.governance.people`: every record that names a person (``kmcore person
  export``), and erasure across the store (``kmcore person forget``);
- :mod:`kmcore.governance.traces`: kmcore's own files that hold a person's id or name, and
  the erasures each target's next sync finishes (through ``kmcore_after_sync``,
  :mod:`kmcore.governance.hooks`);
- :mod:`kmcore.governance.names`: how a person is recognised in text and files;
- :mod:`kmcore.governance.leavers`: leavers (``kmcore person leave``; profiles removed after
  a retention period);
- :mod:`kmcore.governance.due`: records past their review date and profiles not confirmed for
  a year (``kmcore review due``).

See ``docs/privacy.md`` for how these fit UK GDPR.
"""

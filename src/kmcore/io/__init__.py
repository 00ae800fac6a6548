"""Bringing records in from spreadsheets and JSON, and taking them out again.

- :func:`kmcore.io.importer.import_file` / :class:`~kmcore.io.importer.Importer`: CSV, Excel
  and JSON into records, every row checked first (``kmcore import``).
- :mod:`kmcore.io.export`: records out as CSV, Excel or JSON-LD (``kmcore export``), in a
  shape that imports back unchanged.
"""

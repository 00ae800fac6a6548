"""kmcore-confluence: publish a kmcore knowledge base to Confluence Cloud or Data Center.

Installed, it registers the ``confluence`` target backend through the ``kmcore`` entry-point
group; see ``docs/confluence.md`` in the kmcore repository.
"""

__version__ = "0.1.0"

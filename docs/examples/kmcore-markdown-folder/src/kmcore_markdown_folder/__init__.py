"""kmcore-markdown-folder: an example kmcore backend plugin.

Installed, it registers the ``markdown-folder`` target backend through the ``kmcore``
entry-point group. A target of that backend writes one Markdown file per published record
into a folder, for an intranet that is a wiki kept in git (GitLab or Gitea pages, MkDocs, a
docs folder on a file share). See ``README.md`` and ``docs/plugin-authors.md``.
"""

__version__ = "0.1.0"

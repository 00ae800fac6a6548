"""A plugin that cannot even be imported, like one whose dependency is missing."""

raise RuntimeError("this plugin is broken on purpose")

"""The Flask application: three pages over a kmcore knowledge base.

The knowledge base is opened once per request (``kmcore.open`` is cheap: plugins load once
per process) and closed when the request ends, so no kmcore object is shared between the
threads of a WSGI server, and a librarian's changes (``kmcore add``, a sync) show on the next
page load. Templates are Jinja files ending ``.html``, which Flask autoescapes: every value
from a record is escaped; nothing is marked safe except kmcore's own search highlighting
(``Hit.snippet_html()``), which escapes the text itself and adds only ``<mark>``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, abort, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

import kmcore
from kmcore.errors import ConfigError, KmcoreError
from kmcore.kb import KnowledgeBase
from kmcore.records.innovation import Innovation
from kmcore.records.vocab import Stage
from lks_intranet.visibility import Shown

__all__ = ["create_app"]

#: Longest query the expertise finder and search accept (a URL is not a document).
MAX_QUERY = 200


def create_app(kb_path: str | os.PathLike[str] | None = None,
               config: Mapping[str, Any] | None = None) -> Flask:
    """The app for the knowledge base at *kb_path* (default: ``KMCORE_KB``).

    :raises kmcore.errors.ConfigError: no knowledge base was given, or it cannot be opened;
        raised now, at start-up, rather than on the first page a member of staff opens.
    """
    path = kb_path if kb_path is not None else os.environ.get("KMCORE_KB")
    if not path:
        raise ConfigError("the intranet app needs a knowledge base",
                          hint="Call create_app('/path/to/kb') or set KMCORE_KB.")
    with kmcore.open(path) as kb:  # fail fast on a wrong path or a broken kmcore.toml
        root, title = Path(kb.root), kb.settings.name
    app = Flask(__name__)
    app.config.update(KMCORE_KB=str(root), KB_TITLE=title)
    if config:
        app.config.update(config)

    @app.teardown_appcontext
    def close_kb(_: BaseException | None) -> None:
        kb = g.pop("kb", None)
        if kb is not None:
            kb.close()

    @app.context_processor
    def site() -> dict[str, Any]:
        return {"kb_title": app.config["KB_TITLE"]}

    @app.get("/")
    def home() -> Response:
        return redirect(url_for("innovations"))

    @app.get("/innovations")
    def innovations() -> str:
        return _innovations_page()

    @app.get("/innovations/<record_id>")
    def innovation(record_id: str) -> str:
        gate = _gate()
        record = gate.by_id(record_id)
        if not isinstance(record, Innovation):
            abort(404)  # unknown, not an innovation, or not for the intranet: all look alike
        people = _names(gate, {record.lead, *(m.person for m in record.team)})
        return render_template("innovation.html", innovation=record, people=people)

    @app.get("/experts")
    def experts() -> str:
        kb, gate = _kb(), _gate()
        query = _query()
        found = []
        if query:
            try:
                # With an audience, the finder asks the same gates as the pages: people
                # and evidence (records, inferred claims, endorsers) the intranet does not
                # show are left out, and titles are those of the copies it would show.
                people = kb.experts(query, limit=10, audience=gate.target)
            except KmcoreError as exc:
                abort(400, description=f"{exc.message}. {exc.hint or ''}".strip())
            for expert in people:
                found.append({"expert": expert, "records": expert.records[:5],
                              "more": max(0, len(expert.records) - 5)})
        return render_template("experts.html", query=query, found=found)

    @app.errorhandler(400)
    @app.errorhandler(404)
    def error(exc: Any) -> tuple[str, int]:
        return render_template("error.html", error=exc), exc.code

    return app


def _innovations_page() -> str:
    """The innovations list, filtered by stage, department and a search."""
    kb, gate = _kb(), _gate()
    stage = request.args.get("stage", "").strip()
    department = request.args.get("department", "").strip()
    query = _query()
    known_stages = {s.value: s for s in Stage}
    if stage and stage not in known_stages:
        abort(400, description=f"There is no stage called {stage!r}. Choose one from "
              "the list.")
    visible = [r for r in (gate.record(i) for i in kb.query(Innovation))
               if isinstance(r, Innovation)]
    chosen = [i for i in visible if (not stage or i.stage == known_stages[stage])
              and (not department or i.department == department)]
    snippets: dict[str, Any] = {}
    notes: tuple[str, ...] = ()
    if query:
        try:
            hits = kb.search(query, types="innovation", limit=100)
        except KmcoreError as exc:  # a filter kmcore refuses: say what is wrong
            abort(400, description=f"{exc.message}. {exc.hint or ''}".strip())
        # How kmcore read an odd query ("a quotation mark was not closed..."): show it.
        notes = tuple(hits.notes)
        order = {hit.id: n for n, hit in enumerate(hits)}
        snippets = {hit.id: hit.snippet_html() for hit in hits}
        chosen = sorted((i for i in chosen if i.id in order), key=lambda i: order[i.id])
    else:
        chosen.sort(key=lambda i: i.title.casefold())
    return render_template(
        "innovations.html", innovations=chosen, snippets=snippets, query=query, notes=notes,
        stage=stage, department=department,
        stages=[s for s in Stage if any(i.stage == s for i in visible)],
        departments=sorted({i.department for i in visible if i.department}),
        people=_names(gate, {i.lead for i in chosen}),
    )


def _kb() -> KnowledgeBase:
    if "kb" not in g:
        from flask import current_app

        g.kb = kmcore.open(current_app.config["KMCORE_KB"])
    kb: KnowledgeBase = g.kb
    return kb


def _gate() -> Shown:
    if "gate" not in g:
        g.gate = Shown(_kb())
    gate: Shown = g.gate
    return gate


def _query() -> str:
    query = request.args.get("q", "").strip()
    if len(query) > MAX_QUERY:
        abort(400, description=f"That search is too long: keep it under {MAX_QUERY} "
              "characters.")
    return query


def _names(gate: Shown, ids: set[str | None]) -> dict[str, str]:
    """Display names of the people the intranet may show, by id (others are left out)."""
    names = {}
    for person_id in ids:
        if not person_id:
            continue
        try:
            person = gate.by_id(person_id)
        except KmcoreError:
            person = None
        if person is not None:
            names[person_id] = person.label
    return names

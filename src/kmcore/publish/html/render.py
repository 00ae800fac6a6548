"""Rendering shared by every page of the html site: the templates, the layout key, links,
and the list cards (built in Python: the one place where the template engine's cost shows).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from kmcore.publish.html import views
from kmcore.publish.html.safe import script_json

# jinja2 is imported when the first page is rendered: an unchanged sync renders none.
if TYPE_CHECKING:
    import jinja2

__all__ = ["HERE", "bytecode_cache", "card_li", "date_text", "environment", "layout_version",
           "make_environment", "rel", "xml_text"]

HERE = Path(__file__).parent
log = logging.getLogger("kmcore.publish.html")


@functools.cache
def layout_version() -> str:
    """Changes whenever a template, the CSS/JS or this package changes: then the whole site
    is re-rendered, since pages written by an older layout would not match the new one."""
    from kmcore import __version__

    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    for folder in ("templates", "static"):
        for path in sorted((HERE / folder).iterdir()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for path in sorted(HERE.glob("*.py")):
        with contextlib.suppress(OSError):  # an install without sources: the version decides
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def environment() -> jinja2.Environment:
    """The site's templates, compiled once per process (every target shares them)."""
    return make_environment(HERE / "templates", bytecode_cache())


def make_environment(folder: Path, cache: jinja2.BytecodeCache | None) -> jinja2.Environment:
    """A template environment for the templates in *folder*, with the site's filters."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        # Every template is escaped, including the Atom feeds (.xml).
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=cache,
    )
    env.filters["script_json"] = script_json
    env.filters["date"] = date_text
    env.filters["xml"] = xml_text
    env.globals["card_li"] = card_li
    return env


def bytecode_cache(directory: str | None = None) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling the site's templates cost a sync that
    changed one record (a new process each time) 30-60 ms, loading them about 1 ms.

    jinja2 keys each compiled template by its name and a checksum of its source, so an edited
    template is compiled again. The default folder is jinja2's own, in the temporary folder,
    private to the user (it refuses one another user could write to): never the knowledge
    base's folder, which may be on a shared drive. A cache that cannot be written (a full
    or read-only disk) is skipped, never a failed sync; None when there is no usable folder.
    """
    import jinja2

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError as exc:
                log.debug("compiled template not cached: %s", exc)

    try:
        return QuietCache(directory)
    except (OSError, RuntimeError) as exc:  # jinja2 refuses an unsafe or missing folder
        log.debug("compiled templates are not cached: %s", exc)
        return None


def rel(from_path: str, to_path: str) -> str:
    """A relative link from the page at *from_path* to *to_path* (both site-relative)."""
    depth = from_path.count("/")
    return "../" * depth + to_path


def card_li(card: Mapping[str, Any], href: str) -> Markup:
    """One record in a list: a card that the list's filters can read (``data-*``).

    Built in Python rather than a template macro: a list of thousands of records is the one
    place where the template engine's cost shows (a tenth of the time). Every value is escaped
    (by :func:`_esc`: markupsafe's escaping, without making a Markup object per value).
    """
    facets = card["facets"]
    data = "".join(f' data-{name}="{_esc(value[0])}"' for name, value in facets.items())
    words = " ".join([card["title"], card["summary"], *card["keywords"]]).lower()
    tags = "".join(f'<span class="tag">{_esc(value[1])}</span> ' for value in facets.values())
    date = f'<span class="date">{date_text(card["date"])}</span>' if card["date"] else ""
    summary = f"  <p>{_esc(card['summary'])}</p>\n" if card["summary"] else ""
    return Markup(
        f'<li class="card"{data} data-text="{_esc(words)}">\n'
        f'  <h3 class="card-title"><a href="{_esc(href)}">{_esc(card["title"])}</a></h3>\n'
        f'{summary}  <p class="meta">{tags}{date}</p>\n</li>\n'
    )


def _esc(value: object) -> str:
    """``markupsafe.escape(value)`` as a plain string: the same characters, replaced the same
    way, for the thousands of short strings of a list page."""
    if type(value) is not str:
        return str(escape(value))
    # Most words need nothing replaced: five look-ups cost less than five replacements.
    if ("&" not in value and "<" not in value and ">" not in value and "'" not in value
            and '"' not in value):
        return value
    return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def date_text(value: str) -> str:
    """An ISO date or timestamp as ``5 March 2025`` (empty stays empty)."""
    if not value:
        return ""
    try:
        return views.fmt_date(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


# Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """Text for the Atom feeds: characters XML cannot hold are dropped (autoescape follows)."""
    return _NOT_XML.sub("", str(value))

"""The evidence pack as one self-contained HTML file (charts as inline SVG) and as CSV.

The HTML has no scripts and requests nothing: styles are inline and the charts are SVG drawn
here, each with a text alternative and the same figures as a table, so the pack reads the
same to a screen reader, prints to PDF from any browser, and passes axe-core (tested in
headless Chromium). Everything is escaped by jinja2's autoescaping.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from kmcore.report.figures import OUTCOMES, EvidencePack, Figure
from kmcore.store._files import atomic_write

__all__ = ["bar_chart", "render_csv", "render_html", "write_pack"]

_WIDTH = 640
_LABEL = 230
_ROW = 26


def _number(value: float, unit: str = "") -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return f"£{text}" if unit == "£" else text


def bar_chart(figure: Figure, ident: str) -> dict[str, Any]:
    """The geometry of a horizontal bar chart for *figure* (drawn by the template)."""
    rows = list(figure.rows)
    top = max((v for _, v in rows), default=0) or 1
    span = _WIDTH - _LABEL - 70
    bars = []
    for i, (label, value) in enumerate(rows):
        width = max(2.0, span * value / top) if value else 0.0
        bars.append({"y": 8 + i * _ROW, "label": label if len(label) <= 34 else label[:33] + "…",
                     "full": label, "width": round(width, 1), "value": _number(value),
                     "text_x": round(_LABEL + width + 6, 1)})
    desc = "; ".join(f"{label}: {_number(value)}" for label, value in rows) or "no records"
    return {"id": ident, "height": 16 + len(rows) * _ROW, "width": _WIDTH, "label_x": _LABEL,
            "bars": bars, "desc": desc}


def render_html(pack: EvidencePack, *, generated: dt.datetime | None = None) -> str:
    """The pack as a complete HTML document."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
        lstrip_blocks=True)
    charts = {f.key: bar_chart(f, f"chart-{f.key.replace('_', '-')}") for f in pack.figures
              if f.chart and f.rows}
    return env.get_template("pack.html.j2").render(
        pack=pack, charts=charts, outcomes=OUTCOMES, number=_number,
        generated=(generated or dt.datetime.now(dt.UTC)).strftime("%d %B %Y, %H:%M UTC"))


def render_csv(pack: EvidencePack) -> str:
    """Every figure of the pack, one row per value: figure, title, label, value, unit."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["figure", "title", "label", "value", "unit", "period_start",
                     "period_end"])
    for figure in pack.figures:
        for label, value in figure.rows:
            writer.writerow([figure.key, figure.title, label,
                             int(value) if float(value).is_integer() else value,
                             figure.unit, pack.start.isoformat(), pack.end.isoformat()])
    return out.getvalue()


def write_pack(pack: EvidencePack, html_path: Path, csv_path: Path | None = None) -> None:
    """Write the HTML (and CSV) through temporary files, so a failure leaves no half file."""

    for path, text, encoding in ((html_path, render_html(pack), "utf-8"),
                                 (csv_path, render_csv(pack) if csv_path else "",
                                  "utf-8-sig")):
        if path is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(str(path), text.encode(encoding))

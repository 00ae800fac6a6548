"""Follow docs/librarian-guide.md literally, on a fresh virtual environment, and check the hub.

    python tools/run_librarian_guide.py                 # in a temporary folder; prints the result
    python tools/run_librarian_guide.py --keep DIR      # leave the folder (venv, hub) in DIR
    python tools/run_librarian_guide.py --screenshots   # also rewrite docs/images/guide-*.png

The guide's blocks run in order, as a reader would type them, by the same runner as the docs
block test (``tests/docs_page_runner.py``): bash blocks and runnable transcripts in one shell
session (the folder and the activated virtual environment carry over), files the guide says
to save written where the reader is. The guide's install block (``<!-- install -->``) creates
the virtual environment with ``python3 -m venv`` and runs ``pip install kmcore``; because
kmcore is installed from this checkout rather than the package index, that one command runs
as ``pip install "<this checkout>"`` (``DOCS_INSTALL_FROM``). Nothing else is substituted.

``python3`` is this Python's base interpreter (never the virtual environment the tests run
in), and ``KMCORE_*`` variables are cleared, so the guide gets a machine with no kmcore.
``tests/test_librarian_guide.py`` calls :func:`follow_guide` and :func:`check_hub`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = "docs/librarian-guide.md"
RUNNER = ROOT / "tests" / "docs_page_runner.py"
HUB = "lks-hub"
VENV = "kmcore-env"
#: What the guide builds: the records it adds and imports, and the ones it publishes.
RECORD_FILES = {"innovations": 4, "people": 3}
PUBLISHED_TITLES = ("Falls huddles on Ward 7 cut falls by a third",
                    "Hydration trolley rounds every two hours", "Virtual fracture clinic")
SCREENSHOTS = {
    "guide-hub-home.png": ("index.html", 1280, 900),
    "guide-hub-innovation.png": ("innovations/inn-inn-001-de54577d.html", 1280, 1000),
    "guide-hub-directory.png": ("expertise/index.html", 1280, 700),
}


def _base_python() -> Path:
    """The interpreter this one was made from, outside any virtual environment."""
    name = "python.exe" if os.name == "nt" else "python3"
    for candidate in (Path(sys.base_prefix) / "bin" / name, Path(sys.base_prefix) / name,
                      Path(sys._base_executable)):  # type: ignore[attr-defined]
        if candidate.exists():
            return candidate
    raise RuntimeError(f"cannot find the base Python of {sys.executable}")


def reader_environment(workdir: Path) -> dict[str, str]:
    """A reader's shell: no kmcore on PATH, no kmcore settings, a plain python3."""
    shims = workdir.parent / f".{workdir.name}-bin"
    shims.mkdir(exist_ok=True)
    python3 = shims / "python3"
    if not python3.exists():
        python3.symlink_to(_base_python())
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KMCORE_", "PYTHON", "PIP_REQUIRE", "VIRTUAL_ENV"))}
    # A virtual environment running the tests holds the tests' own kmcore: leave it off PATH.
    # (A system-wide install cannot be left off without /usr/bin; the guide activates its own
    # environment before its first kmcore command, so that one is used either way.)
    here = str(Path(sys.executable).parent) if sys.prefix != sys.base_prefix else None
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p and p != here]
    env["PATH"] = os.pathsep.join([str(shims), *path])
    env["DOCS_INSTALL_FROM"] = str(ROOT)
    env["NO_COLOR"] = "1"
    return env


def follow_guide(workdir: Path) -> dict[str, object]:
    """Run every block of the guide, in order, in *workdir*; the runner's verdict."""
    workdir.mkdir(parents=True, exist_ok=True)
    result = workdir.parent / f".{workdir.name}-result.json"
    done = subprocess.run(
        [sys.executable, str(RUNNER), GUIDE, str(workdir), str(result)],
        cwd=workdir, env=reader_environment(workdir), capture_output=True, text=True,
        timeout=900,
    )
    if done.returncode != 0 or not result.exists():
        return {"ok": False, "line": None, "reason": f"runner crashed:\n{done.stdout}{done.stderr}"}
    outcome: dict[str, object] = json.loads(result.read_text(encoding="utf-8"))
    return outcome


def check_hub(workdir: Path) -> list[str]:
    """What is missing from the hub the guide promises (empty when everything is there)."""
    problems = []
    venv_kmcore = workdir / VENV / ("Scripts/kmcore.exe" if os.name == "nt" else "bin/kmcore")
    if not venv_kmcore.exists():
        problems.append(f"the guide's virtual environment has no kmcore: {venv_kmcore}")
    hub = workdir / HUB
    for folder, count in RECORD_FILES.items():
        found = len(list((hub / folder).glob("*.json")))
        if found != count:
            problems.append(f"{hub / folder}: {found} record files, the guide makes {count}")
    index = hub / "site" / "index.html"
    if not index.exists():
        return [*problems, f"no site: {index} is missing"]
    pages = list((hub / "site" / "innovations").glob("inn-*.html"))
    text = " ".join(p.read_text(encoding="utf-8") for p in pages)
    for title in PUBLISHED_TITLES:
        if title not in text:
            problems.append(f"no innovation page on the site shows {title!r}")
    if "Sepsis screening prompt" in text:
        problems.append("the draft innovation was published")
    if len(pages) != len(PUBLISHED_TITLES):
        problems.append(f"{len(pages)} innovation pages, expected {len(PUBLISHED_TITLES)}")
    directory = (hub / "site" / "expertise" / "index.html").read_text(encoding="utf-8")
    if "Amara Okafor" not in directory or "Literature searching" not in directory:
        problems.append("the expertise directory does not list Amara Okafor's expertise")
    reports = sorted((hub / ".kmcore" / "targets" / "intranet" / "reports").glob("*.json"))
    if len(reports) != 2:
        problems.append(f"{len(reports)} sync reports saved; the guide syncs twice")
    else:
        first = json.loads(reports[0].read_text(encoding="utf-8"))
        if not first["ok"] or first["counts"]["create"] != 6 or first["counts"]["ineligible"] != 1:
            problems.append(f"the first sync's report is not the one the guide describes: "
                            f"{first['summary']} {first['counts']}")
    return problems


def take_screenshots(workdir: Path, out: Path) -> list[Path]:
    """Screenshots of the guide's hub in headless Chromium, for the guide's images."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.chromium import Browser

    written = []
    site = workdir / HUB / "site"
    with Browser.start() as browser:
        for name, (page_path, width, height) in SCREENSHOTS.items():
            page = browser.new_page(width=width, height=height)
            page.goto((site / page_path).as_uri())
            page.browser.pump(0.3)
            page.screenshot(out / name)
            written.append(out / name)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="folder to follow the guide in, kept after")
    parser.add_argument("--screenshots", action="store_true",
                        help="rewrite docs/images/guide-*.png from the hub the guide builds")
    args = parser.parse_args()
    base = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="kmcore-guide-"))
    workdir = base / "reader"
    if workdir.exists():
        shutil.rmtree(workdir)
    try:
        outcome = follow_guide(workdir)
        if not outcome["ok"]:
            print(f"{GUIDE}:{outcome['line']}: {outcome['reason']}", file=sys.stderr)
            return 1
        problems = check_hub(workdir)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print(f"The guide ran {outcome['ran']} blocks and built the hub in {workdir / HUB}.")
        if args.screenshots:
            for path in take_screenshots(workdir, ROOT / "docs" / "images"):
                print(f"wrote {path.relative_to(ROOT)}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

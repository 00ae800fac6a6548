"""Screenshots of the demo site for the docs, from a real ``kmcore demo`` run.

    python tests/browser/screenshot.py          # writes docs/images/site-*.png

Runs the ``kmcore`` command (so the site is built exactly as a librarian's first command
builds it: demo knowledge base, then ``kmcore sync`` to the built-in ``html`` target) in a
temporary folder, then opens the pages from ``file://`` in headless Chromium.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from browser.chromium import Browser  # noqa: E402

SHOTS = {
    "site-home.png": ("index.html", 1280, 1000, False),
    "site-innovation.png": ("innovations/inn-electronic-whiteboards.html", 1280, 1400, False),
    "site-directory.png": ("expertise/index.html", 1280, 1000, False),
    "site-phone.png": ("innovations/index.html", 390, 844, False),
}


def main() -> None:
    out = REPO / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "kmcore-demo"
        subprocess.run([sys.executable, "-m", "kmcore.cli", "demo", str(demo)], check=True)
        with Browser.start() as browser:
            for name, (page_path, width, height, full) in SHOTS.items():
                page = browser.new_page(width=width, height=height)
                page.goto((demo / "site" / page_path).as_uri())
                page.screenshot(out / name, full_page=full)
                print(f"wrote {out / name}")


if __name__ == "__main__":
    main()

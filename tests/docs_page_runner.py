"""Run one documentation page's blocks in order, as a reader following the page would.

    python tests/docs_page_runner.py PAGE WORKDIR RESULT.json

Runs in its own process (started by ``tests/test_docs_blocks.py``) so that each page gets a
fresh interpreter, a fresh plugin registry and its own working folder. Python blocks share
one namespace; bash blocks and console transcripts run in ``bash -e``, each starting in
WORKDIR. Stops at the first failing block and writes ``{"ok": ..., "line": ..., "reason":
...}`` to RESULT.json.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path, PurePosixPath
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from docblocks import Block, missing_output, read_blocks, transcript_steps

TIMEOUT = 180


class BlockFailed(Exception):
    pass


def _expected_exits(block: Block) -> list[int]:
    """The exit codes a run marker expects: ``exit N`` or, for a transcript, one per command."""
    marker = block.marker("run")
    if marker is None or not marker.arg:
        return [0]
    words = marker.arg.split()
    if len(words) < 2 or words[0] != "exit" or not all(w.isdigit() for w in words[1:]):
        raise BlockFailed(f"malformed run marker {marker.arg!r}: write <!-- run -->, "
                          "<!-- run: exit N --> or, for a transcript, <!-- run: exit N N... -->")
    return [int(w) for w in words[1:]]


def _expected_exit(block: Block) -> int:
    codes = _expected_exits(block)
    if len(codes) != 1:
        raise BlockFailed("a bash block has one exit code: <!-- run: exit N -->")
    return codes[0]


class Shell:
    """The reader's terminal: the current folder carries over from one command to the next."""

    def __init__(self, workdir: Path) -> None:
        self.cwd = workdir
        self._state = workdir.parent / f".{workdir.name}-shell-cwd"
        self._exports = workdir.parent / f".{workdir.name}-shell-env"
        self._environ = workdir.parent / f".{workdir.name}-shell-environ"

    def run(self, script: str) -> subprocess.CompletedProcess[str]:
        # The EXIT trap records where the script ended and what it exported (an activated
        # virtual environment), even when it fails under -e; the next script starts from it.
        restore = (f"source {_quote(self._exports)}\n" if self._exports.exists() else "")
        save = (f"pwd > {_quote(self._state)}; export -p | grep -v -E "
                f"'^declare -x (PWD|OLDPWD|SHLVL|_)=' > {_quote(self._exports)}; "
                f"env -0 > {_quote(self._environ)}")
        wrapped = f"{restore}trap {_quote_text(save)} EXIT\n{script}"
        done = subprocess.run(
            ["bash", "-e", "-c", wrapped], cwd=self.cwd, capture_output=True, text=True,
            timeout=TIMEOUT, stdin=subprocess.DEVNULL,
        )
        if self._state.exists():
            self.cwd = Path(self._state.read_text(encoding="utf-8").strip())
        return done

    def exported(self) -> dict[str, str]:
        """The variables the shell has exported so far (a python block sees them too)."""
        if not self._environ.exists():
            return {}
        pairs = self._environ.read_bytes().decode("utf-8", "replace").split("\0")
        return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def _quote(path: Path) -> str:
    return _quote_text(str(path))


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _write_file(block: Block, workdir: Path) -> None:
    """Save the block where the reader's shell is, as the page tells the reader to."""
    marker = block.marker("file")
    if marker is None:
        return
    relative = PurePosixPath(marker.arg)
    if not marker.arg or relative.is_absolute() or ".." in relative.parts:
        raise BlockFailed(f"file marker needs a relative path inside the page's folder "
                          f"(got {marker.arg!r})")
    target = workdir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(block.body, encoding="utf-8")


def _run_python(block: Block, namespace: dict[str, Any], workdir: Path) -> None:
    # Leading newlines make tracebacks point at the page's own line numbers.
    code = compile("\n" * block.line + block.body, block.page, "exec")
    os.chdir(workdir)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            exec(code, namespace)
    except BaseException as exc:  # a block may raise anything, SystemExit included
        tb = "".join(traceback.format_exception(exc))
        raise BlockFailed(f"the python block raised {type(exc).__name__}: {exc}\n{tb}"
                          f"{_tail(out.getvalue())}") from None


def _install_script(block: Block) -> str | None:
    """The install block as the test runs it, or None to skip it (kmcore is installed)."""
    source = os.environ.get("DOCS_INSTALL_FROM")
    if not source:
        return None
    if "pip install kmcore" not in block.body:
        raise BlockFailed("an install block must say `pip install kmcore`")
    return block.body.replace("pip install kmcore", 'pip install "$DOCS_INSTALL_FROM"')


def _run_bash(block: Block, shell: Shell) -> None:
    expected = _expected_exit(block)
    script = block.body
    if block.marker("install") is not None:
        replaced = _install_script(block)
        if replaced is None:
            return
        script = replaced
    done = shell.run(script)
    if done.returncode != expected:
        raise BlockFailed(
            f"the bash block exited {done.returncode}, expected {expected}\n"
            f"{_tail(done.stdout + done.stderr)}"
        )


def _run_console(block: Block, shell: Shell) -> None:
    codes = _expected_exits(block)
    steps = transcript_steps(block.body)
    if not steps:
        raise BlockFailed("a runnable transcript needs at least one '$ ' command")
    if len(codes) == 1:
        # One code is the last command's; the commands before it must succeed.
        codes = [0] * (len(steps) - 1) + codes
    if len(codes) != len(steps):
        raise BlockFailed(f"the run marker gives {len(codes)} exit codes for {len(steps)} "
                          "commands")
    for step, want in zip(steps, codes, strict=True):
        done = shell.run(f"exec 2>&1\n{step.command}")
        if done.returncode != want:
            raise BlockFailed(f"`{step.command}` exited {done.returncode}, expected {want}\n"
                              f"{_tail(done.stdout)}")
        problem = missing_output(step.output, done.stdout)
        if problem is not None:
            raise BlockFailed(
                f"`{step.command}` no longer prints what the transcript shows; first "
                f"difference at: {problem!r}\nit printed:\n{done.stdout}"
            )


def _tail(text: str, lines: int = 40) -> str:
    kept = text.rstrip().split("\n")[-lines:]
    return "output:\n" + "\n".join(kept) if text.strip() else ""


def run_page(page: str, workdir: Path) -> dict[str, Any]:
    # Setup commands may name the checkout (for its test data) and the page's own folder.
    os.environ["DOCS_REPO"] = str(Path(__file__).resolve().parent.parent)
    os.environ["DOCS_WORKDIR"] = str(workdir)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    shell = Shell(workdir)
    ran = 0
    for block in read_blocks(page):
        if block.marker("not-run") is not None:
            continue
        try:
            _write_file(block, shell.cwd)
            if block.lang == "python":
                os.environ.update(shell.exported())
                _run_python(block, namespace, workdir)
            elif block.lang in ("bash", "sh", "shell", "setup"):
                _run_bash(block, shell)
            elif block.lang == "console" and block.marker("run") is not None:
                _run_console(block, shell)
            else:
                continue
        except BlockFailed as failure:
            return {"ok": False, "line": block.line, "reason": str(failure), "ran": ran}
        except subprocess.TimeoutExpired:
            return {"ok": False, "line": block.line,
                    "reason": f"the block ran for more than {TIMEOUT} s", "ran": ran}
        ran += 1
    return {"ok": True, "line": None, "reason": "", "ran": ran}


def main() -> int:
    page, workdir, result = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    outcome = run_page(page, workdir)
    result.write_text(json.dumps(outcome), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m kmcore`` runs the same command, exit codes included."""

import subprocess
import sys
from pathlib import Path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kmcore", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_python_m_kmcore_is_the_command(tmp_path: Path) -> None:
    done = _run("init", str(tmp_path / "kb with spaces"), "--name", "LKS",
                "--organisation", "Our Trust", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "kb with spaces").is_dir()
    listed = _run("--kb", str(tmp_path / "kb with spaces"), "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr


def test_python_m_kmcore_keeps_the_exit_code(tmp_path: Path) -> None:
    missing = _run("--kb", str(tmp_path / "nowhere"), "list", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error:")
    usage = _run("no-such-command", cwd=tmp_path)
    assert usage.returncode == 2
    assert "kmcore" in usage.stderr

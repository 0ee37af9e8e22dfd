"""The CLI end to end: `digest build` on a folder of articles writes a site."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEEDS


def run_digest(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], capture_output=True, text=True, cwd=cwd
    )


def test_build_seeds_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run_digest("build", "--seeds", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "built 2 article(s)" in result.stderr
    digest = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    assert {a["file"] for a in digest["articles"]} == {p.name for p in SEEDS.glob("*.txt")}
    assert (out / "index.html").is_file()


def test_missing_seeds_folder_is_one_clear_line(tmp_path: Path) -> None:
    result = run_digest("build", "--seeds", str(tmp_path / "nope"), "--out", str(tmp_path / "site"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_help_explains_the_build_command() -> None:
    result = run_digest("build", "--help")
    assert result.returncode == 0
    assert "--strict" in result.stdout and "--seeds" in result.stdout

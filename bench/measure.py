"""Run one build in its own process and measure it: wall time and peak resident memory.

Each build runs as a child process so its memory peak is its own: `wait4` returns the child's
resource usage, whose peak RSS covers the worker processes it waited for (the largest single
process, not their sum), and nothing of the harness.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Run:
    """One measured build: wall and CPU seconds, peak RSS in MiB, and the stages it reported.

    CPU seconds (user + system, worker processes included) are what a loaded machine disturbs
    least, so the report gives ratios of both.
    """

    name: str
    seconds: float
    peak_mib: float
    stages: tuple[tuple[str, float], ...] = field(default=())
    pages: int = 0
    cpu_seconds: float = 0.0
    cpu_stages: tuple[tuple[str, float], ...] = field(default=())


def run_measured(name: str, command: list[str], cwd: Path) -> Run:
    """Run `command` in `cwd` (CI=true: no progress bar), fail loudly, return what it cost."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err,
                                 env={**os.environ, "CI": "true", "PYTHONPATH": _pythonpath()})
        _, status, rusage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode != 0:
        tail = stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{name} failed (exit {child.returncode}): {tail}")
    cpu = rusage.ru_utime + rusage.ru_stime
    if not stdout.strip().startswith(b"{"):
        return Run(name, seconds, rusage.ru_maxrss / 1024, cpu_seconds=cpu)
    report = json.loads(stdout)
    stages = tuple((stage, float(sec)) for stage, sec in report["timings"])
    cpu_stages = tuple((stage, float(sec)) for stage, sec in report.get("cpu_timings", ()))
    return Run(name, seconds, rusage.ru_maxrss / 1024, stages, int(report["pages"]), cpu, cpu_stages)


def _pythonpath() -> str:
    """The repository root first, so `python -m bench.child` works from any folder."""
    root = str(Path(__file__).resolve().parent.parent)
    return os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)


def our_build_command(
    seeds: Path, out: Path, cache: Path, jobs: int | None, use_cache: bool = True
) -> list[str]:
    """The command line of one newsdigest build through bench.child (prints its report as JSON)."""
    command = [sys.executable, "-m", "bench.child", "--seeds", str(seeds), "--out", str(out),
               "--cache-dir", str(cache)]
    if jobs:
        command += ["--jobs", str(jobs)]
    if not use_cache:
        command.append("--no-cache")
    return command

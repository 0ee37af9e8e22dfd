"""Run every evaluation task (or those named) and print/write the results.

    python -m evaluation [--data ../shared/data] [--limit N] [--out eval/out/results.json] [TASK ...]
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

# task name -> module; each module defines NAME and evaluate(data_dir, limit) -> Result
TASKS: dict[str, str] = {}


def _register_known_tasks() -> None:
    for name in ("extraction", "grouping", "summaries", "quotes"):
        module = f"evaluation.{name}"
        if importlib.util.find_spec(module) is not None:
            TASKS[name] = module


def format_table(results) -> str:
    lines = [f"{'task':<12} {'metric':<34} {'ours':>8} {'target':>8}  anchors"]
    for result in results:
        for m in result.metrics:
            target = "" if m.target is None else f"{m.target:.3f}"
            anchors = ", ".join(f"{n} {v:.3f}" for n, v in m.anchors)
            flag = {True: " ok", False: " MISS", None: ""}[m.meets_target]
            lines.append(f"{result.task:<12} {m.name:<34} {m.ours:>8.3f} {target:>8}{flag}  {anchors}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    _register_known_tasks()
    parser = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__)
    parser.add_argument("tasks", nargs="*", help=f"tasks to run (default all: {', '.join(TASKS)})")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--limit", type=int, default=None, help="items per task (default all)")
    parser.add_argument("--out", type=Path, default=Path("eval/out/results.json"))
    args = parser.parse_args(argv)
    unknown = [t for t in args.tasks if t not in TASKS]
    if unknown:
        parser.error(f"unknown task(s): {', '.join(unknown)}")
    if not args.data.is_dir():
        print(f"evaluation: data folder {args.data} not found", file=sys.stderr)
        return 2
    results = []
    for name in args.tasks or TASKS:
        start = time.perf_counter()
        module = importlib.import_module(TASKS[name])
        results.append(module.evaluate(args.data, args.limit))
        print(f"[{name}] done in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    print(format_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([asdict(r) for r in results], indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

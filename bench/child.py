"""One newsdigest build, run by the harness in a fresh process; prints the BuildReport as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.build import build
from generator.config import load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args(argv)
    config = load_config(None, seeds=args.seeds, out=args.out, cache_dir=args.cache_dir,
                         jobs=args.jobs, progress=False)
    report = build(config, use_cache=not args.no_cache)
    json.dump({"timings": report.timings, "cpu_timings": report.cpu_timings,
               "pages": report.pages, "built": report.built}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())

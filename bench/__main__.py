"""`make bench`: time our build against Pelican and Hugo on real BBC articles.

    python -m bench [--sizes 1000,10000] [--jobs N] [--only ours] [--data DIR] [--work DIR]

For each size it writes the same corpus for the three generators, then measures, each build in
its own process: our cold build (empty cache, no site), Pelican's and Hugo's builds, our rebuild
with nothing changed, and with one article changed. It prints per-stage seconds, articles per
second and peak memory, the ratios, and saves everything to WORK/results.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from bench.corpus import DEFAULT_BBC, load_bbc, make_corpus
from bench.formats import write_hugo, write_ours, write_pelican
from bench.measure import Run, our_build_command, run_measured
from bench.report import format_report, format_size

ROOT = Path(__file__).resolve().parent.parent
OTHERS = ("pelican", "hugo")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sources = load_bbc(args.data)
    results: dict[int, dict[str, Run]] = {}
    for size in args.sizes:
        print(f"bench: {size} articles...", file=sys.stderr)
        results[size] = bench_size(make_corpus(sources, size), args.work / str(size), args)
        print(format_size(size, results[size]) + "\n", flush=True)
    print(format_report(results, sizes=False))
    (args.work / "results.json").write_text(json.dumps(_as_json(results), indent=2) + "\n")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", type=_sizes,
                        help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--jobs", type=int, default=None, help="our --jobs (default: every core)")
    parser.add_argument("--only", choices=["ours", "all"], default="all",
                        help="'ours' skips Pelican and Hugo")
    parser.add_argument("--data", type=Path, default=DEFAULT_BBC, help="the BBC news folder")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "out",
                        help="scratch folder for corpora and sites (default bench/out/)")
    return parser.parse_args(argv)


def bench_size(corpus, work: Path, args: argparse.Namespace) -> dict[str, Run]:
    """Every measurement for one corpus size, named by scenario."""
    seeds, site, cache = work / "ours" / "seeds", work / "ours" / "site", work / "ours" / "cache"
    write_ours(corpus, seeds)
    for folder in (site, cache):
        shutil.rmtree(folder, ignore_errors=True)
    ours = our_build_command(seeds, site, cache, args.jobs)
    runs = {"full": run_measured("full", ours, work)}
    runs["unchanged"] = run_measured("unchanged", ours, work)
    _change_one_article(seeds)
    runs["one changed"] = run_measured("one changed", ours, work)
    if args.only == "all":
        runs["pelican"] = run_pelican(corpus, work / "pelican")
        runs["hugo"] = run_hugo(corpus, work / "hugo")
    return runs


def run_pelican(corpus, folder: Path) -> Run:
    write_pelican(corpus, folder)
    command = [sys.executable, "-m", "pelican", "content", "-o", "output", "-s", "pelicanconf.py",
               "--quiet", "--delete-output-directory"]
    return run_measured("pelican", command, folder)


def run_hugo(corpus, folder: Path) -> Run:
    write_hugo(corpus, folder)
    hugo = Path(sys.executable).parent / "hugo"
    command = [str(hugo if hugo.exists() else shutil.which("hugo") or "hugo"), "--quiet",
               "--destination", "public", "--cleanDestinationDir"]
    return run_measured("hugo", command, folder)


def _change_one_article(seeds: Path) -> None:
    """Edit one article's body (the middle one), as a correction to a published story would."""
    files = sorted(seeds.iterdir())
    target = files[len(files) // 2]
    target.write_text(target.read_text("utf-8") + "\nThis article was corrected after publication.\n",
                      "utf-8")


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes wants numbers like 200,1000, not {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("--sizes wants positive numbers")
    return sizes


def _as_json(results: dict[int, dict[str, Run]]) -> dict:
    return {
        str(size): {name: {"seconds": r.seconds, "peak_mib": r.peak_mib, "stages": dict(r.stages),
                           "pages": r.pages, "cpu_seconds": r.cpu_seconds,
                           "cpu_stages": dict(r.cpu_stages)} for name, r in runs.items()}
        for size, runs in results.items()
    }


if __name__ == "__main__":
    sys.exit(main())

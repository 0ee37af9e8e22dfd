"""Time the merge stage alone on the stories of the benchmark corpus (issue #6 follow-up).

The corpus is written, parsed (with the parse cache) and grouped once per size, and the groups
of parsed articles are kept in a pickle under the work folder, so later runs time only
`merge_story`. It also prints a hash of every merged story, so a speed change can be checked to
leave the output as it was (with and without title and lede: the title choice is summed
exactly, so it too is the same in every run).
Usage: python -m bench.merge_speed --sizes 2500,10000 [--work DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from pathlib import Path

from bench.corpus import load_bbc, make_corpus
from bench.formats import write_ours
from generator.build import read_all
from generator.steps.parse import parse_sources
from generator.config import Config
from generator.dedupe import drop_duplicates
from generator.group import group_stories
from generator.merge import merge_story
from generator.models import Article


def story_groups(size: int, work: Path) -> list[tuple[Article, ...]]:
    """The article groups of the `size`-article corpus, built once and then read back."""
    kept = work / f"groups-{size}.pickle"
    if kept.exists():
        return pickle.loads(kept.read_bytes())
    seeds = work / f"seeds-{size}"
    write_ours(make_corpus(load_bbc(), size), seeds)
    config = Config(seeds=seeds, out=work / "site", cache_dir=work / "cache", jobs=2, progress=False)
    sources, _ = read_all(config)
    articles, _ = parse_sources(sources, config)
    articles, _ = drop_duplicates(articles)
    by_id = {a.id: a for a in articles}
    groups = [tuple(by_id[i] for i in group) for group in group_stories(articles)]
    kept.write_bytes(pickle.dumps(groups))
    return groups


def time_merge(groups: list[tuple[Article, ...]]) -> tuple[float, str, str]:
    """CPU seconds to merge every story, a hash of what merging built without the title and
    lede (headline.py's choice, and the story id and quotes' story derived from it), and one of
    everything."""
    merged, everything = hashlib.sha256(), hashlib.sha256()
    start = time.process_time()
    stories = [merge_story(g) for g in groups]
    seconds = time.process_time() - start
    for story in stories:
        record = story.to_json()
        everything.update(json.dumps(record, sort_keys=True).encode())
        for quote in record["quotes"]:
            del quote["story"]
        kept = {k: record[k] for k in ("articles", "facts", "conflicts", "timeline", "quotes")}
        merged.update(json.dumps(kept, sort_keys=True).encode())
    return seconds, merged.hexdigest()[:16], everything.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2500,10000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdigest-merge-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        groups = story_groups(size, args.work)
        largest = max(len(g) for g in groups)
        seconds, output, whole = time_merge(groups)
        print(f"{size} articles: {len(groups)} stories (largest {largest}), "
              f"merge {seconds:.2f} s CPU, output {output} (with title and lede {whole})", flush=True)


if __name__ == "__main__":
    main()

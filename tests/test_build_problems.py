"""Bad input files end to end: each is reported once, naming the file and why; the rest is built.

The folder is the fixture corpus plus bad files written here as real bytes. --strict refuses to
write and lists every problem; the CLI prints one line per problem and the count line.
"""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from generator.build import build
from generator.config import Config
from generator.errors import StrictModeError

GOOD = ["01-valmere-strike-wire.txt", "02-valmere-strike-gazette.md", "05-heat-pump-sales.txt",
        "15-vermeer-sketch-cp1252.txt"]
LIMIT = 20_000

# file -> (bytes, the words its Problem must contain)
BAD = {
    "empty.txt": (b"", "is empty"),
    "blank.md": (b" \n\n\t \r\n", "only whitespace"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    "odd-utf16.txt": (codecs.BOM_UTF16_BE + b"\x00A\x00", "unknown encoding"),
    "broken-front-matter.md": (b"---\ntitle: Strike\nauthor: [Ana, Tom\ndate: 2026-03-03\n---\n\nBody.\n", "line 4"),
    "script-wall.txt": (b"Player\n\nYou need to enable JavaScript to use this site.\n", "holds a script or browser wall, not an article"),
    "huge.txt": (b"Headline\n\n" + b"All work and no play. " * 1000, "over the 20,000-byte limit"),
    "z-same-url.md": (
        b"---\ntitle: Another headline\nurl: http://reuters.com/world/europe/dockworkers-walk-out-port-valmere-2026-03-03?utm_source=x\n---\n\n"
        b"Entirely different words are written in this copy of the article.\n",
        "duplicate of 01-valmere-strike-wire.txt (same URL)",
    ),
}


def heat_pump_copy() -> bytes:
    """The heat-pump article with other line breaks, case and quote marks: still the same text."""
    text = (FIXTURES / "articles" / "05-heat-pump-sales.txt").read_text(encoding="utf-8")
    return text.replace('"', "“", 1).replace("\n\n", "\r\n\r\n").upper().encode("utf-16")


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(FIXTURES / "articles" / name, folder / name)
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "y-heat-pump-again.txt").write_bytes(heat_pump_copy())
    return folder


def config_for(seeds: Path, strict: bool = False) -> Config:
    root = seeds.parent
    return Config(seeds=seeds, out=root / "site", strict=strict, max_file_bytes=LIMIT,
                  cache_dir=root / "cache", jobs=1, progress=False)


def test_each_bad_file_is_one_problem_with_its_reason_and_the_rest_is_built(seeds):
    report = build(config_for(seeds))
    by_file = {}
    for problem in report.problems:
        assert problem.file not in by_file, f"{problem.file} reported twice"
        by_file[problem.file] = problem.reason
    expected = {name: words for name, (_, words) in BAD.items()}
    expected["y-heat-pump-again.txt"] = "duplicate of 05-heat-pump-sales.txt (same article text)"
    assert set(by_file) == set(expected)
    for name, words in expected.items():
        assert words in by_file[name], (name, by_file[name])
    assert report.built == len(GOOD)
    assert report.skipped == len(expected)
    assert (seeds.parent / "site" / "index.html").is_file()


def test_the_same_folder_gives_the_same_problems_twice(seeds):
    first = build(config_for(seeds)).problems
    assert build(config_for(seeds)).problems == first


def test_strict_lists_every_problem_and_writes_nothing(seeds):
    with pytest.raises(StrictModeError) as error:
        build(config_for(seeds, strict=True))
    message = str(error.value)
    for name in [*BAD, "y-heat-pump-again.txt"]:
        assert f"error: {name}: " in message
    assert message.splitlines()[-1] == f"built {len(GOOD)}, skipped {len(BAD) + 1}, warned 0"
    assert not (seeds.parent / "site").exists()


def test_strict_refuses_before_rendering_a_site_it_would_not_write(seeds, monkeypatch):
    import generator.build as build_module

    def must_not_render(*args, **kwargs):
        raise AssertionError("rendered a site that --strict was going to refuse")

    monkeypatch.setattr(build_module, "plan_site", must_not_render)
    with pytest.raises(StrictModeError):
        build(config_for(seeds, strict=True))


def run_cli(seeds: Path, *extra: str) -> subprocess.CompletedProcess:
    config = seeds.parent / "newsdigest.toml"
    config.write_text("max_file_mb = 0.02\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out",
         str(seeds.parent / "site"), "--config", str(config), "--jobs", "1", "--no-cache", *extra],
        capture_output=True, text=True,
    )


@pytest.mark.slow
def test_cli_prints_each_problem_once_and_the_count_line(seeds):
    result = run_cli(seeds)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    for name in [*BAD, "y-heat-pump-again.txt"]:
        assert sum(line.startswith(f"error: {name}: ") for line in lines) == 1
    assert f"built {len(GOOD)} article(s), skipped {len(BAD) + 1}, warned 0" in lines[-1]


@pytest.mark.slow
def test_cli_strict_exits_non_zero_and_lists_the_problems(seeds):
    result = run_cli(seeds, "--strict")
    assert result.returncode != 0
    assert "error: empty.txt: is empty" in result.stderr
    assert f"built {len(GOOD)}, skipped {len(BAD) + 1}, warned 0" in result.stderr
    assert "Traceback" not in result.stderr

"""The progress bar: on a terminal only, never under CI or in a pipe, and cheap to redraw."""

from __future__ import annotations

import io

import pytest

from generator.cli import main
from generator.progress import Progress, progress_wanted, render_bar
from tests.perf_support import write_articles


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    "setting,stream,environ,expected",
    [
        (None, Terminal(), {}, True),
        (None, Terminal(), {"CI": "true"}, False),
        (None, Terminal(), {"CI": "1"}, False),
        (None, Terminal(), {"CI": "false"}, True),
        (None, io.StringIO(), {}, False),  # piped
        (True, io.StringIO(), {"CI": "true"}, True),  # asked for explicitly
        (False, Terminal(), {}, False),
    ],
)
def test_when_the_bar_is_shown(setting, stream, environ, expected):
    assert progress_wanted(setting, stream, environ) is expected


def test_the_bar_shows_count_and_percentage():
    assert render_bar("parse", 0, 8) == "parse [" + "." * 30 + "] 0/8   0%"
    assert render_bar("parse", 512, 1000) == "parse [" + "#" * 15 + "." * 15 + "]  512/1000  51%"
    assert render_bar("parse", 1000, 1000).endswith("] 1000/1000 100%")


def test_ten_thousand_items_redraw_about_a_hundred_times():
    stream = Terminal()
    with Progress("parse", 10_000, stream, enabled=True) as progress:
        for _ in range(10_000):
            progress.advance()
    text = stream.getvalue()
    assert 90 <= text.count("\r") <= 102
    assert "10000/10000 100%" in text
    assert text.endswith("\r\x1b[2K")  # the line is cleared for the summary


def test_a_disabled_bar_writes_nothing():
    stream = Terminal()
    with Progress("parse", 50, stream, enabled=False) as progress:
        progress.advance(50)
    assert stream.getvalue() == ""


def test_no_work_means_no_bar():
    stream = Terminal()
    with Progress("parse", 0, stream, enabled=True) as progress:
        progress.advance()
    assert stream.getvalue() == ""


def test_the_cli_is_quiet_when_piped(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    write_articles(tmp_path / "seeds")
    argv = ["build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "site"), "--jobs", "1"]
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    assert "\r" not in capsys.readouterr().err


def test_the_cli_shows_the_bar_when_asked(tmp_path, capsys, monkeypatch):
    write_articles(tmp_path / "seeds")
    argv = ["build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "site"),
            "--jobs", "1", "--progress", "--no-cache"]
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "parse [" in err and "merge [" in err and "render [" in err  # every long stage has a bar

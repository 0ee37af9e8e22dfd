"""Command line: argument parsing only; the work is done by build() and friends.

    digest build [--seeds DIR] [--out DIR] [--config FILE] [--strict]
                 [--jobs N] [--no-cache] [--[no-]progress]
    digest email [--seeds DIR] [--out DIR] [--config FILE] [--send] [--dry-run]
    digest serve [--seeds DIR] [--out DIR] [--config FILE] [--port N] [--site-url URL]

This contract is relied on by other tools: keep it stable.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator import __version__
from generator.build import build
from generator.config import load_config, with_email_environment
from generator.errors import ConfigError, DigestError


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description=(
            "Turn a folder of news articles (plain text, Markdown with front matter, saved HTML) "
            "into a static-site digest: structured summaries, stories merged across outlets, "
            "a quote index, digest.json, an Atom feed and a sitemap."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    b = commands.add_parser(
        "build",
        help="build the site from a folder of articles",
        description="Parse every article under --seeds, group and merge stories, render the site "
        "into --out. Bad files are reported with the reason and skipped; the previous site is "
        "replaced only when the build succeeds.",
    )
    add_common_options(b)
    b.add_argument("--strict", action="store_true", default=None,
                   help="fail the build (exit 1, site untouched) when any input file has a problem")
    b.add_argument("--site-url", default=None, metavar="URL",
                   help="absolute URL the site is published at (for the feed and sitemap), "
                   "e.g. https://user.github.io/repo/")
    b.add_argument("--jobs", type=_job_count, default=None, metavar="N",
                   help="parse with N worker processes (default: every core; 1: no workers)")
    b.add_argument("--no-cache", action="store_true",
                   help="parse every article again instead of reusing summaries cached in .cache/")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar on stderr (default: only on a terminal, not under CI)")
    b.set_defaults(handler=run_build)

    e = commands.add_parser(
        "email",
        help="render the digest as an email into OUT/email/, and optionally send it",
        description="Render the same digest as an HTML + plain-text email and write "
        "OUT/email/digest.html, digest.txt and digest.eml (only that folder is replaced). "
        "SMTP settings come from the [email] table of the config file, overridden by "
        "DIGEST_SMTP_HOST, DIGEST_SMTP_PORT, DIGEST_SMTP_USER, DIGEST_SMTP_SECURITY, "
        "DIGEST_SMTP_SENDER and DIGEST_EMAIL_RECIPIENTS; the password only from DIGEST_SMTP_PASSWORD.",
    )
    add_common_options(e)
    e.add_argument("--send", action="store_true",
                   help="send it over SMTP to the configured recipients (needs site_url)")
    e.add_argument("--dry-run", action="store_true",
                   help="show what --send would send (headers, recipients, sizes, server) without connecting")
    e.add_argument("--site-url", default=None, metavar="URL",
                   help="absolute URL the site is published at: the email's links point there")
    e.set_defaults(handler=run_email)

    v = commands.add_parser(
        "serve",
        help="preview the site locally and rebuild it when an article, template or code changes",
        description="Build the site, serve --out on http://127.0.0.1:PORT/ (this machine only), "
        "and rebuild whenever a file under --seeds, the templates folder or generator/ changes "
        "(checked once a second). A failed rebuild is reported and the previous site stays "
        "served. Ctrl-C stops. For previews only: use a real web server to publish.",
    )
    add_common_options(v)
    v.add_argument("--port", type=_port, default=8000, metavar="N",
                   help="TCP port on 127.0.0.1 (default: 8000; 0 picks a free one)")
    v.add_argument("--site-url", default=None, metavar="URL",
                   help="passed to each build (feed and sitemap URLs); links stay relative")
    v.set_defaults(handler=run_serve)
    return parser


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that reads the articles shares."""
    parser.add_argument("--seeds", type=Path, default=None, metavar="DIR",
                        help="folder of article files (default: seeds/)")
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help="output folder for the site (default: site/)")
    parser.add_argument("--config", type=Path, default=None, metavar="FILE",
                        help="TOML config file (default: newsdigest.toml if present); see README")


def _job_count(text: str) -> int:
    """--jobs N: a positive whole number."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return int(text)


def _port(text: str) -> int:
    """--port N: 0 to 65535."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, not {text!r}")
    return int(text)


def run_build(args: argparse.Namespace) -> int:
    config = load_config(
        args.config, seeds=args.seeds, out=args.out, strict=args.strict, site_url=args.site_url,
        jobs=args.jobs, progress=args.progress,
    )
    report = build(config, use_cache=not args.no_cache)
    for problem in report.problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)
    print(
        f"built {report.built} article(s), skipped {report.skipped}, warned {report.warned}: "
        f"{report.stories} story(ies), {report.pages} file(s) in {config.out}",
        file=sys.stderr,
    )
    return 0


def run_email(args: argparse.Namespace) -> int:
    from generator.email.command import email_digest  # not imported by every `digest build`

    config = load_config(args.config, seeds=args.seeds, out=args.out, site_url=args.site_url)
    config = with_email_environment(config, os.environ)
    echo = lambda line: print(line, file=sys.stderr)  # noqa: E731
    return email_digest(config, send=args.send, dry_run=args.dry_run, environ=os.environ, echo=echo)


def run_serve(args: argparse.Namespace) -> int:
    from generator.render import serve

    config = load_config(args.config, seeds=args.seeds, out=args.out, site_url=args.site_url)
    command = serve.build_command(config.seeds, config.out, args.config, config.site_url)
    folders = [config.seeds, config.templates, Path(__file__).resolve().parent]
    echo = lambda line: print(line, file=sys.stderr)  # noqa: E731
    return serve.serve(config.out, args.port, folders, lambda: serve.run_build(command), echo)


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.handler(args)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"digest: config error: {problem}", file=sys.stderr)
        return 2
    except DigestError as exc:
        print(f"digest: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("digest: interrupted; the previous site was left as it was", file=sys.stderr)
        return 130

"""One error tree, so the CLI can print a single clear line for anything that stops a build."""

from __future__ import annotations


class DigestError(Exception):
    """Base of every error newsdigest reports to the user without a traceback."""


class ConfigError(DigestError):
    """The configuration file or the command line is wrong; lists every problem at once."""

    def __init__(self, problems: list[str] | tuple[str, ...]):
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


class ReadError(DigestError):
    """One input file cannot be used; carries the file and the reason."""

    def __init__(self, file: str, reason: str):
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")


class StrictModeError(DigestError):
    """--strict was given and some input files had problems."""

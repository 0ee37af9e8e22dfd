"""`make eval`: measure how right newsdigest is against external data in ../shared/data/.

Each task is a module with `NAME` and `evaluate(data_dir: Path, limit: int | None) -> Result`.
The runner prints one table (ours beside the published anchors) and writes eval/out/results.json.
Not part of `make test`; tests/test_evaluation.py runs a small slice of each task.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Metric:
    """One measured figure, with the published scores of other tools to read it against."""

    name: str
    ours: float
    target: float | None = None
    anchors: tuple[tuple[str, float], ...] = ()
    note: str = ""

    @property
    def meets_target(self) -> bool | None:
        return None if self.target is None else self.ours >= self.target


@dataclass(frozen=True)
class Result:
    task: str
    dataset: str
    items: int
    metrics: tuple[Metric, ...]
    details: dict = field(default_factory=dict)

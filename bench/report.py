"""Turn the benchmark's measurements into the plain-text report `make bench` prints."""

from __future__ import annotations

from bench.measure import Run

STAGES = ("check", "read", "parse", "group", "merge", "plan", "render+write")

# The targets of issue #6 (2-core machine), checked at the largest size measured.
MAX_RATIO_TO_PELICAN = 1.0
MAX_UNCHANGED_SECONDS = 1.0
MAX_ONE_CHANGED_SECONDS = 2.0
MAX_PEAK_MIB = 1024
MAX_SCALING_PER_10X = 11.0


def format_report(results: dict[int, dict[str, Run]], sizes: bool = True) -> str:
    """Per size (unless printed already): stages, rebuilds, the others; scaling and targets."""
    sections = [format_size(size, runs) for size, runs in sorted(results.items())] if sizes else []
    sections.append(format_scaling(results))
    sections.append(format_targets(results))
    return "\n\n".join(s for s in sections if s) + "\n"


def format_size(size: int, runs: dict[str, Run]) -> str:
    full = runs["full"]
    lines = [f"== {size:,} articles: our full build (cold cache, no site) ==",
             f"{'stage':<14}{'wall s':>9}{'articles/s':>12}{'ms/article':>12}"
             f"{'CPU s':>9}{'CPU ms/art':>12}"]
    stages, cpu = dict(full.stages), dict(full.cpu_stages)
    for stage in STAGES:
        if stage in stages:
            lines.append(_stage_line(stage, stages[stage], size, cpu.get(stage)))
    lines.append(_stage_line("total", full.seconds, size, full.cpu_seconds)
                 + f"   peak {full.peak_mib:,.0f} MiB, {full.pages:,} files (CPU: all processes)")
    lines.append("")
    for name, label in (("unchanged", "rebuild, nothing changed"),
                        ("one changed", "rebuild, one article changed")):
        if name in runs:
            run = runs[name]
            lines.append(f"{label:<32}{run.seconds:>7.2f} s  = {run.seconds / full.seconds:.2f} x full"
                         f"   ({_stage_summary(run)})")
    for name in ("pelican", "hugo"):
        if name in runs:
            other = runs[name]
            lines.append(f"{name + ' (plain Markdown pages)':<32}{other.seconds:>7.2f} s  "
                         f"peak {other.peak_mib:,.0f} MiB   ours/{name} = "
                         f"{full.seconds / other.seconds:.2f} wall, "
                         f"{_ratio(full.cpu_seconds, other.cpu_seconds)} CPU")
    return "\n".join(lines)


def format_scaling(results: dict[int, dict[str, Run]]) -> str:
    """Largest vs smallest size: total and per stage, normalised to a 10x growth in articles."""
    if len(results) < 2:
        return ""
    small, large = min(results), max(results)
    growth = large / small
    lines = [f"== scaling {small:,} -> {large:,} articles ({growth:g}x) ==",
             "time ratio per 10x articles (10 = linear; higher = worse than linear)",
             f"{'':<14}{'wall':>8}{'CPU':>8}"]
    a, b = results[small]["full"], results[large]["full"]
    lines.append(f"{'total':<14}{_per_10x(b.seconds / a.seconds, growth):>8.1f}"
                 f"{_per_10x(b.cpu_seconds / max(a.cpu_seconds, 1e-9), growth):>8.1f}")
    sa, sb, ca, cb = dict(a.stages), dict(b.stages), dict(a.cpu_stages), dict(b.cpu_stages)
    for stage in STAGES:
        if sa.get(stage, 0) > 0 and stage in sb:
            cpu = (f"{_per_10x(cb[stage] / ca[stage], growth):>8.1f}"
                   if ca.get(stage, 0) > 0 and stage in cb else "")
            lines.append(f"{stage:<14}{_per_10x(sb[stage] / sa[stage], growth):>8.1f}{cpu}")
    return "\n".join(lines)


def format_targets(results: dict[int, dict[str, Run]]) -> str:
    """PASS/FAIL against the issue's targets, at the largest size measured."""
    size = max(results)
    runs = results[size]
    checks = [
        ("peak memory <= 1 GiB", runs["full"].peak_mib, MAX_PEAK_MIB, "MiB"),
        ("no-change rebuild <= 1 s", runs["unchanged"].seconds, MAX_UNCHANGED_SECONDS, "s"),
        ("one-changed rebuild <= 2 s", runs["one changed"].seconds, MAX_ONE_CHANGED_SECONDS, "s"),
    ]
    if "pelican" in runs:
        ratio = runs["full"].seconds / runs["pelican"].seconds
        checks.append(("full build / Pelican <= 1.0", ratio, MAX_RATIO_TO_PELICAN, "x"))
    if len(results) > 1:
        small = min(results)
        scaling = _per_10x(runs["full"].seconds / results[small]["full"].seconds, size / small)
        checks.append(("time per 10x articles <= 11", scaling, MAX_SCALING_PER_10X, "x"))
    lines = [f"== targets at {size:,} articles =="]
    for label, value, limit, unit in checks:
        verdict = "PASS" if value <= limit else "FAIL"
        lines.append(f"{verdict}  {label:<30} {value:,.2f} {unit}")
    return "\n".join(lines)


def _ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}" if theirs > 0 else "n/a"


def _per_10x(ratio: float, growth: float) -> float:
    """A time ratio over `growth`x more articles, rescaled to 10x assuming a power law."""
    import math

    if growth <= 1 or ratio <= 0:
        return ratio
    return 10 ** (math.log(ratio) / math.log(growth))


def _stage_line(stage: str, seconds: float, size: int, cpu: float | None = None) -> str:
    rate = size / seconds if seconds > 0 else float("inf")
    line = f"{stage:<14}{seconds:>9.3f}{rate:>12,.0f}{seconds * 1000 / size:>12.3f}"
    if cpu is not None:
        line += f"{cpu:>9.3f}{cpu * 1000 / size:>12.3f}"
    return line


def _stage_summary(run: Run) -> str:
    return ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in run.stages)

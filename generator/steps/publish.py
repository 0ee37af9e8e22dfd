"""The render and write step: every file of the site rendered on workers straight into the
staged site, pages whose views did not change linked from the old one, then swapped in whole."""

from __future__ import annotations

from generator.config import Config
from generator.incremental import PageMemo
from generator.parallel import map_shared, shared_pool, worker_count
from generator.progress import stage_progress
from generator.render.site import SitePlan
from generator.write import StagedSite


def render_and_write(plan: SitePlan, config: Config, memo: PageMemo) -> dict[str, str]:
    """Render every file of the plan and write it straight into the staged site; swap it in.

    Files are rendered in `config.jobs` forked processes, each writing its own files, so no
    process holds the whole site; a page whose key `memo` knows is linked, not rendered.
    Returns the key of every keyed page, for the next build.
    """
    paths = plan.paths
    with StagedSite(config.out) as staged:
        work = (plan, staged, memo)
        with shared_pool(config.jobs, len(paths), work) as pool, stage_progress(config.progress, "render", len(paths)) as bar:
            done = map_shared(render_and_stage, work, paths, pool, worker_count(config.jobs), bar.advance)
        staged.commit(set(paths), any(changed for _, changed in done))
    return {path: key for path, (key, _) in zip(paths, done) if key is not None}


def render_and_stage(work: tuple[SitePlan, StagedSite, PageMemo], path: str) -> tuple[str | None, bool]:
    """Stage one file, rendering it unless the memo vouches for the old one: (key, changed)."""
    plan, staged, memo = work
    prepared = plan.prepare(path, memo.salt)
    expected = memo.reusable(path, prepared.key)
    if expected is not None and staged.reuse(path, expected):
        return prepared.key, False
    return prepared.key, staged.put(path, prepared.render())

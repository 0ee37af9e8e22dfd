"""One article changed: only its story is merged again and only pages whose views changed are
rendered, and the site is still byte for byte what a build from nothing makes."""

from __future__ import annotations

import os

import generator.steps.group as group_step
import generator.steps.merge as merge_step
from generator.build import build
from tests.perf_support import make_config, read_tree, write_articles

CHANGED = "sport/final.txt"


def _count(monkeypatch, module, name: str) -> list[object]:
    """Record every call of module.<name> (jobs=1, so all calls are in this process)."""
    calls: list[object] = []
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls.append(args[-1])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _count_page_renders(monkeypatch) -> list[str]:
    """The path of every HTML page actually rendered through Jinja."""
    import generator.render.site as site_module

    paths: list[str] = []
    real = site_module.render_page

    def counting(env, template, path, site, context):
        paths.append(path)
        return real(env, template, path, site, context)

    monkeypatch.setattr(site_module, "render_page", counting)
    return paths


def _change_one_article(seeds) -> None:
    path = seeds / CHANGED
    path.write_text(path.read_text() + "\nThe trophy parade is planned for Sunday, the club said.\n")


def _inode(path) -> int:
    return os.lstat(path).st_ino


def test_only_the_changed_articles_story_is_merged_again(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    first = build(config)
    merged = _count(monkeypatch, merge_step, "merge_group")
    _change_one_article(tmp_path / "seeds")
    build(config)
    assert first.stories >= 3
    assert len(merged) == 1 and any("final" in article_id for article_id in merged[0])


def test_unchanged_pages_are_linked_not_rendered_and_the_site_equals_a_cold_build(tmp_path, monkeypatch):
    seeds = write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    before = {p.relative_to(config.out).as_posix(): _inode(p) for p in config.out.rglob("*.html")}
    rendered = _count_page_renders(monkeypatch)
    _change_one_article(seeds)
    build(config)
    after = {p.relative_to(config.out).as_posix(): _inode(p) for p in config.out.rglob("*.html")}
    kept = [path for path in before if after.get(path) == before[path]]
    rewritten = [path for path in after if after[path] != before.get(path)]
    assert any(path.startswith("articles/") for path in kept)  # other articles' pages: linked
    assert any(path.startswith("articles/") and "final" in path for path in rewritten)
    assert not [p for p in rendered if p.startswith("articles/") and "final" not in p]  # never rendered
    assert "quotes.html" not in rendered  # the change added no quote: the quote index is as it was
    cold = make_config(tmp_path, out=tmp_path / "cold", cache_dir=tmp_path / "cold-cache")
    build(cold, use_cache=False)
    assert read_tree(config.out) == read_tree(cold.out)


def test_a_hand_edited_page_is_written_again_even_when_its_inputs_did_not_change(tmp_path):
    seeds = write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    page = next(p for p in sorted(config.out.glob("articles/*.html")) if "final" not in p.name)
    original = page.read_bytes()
    page.write_bytes(b"<p>edited by hand</p>")
    _change_one_article(seeds)  # so the build runs; the edited page's own views are unchanged
    build(config)
    assert page.read_bytes() == original


def test_a_template_change_renders_every_page_again(tmp_path):
    import shutil

    from generator.config import DEFAULT_TEMPLATES

    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES, templates)
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path, templates=templates)
    build(config)
    story = templates / "article.html"
    story.write_text(story.read_text().replace("</article>", "<!-- v2 --></article>", 1))
    build(config)
    pages = list(config.out.glob("articles/*.html"))
    assert pages and all(b"<!-- v2 -->" in p.read_bytes() for p in pages)


def test_page_keys_depend_on_values_not_on_which_equal_strings_are_one_object():
    from generator.render.site import page_key
    from generator.render.views import Link

    text = "".join(["Rotterdam ", "port"])  # built at run time: a new object each time
    shared = {"links": (Link(text, "a.html"), Link(text, "a.html"))}
    distinct = {"links": (Link("".join(["Rotterdam ", "port"]), "a.html"), Link("".join(["Rotterdam ", "port"]), "a.html"))}
    site = {"site_title": "News"}
    assert page_key("s", "story.html", "stories/x.html", site, shared) == page_key("s", "story.html", "stories/x.html", site, distinct)
    other = {"links": (Link(text, "a.html"), Link(text, "b.html"))}
    assert page_key("s", "story.html", "stories/x.html", site, other) != page_key("s", "story.html", "stories/x.html", site, shared)
    assert page_key("t", "story.html", "stories/x.html", site, shared) != page_key("s", "story.html", "stories/x.html", site, shared)


def test_only_the_changed_article_has_its_grouping_terms_read_again(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    read_again = _count(monkeypatch, group_step, "terms_at")
    _change_one_article(tmp_path / "seeds")
    build(config)
    assert len(read_again) == 1


def test_grouping_terms_saved_by_other_code_are_not_trusted(tmp_path, monkeypatch):
    from generator.cache import decode_entry, encode_entry, group_terms_path

    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    entry = config.cache_dir / group_terms_path(config.out)
    saved = decode_entry(entry.read_bytes(), dict)
    assert saved["terms"]  # a real entry, whose terms are right...
    entry.write_bytes(encode_entry({**saved, "code": "older"}))  # ...but said to come from other code
    read_again = _count(monkeypatch, group_step, "terms_at")
    _change_one_article(tmp_path / "seeds")
    report = build(config)
    assert len(read_again) == report.built  # every article's terms read anew

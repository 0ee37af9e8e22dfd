"""The GitHub Pages workflow: valid against GitHub's schema, clean under zizmor, and doing the job."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} is not installed: it is in the [test] extras of pyproject.toml"
    return found


def test_workflow_matches_githubs_schema() -> None:
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_has_no_zizmor_findings() -> None:
    result = subprocess.run(
        [_tool("zizmor"), "--offline", "--no-progress", str(WORKFLOW)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_make_site_and_deploys_site_folder() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    build_steps = workflow["jobs"]["build"]["steps"]
    runs = " ".join(step.get("run", "") for step in build_steps)
    uses = [step.get("uses", "").split("@")[0] for step in build_steps]
    assert "make site" in runs
    assert "actions/upload-pages-artifact" in uses and "actions/configure-pages" in uses
    upload = next(s for s in build_steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_every_action_is_pinned_to_a_commit() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for line in text.splitlines():
        if "uses:" in line:
            ref = line.split("@", 1)[1].split()[0]
            assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), line

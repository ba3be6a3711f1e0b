"""--fix on real lists: every fix holds, nothing else moves, a second run finds nothing to fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from awesome_lint.cli import main
from helpers import FIXTURES

LISTS = sorted(path.name for path in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("name", LISTS)
def test_fix_is_complete_and_touches_only_fixed_lines(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(FIXTURES / name, tmp_path / name)
    main(["--format", "json", name])
    before = json.loads(capsys.readouterr().out)
    fixed_lines = {p["line"] for p in before if p["fixable"]}
    main(["--fix", "--format", "json", name])
    after = json.loads(capsys.readouterr().out)
    assert [p for p in after if p["fixable"]] == []
    old = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
    new = (tmp_path / name).read_text(encoding="utf-8").split("\n")
    assert len(new) == len(old)
    changed = {number for number, (a, b) in enumerate(zip(old, new, strict=True), 1) if a != b}
    assert changed <= fixed_lines
    assert bool(changed) == bool(fixed_lines)

"""Rules are found as entry points, built-in and third-party alike."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest

from awesome_lint import registry
from helpers import lint_all


@pytest.mark.parametrize("group", ["awesome_lint.rules", "console_scripts", "pytest11"])
def test_entry_points_match_importlib_metadata(group: str) -> None:
    expected = sorted((e.name, e.value) for e in metadata.entry_points(group=group))
    assert sorted(registry.entry_points(group)) == expected


def test_a_third_party_rule_plugs_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shouting.py").write_text(
        '"""Headings are not written in capitals."""\n'
        "from awesome_lint.problem import Problem\n"
        'ID = "no-shouting"\nSEVERITY = "warning"\nCONF = {}\nDEFAULT = {}\n\n'
        "def check(document, conf):\n"
        "    for section in document.sections:\n"
        "        if section.title.isupper():\n"
        "            yield Problem(section.line, 1, 'heading in capitals')\n")
    info = tmp_path / "awesome_lint_shouting-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(
        "[awesome_lint.rules]\nno-shouting = shouting\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "shouting", raising=False)
    registry.all_rules.cache_clear()
    try:
        assert registry.all_rules()["no-shouting"].summary == \
            "Headings are not written in capitals."
        found = [(p.rule, p.line) for p in lint_all("# TOOLS\n\nSome text.\n")]
        assert found == [("no-shouting", 1)]
    finally:
        registry.all_rules.cache_clear()

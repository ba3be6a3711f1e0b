"""Every rule has its module, page, tests and entry point; every page's examples hold."""

from __future__ import annotations

import pytest

from awesome_lint.links import LINK_RULES  # their examples run against servers: tests/links
from awesome_lint.registry import all_rules, page
from helpers import ROOT, lint_all, page_examples

RULES = sorted(all_rules())
OFFLINE_RULES = [rule for rule in RULES if rule not in LINK_RULES]


def test_rules_are_found() -> None:
    assert {"table-columns", "missing-link", "empty-cell", "markdown-syntax"} <= set(RULES)


@pytest.mark.parametrize("rule_id", RULES)
def test_rule_has_its_four_parts(rule_id: str) -> None:
    module = rule_id.replace("-", "_")
    assert (ROOT / "src" / "awesome_lint" / "rules" / f"{module}.py").is_file()
    assert (ROOT / "rules" / f"{rule_id}.md").is_file()
    assert any((folder / f"test_rule_{module}.py").is_file()
               for folder in (ROOT / "tests", ROOT / "tests" / "links"))
    assert page(rule_id) == (ROOT / "rules" / f"{rule_id}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("rule_id", RULES)
def test_page_documents_every_option(rule_id: str) -> None:
    text = page(rule_id) or ""
    assert text.startswith(f"# {rule_id}\n")
    for option in all_rules()[rule_id].conf:
        assert f"`{option}`" in text, f"option {option} is not documented"


@pytest.mark.parametrize("rule_id", OFFLINE_RULES)
def test_bad_example_triggers_exactly_its_rule(rule_id: str) -> None:
    examples = page_examples(page(rule_id) or "")
    assert "Bad" in examples, "the page has no '## Bad' example"
    found = {p.rule for p in lint_all(examples["Bad"])}
    assert found == {rule_id}


@pytest.mark.parametrize("rule_id", OFFLINE_RULES)
def test_good_example_triggers_nothing(rule_id: str) -> None:
    examples = page_examples(page(rule_id) or "")
    assert "Good" in examples, "the page has no '## Good' example"
    assert lint_all(examples["Good"]) == []


def test_every_page_belongs_to_a_rule() -> None:
    pages = {path.stem for path in (ROOT / "rules").glob("*.md")}
    assert pages <= set(RULES)


def test_readme_lists_every_rule() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule_id in RULES:
        assert f"[`{rule_id}`](rules/{rule_id}.md)" in readme

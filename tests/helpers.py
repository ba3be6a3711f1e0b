"""Shared test helpers: lint a snippet with one rule, read the rule pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from awesome_lint.config import from_mapping
from awesome_lint.engine import lint as run_rules
from awesome_lint.model import Document
from awesome_lint.parser import parse
from awesome_lint.problem import Problem
from awesome_lint.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def real_lists() -> list[Path]:
    """The real lists at hand: the copies in tests/fixtures, and the rest of
    ../shared/corpus when it stands beside the checkout (a fresh clone has only the first)."""
    found = {path.name: path for path in sorted(CORPUS.glob("*.md"))}
    found.update((path.name, path) for path in FIXTURES.glob("*.md"))
    return [found[name] for name in sorted(found)]


def real_list_params() -> list[Any]:
    """``real_lists()`` as test parameters, and a skipped one saying what is missing."""
    params = [pytest.param(path, id=path.name) for path in real_lists()]
    if not CORPUS.is_dir():
        params.append(pytest.param(None, id="corpus", marks=pytest.mark.skip(
            reason="../shared/corpus not present: only the lists in tests/fixtures checked")))
    return params


def lint(text: str, rule: str, **options: Any) -> list[Problem]:
    """Problems that one rule, with these options, finds in ``text``."""
    return lint_document(parse(text), rule, **options)


def lint_document(document: Document, rule: str, **options: Any) -> list[Problem]:
    settings = {k.replace("_", "-"): v for k, v in options.items()}
    known = all_rules()
    config = from_mapping({"rules": {rule: settings}}, known, "test")
    return run_rules(document, config.active_rules(known, select=(rule,)))


def lint_all(text: str, path: str = "README.md") -> list[Problem]:
    """Problems that every rule enabled by default finds in ``text``."""
    known = all_rules()
    config = from_mapping({}, known, "test")
    return run_rules(parse(text, path), config.active_rules(known))


def positions(problems: list[Problem]) -> list[tuple[int, int]]:
    return [(p.line, p.column) for p in problems]


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def page_examples(page: str) -> dict[str, str]:
    """The fenced Markdown examples under a page's '## Bad' and '## Good' headings."""
    found = {}
    for title in ("Bad", "Good"):
        match = re.search(rf"^## {title}\s*\n+(`{{3,}}|~{{3,}})[^\n]*\n(.*?)\n\1\s*$", page,
                          re.MULTILINE | re.DOTALL)
        if match:
            found[title] = match.group(2) + "\n"
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The CLI's exit code, stdout and stderr."""
    from awesome_lint.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fixed_by(text: str, rule: str, **options: Any) -> str:
    """The text with one rule's fixes made, pass after pass, until it offers none."""
    from awesome_lint.fixer import apply

    for _ in range(10):
        problems = lint(text, rule, **options)
        if not any(p.fix for p in problems):
            break
        text, _ = apply(text, problems)
    assert [p for p in lint(text, rule, **options) if p.fix] == []
    return text

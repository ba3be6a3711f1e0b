"""stale: a listed repository without a push for max-age days. (The page examples run in
test_rule_archived.py, against the same fake GitHub.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from awesome_lint.errors import ConfigError
from awesome_lint.links.results import LinkResult, Repository
from awesome_lint.parser import parse
from helpers import lint_document

TEXT = "# Tools\n\n- [A](https://github.com/o/a) - A.\n- [B](https://github.com/o/b) - B.\n"


def pushed(days_ago: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")


def lint_pushes(a: Repository, b: Repository, **options: object) -> list[tuple[int, str]]:
    links = {f"https://github.com/o/{r.name[-1]}": r for r in (a, b)}
    found = {url: LinkResult(url, "ok", repository=r) for url, r in links.items()}
    problems = lint_document(replace(parse(TEXT), link_results=found), "stale", **options)
    return [(p.line, p.message) for p in problems]


def test_older_than_max_age() -> None:
    assert lint_pushes(Repository("o/a", pushed_at="2021-03-04T10:00:00Z"),
                       Repository("o/b", pushed_at=pushed(10))) == [
        (3, "no push since 2021-03-04")]


def test_max_age_option() -> None:
    repos = Repository("o/a", pushed_at=pushed(100)), Repository("o/b", pushed_at=pushed(10))
    assert lint_pushes(*repos) == []
    assert [line for line, _ in lint_pushes(*repos, max_age=50)] == [3]
    with pytest.raises(ConfigError, match="max-age"):
        lint_pushes(*repos, max_age=0)


def test_archived_and_never_pushed_repositories_are_not_stale() -> None:
    assert lint_pushes(Repository("o/a", archived=True, pushed_at="2015-01-01T00:00:00Z"),
                       Repository("o/b", pushed_at=None)) == []

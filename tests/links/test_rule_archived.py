"""archived: a listed repository its owners archived, as GitHub's API says."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from awesome_lint.links.results import LinkResult, Repository
from awesome_lint.parser import parse
from awesome_lint.registry import page
from helpers import lint_document, page_examples

from .conftest import run_json
from .ghfake import GitHubFake

TEXT = "# Tools\n\n- [A](https://github.com/o/a) - A.\n- [B](https://github.com/o/b#readme) - B.\n"


@pytest.mark.parametrize("rule_id", ["archived", "stale"])
def test_page_examples(rule_id: str, threaded_github: GitHubFake, workdir: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    examples = page_examples(page(rule_id) or "")
    for title, expected in (("Bad", {rule_id}), ("Good", set())):
        (workdir / "README.md").write_text(examples[title])
        _, problems, _ = run_json(capsys, "--links", "--wayback-api-url",
                                  threaded_github.wayback_url)
        assert {p["rule"] for p in problems} == expected, title


def results(**states: Repository | None) -> dict[str, LinkResult]:
    """The link results of TEXT: a repository per link name, or a deleted one (None)."""
    found = {}
    for name, repository in states.items():
        url = "https://github.com/o/b#readme" if name == "b" else f"https://github.com/o/{name}"
        found[url] = LinkResult(url, "ok", repository=repository) if repository else \
            LinkResult(url, "broken", repository=Repository(f"o/{name}", archived=True))
    return found


def test_every_archived_repository_at_its_link() -> None:
    document = replace(parse(TEXT), link_results=results(
        a=Repository("o/a", archived=True, pushed_at="2020-01-01T00:00:00Z"),
        b=Repository("o/b", archived=True)))
    problems = lint_document(document, "archived")
    assert [(p.line, p.column, p.data["repository"]) for p in problems] == [
        (3, 7, "o/a"), (4, 7, "o/b")]
    assert problems[0].data["pushed_at"] == "2020-01-01T00:00:00Z"


def test_alive_deleted_and_unchecked_repositories_are_not_archived() -> None:
    document = replace(parse(TEXT), link_results=results(a=Repository("o/a"), b=None))
    assert lint_document(document, "archived") == []
    assert lint_document(parse(TEXT), "archived") == []  # offline: nothing known

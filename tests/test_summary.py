"""The job summary: counts by rule, the problems as a table, cut before GitHub's limits."""

from __future__ import annotations

from awesome_lint import summary
from awesome_lint.problem import Problem


def problem(line: int, message: str, rule: str = "missing-link",
            severity: str = "error") -> Problem:
    return Problem(line, 3, message, rule=rule, severity=severity, path="README.md")


def test_counts_by_rule_and_a_row_per_problem() -> None:
    text = summary.render([problem(3, "'A' has no link"),
                           problem(9, "'B' should come after 'C'", "alphabetical-order",
                                   "warning")], "found", pages="https://x.test/rules/")
    assert "2 problems (1 error, 1 warning) found." in text
    assert "| [`missing-link`](https://x.test/rules/missing-link.md) | 1 | 0 | 0 |" in text
    assert "| README.md:9 | warning | alphabetical-order | 'B' should come after 'C' |" in text


def test_text_from_the_list_stays_in_its_cell() -> None:
    text = summary.render([problem(3, "'<img src=x>|A' has no link")], "found")
    assert "| '&lt;img src=x&gt;\\|A' has no link |" in text


def test_long_tables_are_cut() -> None:
    many = [problem(line, f"'{'x' * 200}{line}' has no link") for line in range(1, 2001)]
    report = "# Link health report\n\n" + "| a | b |\n" * 10_000
    text = summary.render(many, "found", report)
    assert len(text) < 65_536  # what an issue's body may hold
    assert "…and " in text and "more: the job's log lists them." in text
    assert "### Link health report" in text and "`--report` writes it whole" in text


def test_nothing_found() -> None:
    assert "No problems new in this pull request." in summary.render([], "new in this pull request")

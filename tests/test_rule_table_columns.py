from __future__ import annotations

import pytest

from awesome_lint.fixer import apply
from helpers import fixed_by, fixture, lint, positions

HEAD = "| Name | License | Description |\n| --- | --- | --- |\n"


@pytest.mark.parametrize(("rows", "expected"), [
    ("| [A](https://a.org) | MIT | One. |\n", []),
    ("| [A](https://a.org) | MIT | One. | x |\n", [(3, 37)]),
    ("| [A](https://a.org) | MIT |\n", [(3, 29)]),
    ("[A](https://a.org) | MIT | One \\| two\n", []),
    ("| [A](https://a.org) | MIT | One. |\n| [B](https://b.org) | MIT |  |  |\n", [(4, 32)]),
])
def test_row_cell_counts(rows: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(HEAD + rows, "table-columns")) == expected


def test_delimiter_row_that_does_not_match() -> None:
    text = "| Name | License | Description |\n| --- | --- |\n| [A](https://a.org) | MIT | x |\n"
    assert positions(lint(text, "table-columns")) == [(2, 14)]


def test_delimiter_row_with_an_empty_cell() -> None:
    surplus = "| A | B |\n|:---:|:---:||\n| a | b |\n"
    assert positions(lint(surplus, "table-columns")) == [(2, 14)]
    assert "| A | B |\n|:---:|:---:|\n" in fixed_by(surplus, "table-columns")
    empty = "| A | B | |\n|:---:|:---:||\n| a | b | |\n"
    assert [(p.line, p.message.split(":")[0]) for p in lint(empty, "table-columns")] == [
        (2, "delimiter row has an empty cell")]


def test_fix_drops_only_empty_surplus_cells() -> None:
    text = HEAD + "| [A](https://a.org) | MIT | One. | |\n| [B](https://b.org) | MIT | x | y |\n"
    problems = lint(text, "table-columns")
    assert [p.fix is not None for p in problems] == [True, False]
    fixed, count = apply(text, problems)
    assert count == 1
    assert fixed == text.replace("One. | |", "One. |")
    assert [p.line for p in lint(fixed, "table-columns")] == [4]


def test_public_apis_stray_empty_cells() -> None:
    text = fixture("public-apis__public-apis.md")
    problems = lint(text, "table-columns")
    assert len(problems) == 83
    assert [p.line for p in problems if p.fix is None] == [1127]  # a real sixth value
    fixed, _ = apply(text, problems)
    assert [p.line for p in lint(fixed, "table-columns")] == [1127]
    assert len(fixed.splitlines()) == len(text.splitlines())


@pytest.mark.parametrize(("row", "expected"), [
    ("| [A](https://a.org) | MIT |", "| [A](https://a.org) | MIT | |"),
    ("[A](https://a.org) | MIT", "[A](https://a.org) | MIT | |"),
    ("| [A](https://a.org) |", "| [A](https://a.org) | | |"),
    ("| [A](https://a.org) | MIT \\|", "| [A](https://a.org) | MIT \\| | |"),
    ("| [A](https://a.org) | MIT | <!-- awesome-lint-disable-line empty-cell -->",
     "| [A](https://a.org) | MIT | | <!-- awesome-lint-disable-line empty-cell -->"),
])
def test_fix_pads_a_short_row_with_empty_cells(row: str, expected: str) -> None:
    text = HEAD + row + "\n"
    fixed, count = apply(text, lint(text, "table-columns"))
    assert (fixed, count) == (HEAD + expected + "\n", 1)
    assert lint(fixed, "table-columns") == []


def test_fix_pads_a_short_delimiter_row() -> None:
    text = "| Name | License | Description |\n| --- | --- |\n| [A](https://a.org) | MIT | x |\n"
    fixed, _ = apply(text, lint(text, "table-columns"))
    assert fixed == text.replace("| --- | --- |", "| --- | --- | --- |")

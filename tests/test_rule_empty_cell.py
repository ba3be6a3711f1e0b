from __future__ import annotations

import pytest

from helpers import fixture, lint, positions

TABLE = ("| Name | License | Example | Description |\n|---|---|---|---|\n"
         "| [A](https://a.org) | MIT |  | |\n|  |  |  |  |\n")


@pytest.mark.parametrize(("options", "expected"), [
    ({}, [(3, 29), (3, 32), (4, 2)]),
    ({"columns": ["description"]}, [(3, 32), (4, 2)]),
    ({"ignore_columns": ["Example"]}, [(3, 32), (4, 2)]),
])
def test_empty_cells(options: dict, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(TABLE, "empty-cell", **options)) == expected


def test_draft_seed_empty_descriptions() -> None:
    problems = lint(fixture("seed-open-mlops-draft.md"), "empty-cell", columns=["Comments"])
    assert [p.line for p in problems] == [37, 38, 39, 40, 46]


def test_a_column_mostly_left_blank_is_optional() -> None:
    rows = "".join(f"| [T{i}](https://t{i}.org) | MIT | {'[demo](https://d.org)' if i % 2 else ''}"
                   f" | {'' if i == 3 else 'Does it.'} |\n" for i in range(6))
    table = "| Name | License | Demo | Description |\n|---|---|---|---|\n" + rows
    assert positions(lint(table, "empty-cell")) == [(6, 55)]
    assert len(lint(table, "empty-cell", columns=["Demo"])) == 3

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


def test_a_feature_matrix_leaves_no_for_blank() -> None:
    def row(i: int) -> str:
        tick = "👍" if i % 4 else ""
        source = "[:octocat:](https://github.com/o/r)" if i % 5 else ""
        license_ = "" if i == 7 else "MIT"
        flags = "" if i % 3 else "GDL"
        return f"| [S{i}](https://s{i}.org) | {tick} | ✓ | {source} | {license_} | {flags} |\n"
    table = ("| Name | Components | Kit | Source code | License | Features |\n"
             "|---|---|---|---|---|---|\n"
             + "".join(row(i) for i in range(1, 9)))
    assert [(p.line, p.message) for p in lint(table, "empty-cell")] == [
        (9, "empty 'License' cell")]


def test_a_column_of_badges_is_optional_but_not_a_license_column() -> None:
    def row(i: int) -> str:
        stars = "" if i == 3 else f"[![Stars](https://img.sh/github/stars/o/{i})](https://g.dev)"
        lic = "" if i == 5 else "[![License: MIT](https://img.sh/badge/License-MIT-y.svg)](x)"
        return f"| [P{i}](https://p{i}.org) | {stars} | Does it. | {lic} |\n"
    table = ("| Library | Stars | Description | License |\n|---|---|---|---|\n"
             + "".join(row(i) for i in range(1, 9)))
    assert [(p.line, p.message) for p in lint(table, "empty-cell")] == [
        (7, "empty 'License' cell")]


def test_a_row_that_names_a_group_has_no_cells_to_fill() -> None:
    text = ("| Tool | Cost | Use |\n|---|---|---|\n| **General Purpose** | | |\n"
            "| `llm` | BYOK | Chat |\n| [aichat](https://a.dev) | | |\n")
    assert [(p.line, p.column) for p in lint(text, "empty-cell")] == [(5, 28), (5, 30)]


def test_a_short_table_s_column_of_stars_badges_is_optional() -> None:
    text = ("Link|Rating|Description\n|-|-|-|\n[MonoGame](https://github.com/M/MonoGame)| "
            "![stars](https://img.shields.io/github/stars/M/MonoGame?style=social)|Game.\n"
            "[Unity](https://unity.com/)||Engine.\n")
    assert lint(text, "empty-cell") == []
    assert lint(text.replace("![stars](https://img.shields.io/github/stars/M/MonoGame?style"
                             "=social)", "MIT"), "empty-cell") != []


def test_short_tables_under_one_header_show_their_columns_habits_together() -> None:
    header = "| company | rating | description | sp | re |\n| - | - | - | - | - |\n"
    tables = [("| [A](https://a.dev) | [4.0](https://k.dev/a) | Food |  | ✅ |\n"
               "| [B](https://b.dev) |  | Cars | ✅ |  |\n"),
              "| [C](https://c.dev) |  | Solar | ✅ | ✅ |\n",
              "| [D](https://d.dev) | [3.9](https://k.dev/d) |  |  | ✅ |\n"]
    text = "".join(f"## {n}\n\n{header}{rows}\n" for n, rows in enumerate(tables))
    assert [(p.line, p.message) for p in lint(text, "empty-cell")] == [
        (18, "empty 'description' cell")]
    alone = "## 0\n\n" + header + tables[0]
    assert len(lint(alone, "empty-cell")) == 3

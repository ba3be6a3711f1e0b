"""A table cell is left empty, e.g. a tool without a description or license."""

import re
from collections.abc import Iterator

from awesome_lint.model import Cell, Document, Row, Table
from awesome_lint.problem import Problem

ID = "empty-cell"
SEVERITY = "warning"
CONF: dict[str, type | tuple] = {"columns": list, "ignore-columns": list}
DEFAULT: dict[str, object] = {"columns": [], "ignore-columns": []}
# A column left blank in a third of its rows or more is optional by design ("Repository"
# for closed products, "Demo"); from four rows on a table shows such a habit.
_OPTIONAL_SHARE = 1 / 3
_HABIT_ROWS = 4
# What a feature matrix ticks a cell with: an emoji or symbol (👍, ✓), a :shortcode:
# (:octocat: linking the source), "x" or "yes". There a blank cell says "no".
_LICENSE = re.compile(r"licen[cs]e", re.IGNORECASE)
_MARK = re.compile(r"[\W_]*|(?::[\w+-]+:\s*)+|x|yes|y", re.IGNORECASE)
_FLAGS = re.compile(r"[A-Z]{1,6}")  # letters of a legend: "GDL" for Generation, Deployment…


def check(document: Document, conf: dict) -> Iterator[Problem]:
    wanted = {c.casefold() for c in conf["columns"]}
    ignored = {c.casefold() for c in conf["ignore-columns"]}
    alike = _alike_tables(document.tables)
    for table in document.tables:
        if table.is_layout:
            continue  # a layout grid (of section links, of logos) leaves cells blank on purpose
        names = table.columns
        optional = set() if wanted else _optional_columns(table, alike[_header(table)])
        for row in table.rows:
            if not any(cell.raw for cell in row.cells):
                yield Problem(row.line, row.cells[0].column if row.cells else 1, "empty row")
                continue
            if _group_label(row, len(names)):
                continue
            for index, cell in enumerate(row.cells[:len(names)]):
                name = names[index].casefold()
                if cell.raw or name in ignored or index in optional or \
                        (wanted and name not in wanted):
                    continue
                yield Problem(cell.line, cell.column, f"empty '{names[index]}' cell")


def _group_label(row: Row, columns: int) -> bool:
    """A row that only names a group of the rows below it, in its first cell and without a
    link: ``| **General Purpose** | | | |`` (``| [Tool](url) | | |`` lacks its cells)."""
    return columns >= 3 and bool(row.cells) and bool(row.cells[0].raw) \
        and not row.cells[0].links and not any(cell.raw for cell in row.cells[1:])


def _header(table: Table) -> tuple[str, ...]:
    return tuple(name.casefold() for name in table.columns)


def _alike_tables(tables: tuple[Table, ...]) -> dict[tuple[str, ...], list[Row]]:
    """The rows of all tables under one header: a list of many short tables, one per
    category, shows its columns' habits in them all together."""
    rows: dict[tuple[str, ...], list[Row]] = {}
    for table in tables:
        rows.setdefault(_header(table), []).extend(table.rows)
    return rows


def _optional_columns(table: Table, alike: list[Row]) -> set[int]:
    rows = [row for row in table.rows if any(cell.raw for cell in row.cells)]
    if len(rows) < _HABIT_ROWS:
        rows = [row for row in alike if any(cell.raw for cell in row.cells)]
    if len(rows) < _HABIT_ROWS:  # too short for a habit, but a column of badges is one
        return {index for index in range(len(table.columns))
                if _badges(rows, index, table.columns[index])}
    return {index for index in range(len(table.columns))
            if sum(1 for row in rows if index >= len(row.cells) or not row.cells[index].raw)
            >= _OPTIONAL_SHARE * len(rows) or _ticks(rows, index, table.columns[index])}


def _badges(rows: list, index: int, header: str) -> bool:
    """Whether each filled cell of the column is a badge (a "Stars" badge, which a project
    off GitHub cannot have), and the column no license's."""
    filled = _filled(rows, index)
    return bool(filled) and not _LICENSE.search(header) and all(map(_badge, filled))


def _filled(rows: list, index: int) -> list[Cell]:
    """The column's cells that hold something."""
    return [row.cells[index] for row in rows if index < len(row.cells) and row.cells[index].raw]


def _ticks(rows: list, index: int, header: str) -> bool:
    """Whether the column is a feature matrix's, or of badges: each of its filled cells a
    mark or an image (a "Stars" badge, which a project off GitHub cannot have; a license
    badge stands for what every project has)."""
    filled = _filled(rows, index)
    badges = not _LICENSE.search(header)
    return bool(filled) and all(_MARK.fullmatch(text := cell.text.strip()) or (
        badges and (_badge(cell) or _FLAGS.fullmatch(text))) for cell in filled)


def _badge(cell: Cell) -> bool:
    return not cell.label.strip() and any(link.image for link in cell.links)

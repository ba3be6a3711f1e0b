"""A table cell is left empty, e.g. a tool without a description or license."""

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "empty-cell"
SEVERITY = "warning"
CONF: dict[str, type | tuple] = {"columns": list, "ignore-columns": list}
DEFAULT: dict[str, object] = {"columns": [], "ignore-columns": []}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    wanted = {c.casefold() for c in conf["columns"]}
    ignored = {c.casefold() for c in conf["ignore-columns"]}
    for table in document.tables:
        if table.is_layout:
            continue  # a layout grid (of section links, of logos) leaves cells blank on purpose
        names = table.columns
        for row in table.rows:
            if not any(cell.raw for cell in row.cells):
                yield Problem(row.line, row.cells[0].column if row.cells else 1, "empty row")
                continue
            for index, cell in enumerate(row.cells[:len(names)]):
                name = names[index].casefold()
                if cell.raw or name in ignored or (wanted and name not in wanted):
                    continue
                yield Problem(cell.line, cell.column, f"empty '{names[index]}' cell")

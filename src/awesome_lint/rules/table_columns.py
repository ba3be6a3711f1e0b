"""Every table row has as many cells as its header, and so does the delimiter row."""

from collections.abc import Iterator

from awesome_lint.model import Document, Row
from awesome_lint.problem import Fix, Problem

ID = "table-columns"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for table in document.tables:
        expected = len(table.header.cells)
        if len(table.delimiter.cells) != expected:
            yield _mismatch(table.delimiter, expected, "delimiter row",
                            document.lines[table.delimiter.line - 1])
        elif empty := next((c for c in table.delimiter.cells if not c.raw.strip()), None):
            yield Problem(table.delimiter.line, empty.column, "delimiter row has an empty "
                          "cell: GitHub shows the table as text; write ---")
        for row in table.rows:
            if len(row.cells) != expected:
                yield _mismatch(row, expected, "row", document.lines[row.line - 1])


def _mismatch(row: Row, expected: int, what: str, text: str = "") -> Problem:
    count = len(row.cells)
    if count > expected:
        extra = row.cells[expected]
        return Problem(row.line, extra.column,
                       f"{what} has {count} cells, the header has {expected}",
                       fix=_drop_empty_tail(row, expected, text))
    return Problem(row.line, row.end_column,
                   f"{what} has {count} cells, the header has {expected}: "
                   f"{expected - count} missing", fix=_pad(row, expected - count, text, what))


def _drop_empty_tail(row: Row, expected: int, text: str) -> Fix | None:
    """Surplus cells that are all empty (a stray ``| |``) can be dropped safely."""
    surplus = row.cells[expected:]
    if not text or any(cell.raw for cell in surplus):
        return None
    start = text.rfind("|", 0, surplus[0].column - 1)
    end = len(text.rstrip())
    closing = "|" if text.rstrip().endswith("|") else ""
    return Fix(row.line, start + 1, end + 1, closing)


def _pad(row: Row, missing: int, text: str, what: str) -> Fix:
    """Empty cells (in a delimiter row, ``---``) after the row's last cell, before
    anything hidden that follows it (a comment)."""
    cell = " --- |" if what == "delimiter row" else " |"
    end = row.end_column - 1  # where what renders ends
    closed = text[end - 1:end] == "|" and text[end - 2:end] != "\\|"
    return Fix(row.line, row.end_column, row.end_column,
               ("" if closed else " |") + cell * missing)

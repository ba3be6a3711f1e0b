"""An entry names a project but does not link to it."""

# A list item with links further on (articles in parts, "Foo [crate](…)") or with nested
# items (a group label) is not an unfinished entry; a table's Name cell is read on its own.

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem, one_line

ID = "missing-link"
SEVERITY = "error"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for entry in document.entries:
        if not entry.in_table and (entry.links or entry.children):
            continue
        if entry.link is None and entry.name:
            yield Problem(entry.line, entry.column, f"'{one_line(entry.name)}' has no link")

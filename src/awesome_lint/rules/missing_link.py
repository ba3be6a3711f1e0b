"""An entry names a project but does not link to it."""

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "missing-link"
SEVERITY = "error"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for entry in document.entries:
        if entry.link is None and entry.name:
            yield Problem(entry.line, entry.column, f"'{entry.name}' has no link")

"""A code fence or HTML comment that is never closed swallows the rest of the file; a
comment that splits a table turns its rows into text; emphasis opened with a space shows
its marks; a footnote defined twice hides its second definition."""

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "markdown-syntax"
SEVERITY = "error"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for line, column, message in document.syntax_errors:
        yield Problem(line, column, message)
    for line, column, message in document.syntax_warnings:
        yield Problem(line, column, message, severity="warning")

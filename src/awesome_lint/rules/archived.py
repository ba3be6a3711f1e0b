"""A listed GitHub repository is archived: read-only by its owners (with --links and a token)."""

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "archived"
SEVERITY = "warning"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for link, result in document.link_checks():
        repository = result.repository
        if repository is not None and result.verdict != "broken" and repository.archived:
            yield Problem(link.line, link.column, "archived by its owners on GitHub",
                          data={"url": link.url, "repository": repository.name,
                                "pushed_at": repository.pushed_at})

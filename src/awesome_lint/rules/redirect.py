"""An external link is permanently redirected (301, 308): link to where it leads now."""

from collections.abc import Iterator

from awesome_lint.model import Document, Link
from awesome_lint.problem import Fix, Problem
from awesome_lint.urls import host_of

ID = "redirect"
SEVERITY = "warning"
FIXABLE = True
CONF: dict[str, type] = {"ignore-same-host": bool}
DEFAULT: dict[str, object] = {"ignore-same-host": False}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for link, result in document.link_checks():
        if result.verdict != "redirect" or not result.final_url:
            continue
        if conf["ignore-same-host"] and _site(result.final_url) == _site(link.url):
            continue
        yield Problem(link.line, link.column,
                      f"permanently redirected ({result.status}) to {result.final_url}",
                      fix=_replace(document, link, result.final_url),
                      data={"url": link.url, "final_url": result.final_url,
                            "status": result.status})


def _replace(document: Document, link: Link, final_url: str) -> Fix | None:
    """Rewrite the URL where it is written as is (not escaped, not a reference use)."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), final_url)


def _site(url: str) -> str:
    return host_of(url).removeprefix("www.")

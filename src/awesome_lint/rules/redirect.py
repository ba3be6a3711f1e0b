"""An external link is permanently redirected (301, 308): link to where it leads now.

The new address comes from a server: it is offered as a fix only when it is plain enough to
be written into Markdown as is (``urls.is_plain_url``).
"""

from collections.abc import Iterator

from awesome_lint.model import Document, Link
from awesome_lint.problem import Fix, Problem
from awesome_lint.urls import host_of, is_plain_url

ID = "redirect"
SEVERITY = "warning"
FIXABLE = True
CONF: dict[str, type] = {"ignore-same-host": bool}
DEFAULT: dict[str, object] = {"ignore-same-host": False}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for link, result in document.link_checks():
        if result.verdict != "redirect":
            continue
        target = result.final_url if is_plain_url(result.final_url or "") else None
        if target and conf["ignore-same-host"] and _site(target) == _site(link.url):
            continue
        where = f"to {target}" if target else \
            "to an address not safe to write into Markdown; no fix offered"
        yield Problem(link.line, link.column, f"permanently redirected ({result.status}) {where}",
                      fix=_replace(document, link, target) if target else None,
                      data={"url": link.url, "final_url": target, "status": result.status})


def _replace(document: Document, link: Link, final_url: str) -> Fix | None:
    """Rewrite the URL where it is written as is (not escaped, not a reference use)."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), final_url)


def _site(url: str) -> str:
    return host_of(url).removeprefix("www.")

"""An external link is permanently redirected (301, 308) or its GitHub repository renamed.

Link to where it leads now (a repository renamed or transferred included).

The new address comes from a server: it is offered as a fix only when it is plain enough to
be written into Markdown as is (``urls.is_plain_url``).
"""

from collections.abc import Iterator

from awesome_lint.fixer import link_fix
from awesome_lint.model import Document
from awesome_lint.problem import Problem
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
        repository = result.repository.name if result.repository else None
        target = result.final_url if is_plain_url(result.final_url or "") else None
        if target and conf["ignore-same-host"] and repository is None \
                and _site(target) == _site(link.url):
            continue
        what = result.reason if repository else f"permanently redirected ({result.status})"
        where = f"to {target}" if target else \
            "to an address not safe to write into Markdown; no fix offered"
        yield Problem(link.line, link.column, f"{what} {where}",
                      fix=link_fix(document, link, target) if target else None,
                      data={"url": link.url, "final_url": target, "status": result.status,
                            "repository": repository})


def _site(url: str) -> str:
    return host_of(url).removeprefix("www.")

"""An external link is dead: 404, 410, no such host, refused, TLS failure, loop or timeout."""

from collections.abc import Iterator

from awesome_lint.fixer import link_fix
from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "broken-link"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type] = {"fix-with-archive": bool}
DEFAULT: dict[str, object] = {"fix-with-archive": False}

# A link that stays rate-limited or failing with 5xx is not called dead, only said to be so;
# nor is one left unchecked when the run reached its max-duration.
_MILDER = {"unreachable": "warning", "unchecked": "warning", "skipped": "info"}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for link, result in document.link_checks():
        if result.verdict not in ("broken", *_MILDER):
            continue
        message = {"skipped": "skipped: {}: {}",
                   "unreachable": "{} (alive? not called dead): {}"}.get(result.verdict, "{}: {}")
        archive = result.archive_url
        fix = link_fix(document, link, archive) if archive and conf["fix-with-archive"] else None
        yield Problem(link.line, link.column,
                      message.format(result.reason, link.url)
                      + (f"; archived copy: {archive}" if archive else ""),
                      severity=_MILDER.get(result.verdict, ""), fix=fix,
                      data={"url": link.url, "final_url": result.final_url,
                            "status": result.status, "archive_url": archive,
                            "repository": result.repository.name if result.repository else None})

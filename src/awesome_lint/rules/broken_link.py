"""An external link is dead: 404, 410, no such host, refused, TLS failure, loop or timeout."""

from collections.abc import Iterator

from awesome_lint.model import Document
from awesome_lint.problem import Problem

ID = "broken-link"
SEVERITY = "error"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}

# A link that stays rate-limited or failing with 5xx is not called dead, only said to be so;
# nor is one left unchecked when the run reached its max-duration.
_MILDER = {"unreachable": "warning", "unchecked": "warning", "skipped": "info"}


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for link, result in document.link_checks():
        if result.verdict not in ("broken", *_MILDER):
            continue
        message = {"skipped": "skipped: {}: {}",
                   "unreachable": "{} (alive? not called dead): {}"}.get(result.verdict, "{}: {}")
        yield Problem(link.line, link.column, message.format(result.reason, link.url),
                      severity=_MILDER.get(result.verdict, ""),
                      data={"url": link.url, "final_url": result.final_url,
                            "status": result.status})

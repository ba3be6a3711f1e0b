"""Which links of which documents to check, and the run summary afterwards."""

from __future__ import annotations

from collections.abc import Callable

from awesome_lint import directives
from awesome_lint.links import LINK_RULES
from awesome_lint.links.policy import LinkConfig
from awesome_lint.links.results import LinkResults, summarize
from awesome_lint.model import Document


def urls_to_check(document: Document, config: LinkConfig,
                  keep_line: Callable[[int], bool] | None = None) -> list[str]:
    """External links not switched off inline, not excluded, on the lines being checked."""
    hidden = directives.read(document)
    urls = []
    for link in document.checkable_links:
        if all(hidden.hides(rule, link.line) for rule in LINK_RULES):
            continue
        if keep_line is not None and not keep_line(link.line):
            continue
        if config.excluded_by(link.url) is None:
            urls.append(link.url)
    return urls


def summary_line(results: LinkResults, occurrences: int) -> str:
    counts = summarize(results)
    unchecked = f", {counts['unchecked']} unchecked" if counts["unchecked"] else ""
    return (f"links: {occurrences} checked ({counts['links']} distinct URLs on "
            f"{counts['hosts']} hosts) in {counts['seconds']:.1f} s: {counts['ok']} ok, "
            f"{counts['broken']} broken, {counts['redirected']} redirected, "
            f"{counts['unreachable']} unreachable, {counts['skipped']} skipped{unchecked}")


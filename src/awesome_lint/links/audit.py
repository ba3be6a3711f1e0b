"""Which links of which documents to check, and the run summary afterwards."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from awesome_lint import directives
from awesome_lint.links import LINK_RULES
from awesome_lint.links.policy import LinkConfig
from awesome_lint.model import Document, LinkStatus


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


def summary_line(results: Mapping[str, LinkStatus], occurrences: int, seconds: float) -> str:
    counts = {verdict: 0 for verdict in ("ok", "broken", "redirect", "unreachable", "skipped")}
    for result in results.values():
        counts[result.verdict] = counts.get(result.verdict, 0) + 1
    hosts = len({_host(url) for url in results})
    return (f"links: {occurrences} checked ({len(results)} distinct URLs on {hosts} hosts) "
            f"in {seconds:.1f} s: {counts['ok']} ok, {counts['broken']} broken, "
            f"{counts['redirect']} redirected, {counts['unreachable']} unreachable, "
            f"{counts['skipped']} skipped")


def _host(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].lower()


"""One link audit: which links to check, who answers for each (GitHub's API for links into
repositories, the web for the rest, the Wayback Machine for archived copies of the dead),
and the run summary."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from awesome_lint import directives
from awesome_lint.links import LINK_RULES, PAGE_RULES, client, github, wayback
from awesome_lint.links.github import Answer, GitHubAPI, RepoLink, RepositoryStates, Unchecked
from awesome_lint.links.policy import LinkConfig
from awesome_lint.links.results import LinkResult, LinkResults, summarize
from awesome_lint.model import Document

if TYPE_CHECKING:
    from aiohttp.abc import AbstractResolver

    from awesome_lint.links.cache import LinkCache


@dataclass(frozen=True)
class Services:
    """Who is asked besides the web: GitHub's API (None without a token: repository links
    are fetched as pages), the Wayback Machine (None: no archived copies looked up).
    ``web``: whether links other than repositories are fetched at all."""

    github: GitHubAPI | None = None
    wayback_url: str | None = None
    web: bool = True


def urls_to_check(document: Document, config: LinkConfig,
                  keep_line: Callable[[int], bool] | None = None) -> list[str]:
    """External links not switched off inline, not excluded, on the lines being checked."""
    hidden = directives.read(document)
    urls = []
    for link in document.checkable_links:
        rules = LINK_RULES if github.repo_link(link.url) else PAGE_RULES
        if all(hidden.hides(rule, link.line) for rule in rules):
            continue
        if keep_line is not None and not keep_line(link.line):
            continue
        if config.excluded_by(link.url) is None:
            urls.append(link.url)
    return urls


def check(urls: Iterable[str], config: LinkConfig, services: Services, *,
          progress: bool = False, cache: LinkCache | None = None,
          resolver: AbstractResolver | None = None) -> LinkResults:
    """Synchronous check_async (runs its own event loop)."""
    return asyncio.run(check_async(urls, config, services, progress=progress, cache=cache,
                                   resolver=resolver))


async def check_async(urls: Iterable[str], config: LinkConfig, services: Services, *,
                      progress: bool = False, cache: LinkCache | None = None,
                      resolver: AbstractResolver | None = None) -> LinkResults:
    """url -> result for each distinct URL given (in order), with the run's notes."""
    started = time.monotonic()
    distinct = list(dict.fromkeys(urls))
    repos = {url: link for url in distinct if (link := github.repo_link(url)) is not None}
    asked = repos if services.github is not None else {}
    web_urls = [url for url in distinct if url not in asked] if services.web else []
    web, (answers, api_note) = await _both(
        client.check_links_async(web_urls, config, progress=progress, cache=cache,
                                 resolver=resolver),
        _repositories(asked, services.github, config))
    results = LinkResults()
    for url in distinct:
        if url in asked:
            results[url] = github.link_result(url, asked[url], answers[asked[url].key])
        elif url in web:
            results[url] = web[url]
    notes = [_confirmations(web, api_note),
             api_note.text if asked else _token_note(repos, services.web)]
    if services.wayback_url is not None:
        notes.append(await _archive(results, services.wayback_url, config))
    results.seconds = time.monotonic() - started
    results.notes = tuple(note for note in notes if note)
    return results


@dataclass(frozen=True)
class _ApiNote:
    text: str = ""
    confirmed: int = 0
    revived: int = 0


async def _both(web: Coroutine[Any, Any, LinkResults],
                repos: Coroutine[Any, Any, tuple[dict[str, Answer], _ApiNote]]
                ) -> tuple[LinkResults, tuple[dict[str, Answer], _ApiNote]]:
    """Both at once; when one fails (the network is down, the token refused), the other is
    stopped and the failure raised."""
    tasks = [asyncio.ensure_future(web), asyncio.ensure_future(repos)]
    try:
        web_results, repo_answers = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return web_results, repo_answers


async def _repositories(links: dict[str, RepoLink], api: GitHubAPI | None,
                        config: LinkConfig) -> tuple[dict[str, Answer], _ApiNote]:
    if not links or api is None:
        return {}, _ApiNote()
    wanted = {link.key: (link.owner, link.name) for link in links.values()}
    async with RepositoryStates(api, config) as states:
        try:
            answers = await asyncio.wait_for(states.states(wanted.values()),
                                             config.max_duration)
        except TimeoutError:
            reason = f"not checked: the run reached max-duration ({config.max_duration:g} s)"
            answers = dict.fromkeys(wanted, Unchecked(reason))
    rest = f" and {states.calls} REST calls" if states.calls else ""
    text = f"GitHub API: {len(wanted)} repositories in {states.queries} queries{rest}"
    return answers, _ApiNote(text, states.confirmed, states.revived)


def _confirmations(web: LinkResults, api: _ApiNote) -> str:
    confirmed, revived = web.confirmed + api.confirmed, web.revived + api.revived
    if not confirmed and not revived:
        return ""
    alive = f", {revived} alive the second time" if revived else ""
    return f"{confirmed} dead confirmed by a second ask{alive}"


def _token_note(repos: dict[str, RepoLink], web: bool) -> str:
    if not repos:
        return ""
    how = "checked as web pages" if web else "not checked"
    return (f"repository states (deleted, renamed, archived, stale) need GITHUB_TOKEN: "
            f"{len(repos)} repository links {how}")


def is_dead(result: LinkResult) -> bool:
    """A page that is gone (not a missing anchor on a live page, not a malformed URL)."""
    return result.verdict == "broken" and (result.status is None or result.status >= 300) \
        and not result.reason.startswith("malformed URL")


async def _archive(results: LinkResults, api_url: str, config: LinkConfig) -> str:
    """Add each dead link's archived copy to its result; the note for the summary."""
    dead = [url for url, result in results.items() if is_dead(result)]
    if not dead:
        return ""
    found = await wayback.snapshots(dead, api_url, config)
    for url in dead:
        snapshot = wayback.archive_of(found, url)
        if snapshot is not None:
            results[url] = replace(results[url], archive_url=snapshot)
    failed = f" ({found.failed} lookups failed: {found.why})" if found.failed else ""
    given = sum(results[url].archive_url is not None for url in dead)
    return f"archived copies: {given} of {len(dead)} dead links{failed}"


def summary_line(results: LinkResults, occurrences: int) -> str:
    counts = summarize(results)
    unchecked = f", {counts['unchecked']} unchecked" if counts["unchecked"] else ""
    notes = "".join(f"; {note}" for note in results.notes)
    return (f"links: {occurrences} checked ({counts['links']} distinct URLs on "
            f"{counts['hosts']} hosts) in {counts['seconds']:.1f} s: {counts['ok']} ok, "
            f"{counts['broken']} broken, {counts['redirected']} redirected, "
            f"{counts['unreachable']} unreachable, {counts['skipped']} skipped{unchecked}"
            f"{notes}")

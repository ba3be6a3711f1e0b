"""Archived copies of dead links: the Wayback Machine's availability API, a few at a time.

The address of the API comes from the command line (``--wayback-api-url``). What it answers
is only shown, or written by ``--fix`` when asked for: a snapshot is kept only when it is a
plain URL (``urls.is_plain_url``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import aiohttp

from awesome_lint import __version__
from awesome_lint.links.pacing import backoff, jittered, parse_retry_after
from awesome_lint.links.policy import LinkConfig
from awesome_lint.links.results import error_text
from awesome_lint.urls import http_url_problem, is_plain_url

DEFAULT_API_URL = "https://archive.org/wayback/available"
IN_FLIGHT = 4  # archive.org is a non-profit: a few lookups at a time
_BODY_MAX = 1024 * 1024


@dataclass
class Snapshots:
    """url -> its closest archived copy, for those that have one; ``failed``: lookups that
    got no answer, and the first reason why."""

    found: dict[str, str] = field(default_factory=dict)
    failed: int = 0
    why: str = ""


def address_problem(url: str) -> str | None:
    """Why url cannot be the Wayback API's address, or None."""
    return http_url_problem(url)


async def snapshots(urls: Iterable[str], api_url: str, config: LinkConfig) -> Snapshots:
    """The closest snapshot of each URL (asked without its #fragment)."""
    found = Snapshots()
    pages = list(dict.fromkeys(url.partition("#")[0] for url in urls))
    if not pages:
        return found
    gate = asyncio.Semaphore(IN_FLIGHT)
    timeout = aiohttp.ClientTimeout(total=config.timeout)
    headers = {"User-Agent": f"awesome-lint/{__version__} (link audit of an awesome list)"}
    async with aiohttp.ClientSession(timeout=timeout, headers=headers,
                                     cookie_jar=aiohttp.DummyCookieJar()) as session:

        async def one(page: str) -> None:
            try:
                snapshot = await _closest(session, gate, api_url, page, config)
            except (aiohttp.ClientError, TimeoutError, ValueError) as error:
                found.failed += 1
                found.why = found.why or _reason(error)
                return
            if snapshot is not None:
                found.found[page] = snapshot

        await asyncio.gather(*(one(page) for page in pages))
    return found


def archive_of(found: Snapshots, url: str) -> str | None:
    return found.found.get(url.partition("#")[0])


async def _closest(session: aiohttp.ClientSession, gate: asyncio.Semaphore, api_url: str,
                   page: str, config: LinkConfig) -> str | None:
    """One lookup, tried again on 429 and 5xx (honouring Retry-After)."""
    tries = 0
    while True:
        tries += 1
        async with gate, session.get(api_url, params={"url": page},
                                     allow_redirects=False) as resp:
            status, wait = resp.status, parse_retry_after(resp.headers.get("Retry-After"))
            body = await resp.content.read(_BODY_MAX) if status == 200 else b""
        if status == 200:
            return _snapshot(json.loads(body))
        if (status != 429 and status < 500) or tries > config.retries \
                or (wait or 0) > config.retry_after_cap:
            raise ValueError(f"the Wayback Machine answered {status}")
        await asyncio.sleep(jittered(wait) if wait is not None else
                            backoff(config.backoff, tries, config.retry_after_cap))


def _snapshot(data: object) -> str | None:
    closest = data.get("archived_snapshots", {}).get("closest") \
        if isinstance(data, dict) and isinstance(data.get("archived_snapshots"), dict) else None
    if not isinstance(closest, dict) or closest.get("available") is not True:
        return None
    url = closest.get("url")
    if not isinstance(url, str):
        return None
    if url.startswith("http://web.archive.org/"):
        url = "https://" + url.removeprefix("http://")  # the API still names http URLs
    return url if is_plain_url(url) else None


def _reason(error: BaseException) -> str:
    if isinstance(error, ValueError):
        return str(error)
    if isinstance(error, TimeoutError):
        return "timed out"
    if isinstance(error, aiohttp.ClientConnectorError):
        return "cannot connect"
    return error_text(error)

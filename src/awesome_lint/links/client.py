"""Fetching: one aiohttp session; each URL with its redirects and retries.

Which addresses may be reached is decided in ``guard``, how fast a host is asked in
``pacing``, which ids a page has in ``anchors``; verdicts are ``results.LinkResult``. A URL a
server names (a Location) is carried in a result only when ``urls.is_plain_url`` says it can be
shown and written as is.
"""

from __future__ import annotations

import asyncio
import os
import ssl
import sys
import time
from collections.abc import Coroutine, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from tqdm import tqdm
from yarl import URL

from awesome_lint.links.anchors import PageAnchors, read_anchors
from awesome_lint.links.guard import AddressPolicy, BlockedAddress, GuardedResolver
from awesome_lint.links.pacing import (
    HostDown,
    HostGate,
    HostHealth,
    backoff,
    jittered,
    parse_retry_after,
)
from awesome_lint.links.policy import LinkConfig
from awesome_lint.links.results import (
    LinkResult,
    LinkResults,
    NetworkDown,
    Verdict,
    error_text,
    status_text,
)
from awesome_lint.urls import canonical_host, is_plain_url

if TYPE_CHECKING:
    from awesome_lint.links.cache import LinkCache

TOKEN_HOSTS = frozenset({"github.com", "api.github.com"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
# Only these answers say the page is gone; 401, 403, 451 and the like mostly say "not for
# robots" (a warning that says so), and 5xx that stays is "unreachable" after the retries.
_DEAD = frozenset({404, 410})
_TIMEOUT_RETRIES = 1  # a timeout costs a whole `timeout`: retry it at most once
_BODY_PEEK = 64 * 1024  # small GET bodies are drained so the connection can be reused
# The network is down, not the list, when this many hosts were tried and at least this share
# of them could not be reached at all (DNS, refused, no connection).
NETWORK_DOWN_HOSTS = 8
NETWORK_DOWN_SHARE = 0.75


# ----------------------------------------------------------------------------- pure helpers
def _connected_host(url: str) -> str:
    """The host aiohttp connects to for url (yarl's parse, not urllib's), canonical."""
    try:
        return canonical_host(URL(url).raw_host or "")
    except ValueError:
        return ""


def token_allowed(url: str) -> bool:
    """Whether a GITHUB_TOKEN may be sent to url: https on github.com or api.github.com only."""
    try:
        target = URL(url)
    except ValueError:
        return False
    return (target.scheme == "https" and _connected_host(url) in TOKEN_HOSTS
            and target.port == 443 and not target.raw_user)


def request_headers(config: LinkConfig, url: str, token: str | None) -> dict[str, str]:
    """Headers for one request (one redirect hop): computed from that hop's own host."""
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.9",
        **config.for_host(_connected_host(url)).headers,
    }
    if token and token_allowed(url):
        headers["Authorization"] = f"Bearer {token}"
    return headers


def split_fragment(url: str) -> tuple[str, str]:
    """(url without #fragment, fragment): the first "#" starts the fragment."""
    base, _, fragment = url.partition("#")
    return base, fragment


def url_problem(url: str) -> LinkResult | None:
    """The verdict on a URL that cannot be requested at all (not http(s), malformed)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return LinkResult(url, "broken", reason="malformed URL")
    if parts.scheme not in ("http", "https"):
        return LinkResult(url, "skipped", reason="not an http(s) link")
    if not parts.hostname:
        return LinkResult(url, "broken", reason="malformed URL: no host")
    return None


def excluded(url: str, config: LinkConfig) -> LinkResult | None:
    pattern = config.excluded_by(url)
    if pattern is None:
        return None
    return LinkResult(url, "skipped", reason=f"excluded by {pattern!r}")


def _shown(url: str) -> str | None:
    """A URL a server named, if it is plain enough to show and to write (else None)."""
    return url if is_plain_url(url) else None


def _next_hop(current: str, location: str) -> str:
    """The absolute URL a Location header leads to; _Failed if it is not one to follow."""
    try:
        target = urljoin(current, location)
    except ValueError:
        raise _Failed("broken", "redirected to a malformed URL") from None
    problem = url_problem(target)
    if problem is None:
        return target
    if problem.verdict == "skipped":
        scheme = urlsplit(target).scheme or "relative"
        raise _Failed("broken", f"redirected to a {scheme}: URL, not http(s)")
    raise _Failed("broken", f"redirected to a {problem.reason}")


def _success(start: str, final: str, status: int, moved: tuple[int, str] | None) -> LinkResult:
    """ok, or redirect when the link moved for good: to the last permanent hop's target."""
    if moved is None:
        return LinkResult(start, "ok", status, _shown(final) if final != start else None,
                          status_text(status))
    code, target = moved
    shown = _shown(target)
    reason = f"moved permanently to {shown}" if shown else \
        "moved permanently to a URL not safe to write into Markdown"
    return LinkResult(start, "redirect", code, shown, reason, permanent=True)


def with_anchor(result: LinkResult, anchors: PageAnchors | None, url: str) -> LinkResult:
    """The page's result restated for url: its #fragment kept in a redirect's target, and
    broken if the fragment is surely not on the page."""
    fragment = split_fragment(url)[1]
    alive = result.verdict in ("ok", "redirect")
    page = result.final_url or result.url
    if anchors is not None and fragment and alive and anchors.missing(fragment, page):
        reason = f"anchor #{unquote(fragment)} not found"
        return LinkResult(url, "broken", result.status, result.final_url, reason)
    if fragment and result.verdict == "redirect" and result.final_url:
        target = _shown(f"{split_fragment(result.final_url)[0]}#{fragment}")
        result = replace(result, final_url=target)
    return result if result.url == url else replace(result, url=url)


# ----------------------------------------------------------------------------- outcomes
@dataclass(frozen=True, slots=True)
class _Ask:
    """How one URL is requested: HEAD or GET, whether its HTML ids are read, how long an
    answer is waited for, and whether this is the second ask of a page found dead."""

    method: str
    want_ids: bool
    timeout: aiohttp.ClientTimeout
    again: bool = False


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    location: str | None
    retry_after: str | None
    anchors: PageAnchors | None = None


class _Outcome(Exception):
    """A request that got no HTTP answer worth keeping; ``unreached``: not even a connection."""

    def __init__(self, reason: str, unreached: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unreached = unreached

    def silent_host(self, last_answer: float, started: float) -> bool:
        """Whether this says the host is not answering at all (not that one page is slow)."""
        return self.unreached


class _Failed(_Outcome):
    """A final verdict without an answer worth keeping (or without any request at all)."""

    def __init__(
        self, verdict: Verdict, reason: str, final_url: str | None = None,
        status: int | None = None, *, unreached: bool = False, down_host: str | None = None,
    ) -> None:
        super().__init__(reason, unreached)
        self.verdict = verdict
        self.final_url = final_url  # the redirect hop where it failed
        self.status = status
        self.down_host = down_host  # not requested: this host is down


class _Transient(_Outcome):
    """A failure worth retrying; kind picks the retry budget and the final wording."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason, unreached=kind in ("connect", "connect-timeout"))
        self.kind = kind

    def silent_host(self, last_answer: float, started: float) -> bool:
        return self.unreached or (self.kind == "timeout" and last_answer <= started)


def _classify(exc: aiohttp.ClientError) -> _Failed | _Transient:
    """Map an aiohttp error to a final verdict (_Failed) or a retryable one (_Transient)."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return _Transient("connect-timeout", "connection timed out")
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return _Transient("timeout", "timed out")
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        if isinstance(exc.os_error, BlockedAddress):
            return _Failed("skipped", exc.os_error.reason)
        return _Failed("broken", "DNS lookup failed", unreached=True)
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return _Failed("broken", f"TLS error: {error_text(exc)}")
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return _Failed("broken", "connection refused", unreached=True)
        if isinstance(exc.os_error, ssl.SSLError):
            return _Failed("broken", f"TLS error: {error_text(exc.os_error)}")
        return _Transient("connect", f"cannot connect ({error_text(exc.os_error)})")
    if isinstance(exc, aiohttp.InvalidURL):
        return _Failed("broken", "malformed URL")
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError
                  | aiohttp.ClientPayloadError):
        return _Transient("reset", "connection reset")
    return _Failed("broken", f"invalid HTTP response ({error_text(exc)})")


def _timeout(seconds: float) -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=seconds, sock_connect=seconds)


def _tries_reason(label: str, tries: int) -> str:
    return f"{label} after {tries} {'try' if tries == 1 else 'tries'}"


# ----------------------------------------------------------------------------- checker
class LinkChecker:
    """Checks URLs over one session. Use as ``async with LinkChecker(config) as c``.

    ``resolver`` does the DNS lookups (getaddrinfo by default); whatever it answers passes
    the address guard before any connection is opened. With ``second_asks``, the caller asks
    each dead page again later (``check_page(again=True)``), so a HEAD answered 404 or 410 is
    not followed by a GET at once: the second ask is that GET.
    """

    def __init__(self, config: LinkConfig, token: str | None = None,
                 resolver: AbstractResolver | None = None, *, second_asks: bool = False) -> None:
        self.config = config
        self.token = token
        self.second_asks = second_asks
        self.gates: dict[str, HostGate] = {}
        self.health: dict[str, HostHealth] = {}
        self._policy = AddressPolicy(config.allow_private, config.allow_private_hosts)
        self._dns = GuardedResolver(self._policy, resolver)
        self._spared: dict[str, dict[str, None]] = {}  # host -> pages not requested: it is down
        self._reached: dict[str, bool] = {}  # host -> answered at least once (else unreachable)
        self._asked_again: set[str] = set()  # hosts where a dead page was asked a second time
        self._why_down: dict[str, str] = {}  # host -> why it was first found down
        self._global = asyncio.Semaphore(config.concurrency)
        self._timeout = _timeout(config.timeout)
        # A second ask waits less: the first one already had the whole timeout.
        self._again_timeout = _timeout(min(config.timeout, max(1.0, config.timeout / 10)))
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> LinkChecker:
        connector = aiohttp.TCPConnector(
            limit=0,  # the global semaphore limits requests; idle keep-alives are free
            resolver=self._dns, use_dns_cache=True, ttl_dns_cache=300,
        )
        self._session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar()
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
        await self._dns.close()

    async def check(self, url: str) -> LinkResult:
        """The verdict on one URL; its #fragment counts only with check-anchors."""
        skipped = excluded(url, self.config)
        if skipped is not None:
            return skipped
        base, fragment = split_fragment(url)
        want_ids = self.config.check_anchors and bool(fragment)
        return with_anchor(*await self.check_page(base, want_ids), url)

    async def check_page(
        self, url: str, want_ids: bool = False, again: bool = False
    ) -> tuple[LinkResult, PageAnchors | None]:
        """The verdict on a URL without fragment, and the page's HTML ids if wanted.

        ``again``: the second ask of a page found dead, a GET that waits less.
        """
        early = url_problem(url)
        if early is not None:
            return early, None
        ask = _Ask("GET" if want_ids or again else "HEAD", want_ids,
                   self._again_timeout if again else self._timeout, again)
        if again:
            self._ask_again(_connected_host(url))
        try:
            return await self._follow(url, ask)
        except _Failed as failed:
            if failed.down_host is not None and not again:
                self._spared.setdefault(failed.down_host, {})[url] = None
            result = LinkResult(url, failed.verdict, failed.status, failed.final_url, failed.reason)
            return result, None
        except Exception as error:  # one URL must never end the run
            return LinkResult(url, "unreachable", reason=f"check failed: {error_text(error)}"), None

    def host_came_back(self, page: str) -> bool:
        """Whether page was not requested the first time, its host being down, and the host
        answered since; if so, the page is no longer counted among the spared."""
        host = _connected_host(page)
        spared = self._spared.get(host, {})
        if page not in spared or self._health(host).down is not None:
            return False
        del spared[page]
        return True

    def explain_spared(
        self, checked: dict[str, tuple[LinkResult, PageAnchors | None]]
    ) -> None:
        """Restate the pages not requested because their host is down, with how many."""
        for host, spared in self._spared.items():
            pages = [page for page in spared
                     if page in checked and checked[page][0].verdict == "broken"]
            why = self.health[host].down or self._why_down[host]
            for page in pages:
                reason = f"host unreachable: {len(pages)} links ({why})"
                checked[page] = replace(checked[page][0], reason=reason), None

    def network_down(self) -> str | None:
        """Why the network itself seems down (most hosts not reached at all), or None."""
        tried = len(self._reached)
        unreached = sum(not answered for answered in self._reached.values())
        if tried < NETWORK_DOWN_HOSTS or unreached < NETWORK_DOWN_SHARE * tried:
            return None
        return (f"the network seems down: {unreached} of {tried} hosts could not be reached "
                "(DNS or connection failures); no link was called dead")

    def _ask_again(self, host: str) -> None:
        """Before the first second ask on a host: if it was found down it gets one more
        confirming request, and a failed DNS lookup of it is made again."""
        if host in self._asked_again:
            return
        self._asked_again.add(host)
        self._dns.forget_failures(host)
        health = self._health(host)
        if health.down is not None:
            self._why_down[host] = health.down
        health.reconfirm()

    async def _follow(self, start: str, ask: _Ask) -> tuple[LinkResult, PageAnchors | None]:
        """Follow redirects by hand, re-checking every hop, HEAD then GET.

        A link moved for good when its first hops are permanent (301, 308): it should then
        point to the last of them, never to a temporary (302, 303, 307) target after them.
        """
        current = start
        moved: tuple[int, str] | None = None
        temporary = False
        seen = {start}
        while True:
            answer = await self._hop(start, current, ask)
            if answer.status in _REDIRECTS and answer.location:
                target = _next_hop(current, answer.location)
                temporary |= answer.status not in _PERMANENT
                if not temporary:
                    moved = answer.status, target
                current = split_fragment(target)[0]
                self._count_hop(current, answer.status, seen)
            elif answer.status in self.config.for_host(_connected_host(current)).accept:
                return _success(start, current, answer.status, moved), answer.anchors
            elif ask.method == "HEAD" and not (self.second_asks and answer.status in _DEAD):
                ask = replace(ask, method="GET")  # many servers mishandle HEAD: GET decides
            else:
                final = _shown(current) if current != start else None
                reason = status_text(answer.status)
                verdict: Verdict = "broken" if answer.status in _DEAD else "unreachable"
                return LinkResult(start, verdict, answer.status, final, reason), None

    async def _hop(self, start: str, url: str, ask: _Ask) -> _Answer:
        try:
            self._guard_literal(url)
            return await self._attempt(url, ask)
        except _Failed as failed:
            if url != start:
                failed.final_url = _shown(url)
                shown = failed.final_url or "a URL not safe to show"
                failed.reason = f"redirected to {shown}: {failed.reason}"
            raise

    def _count_hop(self, url: str, status: int, seen: set[str]) -> None:
        if url in seen:
            raise _Failed("broken", "redirect loop", _shown(url), status)
        if len(seen) > self.config.max_redirects:
            limit = self.config.max_redirects
            raise _Failed("broken", f"more than {limit} redirects", _shown(url), status)
        seen.add(url)

    def _guard_literal(self, url: str) -> None:
        """IP addresses written in a URL: aiohttp connects to them without the resolver."""
        try:
            host = URL(url).raw_host or ""
        except ValueError:
            raise _Failed("broken", "malformed URL") from None
        problem = self._policy.literal_problem(host)
        if problem is not None:
            raise _Failed("skipped", problem)

    async def _attempt(self, url: str, ask: _Ask) -> _Answer:
        """One request with retries on 429, 5xx, resets and timeouts."""
        host = _connected_host(url)
        gate = self._gate(host)
        tries = 0
        while True:
            tries += 1
            answer, started = await self._try_once(host, url, ask)
            if isinstance(answer, _Transient):
                delay = self._retry_delay(answer, tries, gate, started, ask)
                await asyncio.sleep(delay)
                continue
            delay = self._status_retry_delay(answer, url, ask.method, tries, gate, started)
            if delay is None:
                return answer
            if delay < 0:
                reason = self._unreachable_reason(answer, tries)
                raise _Failed("unreachable", reason, status=answer.status)
            await asyncio.sleep(delay)

    async def _try_once(
        self, host: str, url: str, ask: _Ask
    ) -> tuple[_Answer | _Transient, float]:
        """The answer or retryable failure, and when the request left (after any queueing)."""
        gate, health = self._gate(host), self._health(host)
        await self._admit(host, url, gate, health)
        try:
            async with self._global:
                started = time.monotonic()
                try:
                    answer = await self._request(gate, url, ask)
                except _Outcome as failure:
                    if failure.silent_host(gate.last_answer, started):
                        health.failed()
                    self._note_reach(host, failure)
                    if isinstance(failure, _Failed):
                        raise
                    return failure, started
                health.answered()
                self._note_reach(host, None)
                return answer, started
        finally:
            gate.release()

    def _note_reach(self, host: str, failure: _Outcome | None) -> None:
        """Whether the host was reached at all: an answer, or a failure past the connection."""
        if isinstance(failure, _Failed) and failure.verdict == "skipped":
            return  # never connected to, by policy
        reached = failure is None or not failure.unreached
        self._reached[host] = self._reached.get(host, False) or reached

    async def _admit(self, host: str, url: str, gate: HostGate, health: HostHealth) -> None:
        """Wait for a slot on the host's gate, and for the host to be deemed reachable.

        Health is asked before the gate, so that requests waiting for a confirmation hold no
        slot; and again after it, since the host may have begun failing meanwhile.
        """
        while True:
            try:
                await health.admit(lambda: self._confirm(url, gate))
            except HostDown as down:
                raise _Failed("broken", down.reason, down_host=host) from None
            await gate.acquire()
            if health.clear:
                return
            gate.release()

    async def _confirm(self, url: str, gate: HostGate) -> str | None:
        """One HEAD of the root of url's host: None if the host answers at all, else why not."""
        assert self._session is not None
        parts = urlsplit(url)
        root = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
        await gate.acquire()
        started = time.monotonic()
        try:
            async with self._global, self._session.request(
                "HEAD", root, headers=request_headers(self.config, root, self.token),
                allow_redirects=False, timeout=self._timeout,
            ):
                gate.answered()
                self._note_reach(_connected_host(url), None)
                return None
        except aiohttp.ClientError as exc:
            failure = _classify(exc)
        except TimeoutError:
            failure = _Transient("timeout", "timed out")
        finally:
            gate.release()
        return failure.reason if failure.silent_host(gate.last_answer, started) else None

    def _status_retry_delay(
        self, answer: _Answer, url: str, method: str, tries: int, gate: HostGate, started: float
    ) -> float | None:
        """None: keep this answer; <0: give up (unreachable); else seconds before a retry."""
        status = answer.status
        if status != 429 and status < 500:
            gate.succeeded()
            return None
        if status in self.config.for_host(_connected_host(url)).accept:
            return None
        if status >= 500 and method == "HEAD":
            return None  # retried at once as GET by the caller: many servers mishandle HEAD
        wait = parse_retry_after(answer.retry_after)
        delay = self._backoff(tries) if wait is None else jittered(wait)
        if status == 429:
            gate.throttled(started, min(delay, self.config.retry_after_cap))
        if tries > self.config.retries or (wait or 0) > self.config.retry_after_cap:
            return -1.0
        return delay

    def _retry_delay(
        self, failure: _Transient, tries: int, gate: HostGate, started: float, ask: _Ask
    ) -> float:
        """Seconds before the next try; raises _Failed when retrying is pointless."""
        if failure.kind == "timeout" and gate.last_answer > started:
            # The host answered others meanwhile: this URL is slow, not the network flaky,
            # and another try would cost another full timeout.
            reason = f"timed out after {ask.timeout.total:g} s (the host answers other requests)"
            raise _Failed("broken", reason)
        budget = self.config.retries
        if failure.kind in ("timeout", "connect-timeout"):
            budget = 0 if ask.again else min(budget, _TIMEOUT_RETRIES)
        if tries > budget:
            raise _Failed("broken", _tries_reason(failure.reason, tries))
        return self._backoff(tries)

    def _backoff(self, tries: int) -> float:
        return backoff(self.config.backoff, tries, self.config.retry_after_cap)

    def _unreachable_reason(self, answer: _Answer, tries: int) -> str:
        wait = parse_retry_after(answer.retry_after)
        if wait is not None and wait > self.config.retry_after_cap:
            return f"{status_text(answer.status)}, asked to wait {wait:.0f} s"
        label = "rate-limited (429)" if answer.status == 429 else status_text(answer.status)
        return _tries_reason(label, tries)

    def _gate(self, host: str) -> HostGate:
        gate = self.gates.get(host)
        if gate is None:
            settings = self.config.for_host(host)
            gate = self.gates[host] = HostGate(settings.concurrency, settings.interval)
        return gate

    def _health(self, host: str) -> HostHealth:
        return self.health.setdefault(host, HostHealth())

    async def _request(self, gate: HostGate, url: str, ask: _Ask) -> _Answer:
        assert self._session is not None, "use LinkChecker as an async context manager"
        headers = request_headers(self.config, url, self.token)
        try:
            async with self._session.request(
                ask.method, url, headers=headers, allow_redirects=False, timeout=ask.timeout
            ) as resp:
                gate.answered()
                anchors = await self._read(resp, ask.method, ask.want_ids)
                return _Answer(resp.status, resp.headers.get("Location"),
                               resp.headers.get("Retry-After"), anchors)
        except aiohttp.ClientError as exc:
            raise _classify(exc) from exc
        except TimeoutError:
            raise _Transient("timeout", "timed out") from None

    async def _read(
        self, resp: aiohttp.ClientResponse, method: str, want_ids: bool
    ) -> PageAnchors | None:
        if method == "HEAD":
            return None
        if want_ids and resp.status < 300 and "html" in resp.content_type:
            return await read_anchors(resp.content)
        if resp.content_length is not None and resp.content_length <= _BODY_PEEK:
            await resp.read()  # drained: the connection goes back to the pool
        return None


# ----------------------------------------------------------------------------- entry points
async def check_links_async(
    urls: Iterable[str],
    config: LinkConfig,
    *,
    progress: bool = False,
    cache: LinkCache | None = None,
    resolver: AbstractResolver | None = None,
) -> LinkResults:
    """Check every distinct URL once; returns url -> LinkResult for each URL given, in order.

    URLs differing only in their #fragment share one request. A page found dead is asked
    again once before it is called so. A given cache is consulted, fed with the new results
    and saved. With ``max-duration`` set, what is not checked by then is "unchecked".
    Raises NetworkDown when most hosts could not be reached at all.
    """
    started = time.monotonic()
    distinct = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    pages: dict[str, list[str]] = {}
    for url in distinct:
        known = excluded(url, config) or url_problem(url) or (
            cache.get(url) if cache is not None else None)
        if known is not None:
            results[url] = known
        else:
            pages.setdefault(split_fragment(url)[0], []).append(url)
    confirmed = revived = 0
    if pages:
        deadline = None if config.max_duration is None else started + config.max_duration
        confirmed, revived = await _run(pages, config, results,
                                        _Run(progress, resolver, deadline))
    if cache is not None:
        for originals in pages.values():
            for url in originals:
                cache.put(results[url])
        cache.save()
    ordered = LinkResults((url, results[url]) for url in distinct)
    ordered.seconds = time.monotonic() - started
    ordered.confirmed, ordered.revived = confirmed, revived
    return ordered


@dataclass(frozen=True)
class _Run:
    progress: bool
    resolver: AbstractResolver | None
    deadline: float | None  # time.monotonic() after which nothing more is checked


_Checked = dict[str, tuple[LinkResult, PageAnchors | None]]
_ALIVE = frozenset({"ok", "redirect", "unreachable"})  # the server answered


async def _run(
    pages: Mapping[str, list[str]], config: LinkConfig, results: dict[str, LinkResult],
    run: _Run,
) -> tuple[int, int]:
    """Check the pages, each dead one twice: (dead pages confirmed, alive the second time).

    A dead page is asked again at least ``backoff`` after its first ask, and behind every
    first ask still waiting for its host (the host's queue is first come, first served).
    Once every first ask is over, NetworkDown is raised if most hosts were not reached.
    """
    checked: _Checked = {}
    wants = {page: config.check_anchors and any("#" in url for url in originals)
             for page, originals in pages.items()}
    bar = tqdm(total=len(pages), unit="link", file=sys.stderr, disable=not run.progress)
    token = os.environ.get("GITHUB_TOKEN") or None
    left = [len(pages)]
    first_pass = asyncio.Event()
    revived: list[str] = []
    async with LinkChecker(config, token, run.resolver, second_asks=True) as checker:

        async def one(page: str) -> None:
            asked_at = time.monotonic()
            checked[page] = await checker.check_page(page, wants[page])
            bar.update()
            left[0] -= 1
            if not left[0]:
                first_pass.set()
            if checked[page][0].verdict == "broken":
                await asyncio.sleep(asked_at + config.backoff - time.monotonic())
                second = await checker.check_page(page, wants[page], again=True)
                if second[0].verdict in _ALIVE:
                    checked[page] = second
                    revived.append(page)
                elif checker.host_came_back(page):
                    checked[page] = second  # asked for real this time

        async def network() -> None:
            await first_pass.wait()
            down = checker.network_down()
            if down is not None:
                raise NetworkDown(down)

        try:
            await _until(run.deadline, [network(), *(one(page) for page in pages)])
        finally:
            bar.close()
        checker.explain_spared(checked)
    for page, originals in pages.items():
        result, anchors = checked.get(page) or (_unchecked(page, config), None)
        for url in originals:
            results[url] = with_anchor(result, anchors, url)
    dead = sum(result.verdict == "broken" for result, _ in checked.values())
    return dead, len(revived)


async def _until(deadline: float | None, jobs: list[Coroutine[Any, Any, None]]) -> None:
    """Run the jobs concurrently; those still running at the deadline are cancelled, and so
    are all of them when one raises, whose exception is then raised here."""
    tasks = [asyncio.ensure_future(job) for job in jobs]
    timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
    try:
        done, _ = await asyncio.wait(tasks, timeout=timeout,
                                     return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


def _unchecked(page: str, config: LinkConfig) -> LinkResult:
    reason = f"not checked: the run reached max-duration ({config.max_duration:g} s)"
    return LinkResult(page, "unchecked", reason=reason)


def check_links(
    urls: Iterable[str],
    config: LinkConfig,
    *,
    progress: bool = False,
    cache: LinkCache | None = None,
    resolver: AbstractResolver | None = None,
) -> LinkResults:
    """Synchronous check_links_async (runs its own event loop)."""
    return asyncio.run(check_links_async(urls, config, progress=progress, cache=cache,
                                         resolver=resolver))

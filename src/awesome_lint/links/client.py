"""The link checker: one aiohttp session, per-host politeness, retries, redirects, SSRF guard."""

from __future__ import annotations

import asyncio
import ipaddress
import math
import os
import random
import re
import socket
import ssl
import sys
import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from tqdm import tqdm

from awesome_lint.links.policy import LinkConfig
from awesome_lint.urls import host_of

if TYPE_CHECKING:
    from awesome_lint.links.cache import LinkCache

Verdict = Literal["ok", "broken", "redirect", "unreachable", "skipped"]
VERDICTS: tuple[Verdict, ...] = ("ok", "broken", "redirect", "unreachable", "skipped")
TOKEN_HOSTS = frozenset({"github.com", "api.github.com"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
# Only these answers say the page is gone; 401, 403, 451 and the like mostly say "not for
# robots" (a warning that says so), and 5xx that stays is "unreachable" after the retries.
_DEAD = frozenset({404, 410})
_TIMEOUT_RETRIES = 1  # a timeout costs a whole `timeout`: retry it at most once
_BODY_PEEK = 64 * 1024  # small GET bodies are drained so the connection can be reused
_ANCHOR_BODY_MAX = 8 * 1024 * 1024
_THROTTLE_FACTOR = 0.75  # multiplicative decrease of a host's concurrency on 429
_ID_ATTR = re.compile(rb"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_GITHUB_LINE = re.compile(r"^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$")


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The verdict on one URL as written in the document."""

    url: str
    verdict: Verdict
    status: int | None = None
    final_url: str | None = None
    reason: str = ""
    permanent: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkResult:
        return cls(**{k: data[k] for k in ("url", "verdict", "status", "final_url", "reason")},
                   permanent=bool(data.get("permanent", False)))


class LinkResults(dict[str, LinkResult]):
    """url -> result, plus the wall time of the check."""

    seconds: float = 0.0


# ----------------------------------------------------------------------------- pure helpers
def address_problem(address: str) -> str | None:
    """Why an IP address must not be fetched (private, loopback...), or None if public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = ("loopback", "link_local", "multicast", "unspecified", "reserved", "private")
    for kind in checks:
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def token_allowed(url: str) -> bool:
    """Whether a GITHUB_TOKEN may be sent to url: https on github.com or api.github.com only."""
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return False
    return parts.scheme == "https" and host in TOKEN_HOSTS and port in (None, 443)


def request_headers(config: LinkConfig, url: str, token: str | None) -> dict[str, str]:
    """Headers for one request (one redirect hop): computed from that hop's own host."""
    host = host_of(url)
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.9",
        **config.for_host(host).headers,
    }
    if token and token_allowed(url):
        headers["Authorization"] = f"Bearer {token}"
    return headers


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def split_fragment(url: str) -> tuple[str, str]:
    """(url without #fragment, fragment)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="")), parts.fragment


def html_ids(body: bytes) -> frozenset[str]:
    """The id="..." and name="..." values of an HTML page."""
    found = set()
    for match in _ID_ATTR.finditer(body):
        raw = next(g for g in match.groups() if g is not None)
        found.add(raw.decode("utf-8", "replace"))
    return frozenset(found)


def anchor_found(fragment: str, ids: frozenset[str], url: str) -> bool:
    name = unquote(fragment)
    if not name or name.startswith(":~:") or name in ids:
        return True
    if host_of(url) == "github.com":
        # GitHub prefixes README heading ids; line anchors are made by JavaScript.
        return f"user-content-{name}".lower() in ids or bool(_GITHUB_LINE.match(name))
    return False


def status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def summarize(results: Mapping[str, LinkResult], seconds: float | None = None) -> dict[str, Any]:
    """Counts per verdict, distinct hosts, and the wall time of the check."""
    counts = dict.fromkeys(("ok", "broken", "redirected", "unreachable", "skipped"), 0)
    for result in results.values():
        counts["redirected" if result.verdict == "redirect" else result.verdict] += 1
    hosts = {host_of(url) for url in results} - {""}
    if seconds is None:
        seconds = getattr(results, "seconds", 0.0)
    return {"links": len(results), "hosts": len(hosts), **counts, "seconds": round(seconds, 3)}


# ----------------------------------------------------------------------------- DNS
class GuardedResolver(AbstractResolver):
    """getaddrinfo once per host for the whole run; aiohttp connects to what was checked."""

    def __init__(self) -> None:
        self._cache: dict[str, asyncio.Task[list[tuple[Any, ...]]]] = {}

    async def lookup(self, host: str) -> list[tuple[Any, ...]]:
        task = self._cache.get(host)
        if task is None:
            loop = asyncio.get_running_loop()
            task = loop.create_task(loop.getaddrinfo(host, None, type=socket.SOCK_STREAM))
            self._cache[host] = task
        return await asyncio.shield(task)

    async def problem(self, host: str) -> str | None:
        """Why host must not be fetched: the first non-public address it resolves to."""
        addresses = [host] if is_ip_literal(host) else [a[4][0] for a in await self.lookup(host)]
        for address in addresses:
            kind = address_problem(address)
            if kind is not None:
                return f"resolves to a {kind} address {address}" if address != host else (
                    f"{kind} address {address}")
        return None

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        infos = await self.lookup(host)
        return [
            ResolveResult(hostname=host, host=addr[0], port=port, family=fam, proto=proto,
                          flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV)
            for fam, _, proto, _, addr in infos
            if family in (0, fam)
        ]

    async def close(self) -> None:
        for task in self._cache.values():
            task.cancel()


# ----------------------------------------------------------------------------- per-host gate
class HostGate:
    """A FIFO concurrency limit for one host that shrinks on 429 and grows back (AIMD).

    At a limit of 1, a further 429 pauses the whole host for the wait it asked for.
    """

    def __init__(self, limit: int, interval: float) -> None:
        self.ceiling = limit
        self.limit = float(limit)
        self.active = 0
        self.peak = 0
        self.interval = interval
        self.last_answer = -math.inf
        self._next_start = 0.0
        self._last_cut = -math.inf
        self._before_cut = float(limit)
        self._window = 0  # clean answers that forgive the last cut
        self._clean = 0  # answers without 429 since the last one
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self) -> None:
        if self.active < int(self.limit) and not self._waiters:
            self._take()
        else:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self.release()  # granted and cancelled at once: hand the slot on
                raise
        await self._space_out()

    def release(self) -> None:
        self.active -= 1
        self._wake()

    def answered(self) -> None:
        self.last_answer = time.monotonic()

    def succeeded(self) -> None:
        self._clean += 1
        if self.limit < self._before_cut and self._clean >= self._window:
            # A whole window of clean answers: the 429 was one URL's limit, not the host's.
            self.limit = self._before_cut
        elif self.limit < self.ceiling:
            self.limit = min(self.ceiling, self.limit + 1.0 / self.limit)
        self._wake()

    def throttled(self, started: float, wait: float) -> None:
        """A 429: shrink once per round trip, not once per rejected request."""
        self._clean = 0
        if started <= self._last_cut:
            return
        now = time.monotonic()
        if self.limit <= 1.0:
            self._next_start = max(self._next_start, now + wait)
        self._before_cut = self.limit
        self.limit = max(1.0, self.limit * _THROTTLE_FACTOR)
        self._window = int(self.limit)
        self._last_cut = now

    def _take(self) -> None:
        self.active += 1
        self.peak = max(self.peak, self.active)

    def _wake(self) -> None:
        while self._waiters and self.active < int(self.limit):
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._take()
                waiter.set_result(None)

    async def _space_out(self) -> None:
        now = time.monotonic()
        start = max(now, self._next_start)
        if self.interval > 0 or start > now:
            self._next_start = start + self.interval
        if start > now:
            await asyncio.sleep(start - now)


# ----------------------------------------------------------------------------- checker
@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    location: str | None
    retry_after: str | None
    ids: frozenset[str] | None = None


class _Failed(Exception):
    """A request attempt ended without an HTTP answer worth keeping."""

    def __init__(
        self, verdict: Verdict, reason: str, final_url: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(reason)
        self.verdict = verdict
        self.reason = reason
        self.final_url = final_url  # the redirect hop where it failed
        self.status = status


class _Transient(Exception):
    """A failure worth retrying; kind picks the retry budget and the final wording."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class LinkChecker:
    """Checks URLs over one session. Use as ``async with LinkChecker(config) as c``."""

    def __init__(self, config: LinkConfig, token: str | None = None) -> None:
        self.config = config
        self.token = token
        self.gates: dict[str, HostGate] = {}
        self._dns = GuardedResolver()
        self._global = asyncio.Semaphore(config.concurrency)
        self._timeout = aiohttp.ClientTimeout(total=config.timeout, sock_connect=config.timeout)
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

    async def check(self, url: str) -> LinkResult:
        """The verdict on one URL; its #fragment counts only with check-anchors."""
        skipped = excluded(url, self.config)
        if skipped is not None:
            return skipped
        base, fragment = split_fragment(url)
        want_ids = self.config.check_anchors and bool(fragment)
        return with_anchor(*await self.check_page(base, want_ids), url)

    async def check_page(
        self, url: str, want_ids: bool = False
    ) -> tuple[LinkResult, frozenset[str] | None]:
        """The verdict on a URL without fragment, and the page's HTML ids if wanted."""
        early = _precheck(url)
        if early is not None:
            return early, None
        try:
            return await self._follow(url, want_ids)
        except _Failed as failed:
            result = LinkResult(url, failed.verdict, failed.status, failed.final_url, failed.reason)
            return result, None

    async def _follow(self, start: str, want_ids: bool) -> tuple[LinkResult, frozenset[str] | None]:
        """Follow redirects by hand, re-checking every hop's host, HEAD then GET."""
        current, method, permanent = start, "GET" if want_ids else "HEAD", None
        seen = {start}
        while True:
            answer = await self._hop(start, current, method, want_ids)
            if answer.status in _REDIRECTS and answer.location:
                if permanent is None and answer.status in _PERMANENT:
                    permanent = answer.status
                current = split_fragment(urljoin(current, answer.location))[0]
                self._count_hop(current, answer.status, seen)
            elif answer.status in self.config.for_host(host_of(current)).accept:
                return _success(start, current, answer.status, permanent), answer.ids
            elif method == "HEAD":
                method = "GET"  # many servers reject or mishandle HEAD: let GET decide
            else:
                final = current if current != start else None
                reason = status_text(answer.status)
                verdict: Verdict = "broken" if answer.status in _DEAD else "unreachable"
                return LinkResult(start, verdict, answer.status, final, reason), None

    async def _hop(self, start: str, url: str, method: str, want_ids: bool) -> _Answer:
        try:
            await self._guard(url)
            return await self._attempt(url, method, want_ids)
        except _Failed as failed:
            if url != start:
                failed.final_url = url
                failed.reason = f"redirected to {url}: {failed.reason}"
            raise

    def _count_hop(self, url: str, status: int, seen: set[str]) -> None:
        if url in seen:
            raise _Failed("broken", "redirect loop", url, status)
        if len(seen) > self.config.max_redirects:
            raise _Failed("broken", f"more than {self.config.max_redirects} redirects", url, status)
        seen.add(url)

    async def _guard(self, url: str) -> None:
        """Refuse hosts that resolve to private addresses, and hosts that do not resolve."""
        host = host_of(url)
        try:
            problem = await self._dns.problem(host) if self._guarded(host) else None
            if problem is None and not is_ip_literal(host):
                await self._dns.lookup(host)  # DNS failure is a verdict of its own
        except (socket.gaierror, UnicodeError):
            raise _Failed("broken", "DNS lookup failed") from None
        if problem is not None:
            raise _Failed("skipped", problem)

    def _guarded(self, host: str) -> bool:
        return not self.config.allow_private and host not in self.config.allow_private_hosts

    async def _attempt(self, url: str, method: str, want_ids: bool) -> _Answer:
        """One request with retries on 429, 5xx, resets and timeouts."""
        gate = self._gate(host_of(url))
        tries = 0
        while True:
            tries += 1
            answer, started = await self._try_once(gate, url, method, want_ids)
            if isinstance(answer, _Transient):
                delay = self._retry_delay(answer, tries, gate, started)
                await asyncio.sleep(delay)
                continue
            delay = self._status_retry_delay(answer, url, method, tries, gate, started)
            if delay is None:
                return answer
            if delay < 0:
                reason = self._unreachable_reason(answer, tries)
                raise _Failed("unreachable", reason, status=answer.status)
            await asyncio.sleep(delay)

    async def _try_once(
        self, gate: HostGate, url: str, method: str, want_ids: bool
    ) -> tuple[_Answer | _Transient, float]:
        """The answer or retryable failure, and when the request left (after any queueing)."""
        await gate.acquire()
        try:
            async with self._global:
                started = time.monotonic()
                try:
                    return await self._request(gate, url, method, want_ids), started
                except _Transient as failure:
                    return failure, started
        finally:
            gate.release()

    def _status_retry_delay(
        self, answer: _Answer, url: str, method: str, tries: int, gate: HostGate, started: float
    ) -> float | None:
        """None: keep this answer; <0: give up (unreachable); else seconds before a retry."""
        status = answer.status
        if status != 429 and status < 500:
            gate.succeeded()
            return None
        if status in self.config.for_host(host_of(url)).accept:
            return None
        if status >= 500 and method == "HEAD":
            return None  # retried at once as GET by the caller: many servers mishandle HEAD
        wait = parse_retry_after(answer.retry_after)
        delay = self._backoff(tries) if wait is None else wait + random.uniform(0, wait / 10)
        if status == 429:
            gate.throttled(started, min(delay, self.config.retry_after_cap))
        if tries > self.config.retries or (wait or 0) > self.config.retry_after_cap:
            return -1.0
        return delay

    def _retry_delay(
        self, failure: _Transient, tries: int, gate: HostGate, started: float
    ) -> float:
        """Seconds before the next try; raises _Failed when retrying is pointless."""
        if failure.kind == "timeout" and gate.last_answer > started:
            # The host answered others meanwhile: this URL is slow, not the network flaky,
            # and another try would cost another full timeout.
            reason = f"timed out after {self.config.timeout:g} s (the host answers other requests)"
            raise _Failed("broken", reason)
        budget = self.config.retries
        if failure.kind in ("timeout", "connect-timeout"):
            budget = min(budget, _TIMEOUT_RETRIES)
        if tries > budget:
            raise _Failed("broken", _tries_reason(failure.reason, tries))
        return self._backoff(tries)

    def _backoff(self, tries: int) -> float:
        return self.config.backoff * 2 ** (tries - 1) * random.uniform(0.5, 1.5)

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

    async def _request(self, gate: HostGate, url: str, method: str, want_ids: bool) -> _Answer:
        assert self._session is not None, "use LinkChecker as an async context manager"
        headers = request_headers(self.config, url, self.token)
        try:
            async with self._session.request(
                method, url, headers=headers, allow_redirects=False, timeout=self._timeout
            ) as resp:
                gate.answered()
                ids = await self._read(resp, method, want_ids)
                return _Answer(resp.status, resp.headers.get("Location"),
                               resp.headers.get("Retry-After"), ids)
        except aiohttp.ClientError as exc:
            raise _classify(exc) from exc
        except TimeoutError:
            raise _Transient("timeout", "timed out") from None

    async def _read(
        self, resp: aiohttp.ClientResponse, method: str, want_ids: bool
    ) -> frozenset[str] | None:
        if method == "HEAD":
            return None
        if want_ids and resp.status < 300 and "html" in resp.content_type:
            return html_ids(await resp.content.read(_ANCHOR_BODY_MAX))
        if resp.content_length is not None and resp.content_length <= _BODY_PEEK:
            await resp.read()  # drained: the connection goes back to the pool
        return None


def excluded(url: str, config: LinkConfig) -> LinkResult | None:
    pattern = config.excluded_by(url)
    if pattern is None:
        return None
    return LinkResult(url, "skipped", reason=f"excluded by {pattern!r}")


def _precheck(url: str) -> LinkResult | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return LinkResult(url, "skipped", reason="not an http(s) link")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        return LinkResult(url, "broken", reason="malformed URL")
    if not parts.hostname:
        return LinkResult(url, "broken", reason="malformed URL: no host")
    return None


def _success(start: str, final: str, status: int, permanent: int | None) -> LinkResult:
    """ok, or redirect (with the permanent redirect's status) when the link should change."""
    if permanent is not None:
        reason = f"moved permanently to {final}"
        return LinkResult(start, "redirect", permanent, final, reason, permanent=True)
    return LinkResult(start, "ok", status, final if final != start else None, status_text(status))


def with_anchor(result: LinkResult, ids: frozenset[str] | None, url: str) -> LinkResult:
    """The page's result restated for url, broken if url's #fragment is not on the page."""
    fragment = split_fragment(url)[1]
    alive = result.verdict in ("ok", "redirect")
    page = result.final_url or result.url
    if ids is not None and fragment and alive and not anchor_found(fragment, ids, page):
        reason = f"anchor #{unquote(fragment)} not found"
        return LinkResult(url, "broken", result.status, result.final_url, reason)
    return result if result.url == url else replace(result, url=url)


def _classify(exc: aiohttp.ClientError) -> Exception:
    """Map an aiohttp error to a final verdict (_Failed) or a retryable one (_Transient)."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return _Transient("connect-timeout", "connection timed out")
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return _Transient("timeout", "timed out")
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return _Failed("broken", "DNS lookup failed")
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return _Failed("broken", f"TLS error: {_one_line(exc)}")
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return _Failed("broken", "connection refused")
        if isinstance(exc.os_error, ssl.SSLError):
            return _Failed("broken", f"TLS error: {_one_line(exc.os_error)}")
        return _Transient("connect", f"cannot connect ({_one_line(exc.os_error)})")
    if isinstance(exc, aiohttp.InvalidURL):
        return _Failed("broken", "malformed URL")
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError
                  | aiohttp.ClientPayloadError):
        return _Transient("reset", "connection reset")
    return _Failed("broken", f"invalid HTTP response ({_one_line(exc)})")


def _tries_reason(label: str, tries: int) -> str:
    return f"{label} after {tries} {'try' if tries == 1 else 'tries'}"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


# ----------------------------------------------------------------------------- entry points
async def check_links_async(
    urls: Iterable[str],
    config: LinkConfig,
    *,
    progress: bool = False,
    cache: LinkCache | None = None,
) -> LinkResults:
    """Check every distinct URL once; returns url -> LinkResult for each URL given, in order.

    URLs differing only in their #fragment share one request. A given cache is consulted,
    fed with the new results and saved.
    """
    started = time.monotonic()
    distinct = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    pages: dict[str, list[str]] = {}
    for url in distinct:
        known = excluded(url, config) or (cache.get(url) if cache is not None else None)
        if known is not None:
            results[url] = known
        else:
            pages.setdefault(split_fragment(url)[0], []).append(url)
    if pages:
        await _run(pages, config, results, progress)
    if cache is not None:
        for originals in pages.values():
            for url in originals:
                cache.put(results[url])
        cache.save()
    ordered = LinkResults((url, results[url]) for url in distinct)
    ordered.seconds = time.monotonic() - started
    return ordered


async def _run(
    pages: Mapping[str, list[str]], config: LinkConfig, results: dict[str, LinkResult],
    progress: bool,
) -> None:
    bar = tqdm(total=len(pages), unit="link", file=sys.stderr, disable=not progress)
    token = os.environ.get("GITHUB_TOKEN") or None
    async with LinkChecker(config, token) as checker:

        async def one(page: str, originals: list[str]) -> None:
            want_ids = config.check_anchors and any("#" in url for url in originals)
            result, ids = await checker.check_page(page, want_ids)
            for url in originals:
                results[url] = with_anchor(result, ids, url)
            bar.update()

        try:
            async with asyncio.TaskGroup() as group:
                for page, originals in pages.items():
                    group.create_task(one(page, originals))
        finally:
            bar.close()


def check_links(
    urls: Iterable[str],
    config: LinkConfig,
    *,
    progress: bool = False,
    cache: LinkCache | None = None,
) -> LinkResults:
    """Synchronous check_links_async (runs its own event loop)."""
    return asyncio.run(check_links_async(urls, config, progress=progress, cache=cache))

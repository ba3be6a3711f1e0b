"""The checker against real servers on 127.0.0.1: verdicts, retries, politeness, safety."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from email.utils import formatdate
from typing import TYPE_CHECKING

import pytest

from awesome_lint.links import (
    HostPolicy,
    LinkConfig,
    LinkResult,
    address_problem,
    check_links,
    check_links_async,
    request_headers,
    summarize,
    token_allowed,
)
from awesome_lint.links.anchors import html_ids
from awesome_lint.links.pacing import HostGate, parse_retry_after

if TYPE_CHECKING:
    from .conftest import Site


async def one(config: LinkConfig, url: str) -> LinkResult:
    return (await check_links_async([url], config))[url]


# ----------------------------------------------------------------------------- verdicts
async def test_ok(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/ok"))
    assert (result.verdict, result.status, result.final_url) == ("ok", 200, None)
    assert site.paths() == ["/ok"]
    assert site.seen[0].method == "HEAD"


@pytest.mark.parametrize(("path", "status"), [("/missing", 404), ("/gone", 410)])
async def test_missing_and_gone_are_broken(
    site: Site, fast: LinkConfig, path: str, status: int
) -> None:
    result = await one(fast, site.url(path))
    assert (result.verdict, result.status) == ("broken", status)
    assert result.reason.startswith(str(status))
    assert [s.method for s in site.seen] == ["HEAD", "GET"]  # GET gets the last word


async def test_permanent_redirect_reports_final_url(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/moved"))
    assert (result.verdict, result.status) == ("redirect", 301)
    assert result.permanent
    assert result.final_url == site.url("/ok/moved")


async def test_temporary_redirect_to_ok_is_ok(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/found"))
    assert (result.verdict, result.permanent) == ("ok", False)
    assert result.final_url == site.url("/ok/found")


async def test_redirect_loop_is_broken(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/loop/a"))
    assert (result.verdict, result.reason) == ("broken", "redirect loop")
    assert len(site.seen) == 2 * 2  # and the same again: the second ask of a dead page


async def test_too_many_redirects(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, max_redirects=3)
    result = await one(config, site.url("/chain/0"))
    assert (result.verdict, result.reason) == ("broken", "more than 3 redirects")
    assert len(site.seen) == 2 * 4


async def test_head_405_then_get(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/head405"))
    assert result.verdict == "ok"
    assert [s.method for s in site.seen] == ["HEAD", "GET"]


async def test_head_404_contradicted_by_get(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/headmiss"))).verdict == "ok"


async def test_bot_block_passes_with_default_user_agent(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/botblock"))).verdict == "ok"
    curl = dataclasses.replace(fast, user_agent="curl/8.5")
    blocked = await one(curl, site.url("/botblock"))
    assert (blocked.status, blocked.verdict) == (403, "unreachable")  # never called dead


async def test_accept_can_admit_a_status(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, accept=frozenset({200, 404}))
    assert (await one(config, site.url("/missing"))).verdict == "ok"


async def test_host_override_can_accept_403(site: Site, fast: LinkConfig) -> None:
    curl = dataclasses.replace(
        fast, user_agent="curl/8.5", hosts={"127.0.0.1": HostPolicy(accept=frozenset({200, 403}))}
    )
    assert (await one(curl, site.url("/botblock"))).verdict == "ok"


async def test_connection_refused_is_broken(fast: LinkConfig, closed_port: int) -> None:
    result = await one(fast, f"http://127.0.0.1:{closed_port}/")
    assert (result.verdict, result.reason) == ("broken", "connection refused")


async def test_unresolvable_host_is_broken(fast: LinkConfig) -> None:
    # An empty DNS label fails inside Python, before any resolver is asked.
    result = await one(fast, "http://a..invalid/")
    assert (result.verdict, result.reason) == ("broken", "DNS lookup failed")


@pytest.mark.parametrize("url", ["mailto:someone@example.org", "ftp://127.0.0.1/x", "/docs"])
async def test_non_http_links_are_skipped(fast: LinkConfig, url: str) -> None:
    assert (await one(fast, url)).verdict == "skipped"


async def test_excluded_links_are_skipped_unrequested(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, exclude=(r"/ok/secret",))
    result = await one(config, site.url("/ok/secret"))
    assert result.verdict == "skipped"
    assert "excluded" in result.reason
    assert site.seen == []


# ----------------------------------------------------------------------------- retries
async def test_503_once_then_ok_via_get(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/flaky"))).verdict == "ok"
    assert [s.method for s in site.seen] == ["HEAD", "GET"]


async def test_503_twice_then_ok_after_backoff(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/flaky/2"))).verdict == "ok"
    assert [s.method for s in site.seen] == ["HEAD", "GET", "GET"]


async def test_503_always_is_unreachable_not_broken(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/down"))
    assert (result.verdict, result.status) == ("unreachable", 503)
    assert result.reason == "503 Service Unavailable after 3 tries"
    assert len(site.seen) == 1 + 3  # HEAD, then GET and its 2 retries


async def test_429_always_is_unreachable(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/throttle"))
    assert (result.verdict, result.status) == ("unreachable", 429)
    assert result.reason == "rate-limited (429) after 3 tries"


async def test_retry_after_seconds_is_honoured(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/limited"))).verdict == "ok"
    first, second = site.seen
    assert second.at - first.at >= 0.95


async def test_retry_after_http_date_is_honoured(site: Site, fast: LinkConfig) -> None:
    assert (await one(fast, site.url("/limited-date"))).verdict == "ok"
    first, second = site.seen
    assert second.at - first.at >= 0.95  # the date has 1 s resolution: 1 to 2 s ahead


async def test_retry_after_beyond_cap_gives_up_at_once(site: Site, fast: LinkConfig) -> None:
    result = await one(fast, site.url("/limited-long"))
    assert result.verdict == "unreachable"
    assert "3600" in result.reason
    assert len(site.seen) == 1


async def test_timeout_is_broken_after_retries(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, timeout=0.2)
    started = time.monotonic()
    result = await one(config, site.url("/slow"))
    assert (result.verdict, result.reason) == ("broken", "timed out after 2 tries")
    assert [s.method for s in site.seen] == ["HEAD", "HEAD", "GET"]  # a second ask: no retry
    assert time.monotonic() - started < 1.0


async def test_slow_page_on_a_live_host_is_not_retried(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, timeout=0.3)
    results = await check_links_async([site.url("/slow"), site.url("/ok")], config)
    slow = results[site.url("/slow")]
    assert slow.verdict == "broken"
    assert slow.reason.startswith("timed out after 0.3 s")
    assert site.counts["/slow"] == 2  # once, and once more later: never retried at once


# ----------------------------------------------------------------------------- politeness
async def test_host_concurrency_is_never_exceeded(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, host_concurrency=3)
    urls = [site.url(f"/busy/{i}") for i in range(30)]
    results = await check_links_async(urls, config)
    assert {r.verdict for r in results.values()} == {"ok"}
    assert site.peak == 3


async def test_global_concurrency_is_never_exceeded(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, concurrency=2)
    await check_links_async([site.url(f"/busy/{i}") for i in range(12)], config)
    assert site.peak == 2


async def test_host_override_concurrency_and_interval(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(LinkConfig.from_mapping({
        "hosts": {"127.0.0.1": {"host-concurrency": 1, "host-interval": 0.1}},
    }), allow_private=True)
    await check_links_async([site.url(f"/ok/{i}") for i in range(5)], config)
    starts = [s.at for s in site.seen]
    assert site.peak == 1
    # Measured where requests arrive: on a loaded machine one may arrive late and shorten a
    # gap, so the check is on the span of four intervals, allowing 50 ms of lateness.
    assert starts[-1] - starts[0] >= 4 * 0.1 - 0.05


async def test_each_distinct_url_is_requested_once(site: Site, fast: LinkConfig) -> None:
    url = site.url("/ok/same")
    urls = [url, url, url, url + "#intro", url + "#other"]
    results = await check_links_async(urls, fast)
    assert set(results) == set(urls)
    assert all(r.verdict == "ok" for r in results.values())
    assert results[url + "#intro"].url == url + "#intro"
    assert site.paths() == ["/ok/same"]


async def test_anchors_checked_when_asked(site: Site, fast: LinkConfig) -> None:
    config = dataclasses.replace(fast, check_anchors=True)
    good = [site.url("/page#intro"), site.url("/page#old-anchor"), site.url("/page#single")]
    bad = site.url("/page#nowhere")
    results = await check_links_async([*good, bad], config)
    assert [results[u].verdict for u in good] == ["ok"] * 3
    assert (results[bad].verdict, results[bad].reason) == ("broken", "anchor #nowhere not found")
    assert [(s.method, s.path) for s in site.seen] == [("GET", "/page")]  # one fetch


def test_html_ids() -> None:
    ids = html_ids(b"<h1 id=top>x</h1><a NAME='n'></a><p id=\"a b\">")
    assert ids == {"top", "n", "a b"}


async def test_gate_shrinks_on_429_and_recovers() -> None:
    gate = HostGate(8, 0.0)
    gate.throttled(started=time.monotonic(), wait=1.0)
    assert int(gate.limit) == 6
    gate.throttled(started=0.0, wait=1.0)  # started before the cut: same congestion event
    assert int(gate.limit) == 6
    for _ in range(6):  # a window of clean answers: an isolated 429 is forgiven
        gate.succeeded()
    assert gate.limit == 8


async def test_gate_under_sustained_429_goes_down_to_one_then_pauses() -> None:
    gate = HostGate(8, 0.0)
    for _ in range(10):  # 8 cuts reach the floor, the next 429s pause the host
        gate.throttled(started=time.monotonic(), wait=0.2)
    assert gate.limit == 1.0
    started = time.monotonic()
    await gate.acquire()
    gate.release()
    assert time.monotonic() - started >= 0.15
    gate.succeeded()
    assert gate.limit > 1.0  # then back up


async def test_gate_queue_is_fifo_and_bounded() -> None:
    gate, order = HostGate(2, 0.0), []

    async def job(i: int) -> None:
        await gate.acquire()
        order.append(i)
        await asyncio.sleep(0.01)
        gate.release()

    await asyncio.gather(*(job(i) for i in range(6)))
    assert order == list(range(6))
    assert gate.peak == 2


# ----------------------------------------------------------------------------- safety
async def test_private_addresses_are_skipped_by_default(site: Site) -> None:
    result = await one(LinkConfig(), site.url("/ok"))
    assert result.verdict == "skipped"
    assert result.reason == "loopback address 127.0.0.1"
    assert site.seen == []


async def test_private_name_is_skipped_after_resolution(site: Site) -> None:
    result = await one(LinkConfig(), site.url("/ok").replace("127.0.0.1", "localhost"))
    assert result.verdict == "skipped"
    assert result.reason.startswith("resolves to a loopback address")
    assert site.seen == []


async def test_redirect_to_private_address_is_skipped(site: Site) -> None:
    config = LinkConfig(allow_private_hosts=frozenset({"127.0.0.1"}), retries=0)
    metadata = site.url("/to/169.254.169.254/latest/meta-data")
    result = await one(config, metadata)
    assert result.verdict == "skipped"
    assert "link-local address 169.254.169.254" in result.reason
    assert result.final_url is not None and "169.254.169.254" in result.final_url
    to_localhost = site.url("/to/localhost/ok")
    assert (await one(config, to_localhost)).verdict == "skipped"
    assert [s.host.split(":")[0] for s in site.seen] == ["127.0.0.1", "127.0.0.1"]


@pytest.mark.parametrize(
    ("address", "problem"),
    [("169.254.169.254", "link-local"), ("10.0.0.1", "private"), ("::1", "loopback"),
     ("127.0.0.1", "loopback"), ("::ffff:192.168.1.1", "private"), ("0.0.0.0", "unspecified"),
     ("224.0.0.1", "multicast"), ("fe80::1", "link-local"), ("8.8.8.8", None),
     ("2606:4700:4700::1111", None)],
)
def test_address_classification(address: str, problem: str | None) -> None:
    assert address_problem(address) == problem


@pytest.mark.parametrize(
    ("url", "sent"),
    [("https://github.com/o/r", True), ("https://api.github.com/repos/o/r", True),
     ("https://GitHub.com./o/r", True), ("https://gist.github.com/x", False),
     ("https://evil.com/github.com", False), ("https://github.com.evil.com/", False),
     ("http://github.com/o/r", False), ("https://github.com:8443/o/r", False),
     ("https://user@evil.com/", False)],
)
def test_token_goes_to_github_only(url: str, sent: bool) -> None:
    assert token_allowed(url) is sent
    headers = request_headers(LinkConfig(), url, "t0k")
    assert ("Authorization" in headers) is sent
    if sent:
        assert headers["Authorization"] == "Bearer t0k"


async def test_credentials_stay_on_their_host_across_redirects(
    site: Site, fast: LinkConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "t0k")
    config = dataclasses.replace(fast, hosts={"127.0.0.1": _secret_header()})
    result = await one(config, site.url("/to/localhost/ok/landed"))
    assert result.verdict == "ok"
    first, landed = site.seen
    assert first.headers.get("X-Secret") == "s3"
    assert landed.host.startswith("localhost")
    assert "X-Secret" not in landed.headers
    assert all("Authorization" not in s.headers for s in site.seen)


def _secret_header() -> HostPolicy:
    return HostPolicy(headers={"X-Secret": "s3"})


def test_default_user_agent_is_browser_like() -> None:
    assert "Mozilla/5.0" in request_headers(LinkConfig(), "https://example.org/", None)[
        "User-Agent"]


def test_parse_retry_after() -> None:
    now = time.time()
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, 1)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


# ----------------------------------------------------------------------------- sync API
def test_sync_api_with_progress_and_summary(
    threaded_site: Site, fast: LinkConfig, capsys: pytest.CaptureFixture[str]
) -> None:
    site = threaded_site
    urls = [site.url("/ok"), site.url("/missing"), site.url("/moved"), site.url("/down"),
            "mailto:x@example.org", site.url("/ok")]
    results = check_links(urls, fast, progress=True)
    verdicts = {u: r.verdict for u, r in results.items()}
    assert list(verdicts.values()) == ["ok", "broken", "redirect", "unreachable", "skipped"]
    summary = summarize(results)
    assert summary == {"links": 5, "hosts": 1, "ok": 1, "broken": 1, "redirected": 1,
                       "unreachable": 1, "skipped": 1, "unchecked": 0,
                       "seconds": summary["seconds"]}
    assert summary["seconds"] > 0
    assert "link" in capsys.readouterr().err

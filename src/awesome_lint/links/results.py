"""What the link checker found: one LinkResult per URL, with its verdict.

Everything else in the package imports this module, and it imports none of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from http import HTTPStatus
from typing import Any, Literal

from awesome_lint.errors import AwesomeLintError
from awesome_lint.problem import one_line
from awesome_lint.urls import host_of, is_plain_url

Verdict = Literal["ok", "broken", "redirect", "unreachable", "skipped", "unchecked"]
VERDICTS: tuple[Verdict, ...] = ("ok", "broken", "redirect", "unreachable", "skipped",
                                 "unchecked")


class NetworkDown(AwesomeLintError):
    """Most hosts failed at the DNS or connection level at once: the network, not the list."""


@dataclass(frozen=True, slots=True)
class Repository:
    """A GitHub repository as its API describes it. ``name`` is its owner/name now (as
    linked, when it is gone); ``pushed_at`` is an ISO date-time, None if never pushed."""

    name: str
    archived: bool = False
    pushed_at: str | None = None
    homepage: str | None = None

    @property
    def url(self) -> str:
        return f"https://github.com/{self.name}"


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The verdict on one URL as written in the document.

    ``final_url`` is a URL a server named (the redirect's target): it is set only when it is
    plain enough to be written into Markdown (see ``urls.is_plain_url``). ``repository`` is
    set when the verdict is GitHub's API's; ``archive_url``, a dead link's archived copy.
    """

    url: str
    verdict: Verdict
    status: int | None = None
    final_url: str | None = None
    reason: str = ""
    permanent: bool = False
    repository: Repository | None = None
    archive_url: str | None = None

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other addresses of the same project: a live repository's homepage and its
        address now (after a rename). A homepage on github.com is an owner's page, not the
        project's."""
        repo = self.repository
        if repo is None or self.verdict == "broken":
            return ()
        homepage = repo.homepage if repo.homepage and is_plain_url(repo.homepage) \
            and host_of(repo.homepage).removeprefix("www.") != "github.com" else None
        return tuple(url for url in (homepage, repo.url) if url)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["repository"]  # what the API said is asked again each run, never cached
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkResult:
        """A result read back from outside (the cache); ValueError if any field is off."""
        url, verdict, status, final_url, reason = (
            data.get(k) for k in ("url", "verdict", "status", "final_url", "reason"))
        valid = (isinstance(url, str) and verdict in VERDICTS and isinstance(reason, str)
                 and (status is None or type(status) is int)
                 and (final_url is None or (isinstance(final_url, str)
                                            and is_plain_url(final_url))))
        if not valid:
            raise ValueError("not a link result")
        return cls(url, verdict, status, final_url, reason,  # type: ignore[arg-type]
                   permanent=data.get("permanent") is True)


class LinkResults(dict[str, LinkResult]):
    """url -> result, plus the wall time of the check, how many dead pages a second ask
    confirmed (``confirmed``) or found alive (``revived``), and lines for the summary."""

    seconds: float = 0.0
    confirmed: int = 0
    revived: int = 0
    notes: tuple[str, ...] = ()


def status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def summarize(results: Mapping[str, LinkResult], seconds: float | None = None) -> dict[str, Any]:
    """Counts per verdict, distinct hosts, and the wall time of the check."""
    counts = dict.fromkeys(
        ("ok", "broken", "redirected", "unreachable", "skipped", "unchecked"), 0)
    for result in results.values():
        counts["redirected" if result.verdict == "redirect" else result.verdict] += 1
    hosts = {host_of(url) for url in results} - {""}
    if seconds is None:
        seconds = getattr(results, "seconds", 0.0)
    return {"links": len(results), "hosts": len(hosts), **counts, "seconds": round(seconds, 3)}


def error_text(error: BaseException) -> str:
    """An error as one short line, for a reason or a report."""
    return (one_line(str(error)) or type(error).__name__)[:200]

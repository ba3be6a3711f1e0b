"""Link checking: is every http(s) link of a list still alive?"""

from awesome_lint.links.cache import LinkCache
from awesome_lint.links.client import (
    LinkChecker,
    LinkResult,
    LinkResults,
    address_problem,
    check_links,
    check_links_async,
    request_headers,
    summarize,
    token_allowed,
)
from awesome_lint.links.policy import HostPolicy, LinkConfig, parse_duration

__all__ = [
    "HostPolicy",
    "LinkCache",
    "LinkChecker",
    "LinkConfig",
    "LinkResult",
    "LinkResults",
    "address_problem",
    "check_links",
    "check_links_async",
    "parse_duration",
    "request_headers",
    "summarize",
    "token_allowed",
]

"""Link checking: is every http(s) link of a list still alive?

Names are imported on first use, so that reading the ``links`` settings (``policy``) does
not load the HTTP client: offline runs never import aiohttp.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "LinkCache": "cache",
    "LinkChecker": "client", "check_links": "client", "check_links_async": "client",
    "request_headers": "client", "token_allowed": "client",
    "AddressPolicy": "guard", "GuardedResolver": "guard", "address_problem": "guard",
    "HostPolicy": "policy", "LinkConfig": "policy", "parse_duration": "policy",
    "LinkResult": "results", "LinkResults": "results", "NetworkDown": "results",
    "Repository": "results", "summarize": "results",
}
__all__ = ["LINK_RULES", "PAGE_RULES", *sorted(_HOMES)]
# The rules that read what the checker found: about any page, and about repositories.
PAGE_RULES = ("broken-link", "redirect")
LINK_RULES = (*PAGE_RULES, "archived", "stale")


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)

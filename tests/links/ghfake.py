"""A loopback stand-in for GitHub's GraphQL and REST API and the Wayback Machine's
availability API, recording what it is asked.

A repository's state is read from its name: ``archived-*``, ``stale-*`` (last push in 2019),
``deleted-*`` (not found), ``renamed-*`` (now ``new-owner/<name>-ng``), ``forbidden-*`` (an
error on its alias), ``flicker-*`` (not found the first time it is asked), ``disabled-*``;
anything else is alive, pushed ten days ago. Every repository's homepage is
``https://<name>.example.org``. The Wayback fake has a snapshot of every URL except those
holding ``nosnapshot``.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

TOKEN = "test-token"
OLD_PUSH = "2019-05-01T08:00:00Z"
_FIELD = re.compile(r'(\w+)\s*:\s*repository\(owner:\s*"([^"]*)",\s*name:\s*"([^"]*)"\)')


@dataclass
class Load:
    """How many requests an endpoint answers at once, and the most it ever did."""

    now: int = 0
    peak: int = 0

    async def wait(self, seconds: float) -> None:
        """Take ``seconds`` to answer, counted as one request in flight."""
        self.now += 1
        self.peak = max(self.peak, self.now)
        try:
            await asyncio.sleep(seconds)
        finally:
            self.now -= 1


@dataclass
class GitHubFake:
    base: str = ""
    points: int = 1000  # GraphQL queries answered before the primary rate limit
    secondary: int = 0  # the first requests get 403 + Retry-After: 1 (a secondary limit)
    fail_status: int | None = None  # every GraphQL query answered with this status
    delay: float = 0.0  # seconds before a GraphQL or Wayback answer
    queries: list[list[str]] = field(default_factory=list)  # owner/name asked, per query
    rest: list[str] = field(default_factory=list)  # REST paths asked
    wayback: list[str] = field(default_factory=list)  # URLs looked up
    authorizations: Counter[str] = field(default_factory=Counter)  # endpoint:header value
    asked: Counter[str] = field(default_factory=Counter)  # owner/name (lower) -> times
    refused: Counter[str] = field(default_factory=Counter)  # why requests were refused
    graphql_load: Load = field(default_factory=Load)
    wayback_load: Load = field(default_factory=Load)

    @property
    def peak(self) -> int:
        """GraphQL queries in flight at once, at most."""
        return self.graphql_load.peak

    @property
    def wayback_peak(self) -> int:
        return self.wayback_load.peak

    @property
    def api(self) -> str:
        return self.base

    @property
    def wayback_url(self) -> str:
        return f"{self.base}/wayback/available"

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/graphql", self._graphql)
        app.router.add_get("/repos/{owner}/{name}", self._rest)
        app.router.add_get("/wayback/available", self._wayback)
        return app

    # ------------------------------------------------------------------ state
    def repository(self, owner: str, name: str) -> dict[str, Any] | str | None:
        """The GraphQL object of a repository, None if not found, or an error type."""
        key = f"{owner}/{name}".lower()
        self.asked[key] += 1
        lower = name.lower()
        if lower.startswith("deleted-") or (lower.startswith("flicker-")
                                            and self.asked[key] == 1):
            return None
        if lower.startswith("forbidden-"):
            return "FORBIDDEN"
        if lower.startswith("renamed-") and owner.lower() != "new-owner":
            owner, name = "new-owner", f"{name}-ng"
        pushed = OLD_PUSH if lower.startswith("stale-") else \
            (datetime.now(UTC) - timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {"nameWithOwner": f"{owner}/{name}", "url": f"https://github.com/{owner}/{name}",
                "isArchived": lower.startswith("archived-"),
                "isDisabled": lower.startswith("disabled-"), "pushedAt": pushed,
                "homepageUrl": f"https://{lower}.example.org"}

    # ------------------------------------------------------------------ endpoints
    async def _graphql(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request, "graphql")
        if refusal is not None:
            return refusal
        query = (await request.json())["query"]
        asked = _FIELD.findall(query)
        self.queries.append([f"{owner}/{name}" for _, owner, name in asked])
        number = len(self.queries)
        await self.graphql_load.wait(self.delay)
        if self.fail_status is not None:
            return web.json_response({"message": "Server Error"}, status=self.fail_status)
        if number > self.points:
            self.refused["primary"] += 1
            return _limited()
        data: dict[str, Any] = {}
        errors = []
        for alias, owner, name in asked:
            found = self.repository(owner, name)
            data[alias] = found if isinstance(found, dict) else None
            if found is None:
                message = f"Could not resolve to a Repository with the name '{owner}/{name}'."
                errors.append({"type": "NOT_FOUND", "path": [alias], "message": message})
            elif isinstance(found, str):
                errors.append({"type": found, "path": [alias],
                               "message": "Resource protected by organization SAML enforcement."})
        if "rateLimit" in query:
            data["rateLimit"] = {"remaining": max(0, self.points - number),
                                 "resetAt": "2030-01-01T12:34:00Z"}
        return web.json_response({"data": data, **({"errors": errors} if errors else {})})

    async def _rest(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request, "rest")
        if refusal is not None:
            return refusal
        self.rest.append(request.path)
        owner, name = request.match_info["owner"], request.match_info["name"]
        found = self.repository(owner, name)
        if not isinstance(found, dict):
            return web.json_response({"message": "Not Found"}, status=404)
        if found["nameWithOwner"].lower() != f"{owner}/{name}".lower():
            return web.json_response({"message": "Moved Permanently"}, status=301,
                                     headers={"Location": f"/repos/{found['nameWithOwner']}"})
        return web.json_response({
            "full_name": found["nameWithOwner"], "html_url": found["url"],
            "archived": found["isArchived"], "disabled": found["isDisabled"],
            "pushed_at": found["pushedAt"], "homepage": found["homepageUrl"]})

    async def _wayback(self, request: web.Request) -> web.Response:
        self.authorizations["wayback:" + request.headers.get("Authorization", "")] += 1
        url = request.query.get("url", "")
        self.wayback.append(url)
        await self.wayback_load.wait(self.delay)
        if "nosnapshot" in url:
            return web.json_response({"url": url, "archived_snapshots": {}})
        closest = {"status": "200", "available": True, "timestamp": "20200101000000",
                   "url": f"http://web.archive.org/web/20200101000000/{url}"}
        return web.json_response({"url": url, "archived_snapshots": {"closest": closest}})

    def _refusal(self, request: web.Request, endpoint: str) -> web.Response | None:
        header = request.headers.get("Authorization", "")
        self.authorizations[f"{endpoint}:{header}"] += 1
        if header.lower() != f"bearer {TOKEN}":
            self.refused["token"] += 1
            return web.json_response({"message": "Bad credentials"}, status=401)
        if self.secondary > 0:
            self.secondary -= 1
            self.refused["secondary"] += 1
            return web.json_response(
                {"message": "You have exceeded a secondary rate limit."}, status=403,
                headers={"Retry-After": "1"})
        return None


def _limited() -> web.Response:
    reset = str(int(time.time()) + 3600)
    return web.json_response({"message": "API rate limit exceeded"}, status=403, headers={
        "x-ratelimit-limit": "1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset})

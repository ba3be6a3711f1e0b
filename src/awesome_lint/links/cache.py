"""A JSON file of recent link successes, meant to be kept between CI runs (actions/cache)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from awesome_lint.links.client import LinkResult

_FORMAT = 1
_SERVED = frozenset({"ok", "redirect"})


class LinkCache:
    """Successes younger than max_age_s are served; failures are always checked again."""

    def __init__(self, path: str | os.PathLike[str], max_age_s: float) -> None:
        self.path = Path(path)
        self.max_age_s = max_age_s
        self._entries: dict[str, dict[str, Any]] = self._load()
        self._dirty = False

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, url: str, now: float | None = None) -> LinkResult | None:
        entry = self._entries.get(url)
        if entry is None or entry.get("verdict") not in _SERVED:
            return None
        age = (time.time() if now is None else now) - entry.get("checked_at", 0)
        if not 0 <= age <= self.max_age_s:
            return None
        try:
            return LinkResult.from_dict(entry)
        except (KeyError, TypeError):
            return None

    def put(self, result: LinkResult, checked_at: float | None = None) -> None:
        """Remember a success; a failure evicts the URL so the next run checks it again."""
        if result.verdict not in _SERVED:
            self._dirty |= self._entries.pop(result.url, None) is not None
            return
        entry = result.to_dict()
        entry["checked_at"] = time.time() if checked_at is None else checked_at
        self._entries[result.url] = entry
        self._dirty = True

    def save(self) -> None:
        """Write atomically (temporary file + rename); stale entries are dropped."""
        if not self._dirty and self.path.exists():
            return
        now = time.time()
        fresh = {
            url: entry for url, entry in self._entries.items()
            if now - entry.get("checked_at", 0) <= self.max_age_s
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"format": _FORMAT, "entries": fresh}, out, separators=(",", ":"))
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self._dirty = False

    def _load(self) -> dict[str, dict[str, Any]]:
        """The stored entries; an unreadable or foreign file counts as empty."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return {}
        entries = data.get("entries")
        if not isinstance(entries, dict):
            return {}
        return {
            url: entry for url, entry in entries.items()
            if isinstance(entry, dict) and isinstance(entry.get("checked_at"), int | float)
        }

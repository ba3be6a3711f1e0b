"""A JSON file of recent link successes, meant to be kept between CI runs (actions/cache).

The file is an input like any other: what it says is checked as a server's answer would be,
and a file that cannot be read is ignored with a warning. Saving never raises: the run's
results matter more than the cache. Two runs sharing a file merge their entries.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from awesome_lint.errors import InputError
from awesome_lint.links.results import LinkResult

_FORMAT = 1
_SERVED = frozenset({"ok", "redirect"})
_Entries = dict[str, dict[str, Any]]


class LinkCache:
    """Successes younger than max_age_s are served; failures are always checked again."""

    def __init__(self, path: str | os.PathLike[str], max_age_s: float) -> None:
        self.path = Path(path)
        self.max_age_s = max_age_s
        self.warnings: list[str] = []  # for the user: why (part of) the file was ignored
        self._entries: _Entries = self._load()
        self._changes: _Entries = {}  # this run's news, merged into the file on save
        self._evicted: dict[str, float] = {}  # url -> when this run found it failing

    def __len__(self) -> int:
        return len(self._entries)

    def ensure_writable(self) -> None:
        """InputError, before any link is checked, if the file could not be saved."""
        if self.path.is_dir():
            raise InputError(f"{self.path}: cannot keep the link cache there: it is a directory")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
            os.close(fd)
            os.unlink(probe)
        except OSError as error:
            raise InputError(f"{self.path}: cannot write the link cache: "
                             f"{error.strerror or error}") from error

    def get(self, url: str, now: float | None = None) -> LinkResult | None:
        entry = self._entries.get(url)
        if entry is None or entry["verdict"] not in _SERVED:
            return None
        age = (time.time() if now is None else now) - entry["checked_at"]
        if not 0 <= age <= self.max_age_s:
            return None
        return LinkResult.from_dict(entry)

    def put(self, result: LinkResult, checked_at: float | None = None) -> None:
        """Remember a success; a failure evicts the URL so the next run checks it again."""
        when = time.time() if checked_at is None else checked_at
        if result.verdict == "unchecked":
            return  # nothing learnt
        if result.verdict not in _SERVED:
            self._entries.pop(result.url, None)
            self._changes.pop(result.url, None)
            self._evicted[result.url] = when
            return
        entry = {**result.to_dict(), "checked_at": when}
        self._entries[result.url] = self._changes[result.url] = entry
        self._evicted.pop(result.url, None)

    def save(self) -> None:
        """Merge this run's news into the file as it is now, and write it atomically.

        Never raises: a failure is added to ``warnings``.
        """
        if not self._changes and not self._evicted and self.path.exists():
            return
        try:
            with _locked(self.path.parent):
                merged = self._merge(self._read()[0])
                self._write(merged)
        except OSError as error:
            self.warnings.append(f"{self.path}: link cache not saved: {error.strerror or error}")
            return
        self._entries = merged
        self._changes.clear()
        self._evicted.clear()

    def _merge(self, on_disk: _Entries) -> _Entries:
        """The file's entries with this run's: for each URL the latest news wins."""
        merged = dict(on_disk)
        for url, evicted_at in self._evicted.items():
            if merged.get(url, {}).get("checked_at", 0) <= evicted_at:
                merged.pop(url, None)
        for url, entry in self._changes.items():
            if merged.get(url, {}).get("checked_at", 0) <= entry["checked_at"]:
                merged[url] = entry
        now = time.time()
        return {url: entry for url, entry in merged.items()
                if now - entry["checked_at"] <= self.max_age_s}

    def _write(self, entries: _Entries) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"format": _FORMAT, "entries": entries}, out, separators=(",", ":"))
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def _load(self) -> _Entries:
        entries, problem = self._read()
        if problem is not None:
            self.warnings.append(f"{self.path}: link cache ignored: {problem}")
        return entries

    def _read(self) -> tuple[_Entries, str | None]:
        """The valid entries of the file, and why the rest (or all) was left out."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}, None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
            return {}, _why(error)
        entries = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(data, dict) or data.get("format") != _FORMAT or \
                not isinstance(entries, dict):
            return {}, "not a link cache of this version"
        valid = {url: entry for url, entry in entries.items() if _valid(url, entry)}
        dropped = len(entries) - len(valid)
        return valid, (f"{dropped} invalid entries" if dropped else None)


def _valid(url: str, entry: object) -> bool:
    if not isinstance(entry, dict) or entry.get("url") != url:
        return False
    when = entry.get("checked_at")
    if isinstance(when, bool) or not isinstance(when, int | float):
        return False
    try:
        LinkResult.from_dict(entry)
    except ValueError:
        return False
    return True


def _why(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, OSError):
        return str(error.strerror or error)
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return "not valid JSON"


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on the cache's folder, where flock exists (not on Windows, where
    merging still happens, only not under a lock): two runs saving at once take turns."""
    fd = None
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
    try:
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        if fd is not None:
            os.close(fd)

"""Which lines of a file changed since a git revision (``--changed-since``), where that
change starts, and files as they were there."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    import subprocess

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def changed_lines(path: Path, ref: str) -> frozenset[int] | None:
    """Lines added or changed in the working tree since ``ref``; None: the whole file is new."""
    folder = path.resolve().parent
    _git(folder, ref, "rev-parse", "--verify", "--end-of-options", f"{ref}^{{commit}}")
    if not _git(folder, ref, "ls-files", "--", path.name).strip():
        return None
    diff = _git(folder, ref, "diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--",
                path.name)
    lines: set[int] = set()
    for match in _HUNK.finditer(diff):
        start, count = int(match.group(1)), int(match.group(2) or 1)
        lines.update(range(start, start + count))
    return frozenset(lines)


def before_first_commit(ref: str, folder: Path) -> bool:
    """Whether ``ref`` is the HEAD of a repository without a commit yet: all is new there."""
    if ref != "HEAD":
        return False
    head = _run(folder, "rev-parse", "--verify", "--quiet", "HEAD")
    return head.returncode != 0 and bool(_git(folder, ref, "rev-parse", "--git-dir"))


def merge_base(ref: str, folder: Path) -> str | None:
    """The commit where the histories of ``ref`` and HEAD meet, from which a change since
    ``ref`` is measured: commits that ``ref`` gained since are not part of the change.
    None when they do not meet in this repository (a shallow clone)."""
    _git(folder, ref, "rev-parse", "--verify", "--end-of-options", f"{ref}^{{commit}}")
    try:
        return _git(folder, ref, "merge-base", ref, "HEAD").strip() or None
    except InputError:
        return None


def reader_at(ref: str) -> Callable[[Path], str | None]:
    """Reads a file as it was at ``ref``: None if it was not there (or is in no repository;
    changed_lines() says what is wrong with a bad ``ref``).

    A pull request is linted with the configuration of its base, so that it cannot switch
    the checks off for itself.
    """

    def read(path: Path) -> str | None:
        where = path.resolve()
        try:
            done = _run(where.parent, "cat-file", "blob", "--end-of-options",
                        f"{ref}:./{where.name}")  # git show REF:path, for files only
        except OSError:  # a folder that is not there
            return None
        if done.returncode != 0:
            return None
        try:
            return done.stdout.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"{path} at {ref}: not UTF-8 text") from error

    return read


def _git(folder: Path, ref: str, *args: str) -> str:
    done = _run(folder, *args)
    if done.returncode != 0:
        reason = (done.stderr.decode(errors="replace").strip().splitlines()
                  or ["unknown revision"])[-1]
        raise InputError(f"--changed-since {ref}: {reason.removeprefix('fatal: ')}")
    return done.stdout.decode(errors="replace")


def _run(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    import subprocess  # here, not above: only --changed-since asks git, and the import is slow

    try:
        return subprocess.run(["git", *args], cwd=folder, capture_output=True, check=False)
    except FileNotFoundError as error:
        if not folder.is_dir():
            raise
        raise InputError("--changed-since needs git, which is not installed") from error

"""Which lines of a file changed since a git revision (``--changed-since``), where that
change starts, and the file as it was there."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .errors import InputError

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
    head = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "HEAD"], cwd=folder,
                          capture_output=True, check=False)
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


def file_at(path: Path, ref: str) -> str | None:
    """The text of ``path`` at ``ref`` without a byte-order mark; None: it was not there."""
    where = path.resolve()
    done = subprocess.run(["git", "show", f"{ref}:./{where.name}"], cwd=where.parent,
                          capture_output=True, check=False)
    if done.returncode != 0:
        return None
    try:
        return done.stdout.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise InputError(f"{path} at {ref}: not UTF-8 text") from error


def _git(folder: Path, ref: str, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                              check=False)
    except FileNotFoundError as error:
        raise InputError("--changed-since needs git, which is not installed") from error
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["unknown revision"])[-1]
        raise InputError(f"--changed-since {ref}: {reason.removeprefix('fatal: ')}")
    return done.stdout

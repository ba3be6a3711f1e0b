"""Which lines of a file changed since a git revision (``--changed-since``)."""

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

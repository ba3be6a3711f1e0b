"""Reading and writing a Markdown file: the one place that decides what its text is.

The text is the file's UTF-8 without one leading byte-order mark; ``\\r\\n``, ``\\n`` and a
lone ``\\r`` each end a line, as on GitHub. A write puts back the mark and leaves every line
ending as it was, and replaces the whole file at once, or nothing if it changed meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

BOM = "\ufeff"
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")


@dataclass(frozen=True)
class Markdown:
    """One file as read: its text, whether a byte-order mark preceded it, and its bytes."""

    path: Path
    text: str
    bom: bool
    data: bytes


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """The lines of ``text`` and the break that ends each ("" after the last one)."""
    parts = _LINE_BREAK.split(text)
    return parts[0::2], [*parts[1::2], ""]


def lines_with_endings(text: str) -> list[str]:
    """The lines of ``text``, each with the break that ends it (the last may have none)."""
    lines, endings = split_lines(text)
    found = [line + end for line, end in zip(lines, endings, strict=True)]
    return found if found[-1] else found[:-1]


def read_markdown(path: Path) -> Markdown:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a Markdown file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror}") from error
    if b"\0" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), not Markdown")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error
    bom = text.startswith(BOM)
    text = text.removeprefix(BOM)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return Markdown(path, text, bom, data)


_GUIDES = ("CONTRIBUTING.md", "contributing.md", ".github/CONTRIBUTING.md",
           "docs/CONTRIBUTING.md", "docs/contributing.md")
_GUIDE_LIMIT = 200_000


def contributing_guide(path: Path) -> str:
    """The text of the contributing guide beside a list ("" if there is none): where a list
    writes down its conventions, such as keeping its entries in alphabetical order."""
    for name in _GUIDES:
        guide = path.parent / name
        with contextlib.suppress(OSError):
            if guide.is_file():
                with guide.open("rb") as handle:
                    return handle.read(_GUIDE_LIMIT).decode("utf-8", errors="replace")
    return ""


def write_markdown(file: Markdown, text: str) -> None:
    """Replace the file's text with ``text``, unless its bytes changed since it was read.

    The new bytes go to a temporary file in the same folder, which then takes the file's
    place: a failed write (a full disk, a size limit) leaves the file whole. A symbolic link
    keeps pointing at the file it did, and the file keeps its permissions.
    """
    data = ((BOM if file.bom else "") + text).encode("utf-8")
    target = Path(os.path.realpath(file.path))
    try:
        replaced = _replace(target, data, file.data)
    except OSError as error:
        raise InputError(f"{file.path}: cannot write fixes: {error.strerror or error}") \
            from error
    if not replaced:
        raise InputError(f"{file.path}: changed since it was read; no fixes written")


def _replace(target: Path, data: bytes, expected: bytes) -> bool:
    """Put ``data`` in place of ``target`` if it still holds ``expected``; whether it did."""
    status = target.stat()
    import tempfile  # only --fix writes a file

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(status.st_mode))
        if status.st_uid != os.getuid() or status.st_gid != os.getgid():
            with contextlib.suppress(OSError):
                os.chown(temporary, status.st_uid, status.st_gid)
        # Compared last, so that an edit made while the run lasted is not lost.
        unchanged = target.read_bytes() == expected
        if unchanged:
            os.replace(temporary, target)
        return unchanged
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)  # gone already once it took the file's place

"""Talking to the loopback farms of ../shared/bench while a benchmark runs."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running(command: list[str], control: str, name: str,
            stdout: int | None = None) -> Iterator[None]:
    """The farm started, answering at ``control``, and stopped again afterwards."""
    farm = subprocess.Popen(command, stdout=stdout)
    try:
        wait_for(farm, control, name)
        yield
    finally:
        farm.terminate()
        try:
            farm.wait(timeout=10)
        except subprocess.TimeoutExpired:
            farm.kill()


def wait_for(farm: subprocess.Popen[bytes], control: str, name: str) -> None:
    """Until the farm answers at ``control`` (its ``/_farm`` address), or exit."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if farm.poll() is not None:
            raise SystemExit(f"{name} exited with {farm.returncode}")
        try:
            ask(control, "stats")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{name} did not start within 30 s")


def ask(control: str, name: str, method: str = "GET") -> dict[str, object]:
    """One of the farm's own endpoints: ``stats`` or ``reset``."""
    request = urllib.request.Request(f"{control}/{name}", method=method)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy
    with opener.open(request, timeout=5) as response:
        return json.load(response)

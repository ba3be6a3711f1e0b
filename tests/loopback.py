"""A real HTTP server on 127.0.0.1 in a thread, for what runs in another process (the
action's script, ``gh``): the test says how each request is answered and reads them back."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: Any  # the JSON sent, or None


@dataclass
class Server:
    base: str = ""
    requests: list[Request] = field(default_factory=list)


Answer = tuple[int, Any]  # status, JSON body (None: empty)
Handler = Callable[[Request], Answer]
HEADERS = "headers"  # a body {HEADERS: {...}} is sent as those headers and no body


@contextmanager
def serve(answer: Handler) -> Iterator[Server]:
    server = Server()

    class _Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            request = Request(self.command, self.path, json.loads(raw) if raw else None)
            server.requests.append(request)
            status, body = answer(request)
            headers = body.pop(HEADERS) if isinstance(body, dict) and HEADERS in body else {}
            data = json.dumps(body).encode() if body is not None and not headers else b""
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PATCH = do_HEAD = _reply

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

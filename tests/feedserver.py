"""A local HTTP server on 127.0.0.1 for tests and benchmarks: no test reaches the internet.

Routes answer with fixed replies or with a function of the request; files are served with
ETag/Last-Modified and answer conditional requests with 304. Every request is recorded,
and the server notes how many requests it handled at once (per-host limits are checked
with that).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    drip: float | None = None  # seconds between single body bytes
    content_length: bool = True  # False: no Content-Length, the body ends with the connection


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    proxied_url: str | None = None


Route = Reply | Callable[[Seen], Reply]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.max_in_flight = 0
        self._in_flight = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def file(
        self,
        path: str,
        source: Path,
        content_type: str = "application/rss+xml",
        *,
        etag: bool = True,
    ) -> str:
        """Serve ``source`` with validators; conditional requests get 304."""
        body = source.read_bytes()
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = formatdate(source.stat().st_mtime, usegmt=True)

        def reply(request: Seen) -> Reply:
            if etag and request.headers.get("if-none-match") == tag:
                return Reply(304, headers={"ETag": tag})
            if not etag and request.headers.get("if-modified-since") == modified:
                return Reply(304, headers={"Last-Modified": modified})
            headers = {"Content-Type": content_type}
            headers.update({"ETag": tag} if etag else {"Last-Modified": modified})
            return Reply(200, body, headers)

        return self.add(path, reply)

    def seen(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        proxied = handler.path if handler.path.startswith("http") else None
        parts = urlsplit(handler.path)
        request = Seen(
            handler.command,
            parts.path,
            parse_qs(parts.query),
            {k.lower(): v for k, v in handler.headers.items()},
            proxied,
        )
        with self._lock:
            self.requests.append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            route = self.routes.get(parts.path)
            reply = (
                Reply(404, b"not found")
                if route is None
                else (route(request) if callable(route) else route)
            )
            self._send(handler, reply)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self._in_flight -= 1

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        handler.send_response(reply.status)
        for key, value in reply.headers.items():
            handler.send_header(key, value)
        if reply.content_length:
            handler.send_header("Content-Length", str(len(reply.body)))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        if reply.status == 304:
            return
        if reply.drip is None:
            handler.wfile.write(reply.body)
            return
        for index in range(len(reply.body)):
            handler.wfile.write(reply.body[index : index + 1])
            handler.wfile.flush()
            time.sleep(reply.drip)

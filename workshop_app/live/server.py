"""The phone voting server: a small standard-library web server that runs only while a round is open.

Participants open ``http://<laptop>:<port>/?code=<join code>`` (the projector shows it as a
URL and a QR code), pick their name and score the relation the facilitator is asking about.
The server knows nothing about sessions: three callables given by the owner say what the
question is, who may vote, and what to do with a vote.

Threading contract
------------------
Requests are served on a pool of daemon threads, one per connection, so:

* ``question()`` and ``participants()`` are called on server threads, often concurrently
  and about once a second per phone. They must be quick and must not touch Qt objects or the
  session's SQLite connection: return an immutable snapshot that the owner replaces (one
  attribute assignment) on its own thread whenever the round moves on.
* ``submit(vote)`` is called on a server thread, possibly from several threads at once,
  after the vote has been checked against the question and participants of that moment.
  The owner must run the edit on the thread that owns the session (the GUI marshals it to
  the Qt thread and waits), re-check that the question is still current there, and return a
  :class:`~workshop_app.live.protocol.VoteOutcome`. It should return within a few seconds;
  the phone waits for it. An exception becomes a 500 answer and is logged without the vote.

Nothing sensitive is logged: no join code, no names, no votes.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import socket
import socketserver
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, urlsplit

from . import page
from .interfaces import best_lan_address, is_local_client
from .protocol import MAX_VOTE_BYTES, Question, Vote, VoteOutcome, VoteRejected, decode_body, parse_vote
from .ratelimit import RateLimiter

log = logging.getLogger(__name__)

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: the code is read off a projector across a room.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 5
DEFAULT_RATE_LIMIT: tuple[int, float] = (30, 10.0)
SERVER_NAME = "AssemblageWorkshop"
JSON_TYPE = "application/json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
_PLAIN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

QuestionSource = Callable[[], "Question | None"]
ParticipantSource = Callable[[], "list[tuple[int, str]]"]
Submit = Callable[[Vote], VoteOutcome]


def new_join_code(length: int = CODE_LENGTH) -> str:
    """A short random code from letters and digits nobody mixes up when reading a screen."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """What people type is compared without case, spaces or dashes."""
    return "".join(ch for ch in text[:32].upper() if ch.isalnum())


def _html_csp(nonce: str) -> str:
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def _json_bytes(data: Any) -> bytes:
    # Angle brackets and ampersands escaped as well: the JSON stays inert even if sniffed.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.encode("utf-8")


class VotingServer:
    """Serves the phone page, the current question and the vote endpoint for one round."""

    def __init__(
        self,
        host: str,
        port: int = 0,
        *,
        question: QuestionSource,
        participants: ParticipantSource,
        submit: Submit,
        join_code: str | None = None,
        rate_limit: tuple[int, float] = DEFAULT_RATE_LIMIT,
        lan_only: bool = True,
        max_connections: int = 128,
        request_timeout: float = 15.0,
    ) -> None:
        code = normalise_code(join_code) if join_code is not None else new_join_code()
        if not 4 <= len(code) <= 12:
            raise ValueError("A join code needs 4 to 12 letters or digits.")
        self.host = host
        self.requested_port = port
        self.question = question
        self.participants = participants
        self.submit = submit
        self.join_code = code
        self.lan_only = lan_only
        self.max_connections = max_connections
        self.request_timeout = request_timeout
        self.limiter = RateLimiter(*rate_limit)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stats_lock = threading.Lock()
        self._stats: dict[str, int] = {
            "requests": 0, "votes_accepted": 0, "votes_refused": 0, "rate_limited": 0,
        }

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> str:
        """Bind and serve on a daemon thread; returns the join URL. Raises ``OSError`` if busy."""
        if self._server is not None:
            raise RuntimeError("This voting server is already running.")
        server = _Server((self.host, self.requested_port), _Handler)
        server.voting = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.5},
            name="live-voting", daemon=True,
        )
        self._thread.start()
        log.info("Live voting open on %s:%d", self.display_host, self.port)
        return self.url

    def stop(self) -> None:
        """Close the listening socket and every open connection; safe to call twice."""
        server, self._server = self._server, None
        if server is None:
            return
        server.stopping = True
        waiter = threading.Thread(target=server.shutdown, name="live-voting-stop", daemon=True)
        waiter.start()
        while waiter.is_alive():  # wake the serving loop so it sees the stop now, not at its next poll
            server.wake()
            waiter.join(0.05)
        server.server_close()
        server.drop_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        log.info("Live voting closed")

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> "VotingServer":
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- what the projector shows ---------------------------------------------------------
    @property
    def port(self) -> int:
        if self._server is None:
            return self.requested_port
        return int(self._server.server_address[1])

    @property
    def display_host(self) -> str:
        """The host phones should use: never ``0.0.0.0``, which no phone can reach."""
        if self.host in ("", "0.0.0.0"):
            return best_lan_address()
        return self.host

    @property
    def url(self) -> str:
        """The join URL with the code in it, so scanning the QR code joins directly."""
        return f"http://{self.display_host}:{self.port}/?code={self.join_code}"

    def stats(self) -> dict[str, int]:
        """Counts since start (requests, votes accepted and refused, rate-limited requests)."""
        with self._stats_lock:
            return dict(self._stats)

    def count(self, key: str) -> None:
        with self._stats_lock:
            self._stats[key] += 1

    def code_matches(self, given: str | None) -> bool:
        if not given:
            return False
        return hmac.compare_digest(normalise_code(given).encode(), self.join_code.encode())


class _Server(ThreadingHTTPServer):
    """Keeps track of open connections so that stopping the round really closes them."""

    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    allow_reuse_address = sys.platform != "win32"  # on Windows it would allow port theft
    request_queue_size = 128  # a room of phones connects at once when the QR code appears
    voting: VotingServer
    stopping = False

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host name (slow on some networks); not needed.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def verify_request(self, request: Any, client_address: Any) -> bool:
        with self._open_lock:
            if self.stopping or len(self._open) >= self.voting.max_connections:
                return False
            self._open.add(request)
        return True

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def wake(self) -> None:
        host, port = self.server_address[:2]
        try:
            socket.create_connection(("127.0.0.1" if host == "0.0.0.0" else host, port), 0.5).close()
        except OSError:
            pass  # nothing to wake: the loop will still see the stop at its next poll

    def drop_connections(self) -> None:
        with self._open_lock:
            open_now = list(self._open)
        for sock in open_now:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # the phone already hung up

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            log.debug("connection dropped: %s", type(exc).__name__)
        else:
            log.error("live voting request failed: %s", type(exc).__name__)


class _Handler(BaseHTTPRequestHandler):
    """One connection; keep-alive, every answer with a length and the security headers."""

    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one write (flushed after each request): with two small writes
    # Nagle's algorithm and delayed ACKs would add 40 ms to every keep-alive answer.
    wbufsize = 64 * 1024

    def setup(self) -> None:
        self.timeout = self.server.voting.request_timeout
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def version_string(self) -> str:
        return SERVER_NAME

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: the default line would carry the join code from the query string."""

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        path = urlsplit(getattr(self, "path", "") or "").path
        log.debug("%s %s %s", getattr(self, "command", "-"), path[:64], code)

    def __getattr__(self, name: str) -> Any:
        # Any method the handler was not written for (PUT, DELETE, PROPFIND...) gets a 405.
        if name.startswith("do_") and name[3:].isalpha():
            return lambda: self._dispatch(name[3:])
        raise AttributeError(name)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    # -- answers --------------------------------------------------------------------------
    def _reply(
        self,
        status: int,
        body: bytes,
        content_type: str,
        *,
        csp: str = _PLAIN_CSP,
        headers: Iterable[tuple[str, str]] = (),
        close: bool = False,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        for name, value in headers:
            self.send_header(name, value)
        if self._unread_body():
            close = True  # the rest of this request would be misread as the next one
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _unread_body(self) -> bool:
        headers = getattr(self, "headers", None)
        if headers is None or getattr(self, "_body_read", False):
            return False
        length = (headers.get("Content-Length") or "0").strip()
        return bool(headers.get("Transfer-Encoding")) or length != "0"

    def _text(self, status: int, message: str, **kw: Any) -> None:
        self._reply(status, (message + "\n").encode("utf-8"), TEXT_TYPE, **kw)

    def _json(self, status: int, data: dict[str, Any], **kw: Any) -> None:
        self._reply(status, _json_bytes(data), JSON_TYPE, **kw)

    def _error(self, status: int, error: str, message: str, **kw: Any) -> None:
        self._json(status, {"ok": False, "error": error, "message": message}, **kw)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found by the standard library (bad request line, huge headers) in plain text."""
        text = {400: "Bad request.", 414: "Request line too long.", 431: "Headers too large.",
                501: "Method not allowed.", 505: "HTTP version not supported."}.get(code, "Refused.")
        self._text(405 if code == 501 else code, text, close=True)

    # -- routing --------------------------------------------------------------------------
    def _dispatch(self, method: str) -> None:
        voting = self.server.voting
        voting.count("requests")
        self._body_read = False
        if self.server.stopping:
            self._text(503, "This round has closed.", close=True)
            return
        client = str(self.client_address[0])
        if voting.lan_only and not is_local_client(client):
            self._text(403, "Only devices on the local network can join.", close=True)
            return
        wait = voting.limiter.check(client)
        if wait > 0:
            voting.count("rate_limited")
            self._text(429, "Too many requests; please wait a moment.",
                       headers=[("Retry-After", voting.limiter.retry_after(wait))])
            return
        parts = urlsplit(self.path)
        route = _ROUTES.get(parts.path)
        if route is None:
            self._text(404, "Not found.")
            return
        allowed, action = route
        if method != allowed:
            self._text(405, "Method not allowed.", headers=[("Allow", allowed)], close=True)
            return
        action(self, parts.query)

    def _code_from_query(self, query: str) -> str | None:
        try:
            fields = parse_qs(query, keep_blank_values=True, max_num_fields=8)
        except ValueError:
            return None
        codes = fields.get("code", [])
        return codes[0] if len(codes) == 1 else None

    def _page(self, query: str) -> None:
        voting = self.server.voting
        nonce = secrets.token_urlsafe(16)
        code = self._code_from_query(query)
        if not voting.code_matches(code):
            message = ("Type the code shown on the facilitator's screen." if not code
                       else "That code is not right; check the screen and try again.")
            html = page.join_page(nonce=nonce, message=message)
            self._reply(403, html.encode("utf-8"), HTML_TYPE, csp=_html_csp(nonce))
            return
        html = page.phone_page(code=voting.join_code, nonce=nonce, question=voting.question(),
                               participants=list(voting.participants()))
        self._reply(200, html.encode("utf-8"), HTML_TYPE, csp=_html_csp(nonce))

    def _poll(self, query: str) -> None:
        voting = self.server.voting
        if not voting.code_matches(self._code_from_query(query)):
            self._error(403, "forbidden", "Wrong or missing join code.")
            return
        question = voting.question()
        self._json(200, {
            "question": question.public() if question is not None else None,
            "participants": [{"id": pid, "name": name} for pid, name in voting.participants()],
        })

    def _vote(self, query: str) -> None:
        voting = self.server.voting
        header_code = self.headers.get("X-Join-Code")
        if header_code is not None and not voting.code_matches(header_code):
            self._error(403, "forbidden", "Wrong join code.", close=True)
            return
        raw = self._read_body()
        if raw is None:
            return
        try:
            data = decode_body(raw)
            body_code = data.pop("code", None)
            if header_code is None and not (isinstance(body_code, str) and voting.code_matches(body_code)):
                self._error(403, "forbidden", "Wrong or missing join code.")
                return
            ids = {pid for pid, _ in voting.participants()}
            vote = parse_vote(data, voting.question(), ids)
        except VoteRejected as exc:
            voting.count("votes_refused")
            self._error(exc.status, exc.error, exc.message)
            return
        try:
            outcome = voting.submit(vote)
        except Exception as exc:  # the owner's bug must not kill the connection silently
            log.error("a vote could not be saved: %s", type(exc).__name__)
            voting.count("votes_refused")
            self._error(500, "not_saved", "Your vote could not be saved; please try again.")
            return
        if outcome.accepted:
            voting.count("votes_accepted")
            self._json(200, {"ok": True, "message": outcome.message or "Sent."})
            return
        voting.count("votes_refused")
        if outcome.stale:
            self._error(409, "stale_question", outcome.message)
        else:
            self._error(422, "refused", outcome.message or "Your vote was not taken.")

    def _read_body(self) -> bytes | None:
        """The request body within the size limit, or ``None`` after answering the error."""
        ctype = (self.headers.get("Content-Type") or "").split(";")
        params = {p.strip().lower() for p in ctype[1:]}
        if ctype[0].strip().lower() != "application/json" or not params <= {"", "charset=utf-8"}:
            self._error(415, "content_type", "Votes are sent as JSON.", close=True)
            return None
        if self.headers.get("Transfer-Encoding"):
            self._error(411, "length_required", "Send the vote with a Content-Length.", close=True)
            return None
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self._error(411, "length_required", "Send the vote with a Content-Length.", close=True)
            return None
        if not length_text.strip().isdigit():
            self._error(400, "malformed", "Bad Content-Length.", close=True)
            return None
        length = int(length_text)
        if length > MAX_VOTE_BYTES:
            self._error(413, "too_large", "The vote is too large.", close=True)
            return None
        self._body_read = True
        try:
            raw = self.rfile.read(length)
        except (TimeoutError, OSError):
            self.close_connection = True
            return None
        if len(raw) != length:
            self._error(400, "malformed", "The vote arrived incomplete.", close=True)
            return None
        return raw


_ROUTES: dict[str, tuple[str, Callable[[_Handler, str], None]]] = {
    "/": ("GET", _Handler._page),
    "/question": ("GET", _Handler._poll),
    "/vote": ("POST", _Handler._vote),
}

__all__ = ["CODE_ALPHABET", "VotingServer", "new_join_code", "normalise_code"]

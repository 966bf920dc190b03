"""The phone voting server: a small standard-library web server that runs only while a round is open.

Participants open ``http://<laptop>:<port>/?code=<join code>`` (the projector shows it as a
URL and a QR code), pick their name and score the relation the facilitator is asking about.
The server knows nothing about sessions: three callables given by the owner say what the
question is, who may vote, and what to do with a vote.

Sockets are handled by :mod:`.connections` (one loop with total deadlines per request, a cap
per client address); complete requests are answered here, on a small pool of worker threads.
Join-code guesses are capped per round by :mod:`.joinguard`.

Threading contract
------------------
Requests are answered on a pool of daemon worker threads, so:

* ``question()`` and ``participants()`` are called on server threads, often concurrently
  and about once a second per phone. They must be quick and must not touch Qt objects or the
  session's SQLite connection: return an immutable snapshot that the owner replaces (one
  attribute assignment) on its own thread whenever the round moves on.
* ``submit(vote)`` is called on a server thread, possibly from several threads at once,
  after the vote has been checked against the question and participants of that moment.
  The owner must run the edit on the thread that owns the session (the GUI marshals it to
  the Qt thread and waits), re-check that the question is still current there, and return a
  :class:`~workshop_app.session.voting.VoteResult`. It should return within a few seconds;
  the phone waits for it, and so does one of the ``workers``. An exception becomes a 500
  answer and is logged without the vote.

Nothing sensitive is logged: no join code, no names, no votes.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import socket
import sys
import threading
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, urlsplit

from ..domain import i18n
from ..domain.i18n import N_, tr
from . import page
from .connections import LISTEN_BACKLOG, ConnectionLoop, Limits, Reply, Request
from .interfaces import best_lan_address, is_local_client
from .joinguard import DEFAULT_BUDGET, DEVICE_COOKIE, JoinGuard, JoinStatus
from .protocol import MAX_VOTE_BYTES, Question, Vote, VoteRejected, VoteResult, decode_body, parse_vote
from .ratelimit import RateLimiter

log = logging.getLogger(__name__)

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: the code is read off a projector across a room. Six of
# them: 25**6 = 244 million codes; see joinguard for the guessing arithmetic.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
DEFAULT_RATE_LIMIT: tuple[int, float] = (30, 10.0)
SERVER_NAME = "AssemblageWorkshop"
JSON_TYPE = "application/json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
_PLAIN_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
LOCKED_MESSAGE = N_("New phones cannot join right now: too many wrong codes were tried. "
                    "Ask the facilitator to unlock joining.")
_REFUSALS = {400: "Bad request.", 408: "The request took too long.", 414: "Request line too long.",
             431: "Headers too large.", 500: "Something went wrong; please try again.",
             505: "HTTP version not supported."}

QuestionSource = Callable[[], "Question | None"]
ParticipantSource = Callable[[], "list[tuple[int, str]]"]
Submit = Callable[[Vote], VoteResult]


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


def render_response(
    status: int,
    body: bytes,
    content_type: str,
    *,
    csp: str = _PLAIN_CSP,
    headers: Iterable[tuple[str, str]] = (),
    close: bool = False,
    head_only: bool = False,
) -> bytes:
    """A whole answer with its length and the security headers, ready for one write."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Status"
    lines = [
        f"HTTP/1.1 {status} {reason}",
        f"Server: {SERVER_NAME}",
        f"Date: {formatdate(usegmt=True)}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        f"Content-Security-Policy: {csp}",
        "X-Content-Type-Options: nosniff",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
        "X-Frame-Options: DENY",
        "Cross-Origin-Resource-Policy: same-origin",
    ]
    lines += [f"{name}: {value}" for name, value in headers]
    if close:
        lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only else head + body


def refusal(status: int) -> bytes:
    """The answer to a request turned down before routing (malformed, too slow, too big)."""
    text = _REFUSALS.get(status, "Refused.") + "\n"
    return render_response(status, text.encode("utf-8"), TEXT_TYPE, close=True)


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
        max_connections: int = 1000,
        max_per_address: int = 12,
        request_timeout: float = 10.0,
        idle_timeout: float = 10.0,
        workers: int = 16,
        join_failure_budget: int = DEFAULT_BUDGET,
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
        self.limits = Limits(
            max_connections=max_connections, max_per_address=max_per_address,
            request_timeout=request_timeout, idle_timeout=idle_timeout,
            write_timeout=max(request_timeout, 5.0), max_body=MAX_VOTE_BYTES, workers=workers,
        )
        self.limiter = RateLimiter(*rate_limit)
        self.guard = JoinGuard(join_failure_budget)
        self.stopping = False
        self._loop: ConnectionLoop | None = None
        self._port = 0
        self._stats_lock = threading.Lock()
        self._stats: dict[str, int] = {
            "requests": 0, "votes_accepted": 0, "votes_refused": 0, "rate_limited": 0,
        }

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> str:
        """Bind and serve on daemon threads; returns the join URL. Raises ``OSError`` if busy."""
        if self._loop is not None:
            raise RuntimeError("This voting server is already running.")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            if sys.platform != "win32":  # on Windows SO_REUSEADDR would allow port theft
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self.host, self.requested_port))
            listener.listen(LISTEN_BACKLOG)
        except OSError:
            listener.close()
            raise
        self._port = int(listener.getsockname()[1])
        self.stopping = False
        try:
            loop = ConnectionLoop(listener, self._answer, refusal, self.limits)
        except OSError:
            listener.close()
            raise
        loop.start()
        self._loop = loop
        log.info("Live voting open on %s:%d", self.display_host, self.port)
        return self.url

    def stop(self) -> None:
        """Close the listening socket and every open connection; safe to call twice."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        self.stopping = True
        loop.stop()
        log.info("Live voting closed")

    @property
    def running(self) -> bool:
        return self._loop is not None

    def __enter__(self) -> "VotingServer":
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- what the projector shows ---------------------------------------------------------
    @property
    def port(self) -> int:
        return self._port if self._loop is not None else self.requested_port

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
        """Counts since start: requests, votes accepted and refused, rate-limited requests,
        and the connections opened, refused (per address or full), timed out or evicted."""
        with self._stats_lock:
            result = dict(self._stats)
        loop = self._loop
        if loop is not None:
            result.update(dict(loop.counts), open_connections=loop.open_connections())
        return result

    def count(self, key: str) -> None:
        with self._stats_lock:
            self._stats[key] += 1

    # -- the join code --------------------------------------------------------------------
    def code_matches(self, given: str | None) -> bool:
        if not given:
            return False
        return hmac.compare_digest(normalise_code(given).encode(), self.join_code.encode())

    def join_status(self) -> JoinStatus:
        """Whether new phones can join (read by the console once a second)."""
        return self.guard.status()

    def unlock_joining(self) -> None:
        """The facilitator's *Unlock*: new phones may join again with a fresh budget."""
        self.guard.unlock()
        log.info("Joining unlocked by the facilitator")

    def _answer(self, request: Request) -> Reply:
        return _Exchange(self, request).run()


class _Exchange:
    """One request and its answer: routing, the join code, the vote, the security headers."""

    def __init__(self, voting: VotingServer, request: Request) -> None:
        self.voting = voting
        self.request = request
        self.headers = request.headers
        self.status = 0
        self._new_device: str | None = None

    def run(self) -> Reply:
        with i18n.using(self.language()):  # the phone's words: its choice, else its browser's
            reply = self._dispatch()
        try:
            path = urlsplit(self.request.target).path
        except ValueError:
            path = "?"
        log.debug("%s %s %s", self.request.method[:16], path[:64], self.status)
        return reply

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
    ) -> Reply:
        self.status = status
        extra = list(headers)
        if self._new_device is not None:
            extra.append(("Set-Cookie",
                          f"{DEVICE_COOKIE}={self._new_device}; Path=/; HttpOnly; SameSite=Strict"))
        request = self.request
        # An unread body would be misread as the next request: such answers close.
        close = close or not request.body_read or not request.keep_alive
        data = render_response(status, body, content_type, csp=csp, headers=extra, close=close,
                               head_only=request.method == "HEAD")
        return Reply(data, close)

    def _text(self, status: int, message: str, **kw: Any) -> Reply:
        return self._reply(status, (message + "\n").encode("utf-8"), TEXT_TYPE, **kw)

    def _json(self, status: int, data: dict[str, Any], **kw: Any) -> Reply:
        return self._reply(status, _json_bytes(data), JSON_TYPE, **kw)

    def _error(self, status: int, error: str, message: str, **kw: Any) -> Reply:
        return self._json(status, {"ok": False, "error": error, "message": message}, **kw)

    # -- routing --------------------------------------------------------------------------
    def _dispatch(self) -> Reply:
        voting = self.voting
        voting.count("requests")
        if voting.stopping:
            return self._text(503, "This round has closed.", close=True)
        client = self.request.client
        if voting.lan_only and not is_local_client(client):
            return self._text(403, "Only devices on the local network can join.", close=True)
        wait = voting.limiter.check(client)
        if wait > 0:
            voting.count("rate_limited")
            return self._text(429, "Too many requests; please wait a moment.",
                              headers=[("Retry-After", voting.limiter.retry_after(wait))])
        try:
            parts = urlsplit(self.request.target)
        except ValueError:
            return self._text(400, "Bad request.", close=True)
        route = _ROUTES.get(parts.path)
        if route is None:
            return self._text(404, "Not found.")
        allowed, action = route
        if self.request.method != allowed:
            return self._text(405, "Method not allowed.", headers=[("Allow", allowed)], close=True)
        return action(self, parts.query)

    def language(self) -> str:
        """The language a phone asked for (``?lang=it``, kept by the page), else the best of
        its browser's Accept-Language, else the facilitator's."""
        try:
            parts = urlsplit(self.request.target)
            asked = parse_qs(parts.query, max_num_fields=8).get("lang", [])
        except ValueError:
            asked = []
        chosen = i18n.normalise(asked[0]) if len(asked) == 1 else None
        return chosen or i18n.negotiate(self.headers.get("Accept-Language"), i18n.language())

    def _code_from_query(self, query: str) -> str | None:
        try:
            fields = parse_qs(query, keep_blank_values=True, max_num_fields=8)
        except ValueError:
            return None
        codes = fields.get("code", [])
        return codes[0] if len(codes) == 1 else None

    def _device(self) -> str | None:
        for header in self.headers.get_all("cookie"):
            for part in header.split(";"):
                name, sep, value = part.strip().partition("=")
                if sep and name == DEVICE_COOKIE:
                    return value[:64]
        return None

    def _admit(self, given: Any) -> str:
        """``"ok"``, ``"wrong"`` or ``"locked"``: the join code and the round's guess budget.

        While joining is locked, a request without a known device token is refused before
        its code is looked at, so a right and a wrong guess get the same answer.
        """
        voting, guard = self.voting, self.voting.guard
        known = guard.knows(self._device())
        if guard.locked and not known:
            guard.refused()
            return "locked"
        given = given if isinstance(given, str) else None
        if not voting.code_matches(given):
            tried = normalise_code(given or "")
            if tried and guard.wrong_code(tried):
                log.warning("Joining locked after %d wrong join codes", guard.budget)
            return "wrong"
        if not known:
            self._new_device = guard.enrol()
        return "ok"

    def _page(self, query: str) -> Reply:
        voting = self.voting
        nonce = secrets.token_urlsafe(16)
        code = self._code_from_query(query)
        verdict = self._admit(code)
        if verdict != "ok":
            message = (tr(LOCKED_MESSAGE) if verdict == "locked"
                       else tr("Type the code shown on the facilitator's screen.") if not code
                       else tr("That code is not right; check the screen and try again."))
            html = page.join_page(nonce=nonce, message=message)
            return self._reply(403, html.encode("utf-8"), HTML_TYPE, csp=_html_csp(nonce))
        html = page.phone_page(code=voting.join_code, nonce=nonce, question=voting.question(),
                               participants=list(voting.participants()))
        return self._reply(200, html.encode("utf-8"), HTML_TYPE, csp=_html_csp(nonce))

    def _refused_entry(self, verdict: str, message: str, **kw: Any) -> Reply:
        if verdict == "locked":
            return self._error(403, "join_locked", tr(LOCKED_MESSAGE), **kw)
        return self._error(403, "forbidden", message, **kw)

    def _poll(self, query: str) -> Reply:
        voting = self.voting
        verdict = self._admit(self._code_from_query(query))
        if verdict != "ok":
            return self._refused_entry(verdict, "Wrong or missing join code.")
        question = voting.question()
        return self._json(200, {
            "question": question.public() if question is not None else None,
            "participants": [{"id": pid, "name": name} for pid, name in voting.participants()],
        })

    def _vote(self, query: str) -> Reply:
        voting = self.voting
        header_code = self.headers.get("X-Join-Code")
        if header_code is not None:
            verdict = self._admit(header_code)
            if verdict != "ok":
                return self._refused_entry(verdict, "Wrong join code.", close=True)
        raw = self._read_body()
        if isinstance(raw, Reply):
            return raw
        try:
            data = decode_body(raw)
            body_code = data.pop("code", None)
            if header_code is None:
                verdict = self._admit(body_code)
                if verdict != "ok":
                    return self._refused_entry(verdict, "Wrong or missing join code.")
            ids = {pid for pid, _ in voting.participants()}
            vote = parse_vote(data, voting.question(), ids)
        except VoteRejected as exc:
            voting.count("votes_refused")
            return self._error(exc.status, exc.error, exc.message)
        try:
            outcome = voting.submit(vote)
        except Exception as exc:  # the owner's bug must not kill the connection silently
            log.error("a vote could not be saved: %s", type(exc).__name__)
            voting.count("votes_refused")
            return self._error(500, "not_saved", tr("Your vote could not be saved; please try again."))
        if outcome.accepted:
            voting.count("votes_accepted")
            return self._json(200, {"ok": True, "message": outcome.message or tr("Sent.")})
        voting.count("votes_refused")
        if outcome.stale:
            return self._error(409, "stale_question", outcome.message)
        return self._error(422, "refused", outcome.message or tr("Your vote was not taken."))

    def _read_body(self) -> bytes | Reply:
        """The request body within the size limit, or the answer saying what is wrong."""
        ctype = (self.headers.get("Content-Type") or "").split(";")
        params = {p.strip().lower() for p in ctype[1:]}
        if ctype[0].strip().lower() != "application/json" or not params <= {"", "charset=utf-8"}:
            return self._error(415, "content_type", "Votes are sent as JSON.", close=True)
        if self.headers.get("Transfer-Encoding") is not None:
            return self._error(411, "length_required", "Send the vote with a Content-Length.", close=True)
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            return self._error(411, "length_required", "Send the vote with a Content-Length.", close=True)
        if not (length_text.strip().isascii() and length_text.strip().isdigit()):
            return self._error(400, "malformed", "Bad Content-Length.", close=True)
        if int(length_text) > MAX_VOTE_BYTES or not self.request.body_read:
            return self._error(413, "too_large", "The vote is too large.", close=True)
        return self.request.body


_ROUTES: dict[str, tuple[str, Callable[[_Exchange, str], Reply]]] = {
    "/": ("GET", _Exchange._page),
    "/question": ("GET", _Exchange._poll),
    "/vote": ("POST", _Exchange._vote),
}

__all__ = ["CODE_ALPHABET", "LOCKED_MESSAGE", "VotingServer", "new_join_code", "normalise_code"]

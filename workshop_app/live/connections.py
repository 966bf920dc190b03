"""Connection handling for the phone server: one loop owns every socket, a few threads answer.

The standard library's threading HTTP server gives each connection a thread that blocks in
``readline`` with a timeout *per read*: a client sending one byte every few seconds keeps
resetting it, and with a global cap on connections 128 idle sockets shut every phone out.
Here one thread watches all sockets with :mod:`selectors` and never blocks on any of them:

* a request must arrive *completely* (head and body) within ``request_timeout`` of its first
  byte, however it trickles in; an idle keep-alive connection is closed after
  ``idle_timeout``; an answer the client does not read within ``write_timeout`` is dropped;
* one client address may hold at most ``max_per_address`` connections (a phone's browser
  opens two to six); when the whole table is full, the connection waiting longest for a
  request makes room (idle ones first), so fresh phones are never locked out by old sockets;
* only complete, size-checked requests reach the pool of worker threads that run the
  application, and the loop writes the answers back, so no client can hold a worker by
  sending or reading slowly. Holding a connection costs a file descriptor, not a thread.

Why no server library: this is a few hundred lines of standard library with nothing to
configure, where an ASGI server would bring an event loop, a protocol stack and several
dependencies into a desktop app for a page with three routes.
"""

from __future__ import annotations

import collections
import errno
import logging
import queue
import selectors
import socket
import sys
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterator

log = logging.getLogger(__name__)

MAX_HEAD_BYTES = 16 * 1024  # request line and headers; a phone sends well under 2 KB
MAX_REQUEST_LINE = 8 * 1024
MAX_HEADER_LINES = 64
READ_CHUNK = 16 * 1024
SWEEP_EVERY = 0.1  # seconds between deadline checks: deadlines are kept to this precision
LINGER_SECONDS = 2.0  # after a closing answer, unread input is drained so the answer arrives
LINGER_BYTES = 64 * 1024
ACCEPT_BATCH = 64
ACCEPT_PAUSE = 0.1  # out of file descriptors: stop accepting this long instead of spinning
FD_RESERVE = 128  # descriptors left for the rest of the app (session file, fonts, Qt)
LISTEN_BACKLOG = 256  # a room of phones connects at once when the QR code appears
# Windows' select() watches at most 512 sockets; elsewhere epoll/kqueue have no such limit.
SELECT_LIMIT: int | None = 500 if sys.platform == "win32" else None

_TOKEN_CHARS = frozenset(b"!#$%&'*+-.^_`|~0123456789"
                         b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_OUT_OF_DESCRIPTORS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


@dataclass(frozen=True)
class Limits:
    """What one client may hold and for how long; the defaults suit a room of 100+ phones."""

    max_connections: int = 1000
    max_per_address: int = 12
    request_timeout: float = 10.0
    idle_timeout: float = 10.0
    write_timeout: float = 10.0
    max_body: int = 2048
    workers: int = 16

    def __post_init__(self) -> None:
        if min(self.max_connections, self.max_per_address, self.workers) < 1:
            raise ValueError("Connection limits and the number of workers must be at least 1.")
        if min(self.request_timeout, self.idle_timeout, self.write_timeout) <= 0:
            raise ValueError("Connection timeouts must be positive.")


class Headers:
    """Request headers by case-insensitive name, in arrival order, duplicates kept."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items

    def get(self, name: str, default: str | None = None) -> str | None:
        key = name.lower()
        return next((v for k, v in self._items if k == key), default)

    def get_all(self, name: str) -> list[str]:
        key = name.lower()
        return [v for k, v in self._items if k == key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._items)


@dataclass(frozen=True)
class Request:
    """One complete request. ``body_read`` is False when the body was left unread (chunked,
    a bad or too large length): the answer then closes the connection."""

    method: str
    target: str
    version: str
    headers: Headers
    body: bytes
    body_read: bool
    client: str
    keep_alive: bool


@dataclass(frozen=True)
class Reply:
    """The bytes of a whole answer, and whether the connection closes after it."""

    data: bytes
    close: bool = False


class HttpError(Exception):
    """A request refused before it reaches the application (``status`` is the answer)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


# -- framing ------------------------------------------------------------------------------
def _head_end(buf: bytearray, start: int) -> tuple[int, int] | None:
    """Where the header block ends and the body starts (CRLF lines, bare LF tolerated)."""
    found = [(i, i + 4) for i in (buf.find(b"\r\n\r\n", start),) if i >= 0]
    found += [(i, i + 2) for i in (buf.find(b"\n\n", start),) if i >= 0]
    found += [(i, i + 3) for i in (buf.find(b"\n\r\n", start),) if i >= 0]
    return min(found, key=lambda f: f[1]) if found else None


def parse_head(head: bytes) -> tuple[str, str, str, Headers]:
    """Request line and headers, strictly: anything ambiguous is a 400, never a guess."""
    lines = [line[:-1] if line.endswith(b"\r") else line for line in head.split(b"\n")]
    request_line = lines[0]
    if len(request_line) > MAX_REQUEST_LINE:
        raise HttpError(414)
    parts = request_line.split(b" ")
    if len(parts) != 3:
        raise HttpError(400)
    method, target, version = parts
    if not method or not set(method) <= _TOKEN_CHARS:
        raise HttpError(400)
    if not target or any(c <= 0x20 or c == 0x7F for c in target):
        raise HttpError(400)
    if version not in (b"HTTP/1.1", b"HTTP/1.0"):
        raise HttpError(505 if version.startswith(b"HTTP/") else 400)
    if len(lines) - 1 > MAX_HEADER_LINES:
        raise HttpError(431)
    items: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        # No folded lines, no space before the colon, no control characters in values:
        # the forms request smuggling is made of.
        if not colon or not name or not set(name) <= _TOKEN_CHARS:
            raise HttpError(400)
        value = value.strip(b" \t")
        if any((c < 0x20 and c != 0x09) or c == 0x7F for c in value):
            raise HttpError(400)
        items.append((name.decode("ascii").lower(), value.decode("latin-1")))
    return method.decode("ascii"), target.decode("latin-1"), version.decode("ascii"), Headers(items)


def _is_length(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 12


def frame_request(buf: bytearray, client: str, max_body: int) -> tuple[Request, int] | None:
    """The first complete request in ``buf`` and the bytes it used, or ``None`` to wait.

    A body is read only when its ``Content-Length`` is valid and at most ``max_body``;
    otherwise the request goes on without it (``body_read=False``) so the application can
    say what is wrong, and the connection closes after the answer.
    """
    start = len(buf) - len(buf.lstrip(b"\r\n"))  # empty lines before a request are allowed
    end = _head_end(buf, start)
    if end is None:
        first_line = buf.find(b"\n", start)
        if (first_line < 0 and len(buf) - start > MAX_REQUEST_LINE) or first_line - start > MAX_REQUEST_LINE:
            raise HttpError(414)
        if len(buf) - start > MAX_HEAD_BYTES:
            raise HttpError(431)
        return None
    head_end, body_start = end
    if head_end - start > MAX_HEAD_BYTES:
        raise HttpError(431)
    method, target, version, headers = parse_head(bytes(buf[start:head_end]))
    lengths = headers.get_all("content-length")
    if len(set(v.strip() for v in lengths)) > 1:
        raise HttpError(400)  # two different lengths: no way to know where the body ends
    length = lengths[0].strip() if lengths else "0"
    body_read = not headers.get_all("transfer-encoding") and _is_length(length) and int(length) <= max_body
    size = int(length) if body_read else 0
    if len(buf) < body_start + size:
        return None
    tokens = {t.strip().lower() for v in headers.get_all("connection") for t in v.split(",")}
    keep_alive = version == "HTTP/1.1" and "close" not in tokens
    request = Request(method, target, version, headers, bytes(buf[body_start:body_start + size]),
                      body_read, client, keep_alive)
    return request, body_start + size


# -- how many sockets the process may hold ------------------------------------------------
def connection_cap(wanted: int) -> int:
    """``wanted`` connections if the process may open that many files, else as many as it may.

    Raises the soft open-file limit towards the hard one when it is lower than needed (a
    common soft limit is 256 on macOS and 1024 on Linux); nothing else in the app is
    affected by a higher limit.
    """
    cap = wanted if SELECT_LIMIT is None else min(wanted, SELECT_LIMIT)
    try:
        import resource
    except ImportError:  # Windows: no per-process descriptor limit below select()'s
        return cap
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = cap + FD_RESERVE
    if soft != resource.RLIM_INFINITY and soft < need:
        target = need if hard == resource.RLIM_INFINITY else min(need, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            log.debug("open-file limit stays at %d", soft)
    if soft != resource.RLIM_INFINITY:
        cap = min(cap, max(16, soft - FD_RESERVE))
    return cap


# -- the loop -----------------------------------------------------------------------------
_READING, _BUSY, _WRITING, _LINGERING, _CLOSED = range(5)
_LISTENER = object()
_WAKE = object()


class _Conn:
    __slots__ = ("sock", "fd", "host", "buf", "state", "since", "started", "out", "deadline",
                 "close_after", "mask", "drained")

    def __init__(self, sock: socket.socket, host: str, now: float) -> None:
        self.sock = sock
        self.fd = sock.fileno()
        self.host = host
        self.buf = bytearray()
        self.state = _READING
        self.since = now  # ready for a request since (idle deadline)
        self.started = now  # first byte of the current request (request deadline)
        self.out = memoryview(b"")
        self.deadline = 0.0
        self.close_after = False
        self.mask = 0
        self.drained = 0


class ConnectionLoop:
    """Accepts, reads, times out and writes on one thread; ``handle`` runs on the workers.

    ``handle(request)`` returns the :class:`Reply`; ``refuse(status)`` gives the bytes of an
    answer for a request the loop itself turns down (400, 408, 414, 431, 500, 505), always
    with ``Connection: close``. Both are called on threads of this object.
    """

    def __init__(
        self,
        listener: socket.socket,
        handle: Callable[[Request], Reply],
        refuse: Callable[[int], bytes],
        limits: Limits,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._listener = listener
        # The laptop talking to itself (its own browser, a script) is no room device: its
        # address is exempt from the per-address cap, though not from anything else.
        own = str(listener.getsockname()[0])
        self._own_address = own if own not in ("0.0.0.0", "::") else None
        listener.setblocking(False)
        self._handle = handle
        self._refuse = refuse
        self.limits = limits
        self.cap = connection_cap(limits.max_connections)
        self._clock = clock
        self._sel = selectors.DefaultSelector()
        self._conns: dict[int, _Conn] = {}
        self._per_host: collections.Counter[str] = collections.Counter()
        self._jobs: queue.SimpleQueue[tuple[_Conn, Request] | None] = queue.SimpleQueue()
        self._done: collections.deque[tuple[_Conn, Request, Reply]] = collections.deque()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._stopping = threading.Event()
        self._paused_until = 0.0
        self._thread: threading.Thread | None = None
        self.counts: dict[str, int] = {
            "connections": 0, "refused_per_address": 0, "refused_full": 0, "evicted": 0,
            "timed_out": 0, "idle_closed": 0,
        }

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        for i in range(self.limits.workers):
            threading.Thread(target=self._work, name=f"live-voting-worker-{i}", daemon=True).start()
        self._thread = threading.Thread(target=self._run, name="live-voting", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the listening socket and every connection; returns when they are closed."""
        self._stopping.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for _ in range(self.limits.workers):
            self._jobs.put(None)  # workers still waiting on the application finish on their own

    def open_connections(self) -> int:
        return len(self._conns)

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"\0")
        except OSError:
            pass  # the pipe is full (the loop is awake anyway) or already closed

    # -- workers --------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            conn, request = job
            try:
                reply = self._handle(request)
            except Exception as exc:  # the application's bug answers 500, never stops the loop
                log.error("live voting request failed: %s", type(exc).__name__)
                reply = Reply(self._refuse(500), close=True)
            self._done.append((conn, request, reply))
            self._wake()

    # -- the loop -------------------------------------------------------------------------
    def _run(self) -> None:
        sel = self._sel
        sel.register(self._listener, selectors.EVENT_READ, _LISTENER)
        sel.register(self._wake_r, selectors.EVENT_READ, _WAKE)
        next_sweep = self._clock() + SWEEP_EVERY
        try:
            while not self._stopping.is_set():
                for key, mask in sel.select(max(0.0, next_sweep - self._clock())):
                    if key.data is _LISTENER:
                        self._accept()
                    elif key.data is _WAKE:
                        self._drain_wake()
                    else:
                        self._on_event(key.data, mask)
                self._finish_replies()
                now = self._clock()
                if now >= next_sweep:
                    self._sweep(now)
                    next_sweep = now + SWEEP_EVERY
        except Exception as exc:
            log.error("live voting stopped: %s", type(exc).__name__)
            raise
        finally:
            self._close_everything()

    def _on_event(self, conn: _Conn, mask: int) -> None:
        try:
            if conn.state == _LINGERING:
                self._linger_read(conn)
            elif conn.state == _READING and mask & selectors.EVENT_READ:
                self._read(conn)
            elif conn.state == _WRITING and mask & selectors.EVENT_WRITE:
                self._flush(conn)
        except Exception as exc:  # a bug here costs one connection, never the whole round
            log.error("live voting connection failed: %s", type(exc).__name__)
            self._close(conn)

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            return

    def _accept(self) -> None:
        limits = self.limits
        for _ in range(ACCEPT_BATCH):
            try:
                sock, address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionAbortedError:
                continue
            except OSError as exc:
                if exc.errno in _OUT_OF_DESCRIPTORS:
                    victim = self._longest_waiting()
                    if victim is not None:
                        self._close(victim, "evicted")
                    self._pause_accepting()
                return
            host = str(address[0])
            if self._per_host[host] >= limits.max_per_address and host != self._own_address:
                self.counts["refused_per_address"] += 1
                sock.close()
                continue
            if len(self._conns) >= self.cap:
                victim = self._longest_waiting()
                if victim is None:
                    self.counts["refused_full"] += 1
                    sock.close()
                    continue
                self._close(victim, "evicted")
            sock.setblocking(False)
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass  # not TCP (tests) or already reset: Nagle only costs latency
            conn = _Conn(sock, host, self._clock())
            self._conns[conn.fd] = conn
            self._per_host[host] += 1
            self.counts["connections"] += 1
            self._watch(conn, selectors.EVENT_READ)

    def _pause_accepting(self) -> None:
        if not self._paused_until:
            self._sel.unregister(self._listener)
        self._paused_until = self._clock() + ACCEPT_PAUSE

    def _longest_waiting(self) -> _Conn | None:
        """The connection to drop for a newcomer: idle ones first, then the slowest request."""
        waiting = [c for c in self._conns.values() if c.state == _READING]
        if not waiting:
            return None
        return min(waiting, key=lambda c: (bool(c.buf), c.started if c.buf else c.since))

    def _read(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._close(conn)
            return
        if not data:
            self._close(conn)  # the client hung up
            return
        if not conn.buf:
            conn.started = self._clock()
        conn.buf += data
        self._parse(conn)

    def _parse(self, conn: _Conn) -> None:
        try:
            framed = frame_request(conn.buf, conn.host, self.limits.max_body)
        except HttpError as err:
            conn.buf.clear()
            self._send(conn, self._refuse(err.status), close=True)
            return
        if framed is None:
            return
        request, used = framed
        del conn.buf[:used]
        conn.state = _BUSY
        self._watch(conn, 0)  # nothing more is read until this answer is out
        self._jobs.put((conn, request))

    def _finish_replies(self) -> None:
        while self._done:
            conn, request, reply = self._done.popleft()
            if conn.state != _BUSY:
                continue  # closed meanwhile (the round is closing)
            close = reply.close or not request.keep_alive or not request.body_read
            self._send(conn, reply.data, close=close)

    def _send(self, conn: _Conn, data: bytes, *, close: bool) -> None:
        conn.state = _WRITING
        conn.out = memoryview(data)
        conn.close_after = close
        conn.deadline = self._clock() + self.limits.write_timeout
        self._flush(conn)

    def _flush(self, conn: _Conn) -> None:
        try:
            while conn.out:
                sent = conn.sock.send(conn.out)
                conn.out = conn.out[sent:]
        except (BlockingIOError, InterruptedError):
            self._watch(conn, selectors.EVENT_WRITE)
            return
        except OSError:
            self._close(conn)
            return
        if conn.close_after:
            self._start_lingering(conn)
            return
        now = self._clock()
        conn.state = _READING
        conn.since = conn.started = now
        self._watch(conn, selectors.EVENT_READ)
        if conn.buf:
            self._parse(conn)  # the next request was already here (pipelining)

    def _start_lingering(self, conn: _Conn) -> None:
        """Half-close and drain what the client still sends, so it gets the answer, not a reset."""
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close(conn)
            return
        conn.state = _LINGERING
        conn.buf.clear()
        conn.deadline = self._clock() + LINGER_SECONDS
        self._watch(conn, selectors.EVENT_READ)

    def _linger_read(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        conn.drained += len(data)
        if not data or conn.drained > LINGER_BYTES:
            self._close(conn)

    def _sweep(self, now: float) -> None:
        limits = self.limits
        for conn in list(self._conns.values()):
            if conn.state == _READING:
                if conn.buf and now - conn.started >= limits.request_timeout:
                    self.counts["timed_out"] += 1
                    conn.buf.clear()
                    self._send(conn, self._refuse(408), close=True)
                elif not conn.buf and now - conn.since >= limits.idle_timeout:
                    self._close(conn, "idle_closed")
            elif conn.state in (_WRITING, _LINGERING) and now >= conn.deadline:
                self._close(conn, "timed_out" if conn.state == _WRITING else "")
        if self._paused_until and now >= self._paused_until:
            self._paused_until = 0.0
            self._sel.register(self._listener, selectors.EVENT_READ, _LISTENER)

    # -- bookkeeping ----------------------------------------------------------------------
    def _watch(self, conn: _Conn, mask: int) -> None:
        if mask == conn.mask:
            return
        if conn.mask == 0:
            self._sel.register(conn.sock, mask, conn)
        elif mask == 0:
            self._sel.unregister(conn.sock)
        else:
            self._sel.modify(conn.sock, mask, conn)
        conn.mask = mask

    def _close(self, conn: _Conn, counter: str = "") -> None:
        if conn.state == _CLOSED:
            return
        if counter:
            self.counts[counter] += 1
        try:
            self._watch(conn, 0)
        except (KeyError, ValueError, OSError):
            conn.mask = 0  # the selector had already let go of it
        conn.state = _CLOSED
        self._conns.pop(conn.fd, None)
        self._per_host[conn.host] -= 1
        if self._per_host[conn.host] <= 0:
            del self._per_host[conn.host]
        try:
            conn.sock.close()
        except OSError:
            pass  # already reset by the client

    def _close_everything(self) -> None:
        for conn in list(self._conns.values()):
            try:
                conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # the phone already hung up
            self._close(conn)
        for sock in (self._listener, self._wake_r, self._wake_w):
            try:
                sock.close()
            except OSError:
                pass  # closing is all that is left to do
        self._sel.close()


__all__ = ["ConnectionLoop", "Headers", "HttpError", "Limits", "Reply", "Request",
           "connection_cap", "frame_request", "parse_head"]

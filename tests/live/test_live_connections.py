"""How the phone server frames requests off the wire: strict where ambiguity could be abused,
and still serving what phones really send (keep-alive, pipelining, a body in pieces)."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import pytest

from workshop_app.live.connections import HttpError, frame_request
from workshop_app.live.server import VotingServer


def _frame(raw: bytes) -> Any:
    return frame_request(bytearray(raw), "127.0.0.1", 2048)


def test_a_complete_request_with_its_body_is_framed() -> None:
    raw = (b"POST /vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
           b"Content-Length: 7\r\n\r\n{\"a\":1}GET / HTTP/1.1\r\n")
    request, used = _frame(raw)
    assert (request.method, request.target, request.body, request.body_read) == (
        "POST", "/vote", b'{"a":1}', True)
    assert request.headers.get("content-type") == "application/json" and request.keep_alive
    assert raw[used:] == b"GET / HTTP/1.1\r\n"  # the next request stays for later
    assert _frame(raw[:-len(b"GET / HTTP/1.1\r\n") - 1]) is None  # body not all here yet


@pytest.mark.parametrize("raw,status", [
    (b"GET /\r\n\r\n", 400),  # HTTP/0.9
    (b"GET / HTTP/2.0\r\n\r\n", 505),
    (b"GET / HTTP/1.1 extra\r\n\r\n", 400),
    (b"G(T / HTTP/1.1\r\n\r\n", 400),
    (b"GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),  # space before the colon
    (b"GET / HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n", 400),
    (b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n", 400),
    (b"GET / HTTP/1.1\r\nX-A: a\x00b\r\n\r\n", 400),
    (b"POST /vote HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", 400),
    (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n", 414),
    (b"GET /" + b"a" * 9000, 414),  # too long before the line even ends
    (b"GET / HTTP/1.1\r\n" + b"X-A: 1\r\n" * 70 + b"\r\n", 431),
    (b"GET / HTTP/1.1\r\nX-A: " + b"a" * 17000, 431),
])
def test_ambiguous_or_oversized_requests_are_refused(raw: bytes, status: int) -> None:
    with pytest.raises(HttpError) as caught:
        _frame(raw)
    assert caught.value.status == status


def test_bodies_the_server_will_not_read_are_left_unread() -> None:
    for head in (b"Transfer-Encoding: chunked", b"Content-Length: 99999", b"Content-Length: 1e3",
                 b"Content-Length: \xb2"):
        request, used = _frame(b"POST /vote HTTP/1.1\r\n" + head + b"\r\n\r\nrest")
        assert not request.body_read and request.body == b"", head


def test_connection_close_and_http_1_0_end_the_connection() -> None:
    assert not _frame(b"GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n")[0].keep_alive
    assert not _frame(b"GET / HTTP/1.0\r\n\r\n")[0].keep_alive
    assert _frame(b"\r\nGET / HTTP/1.1\nHost: x\n\n")[0].target == "/"  # bare LF, blank line first


def _read_replies(s: socket.socket, count: int) -> list[bytes]:
    """``count`` whole answers (heads with a Content-Length) off one socket."""
    data, replies = b"", []
    deadline = time.monotonic() + 5
    while len(replies) < count and time.monotonic() < deadline:
        end = data.find(b"\r\n\r\n")
        if end >= 0:
            head = data[:end].decode("latin-1")
            length = int(next(line.split(":")[1] for line in head.split("\r\n")
                              if line.lower().startswith("content-length")))
            if len(data) >= end + 4 + length:
                replies.append(data[:end + 4 + length])
                data = data[end + 4 + length:]
                continue
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    return replies


def test_pipelined_requests_and_a_body_in_pieces_are_answered_in_order(
    server: VotingServer, room: Any
) -> None:
    code = server.join_code
    vote = json.dumps({"code": code, "participant": 1, "question": "r1-1",
                       "scores": {"trust": 2}}).encode()
    post = (b"POST /vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(vote)).encode() + b"\r\n\r\n")
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(f"GET /question?code={code} HTTP/1.1\r\nHost: x\r\n\r\n".encode() + post + vote[:10])
        time.sleep(0.2)
        s.sendall(vote[10:] + b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        replies = _read_replies(s, 3)
    assert [r.split(b" ", 2)[1] for r in replies] == [b"200", b"200", b"404"]
    assert b'"relation"' in replies[0] and b'"ok":true' in replies[1]
    assert len(room.votes) == 1 and room.votes[0].values == {"trust": 2}


def test_a_malformed_request_gets_an_answer_and_the_connection_closes(server: VotingServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost : x\r\n\r\n")
        reply = s.recv(4096)
        assert reply.startswith(b"HTTP/1.1 400") and b"Connection: close" in reply
        assert b"AssemblageWorkshop" in reply and b"nosniff" in reply
        assert s.recv(4096) == b""

"""Helpers for the phone voting tests: a fake room behind a real server on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import pytest

from workshop_app.live.protocol import Question, Vote, VoteResult
from workshop_app.live.server import VotingServer

@dataclass
class FakeRoom:
    """Stands in for the GUI: a current question, the names, and a list of received votes."""

    current: Question | None = field(default_factory=lambda: Question(
        round_id="r1", seq=1, relation_text="City of Antwerp → imec: data",
        phase_name="Pilot", relation_id=7, phase_id=2))
    names: list[tuple[int, str]] = field(default_factory=lambda: [(1, "Ana"), (2, "Bo")])
    votes: list[Vote] = field(default_factory=list)
    outcome: VoteResult = field(default_factory=VoteResult.ok)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def question(self) -> Question | None:
        return self.current

    def participants(self) -> list[tuple[int, str]]:
        return list(self.names)

    def submit(self, vote: Vote) -> VoteResult:
        with self.lock:
            self.votes.append(vote)
        return self.outcome


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """One phone: a keep-alive connection (re-opened after the server closes it) and, like a
    browser, the cookies the server sets."""

    def __init__(self, port: int, source: str | None = None) -> None:
        self.port = port
        self.source = (source, 0) if source else None
        self.conn: http.client.HTTPConnection | None = None
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10,
                                                   source_address=self.source)
        sent = dict(headers or {})
        if self.cookies and "Cookie" not in sent:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.conn.request(method, path, body=body, headers=sent)
        resp = self.conn.getresponse()
        data = resp.read()
        for line in resp.headers.get_all("Set-Cookie") or []:
            name, _, value = line.split(";")[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        reply = Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data)
        if resp.will_close:
            self.conn.close()
            self.conn = None
        return reply

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def vote(self, body: dict[str, Any], headers: dict[str, str] | None = None) -> Reply:
        return self.post_raw(json.dumps(body).encode(), headers)

    def post_raw(self, raw: bytes, headers: dict[str, str] | None = None,
                 content_type: str = "application/json") -> Reply:
        h = {"Content-Type": content_type}
        h.update(headers or {})
        return self.request("POST", "/vote", raw, h)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


@pytest.fixture
def room() -> FakeRoom:
    return FakeRoom()


@pytest.fixture
def server(room: FakeRoom) -> Iterator[VotingServer]:
    srv = VotingServer("127.0.0.1", 0, question=room.question, participants=room.participants,
                       submit=room.submit, rate_limit=(1000, 1.0))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def client(server: VotingServer) -> Iterator[Client]:
    c = Client(server.port)
    yield c
    c.close()


@pytest.fixture
def make_client() -> Iterator[Callable[..., Client]]:
    """Clients for any server, optionally from another loopback address (another "phone")."""
    made: list[Client] = []

    def make(port: int, source: str | None = None) -> Client:
        c = Client(port, source)
        made.append(c)
        return c

    yield make
    for c in made:
        c.close()


@pytest.fixture
def vote_body(server: VotingServer, room: FakeRoom) -> Callable[..., dict[str, Any]]:
    """A valid vote for the current question, with any field replaced."""

    def body(**over: Any) -> dict[str, Any]:
        assert room.current is not None
        b: dict[str, Any] = {"code": server.join_code, "participant": 1,
                             "question": room.current.question_id,
                             "scores": {"trust": 4, "commitment": 2, "interdependence": 5}}
        b.update(over)
        return b

    return body

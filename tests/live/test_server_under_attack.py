"""The phone server under attack on loopback: idle and trickling sockets, a crowded address,
join-code guessing from many addresses. Each test is what a facilitator would notice: every
phone's vote saved, or new phones locked out while the room keeps voting.

Other "devices" are other loopback addresses (127.0.x.y), which Linux routes to ``lo``.
"""

from __future__ import annotations

import select
import socket
import threading
import time
from typing import Any, Callable

import pytest

from workshop_app.live.server import LOCKED_MESSAGE, VotingServer

PHONES = 100
ATTACK_ADDRESSES = 20
ATTACK_PER_ADDRESS = 10  # 200 sockets, each address under the per-address cap
VOTES_PER_PHONE = 3


def _loopback_range_works() -> bool:
    try:
        with socket.socket() as s:
            s.bind(("127.0.3.1", 0))
        return True
    except OSError:
        return False


pytestmark = pytest.mark.skipif(not _loopback_range_works(),
                                reason="needs the 127.0.0.0/8 loopback range (Linux)")


@pytest.fixture(autouse=True)
def _enough_file_descriptors() -> None:
    """Both ends of ~400 connections live in this one process."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 4096 if hard == resource.RLIM_INFINITY else min(4096, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def _connect(port: int, source: str, timeout: float = 5.0) -> socket.socket:
    s = socket.socket()
    s.settimeout(timeout)
    s.bind((source, 0))
    s.connect(("127.0.0.1", port))
    return s


def _closed_by_server(s: socket.socket, wait: float) -> bool:
    """True if the server hung up (or answered and hung up) within ``wait`` seconds."""
    readable, _, _ = select.select([s], [], [], wait)
    if not readable:
        return False
    try:
        data = s.recv(4096)
    except OSError:
        return True
    if data.startswith(b"HTTP/1.1 408"):
        return True
    return data == b""


class Attack:
    """Sockets from many addresses: half idle, half trickling a request one byte at a time.
    Any the server closes are opened again at once, as a determined attacker would."""

    def __init__(self, port: int, addresses: int, per_address: int) -> None:
        self.port = port
        self.slots = [(f"127.0.2.{a + 1}", i % 2 == 1) for a in range(addresses)
                      for i in range(per_address)]
        self.socks: list[socket.socket | None] = [None] * len(self.slots)
        self.reopened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, i: int) -> None:
        source, slow = self.slots[i]
        try:
            s = _connect(self.port, source)
            s.setblocking(False)
            if slow:
                s.send(b"GET /question?code=")
        except OSError:
            s = None  # refused: try again on the next tick
        self.socks[i] = s

    def __enter__(self) -> "Attack":
        for i in range(len(self.slots)):
            self._open(i)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for i, s in enumerate(self.socks):
                alive = s is not None
                if alive:
                    try:
                        if select.select([s], [], [], 0)[0] and not s.recv(4096):
                            alive = False  # the server hung up
                        elif self.slots[i][1]:
                            s.send(b"A")
                    except OSError:
                        alive = False
                if not alive:
                    if s is not None:
                        s.close()
                    self.reopened += 1
                    self._open(i)

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join(5)
        for s in self.socks:
            if s is not None:
                s.close()


def _phone_votes(port: int, code: str, make_client: Callable[..., Any], pid: int,
                 results: list[tuple[int, list[int]]], lock: threading.Lock) -> None:
    """One phone: two keep-alive connections (polling and voting), three votes."""
    source = f"127.0.1.{pid}"
    poller, sender = make_client(port, source), make_client(port, source)
    statuses: list[int] = []
    for round_ in range(VOTES_PER_PHONE):
        for call in (
            lambda: poller.get(f"/question?code={code}"),
            lambda: sender.vote({"code": code, "participant": pid, "question": "r1-1",
                                 "scores": {"trust": 1 + (pid + round_) % 5}}),
        ):
            try:
                statuses.append(call().status)
            except OSError:
                statuses.append(0)  # refused, reset or timed out
    with lock:
        results.append((pid, statuses))


def test_a_room_of_100_phones_votes_while_200_idle_and_slow_sockets_are_held(
    room: Any, make_client: Callable[..., Any]
) -> None:
    room.names = [(i, f"P{i}") for i in range(1, PHONES + 1)]
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit) as srv:
        with Attack(srv.port, ATTACK_ADDRESSES, ATTACK_PER_ADDRESS) as attack:
            time.sleep(0.3)  # the server takes in every attacking socket
            held = srv.stats().get("open_connections", 0)
            results: list[tuple[int, list[int]]] = []
            lock = threading.Lock()
            phones = [threading.Thread(target=_phone_votes, daemon=True,
                                       args=(srv.port, srv.join_code, make_client, pid, results, lock))
                      for pid in range(1, PHONES + 1)]
            began = time.monotonic()
            for t in phones:
                t.start()
            for t in phones:
                t.join(timeout=max(0.1, 30 - (time.monotonic() - began)))
            assert not any(t.is_alive() for t in phones), "phones still waiting after 30 s"
            during = srv.stats().get("open_connections", 0)
    failed = {pid: s for pid, s in results if set(s) != {200}}
    assert not failed, f"{len(failed)} of {PHONES} phones had requests refused: {list(failed.items())[:3]}"
    assert len(room.votes) == PHONES * VOTES_PER_PHONE
    assert sorted({v.participant_id for v in room.votes}) == list(range(1, PHONES + 1))
    # The attack was real: the server held all 200 sockets while the phones voted.
    assert held >= ATTACK_ADDRESSES * ATTACK_PER_ADDRESS
    assert during >= ATTACK_ADDRESSES * ATTACK_PER_ADDRESS + PHONES


def test_one_address_cannot_hold_more_than_its_share(room: Any, server: VotingServer,
                                                      make_client: Callable[..., Any]) -> None:
    code = server.join_code
    crowd = [make_client(server.port, "127.0.3.9") for _ in range(12)]
    assert [c.get(f"/question?code={code}").status for c in crowd] == [200] * 12  # all held
    extra = _connect(server.port, "127.0.3.9")
    extra.sendall(f"GET /question?code={code} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert _closed_by_server(extra, 5.0)  # the thirteenth is turned away
    extra.close()
    assert crowd[0].get(f"/question?code={code}").status == 200  # the twelve still work
    other = make_client(server.port, "127.0.3.10")
    assert other.get(f"/question?code={code}").status == 200  # another phone gets in
    for c in crowd:
        c.close()
    time.sleep(0.3)  # the server sees the twelve close
    again = make_client(server.port, "127.0.3.9")
    assert again.get(f"/question?code={code}").status == 200
    assert server.stats()["refused_per_address"] == 1


def test_a_request_trickling_one_byte_a_second_is_cut_off(room: Any) -> None:
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit, request_timeout=2.0) as srv:
        s = _connect(srv.port, "127.0.3.20")
        request = f"GET /question?code={srv.join_code} HTTP/1.1\r\nHost: x\r\nX-Pad: ".encode()
        began = time.monotonic()
        cut_off_after = None
        for i in range(12):  # a 12-second request, one byte a second
            try:
                s.send(request if i == 0 else b"y")
            except OSError:
                cut_off_after = time.monotonic() - began
                break
            if _closed_by_server(s, 1.0):
                cut_off_after = time.monotonic() - began
                break
        s.close()
        assert cut_off_after is not None, "the server waited for the whole trickle"
        assert 1.5 <= cut_off_after <= 5.0  # the whole request had 2 s, however it trickled
        assert srv.stats()["timed_out"] == 1
        # A phone that sends its request at once is served as usual.
        with _connect(srv.port, "127.0.3.21") as phone:
            phone.sendall(request[:-len(b"X-Pad: ")] + b"\r\n")
            assert phone.recv(64).startswith(b"HTTP/1.1 200")


def test_idle_keep_alive_connections_are_closed(room: Any, make_client: Callable[..., Any]) -> None:
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit, idle_timeout=1.0) as srv:
        phone = make_client(srv.port, "127.0.3.30")
        assert phone.get(f"/question?code={srv.join_code}").status == 200
        first = phone.conn.sock
        time.sleep(0.4)
        assert phone.get(f"/question?code={srv.join_code}").status == 200
        assert phone.conn.sock is first  # a phone polling every second keeps its connection
        silent = _connect(srv.port, "127.0.3.31")
        assert _closed_by_server(silent, 3.0)  # connected and never said a word
        assert _closed_by_server(first, 3.0)  # the phone stopped polling
        assert srv.stats()["idle_closed"] >= 2


def test_a_full_server_makes_room_for_a_new_phone(room: Any, make_client: Callable[..., Any]) -> None:
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit, max_connections=20) as srv:
        idle = [_connect(srv.port, f"127.0.3.{40 + i // 10}") for i in range(20)]
        time.sleep(0.3)
        phone = make_client(srv.port, "127.0.3.50")
        assert phone.get(f"/question?code={srv.join_code}").status == 200
        reply = phone.vote({"code": srv.join_code, "participant": 1, "question": "r1-1",
                            "scores": {"trust": 3}})
        assert reply.status == 200 and len(room.votes) == 1
        time.sleep(0.2)
        hung_up = [s for s in idle if _closed_by_server(s, 0)]
        assert hung_up == [idle[0]]  # the one idle the longest made room
        for s in idle:
            s.close()


# -- join-code guessing -------------------------------------------------------------------
def _guesses(port: int, make_client: Callable[..., Any], count: int, first: int = 0) -> list[int]:
    """``count`` different wrong codes, spread over ten addresses (5 each, under the rate limit)."""
    statuses = []
    for i in range(first, first + count):
        guesser = make_client(port, f"127.0.4.{1 + i % 10}")
        statuses.append(guesser.get(f"/question?code=WRONG{i:03d}").status)
    return statuses


def test_wrong_codes_from_many_addresses_lock_new_joins_but_not_the_room(
    room: Any, make_client: Callable[..., Any]
) -> None:
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit) as srv:
        code = srv.join_code
        assert len(code) == 6
        ana = make_client(srv.port, "127.0.5.1")
        page = ana.get(f"/?code={code}")
        assert page.status == 200 and "HttpOnly" in page.headers["set-cookie"]

        assert set(_guesses(srv.port, make_client, 49)) == {403}
        status = srv.join_status()
        assert (status.locked, status.wrong_codes, status.budget) == (False, 49, 50)
        late = make_client(srv.port, "127.0.5.2")
        assert late.get(f"/?code={code}").status == 200  # one guess left: still open
        assert set(_guesses(srv.port, make_client, 1, first=49)) == {403}
        assert srv.join_status().locked

        # A new phone is turned away even with the right code, and learns nothing about it.
        newcomer = make_client(srv.port, "127.0.5.3")
        page = newcomer.get(f"/?code={code}")
        assert page.status == 403 and "unlock joining" in page.text and "P1" not in page.text
        right = newcomer.get(f"/question?code={code}")
        wrong = newcomer.get("/question?code=ZZZZZZ")
        assert right.status == wrong.status == 403
        assert right.json() == wrong.json() == {"ok": False, "error": "join_locked",
                                                "message": LOCKED_MESSAGE}
        vote = {"code": code, "participant": 2, "question": "r1-1", "scores": {"trust": 1}}
        assert newcomer.vote(vote).status == 403

        # Phones that joined before keep voting, still with the code on every request.
        assert ana.get(f"/question?code={code}").status == 200
        assert ana.vote(dict(vote, participant=1)).status == 200
        assert late.vote(dict(vote, participant=2, scores={"trust": 5})).status == 200
        assert ana.get("/question").status == 403
        assert [(v.participant_id, v.values["trust"]) for v in room.votes] == [(1, 1), (2, 5)]
        assert srv.join_status().refused_while_locked == 4

        srv.unlock_joining()  # the facilitator presses Unlock
        assert newcomer.get(f"/?code={code}").status == 200
        assert newcomer.vote(dict(vote, participant=2, scores={"trust": 3})).status == 200
        assert srv.join_status() == type(status)(False, 0, 50, 0, 3)


def test_a_phone_left_on_an_old_code_does_not_use_up_the_budget(
    room: Any, server: VotingServer, make_client: Callable[..., Any]
) -> None:
    stale = make_client(server.port, "127.0.5.10")
    for _ in range(60):  # the page of the previous round, polling with its old code
        assert stale.get("/question?code=OLD123").status == 403
    assert stale.get("/question?code=old-123").status == 403  # the same code, typed otherwise
    assert stale.get("/question").status == 403  # no code at all is no guess
    status = server.join_status()
    assert (status.locked, status.wrong_codes) == (False, 1)
    assert make_client(server.port, "127.0.5.11").get(f"/?code={server.join_code}").status == 200


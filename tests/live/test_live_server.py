"""The phone voting server over real HTTP on 127.0.0.1: who gets in, what is accepted, what leaks."""

from __future__ import annotations

import json
import re
import socket
import threading
from pathlib import Path
from typing import Any, Callable

import pytest

from workshop_app.live.protocol import Question, Vote, VoteOutcome, VoteResult
from workshop_app.live.ratelimit import RateLimiter
from workshop_app.live.server import CODE_ALPHABET, VotingServer

EVIL = "<script>alert(1)</script>"
TEMPLATES = Path(__file__).resolve().parents[2] / "workshop_app" / "live" / "templates"


# -- getting in ---------------------------------------------------------------------------
def test_page_is_served_only_with_the_right_code(server: VotingServer, client: Any) -> None:
    ok = client.get(f"/?code={server.join_code}")
    assert ok.status == 200
    assert "City of Antwerp → imec: data" in ok.text and "Pilot" in ok.text
    assert "Ana" in ok.text and "Bo" in ok.text
    assert "very low" in ok.text and "very high" in ok.text
    typed = client.get(f"/?code={server.join_code.lower()[:2]}+-{server.join_code.lower()[2:]}")
    assert typed.status == 200  # people type codes in lower case, with spaces or dashes

    for path in ("/", "/?code=", "/?code=WRONG", f"/?code={server.join_code}&code=XXXXX"):
        refused = client.get(path)
        assert refused.status == 403, path
        assert "join code" in refused.text
        for secret in ("imec", "Pilot", "Ana", "Bo<", ">Bo"):
            assert secret not in refused.text, (path, secret)


def test_polling_needs_the_code_and_shows_only_the_current_question(
    server: VotingServer, client: Any
) -> None:
    for path in ("/question", "/question?code=NOPE1", "/question?code="):
        refused = client.get(path)
        assert refused.status == 403
        assert refused.json() == {"ok": False, "error": "forbidden",
                                  "message": "Wrong or missing join code."}
    data = client.get(f"/question?code={server.join_code}").json()
    assert set(data) == {"question", "participants"}
    assert set(data["question"]) == {"id", "relation", "phase", "order", "blind", "dimensions"}
    assert data["question"]["relation"] == "City of Antwerp → imec: data"
    assert [d["key"] for d in data["question"]["dimensions"]] == [
        "trust", "commitment", "interdependence"]
    assert data["participants"] == [{"id": 1, "name": "Ana"}, {"id": 2, "name": "Bo"}]


def test_no_question_means_waiting(server: VotingServer, client: Any, room: Any) -> None:
    room.current = None
    assert client.get(f"/question?code={server.join_code}").json()["question"] is None
    page = client.get(f"/?code={server.join_code}")
    assert page.status == 200 and "Waiting for the next relation" in page.text


# -- voting -------------------------------------------------------------------------------
def test_a_vote_reaches_submit_with_exact_values(
    server: VotingServer, client: Any, room: Any, vote_body: Callable[..., dict[str, Any]]
) -> None:
    reply = client.vote(vote_body())
    assert reply.status == 200 and reply.json()["ok"] is True
    assert room.votes == [Vote(1, "r1-1", {"trust": 4, "commitment": 2, "interdependence": 5})]

    body = vote_body(participant=2, scores={"trust": 1}, clear=["commitment"])
    del body["code"]
    assert client.vote(body, headers={"X-Join-Code": server.join_code}).status == 200
    assert room.votes[1] == Vote(2, "r1-1", {"trust": 1, "commitment": None})
    assert server.stats()["votes_accepted"] == 2


BAD_VOTES: list[tuple[str, dict[str, Any], int]] = [
    ("wrong code", {"code": "WRONG"}, 403),
    ("missing code", {"code": None}, 403),
    ("code as a number", {"code": 12345}, 403),
    ("stale question", {"question": "r1-0"}, 409),
    ("question from another round", {"question": "r0-1"}, 409),
    ("unknown participant", {"participant": 99}, 422),
    ("participant as text", {"participant": "1"}, 400),
    ("participant as boolean", {"participant": True}, 400),
    ("question as number", {"question": 1}, 400),
    ("score 0", {"scores": {"trust": 0}}, 400),
    ("score 6", {"scores": {"trust": 6}}, 400),
    ("score -1", {"scores": {"trust": -1}}, 400),
    ("score as text", {"scores": {"trust": "3"}}, 400),
    ("score as float", {"scores": {"trust": 3.5}}, 400),
    ("score 3.0", {"scores": {"trust": 3.0}}, 400),
    ("score as boolean", {"scores": {"trust": True}}, 400),
    ("score null", {"scores": {"trust": None}}, 400),
    ("score as list", {"scores": {"trust": [3]}}, 400),
    ("unknown dimension", {"scores": {"happiness": 3}}, 400),
    ("scores not a mapping", {"scores": [4, 2, 5]}, 400),
    ("nothing scored", {"scores": {}}, 400),
    ("unknown field", {"note": "hi"}, 400),
    ("clear an unknown dimension", {"clear": ["happiness"]}, 400),
    ("clear not a list", {"clear": "trust"}, 400),
    ("scored and cleared", {"clear": ["trust"]}, 400),
]


@pytest.mark.parametrize("what,change,status", BAD_VOTES, ids=[b[0] for b in BAD_VOTES])
def test_bad_votes_are_refused_before_submit(
    server: VotingServer, client: Any, room: Any, vote_body: Callable[..., dict[str, Any]],
    what: str, change: dict[str, Any], status: int,
) -> None:
    body = vote_body(**change)
    if change.get("code", "") is None:
        del body["code"]
    reply = client.vote(body)
    assert reply.status == status, (what, reply.text)
    assert reply.json()["ok"] is False and reply.json()["message"]
    if status == 409:
        assert "moved on" in reply.json()["message"]
    assert room.votes == []


def test_a_dimension_the_question_does_not_ask_is_refused(
    server: VotingServer, client: Any, room: Any, vote_body: Callable[..., dict[str, Any]]
) -> None:
    room.current = Question("r1", 2, "A → B: data", "Pilot", dimensions=("trust",))
    assert client.vote(vote_body(scores={"commitment": 3})).status == 400
    assert client.vote(vote_body(scores={"trust": 3})).status == 200
    assert room.votes == [Vote(1, "r1-2", {"trust": 3})]


def test_a_rounds_question_maps_onto_what_phones_see(
    server: VotingServer, client: Any, room: Any, vote_body: Callable[..., dict[str, Any]]
) -> None:
    from_round = {"round_id": "a1b2c3", "seq": 4, "relation_id": 9, "phase_id": 2,
                  "phase_name": "Pilot", "relation_text": "A ↔ B: agreement",
                  "text": "How would you score…", "questions": {"trust": "How much…"},
                  "dimensions": ("trust", "commitment"), "position": 2, "total": 5}
    room.current = Question.from_mapping(from_round)
    shown = client.get(f"/question?code={server.join_code}").json()["question"]
    assert shown["id"] == "a1b2c3-4" and shown["relation"] == "A ↔ B: agreement"
    assert [d["key"] for d in shown["dimensions"]] == ["trust", "commitment"]
    assert client.vote(vote_body(scores={"trust": 5})).status == 200
    assert room.votes == [Vote(1, "a1b2c3-4", {"trust": 5})]
    assert (room.current.relation_id, room.current.phase_id) == (9, 2)


RAW_BODIES: list[tuple[str, bytes, str, int]] = [
    ("not JSON", b"trust=4", "application/json", 400),
    ("JSON list", b"[1, 2]", "application/json", 400),
    ("broken UTF-8", b'{"participant": 1, "x": "\xff"}', "application/json", 400),
    ("NaN", b'{"participant": 1, "question": "r1-1", "scores": {"trust": NaN}}',
     "application/json", 400),
    ("duplicate keys", b'{"participant": 1, "participant": 2}', "application/json", 400),
    ("deep nesting", b"[" * 1000 + b"]" * 1000, "application/json", 400),
    ("oversized", b'{"participant": 1, "pad": "' + b"x" * 3000 + b'"}', "application/json", 413),
    ("plain text", b'{"participant": 1}', "text/plain", 415),
    ("form", b"participant=1&trust=4", "application/x-www-form-urlencoded", 415),
    ("other charset", b'{"participant": 1}', "application/json; charset=latin-1", 415),
]


@pytest.mark.parametrize("what,raw,ctype,status", RAW_BODIES, ids=[b[0] for b in RAW_BODIES])
def test_malformed_bodies_are_refused(
    server: VotingServer, client: Any, room: Any, what: str, raw: bytes, ctype: str, status: int
) -> None:
    reply = client.post_raw(raw, {"X-Join-Code": server.join_code}, content_type=ctype)
    assert reply.status == status, (what, reply.text)
    assert room.votes == []
    # The connection is still usable afterwards (or cleanly re-opened).
    assert client.get(f"/question?code={server.join_code}").status == 200


def test_a_body_without_length_is_refused(server: VotingServer, room: Any) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(b"POST /vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n")
        head = s.recv(4096).decode("latin-1")
    assert head.startswith("HTTP/1.1 411")
    assert room.votes == []


def test_refusals_from_the_session_side_reach_the_phone(
    server: VotingServer, client: Any, room: Any, vote_body: Callable[..., dict[str, Any]]
) -> None:
    room.outcome = VoteResult(VoteOutcome.NOT_SCORABLE)
    reply = client.vote(vote_body())
    assert reply.status == 422 and reply.json()["message"] == VoteOutcome.NOT_SCORABLE.message
    room.outcome = VoteResult(VoteOutcome.STALE_QUESTION)
    assert client.vote(vote_body()).status == 409

    def broken(vote: Vote) -> VoteResult:
        raise RuntimeError("database is locked")

    server.submit = broken
    reply = client.vote(vote_body())
    assert reply.status == 500 and "could not be saved" in reply.json()["message"]
    assert "locked" not in reply.text
    assert server.stats()["votes_accepted"] == 0


# -- everything else ----------------------------------------------------------------------
@pytest.mark.parametrize("method,path,status", [
    ("GET", "/vote", 405), ("POST", "/question", 405), ("POST", "/", 405),
    ("PUT", "/vote", 405), ("DELETE", "/vote", 405), ("PATCH", "/", 405),
    ("OPTIONS", "/vote", 405), ("BREW", "/", 405), ("HEAD", "/", 405),
    ("GET", "/static/app.js", 404), ("GET", "/favicon.ico", 404), ("GET", "/../etc/passwd", 404),
    ("GET", "/question/", 404), ("GET", "/Question", 404), ("POST", "/votes", 404),
])
def test_other_methods_and_paths_are_refused(
    server: VotingServer, client: Any, room: Any, method: str, path: str, status: int
) -> None:
    sep = "&" if "?" in path else "?"
    reply = client.request(method, f"{path}{sep}code={server.join_code}", body=b"{}",
                           headers={"Content-Type": "application/json"})
    assert reply.status == status
    assert room.votes == []
    if method != "HEAD":
        assert "imec" not in reply.text and "Ana" not in reply.text


def test_every_answer_carries_the_security_headers(
    server: VotingServer, client: Any, vote_body: Callable[..., dict[str, Any]]
) -> None:
    replies = [
        client.get(f"/?code={server.join_code}"), client.get("/"),
        client.get(f"/question?code={server.join_code}"), client.get("/nowhere"),
        client.vote(vote_body()), client.vote(vote_body(code="WRONG")),
    ]
    for r in replies:
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "http:" not in csp and "https:" not in csp and "*" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["cache-control"] == "no-store"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["server"] == "AssemblageWorkshop"  # no Python or library version
        assert int(r.headers["content-length"]) == len(r.body)


def test_the_page_is_self_contained_under_its_nonce(server: VotingServer, client: Any) -> None:
    first, second = (client.get(f"/?code={server.join_code}") for _ in range(2))
    nonce = re.search(r"'nonce-([^']+)'", first.headers["content-security-policy"]).group(1)
    other = re.search(r"'nonce-([^']+)'", second.headers["content-security-policy"]).group(1)
    assert nonce != other
    tags = re.findall(r"<(script|style)\b([^>]*)>", first.text)
    assert tags and all(f'nonce="{nonce}"' in attrs for _, attrs in tags)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", first.text)
    assert not re.search(r"\sstyle=|\son[a-z]+=", first.text)  # inline attributes CSP would block


# -- escaping -----------------------------------------------------------------------------
def test_names_are_shown_as_text_never_as_markup(
    server: VotingServer, client: Any, room: Any
) -> None:
    room.current = Question("r1", 3, f"{EVIL} → B: data", f"<b>{EVIL}</b>")
    room.names = [(1, EVIL), (2, 'Bo" onclick="x')]
    page = client.get(f"/?code={server.join_code}").text
    assert EVIL not in page and "<b><script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'Bo" onclick' not in page and "Bo&#34; onclick=&#34;x" in page
    raw = client.get(f"/question?code={server.join_code}")
    assert b"<" not in raw.body and b">" not in raw.body
    data = raw.json()
    assert data["question"]["relation"] == f"{EVIL} → B: data"
    assert data["participants"][0]["name"] == EVIL


def test_the_page_script_writes_data_only_as_text() -> None:
    source = (TEMPLATES / "phone.html").read_text(encoding="utf-8")
    script = source[source.index("<script"):]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setTimeout(\"", "{{"):
        assert sink not in script.replace('{{ nonce }}', ''), sink
    assert "textContent" in script


# -- limits -------------------------------------------------------------------------------
def test_rate_limiter_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(3, 3.0, clock=lambda: now[0])
    assert [limiter.check("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.check("a") == pytest.approx(1.0)
    assert limiter.check("b") == 0.0  # each client has its own bucket
    now[0] = 1.0
    assert limiter.check("a") == 0.0 and limiter.check("a") > 0
    assert RateLimiter.retry_after(0.2) == "1" and RateLimiter.retry_after(2.1) == "3"


def _second_loopback_works() -> bool:
    try:
        with socket.socket() as s:
            s.bind(("127.0.0.2", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _second_loopback_works(), reason="needs 127.0.0.2 (Linux loopback range)")
def test_a_flooding_client_is_slowed_while_others_vote(
    room: Any, make_client: Callable[..., Any]
) -> None:
    room.names = [(i, f"P{i}") for i in range(1, 4)]
    with VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                      submit=room.submit, rate_limit=(5, 30.0)) as srv:
        flood = make_client(srv.port, "127.0.0.2")
        statuses = [flood.get(f"/question?code={srv.join_code}").status for _ in range(25)]
        assert statuses[:5] == [200] * 5 and set(statuses[5:]) == {429}
        limited = flood.get("/")
        assert limited.status == 429 and 1 <= int(limited.headers["retry-after"]) <= 30
        assert flood.vote({"code": srv.join_code, "participant": 1, "question": "r1-1",
                           "scores": {"trust": 1}}).status == 429
        phones = [make_client(srv.port, f"127.0.0.{3 + i}") for i in range(3)]
        for i, phone in enumerate(phones, start=1):
            reply = phone.vote({"code": srv.join_code, "participant": i, "question": "r1-1",
                                "scores": {"trust": i}})
            assert reply.status == 200
        assert sorted((v.participant_id, v.values["trust"]) for v in room.votes) == [
            (1, 1), (2, 2), (3, 3)]
        stats = srv.stats()
        assert stats["votes_accepted"] == 3 and stats["rate_limited"] == 22



def test_twenty_phones_voting_at_once_are_each_counted_once(
    server: VotingServer, room: Any, make_client: Callable[..., Any]
) -> None:
    room.names = [(i, f"Participant {i}") for i in range(1, 21)]
    start = threading.Barrier(20)
    statuses: list[int] = []
    lock = threading.Lock()

    def phone(pid: int) -> None:
        c = make_client(server.port)
        start.wait()
        for round_ in range(5):
            value = 1 + (pid + round_) % 5
            reply = c.vote({"code": server.join_code, "participant": pid, "question": "r1-1",
                            "scores": {"trust": value, "commitment": value}})
            with lock:
                statuses.append(reply.status)

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(1, 21)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert statuses == [200] * 100
    assert len(room.votes) == 100
    per_person = {pid: [v for v in room.votes if v.participant_id == pid] for pid in range(1, 21)}
    for pid, votes in per_person.items():
        assert sorted(v.values["trust"] for v in votes) == [1, 2, 3, 4, 5], pid
    assert server.stats()["votes_accepted"] == 100


def test_stop_closes_the_port_and_open_connections(room: Any, make_client: Callable[..., Any]) -> None:
    srv = VotingServer("127.0.0.1", question=room.question, participants=room.participants,
                       submit=room.submit)
    srv.start()
    port = srv.port
    phone = make_client(port)
    assert phone.get(f"/question?code={srv.join_code}").status == 200  # keep-alive, stays open
    stopping = threading.Thread(target=srv.stop, daemon=True)
    stopping.start()
    stopping.join(timeout=20)  # not a speed check: the open keep-alive connection must not
    assert not stopping.is_alive(), "stop() hangs on an open connection"  # keep stop() waiting
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with pytest.raises((ConnectionError, OSError)):
        phone.request("GET", f"/question?code={srv.join_code}")  # the old connection is gone
    srv.stop()  # a second stop is harmless
    assert not srv.running


def test_join_codes_and_urls(room: Any) -> None:
    def make(**kw: Any) -> VotingServer:
        return VotingServer(kw.pop("host", "127.0.0.1"), question=room.question,
                            participants=room.participants, submit=room.submit, **kw)

    codes = {make().join_code for _ in range(50)}
    assert len(codes) > 45
    assert all(4 <= len(c) <= 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01OILZ5S8B") & set(CODE_ALPHABET)
    assert make(join_code="ab-cd 7").join_code == "ABCD7"
    with pytest.raises(ValueError):
        make(join_code="ab")
    everywhere = make(host="0.0.0.0", port=8765)
    assert "0.0.0.0" not in everywhere.url
    assert everywhere.url.endswith(f":8765/?code={everywhere.join_code}")
    with make(host="127.0.0.1") as srv:
        assert srv.url == f"http://127.0.0.1:{srv.port}/?code={srv.join_code}"
        assert srv.port != 0


def test_a_busy_port_is_reported(room: Any, server: VotingServer) -> None:
    clash = VotingServer("127.0.0.1", server.port, question=room.question,
                         participants=room.participants, submit=room.submit)
    with pytest.raises(OSError):
        clash.start()
    assert not clash.running


def test_nothing_sensitive_is_logged(
    server: VotingServer, client: Any, vote_body: Callable[..., dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("DEBUG", logger="workshop_app.live")
    client.get(f"/?code={server.join_code}")
    client.vote(vote_body())
    client.vote(vote_body(code="WRONG"))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert server.join_code not in logged
    assert "Ana" not in logged and "imec" not in logged and "trust" not in logged
    assert json.dumps(vote_body()) not in logged

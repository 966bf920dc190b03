"""How many phone votes per second the live voting server sustains over loopback.

Run: python tests/benchmarks/voting_throughput.py [--votes 2000] [--threads 8]

Three runs with the same clients (``--threads`` keep-alive connections posting the same
JSON vote bodies, ``--votes`` requests in all):

* ``baseline``: a bare ``http.server`` handler that reads the body and answers 200, nothing
  else (keep-alive and one write per answer, like the voting server, so the comparison is
  about the work, not about socket settings);
* ``server_only``: the voting server with a ``submit`` that accepts without saving (join
  code, rate limiter, strict parsing, security headers);
* ``session``: the voting server saving every vote into a copy of a demo session through
  ``Session.execute`` (one SQLite transaction and one event-log row per vote).

Prints one JSON object: requests per second for each, the ratios against the baseline, and
a check that every vote of the session run is in the file. The rate limit is lifted for
these runs, because every client here shares one address.

Then a room (Linux, which routes all of 127.0.0.0/8 to loopback, so each phone has an
address of its own): ``--phones`` phones, each with two keep-alive connections (one polls,
one votes) and ``--phone-votes`` votes, saving into the session with the default limits,
first alone (``room``) and then while ``--attack`` sockets from 20 other addresses sit idle
or trickle a request one byte every half second, reopened whenever the server drops them
(``room_under_attack``). Each reports votes accepted, votes found in the file, and votes/s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import select
import socket
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workshop_app.bundled import demo_path  # noqa: E402
from workshop_app.live.protocol import Vote, VoteResult  # noqa: E402
from workshop_app.live.server import VotingServer  # noqa: E402
from workshop_app.live.session_round import SessionRound  # noqa: E402

PARTICIPANTS = 20
WARM_UP = 40


class _Bare(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = 64 * 1024

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = b'{"ok":true}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _bodies(code: str, question_id: str, pids: list[int], count: int, offset: int = 0) -> list[bytes]:
    """Vote bodies in which no participant repeats a combination of scores.

    A vote identical to the one already stored changes nothing and is (rightly) not logged,
    so distinct votes make "one event per vote" an exact check of what was saved.
    """
    out = []
    for i in range(count):
        combo = (offset + i // len(pids)) % 125
        out.append(json.dumps({
            "code": code, "participant": pids[i % len(pids)], "question": question_id,
            "scores": {"trust": 1 + combo % 5, "commitment": 1 + combo // 5 % 5,
                       "interdependence": 1 + combo // 25},
        }).encode())
    return out


def _hammer(port: int, bodies: list[bytes], threads: int) -> dict[str, Any]:
    """Post every body once, spread over ``threads`` keep-alive connections."""
    shares = [bodies[i::threads] for i in range(threads)]
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    ready = threading.Barrier(threads + 1)

    def client(share: list[bytes]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, bad = [], []
        ready.wait()
        for body in share:
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/vote", body, {"Content-Type": "application/json"})
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except OSError:
                conn.close()  # counted as a failure; the next request reconnects
                status = 0
            mine.append(time.perf_counter() - t0)
            if status != 200:
                bad.append(status)
        conn.close()
        with lock:
            latencies.extend(mine)
            failures.extend(bad)

    workers = [threading.Thread(target=client, args=(s,)) for s in shares]
    for w in workers:
        w.start()
    ready.wait()
    began = time.perf_counter()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(bodies),
        "seconds": round(elapsed, 3),
        "per_second": round(len(bodies) / elapsed, 1),
        "latency_ms_p50": round(statistics.median(latencies) * 1000, 2),
        "latency_ms_p95": round(latencies[int(len(latencies) * 0.95) - 1] * 1000, 2),
        "failed": len(failures),
    }


def _voting_run(round_like: Any, submit: Callable[[Vote], VoteResult], votes: int,
                threads: int) -> dict[str, Any]:
    with VotingServer("127.0.0.1", question=round_like.question,
                      participants=round_like.participants, submit=submit,
                      rate_limit=(10**9, 1.0)) as srv:
        question = round_like.question()
        pids = [pid for pid, _ in round_like.participants()]
        warm = _bodies(srv.join_code, question.question_id, pids, WARM_UP, offset=120)
        _hammer(srv.port, warm, threads)  # warm up (caches, first transactions)
        return _hammer(srv.port, _bodies(srv.join_code, question.question_id, pids, votes), threads)


class _Attack:
    """Idle and trickling sockets from 20 addresses, reopened whenever the server drops one."""

    def __init__(self, port: int, count: int) -> None:
        self.port = port
        self.slots = [(f"127.0.2.{1 + i % 20}", i % 2 == 1) for i in range(count)]
        self.socks: list[socket.socket | None] = [None] * count
        self.reopened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, i: int) -> None:
        source, slow = self.slots[i]
        s: socket.socket | None = socket.socket()
        try:
            s.bind((source, 0))
            s.settimeout(5)
            s.connect(("127.0.0.1", self.port))
            s.setblocking(False)
            if slow:
                s.send(b"GET /question?code=")
        except OSError:
            s.close()
            s = None
        self.socks[i] = s

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for i, s in enumerate(self.socks):
                alive = s is not None
                try:
                    if alive and select.select([s], [], [], 0)[0] and not s.recv(4096):
                        alive = False
                    elif alive and self.slots[i][1]:
                        s.send(b"A")
                except OSError:
                    alive = False
                if not alive:
                    if s is not None:
                        s.close()
                    self.reopened += 1
                    self._open(i)

    def __enter__(self) -> "_Attack":
        for i in range(len(self.slots)):
            self._open(i)
        self._thread.start()
        time.sleep(0.5)  # let the server take them in
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join(5)
        for s in self.socks:
            if s is not None:
                s.close()


def _loopback_range() -> bool:
    try:
        with socket.socket() as s:
            s.bind(("127.0.1.1", 0))
        return True
    except OSError:
        return False


def _room_run(round_: Any, path: Path, phones: int, votes_each: int, attack: int) -> dict[str, Any]:
    """``phones`` phones of their own address vote ``votes_each`` times; saved votes counted."""
    pids = [pid for pid, _ in round_.participants()][:phones]
    with VotingServer("127.0.0.1", question=round_.question, participants=round_.participants,
                      submit=round_.submit) as srv:
        question = round_.question()
        code, port = srv.join_code, srv.port
        statuses: list[int] = []
        lock = threading.Lock()
        ready = threading.Barrier(len(pids) + 1)

        def phone(n: int, pid: int) -> None:
            source = (f"127.0.1.{1 + n % 250}", 0)
            poller = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=source)
            sender = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=source)
            mine = []
            ready.wait()
            for k in range(votes_each):
                body = json.dumps({"code": code, "participant": pid, "question": question.question_id,
                                   "scores": {"trust": 1 + k % 5, "commitment": 1 + k // 5 % 5}}).encode()
                for conn, method, target, data in ((poller, "GET", f"/question?code={code}", None),
                                                   (sender, "POST", "/vote", body)):
                    try:
                        conn.request(method, target, data, {"Content-Type": "application/json"})
                        resp = conn.getresponse()
                        resp.read()
                        status = resp.status
                    except OSError:
                        conn.close()
                        status = 0
                    if method == "POST":
                        mine.append(status)
            poller.close()
            sender.close()
            with lock:
                statuses.extend(mine)

        before = _score_events(path)
        with (_Attack(port, attack) if attack else _NoAttack()) as attacker:
            threads = [threading.Thread(target=phone, args=(n, pid)) for n, pid in enumerate(pids)]
            for t in threads:
                t.start()
            ready.wait()
            began = time.perf_counter()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - began
            stats = srv.stats()
            reopened = getattr(attacker, "reopened", 0)
    accepted = statuses.count(200)
    return {
        "phones": len(pids), "attack_sockets": attack, "votes_sent": len(statuses),
        "votes_accepted": accepted, "votes_saved": _score_events(path) - before,
        "seconds": round(elapsed, 3), "votes_per_second": round(accepted / elapsed, 1),
        "attack_sockets_reopened": reopened,
        "open_connections_at_end": stats.get("open_connections", "n/a"),
    }


class _NoAttack:
    def __enter__(self) -> "_NoAttack":
        return self

    def __exit__(self, *exc: Any) -> None:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--phones", type=int, default=100)
    parser.add_argument("--phone-votes", type=int, default=10)
    parser.add_argument("--attack", type=int, default=200)
    args = parser.parse_args(argv)
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft != resource.RLIM_INFINITY and soft < 4096:  # both ends of every socket live here
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    except (ImportError, ValueError, OSError):
        pass  # the room runs may then be refused sockets; the figures will say so

    ThreadingHTTPServer.request_queue_size = 128  # as the voting server: no refused connects
    bare = ThreadingHTTPServer(("127.0.0.1", 0), _Bare)
    bare.daemon_threads = True
    serving = threading.Thread(target=bare.serve_forever, daemon=True)
    serving.start()
    try:
        baseline = _hammer(bare.server_address[1], _bodies("X", "q", [1], args.votes), args.threads)
    finally:
        bare.shutdown()
        bare.server_close()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.workshop"
        shutil.copyfile(demo_path("antwerp"), path)
        with SessionRound(path) as round_:
            for i in range(max(PARTICIPANTS, -(-args.votes // 100), args.phones)):
                round_.call(round_.session.add_participant, f"Participant {i + 1}")
            phase = round_.call(lambda: round_.session.phases[1])
            relations = round_.call(lambda: round_.session.active_relations(phase))
            round_.ask(relations[0], phase)
            server_only = _voting_run(round_, lambda vote: VoteResult.ok(), args.votes, args.threads)
            before = _score_events(path)
            session = _voting_run(round_, round_.submit, args.votes, args.threads)
            saved = _score_events(path) - before
            rooms: dict[str, Any] = {}
            if args.phones and _loopback_range():
                # A fresh relation for each room run: every vote then changes a score.
                round_.ask(relations[1], phase)
                rooms["room"] = _room_run(round_, path, args.phones, args.phone_votes, 0)
                round_.ask(relations[2], phase)
                rooms["room_under_attack"] = _room_run(round_, path, args.phones,
                                                       args.phone_votes, args.attack)
    result = {
        "votes": args.votes,
        "client_threads": args.threads,
        "baseline_requests_per_second": baseline["per_second"],
        "server_only_votes_per_second": server_only["per_second"],
        "session_votes_per_second": session["per_second"],
        "session_vs_baseline": round(session["per_second"] / baseline["per_second"], 3),
        "server_only_vs_baseline": round(server_only["per_second"] / baseline["per_second"], 3),
        "session_votes_saved": saved,
        "all_votes_saved": saved == args.votes + WARM_UP,
        "runs": {"baseline": baseline, "server_only": server_only, "session": session},
        **rooms,
    }
    print(json.dumps(result, indent=2))
    rooms_ok = all(r["votes_saved"] == r["votes_sent"] for r in rooms.values())
    return 0 if result["all_votes_saved"] and not session["failed"] and rooms_ok else 1


def _score_events(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM events WHERE command = 'SetScore' AND state = 'done'"
        ).fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())

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
a check that every vote of the session run is in the file. The rate limit is lifted for the
run, because every client here shares one address.
"""

from __future__ import annotations

import argparse
import http.client
import json
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
from workshop_app.live.protocol import Vote, VoteOutcome  # noqa: E402
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


def _voting_run(round_like: Any, submit: Callable[[Vote], VoteOutcome], votes: int,
                threads: int) -> dict[str, Any]:
    with VotingServer("127.0.0.1", question=round_like.question,
                      participants=round_like.participants, submit=submit,
                      rate_limit=(10**9, 1.0)) as srv:
        question = round_like.question()
        pids = [pid for pid, _ in round_like.participants()]
        warm = _bodies(srv.join_code, question.question_id, pids, WARM_UP, offset=120)
        _hammer(srv.port, warm, threads)  # warm up (caches, first transactions)
        return _hammer(srv.port, _bodies(srv.join_code, question.question_id, pids, votes), threads)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)

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
            for i in range(max(PARTICIPANTS, -(-args.votes // 100))):
                round_.call(round_.session.add_participant, f"Participant {i + 1}")
            phase = round_.call(lambda: round_.session.phases[1])
            relation = round_.call(lambda: round_.session.active_relations(phase)[0])
            round_.ask(relation, phase)
            server_only = _voting_run(round_, lambda vote: VoteOutcome.ok(), args.votes, args.threads)
            before = _score_events(path)
            session = _voting_run(round_, round_.submit, args.votes, args.threads)
        saved = _score_events(path) - before
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
    }
    print(json.dumps(result, indent=2))
    return 0 if result["all_votes_saved"] and not session["failed"] else 1


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

"""HTTP intake through a real `trustdesk serve`: POST /api/v1/reports at 1, 8 and 32 connections, and the desk
(claim-next) while about 1,000 reports/s arrive.

    apt-get install -y wrk   # the load generator (C, light); installed by the bench when run as root
    .venv/bin/python bench/bench_http_intake.py [--seconds 10] [--levels 1,8,32] [--pg] [--processes N]
                                                [--workers N] [--flood-rate 1000]

Each database gets a fresh file (SQLite, synchronous=FULL, WAL) or a throwaway PostgreSQL cluster
(tests/support/postgres.py: fsync off, so its raw limit is not a disk limit), a platform credential and a
moderator made through the CLI, and a `trustdesk serve` on loopback. Every report names a distinct subject and
a distinct reporter, so each opens a case and runs the whole path (subject, case, reporter, signals, priority,
audit entry); the per-credential rate limit is switched off for the run, the per-reporter one never bites.

Printed per database: the raw limit (a bare loop of one-row commits on the same filesystem / server, same
durability), then connections, reports/s, p50, p99, errors and reports/s as a share of the raw limit, and the
reports acknowledged but not yet settled into their cases when the level ended with how long they took to settle
(README "Intake under load": under load a report is answered once journaled; each level starts settled); then
claim-next latency from a separate client, idle and while wrk paces ~1,000 reports/s. wrk runs on the same two
cores as the server; its share of CPU is small but not zero. The machine's load average is printed at the start
and end: a busy machine gives lower numbers.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.postgres import PostgresCluster  # noqa: E402

TRUSTDESK = str(Path(sys.executable).parent / "trustdesk")

REPORT_LUA = r"""
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
local token = os.getenv("BENCH_TOKEN")
local prefix = os.getenv("BENCH_PREFIX")
local interval = tonumber(os.getenv("BENCH_INTERVAL_MS") or "0")
local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
function request()
  n = n + 1
  local who = prefix .. "-" .. tid .. "-" .. n
  local body = '{"subject":{"kind":"account","id":"acc-' .. who .. '"},"category":"harassment",' ..
    '"text":"this account keeps sending me insults and threats ' .. n .. '","reporter":"rep-' .. who .. '"}'
  return wrk.format("POST", "/api/v1/reports", headers, body)
end
if interval > 0 then
  -- Paced: this thread sends one report every `interval` ms across its connections, whatever the answers take
  -- (as long as a connection is free), so the rate that arrives is the rate asked for. LuaJIT's ffi gives wrk's
  -- scripts a millisecond clock.
  local ffi = require("ffi")
  ffi.cdef[[ typedef struct { long tv_sec; long tv_usec; } bench_timeval;
             int gettimeofday(bench_timeval *tv, void *tz); ]]
  local tv = ffi.new("bench_timeval")
  local next_at = nil
  function delay()
    ffi.C.gettimeofday(tv, nil)
    local now = tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
    if next_at == nil or next_at < now - 100 then next_at = now end
    next_at = next_at + interval
    return math.max(0, next_at - now)
  end
end
"""


@dataclass
class Level:
    connections: int
    rate: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int
    cpu_ms: float = float("nan")  # server CPU per request


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(env: dict, *args: str) -> str:
    done = subprocess.run([TRUSTDESK, *args], env=env, capture_output=True, text=True, check=True)  # noqa: S603
    return done.stdout.strip().splitlines()[-1].strip()


class Server:
    """A `trustdesk serve` subprocess on loopback, with a credential and a moderator token."""

    def __init__(self, url: str, data_dir: Path, workers: int, processes: int) -> None:
        self.ports = [free_port() for _ in range(processes)]
        self.bases = [f"http://127.0.0.1:{port}" for port in self.ports]
        self.base = self.bases[0]
        self.env = {**os.environ, "TRUSTDESK_DATA_DIR": str(data_dir), "TRUSTDESK_DATABASE_URL": url,
                    "TRUSTDESK_INTAKE_RATE_PER_TOKEN": "0"}
        _cli(self.env, "migrate")
        self.platform_token = _cli(self.env, "integration", "add", "bench-platform")
        self.moderator_token = _cli(self.env, "staff", "add", "bench-moderator", "--role", "moderator")
        self.log = open(data_dir / "serve.log", "w")  # noqa: SIM115 - closed in stop()
        self.processes = []
        for i, port in enumerate(self.ports):
            command = [TRUSTDESK, "serve", "--host", "127.0.0.1", "--port", str(port)]
            if workers > 1:
                command += ["--workers", str(workers)]
            if i > 0:  # one scheduler is enough; the others only serve
                command += ["--no-scheduler"]
            self.processes.append(subprocess.Popen(  # noqa: S603
                command, env=self.env, stdout=self.log, stderr=subprocess.STDOUT))
        for base, process in zip(self.bases, self.processes, strict=True):
            self._wait_healthy(base, process, data_dir)

    def _wait_healthy(self, base: str, process: subprocess.Popen, data_dir: Path) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            if process.poll() is not None:
                raise SystemExit(f"serve exited: see {data_dir / 'serve.log'}")
            time.sleep(0.2)
        raise SystemExit("serve did not answer /health within 120 s")

    def cpu_seconds(self) -> float:
        return sum(server_cpu_seconds(process.pid) for process in self.processes)

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log.close()


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        for child in children:
            pids += _tree(int(child))
    return pids


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU of the server and its worker processes: a cost per report that a busy machine
    distorts far less than the rate (other helpers' load lowers reports/s, not CPU per report)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for each in _tree(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def _ms(text: str) -> float:
    match = re.match(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(server: Server, script: Path, connections: int, seconds: float, prefix: str,
            rate: float = 0.0) -> Level:
    """wrk against every serve process at once, the connections split between them; one line for all. With
    ``rate``, reports are paced to arrive at that many per second in all (0: as fast as answers come back)."""
    cpu = server.cpu_seconds()
    share = max(1, connections // len(server.bases))
    threads = min(share, 2)
    interval_ms = 1000 * threads * len(server.bases) / rate if rate else 0.0
    runs = [subprocess.Popen(  # noqa: S603
        ["wrk", "-t", str(threads), "-c", str(share), "-d", f"{max(1, round(seconds))}s", "--timeout", "30s",
         "--latency", "-s", str(script), base],
        env={**os.environ, "BENCH_TOKEN": server.platform_token, "BENCH_PREFIX": f"{prefix}-p{i}",
             "BENCH_INTERVAL_MS": str(interval_ms)}, stdout=subprocess.PIPE, text=True,
    ) for i, base in enumerate(server.bases)]
    levels = [_parse_wrk(run.communicate()[0], share) for run in runs]
    requests = sum(level.requests for level in levels)
    cpu_ms = (server.cpu_seconds() - cpu) * 1000 / max(requests, 1)
    return Level(connections, sum(level.rate for level in levels),
                 sum(level.p50_ms * level.requests for level in levels) / max(requests, 1),
                 max(level.p99_ms for level in levels), sum(level.errors for level in levels), requests, cpu_ms)


def _parse_wrk(out: str, connections: int) -> Level:
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    errors = 0
    if found := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out):
        errors += int(found.group(1))
    if found := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        errors += sum(int(g) for g in found.groups())
    return Level(connections, rate, p50, p99, errors, requests)


def sqlite_raw_limit(directory: Path, seconds: float = 3.0) -> float:
    """One-row transactions per second, WAL + synchronous=FULL, on the filesystem the server writes to."""
    path = directory / "raw.db"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    done, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t (v) VALUES (?)", (f"row {done}",))
        connection.execute("COMMIT")
        done += 1
    connection.close()
    path.unlink()
    return done / seconds


def postgres_raw_limit(url: str, seconds: float = 3.0) -> float:
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute("CREATE TABLE bench_raw (id bigserial PRIMARY KEY, v text)")
        done, end = 0, time.monotonic() + seconds
        while time.monotonic() < end:
            connection.execute("INSERT INTO bench_raw (v) VALUES (%s)", (f"row {done}",))
            done += 1
        connection.execute("DROP TABLE bench_raw")
    return done / seconds


def claim_latencies(server: Server, seconds: float, every: float = 0.05) -> tuple[list[float], int]:
    """claim-next from a moderator, one call every `every` s; latencies in ms and the count of non-200s."""
    timings, errors = [], 0
    headers = {"Authorization": f"Bearer {server.moderator_token}"}
    with httpx.Client(base_url=server.base, headers=headers, timeout=30) as client:
        client.post("/api/v1/cases/claim-next")  # not timed: the client's connection, as wrk's warm-up run
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            start = time.perf_counter()
            answer = client.post("/api/v1/cases/claim-next")
            timings.append((time.perf_counter() - start) * 1000)
            if answer.status_code != 200:
                errors += 1
            time.sleep(every)
    return timings, errors


def unsettled(server: Server) -> int:
    metrics = httpx.get(f"{server.base}/metrics", timeout=30).text
    found = re.search(r"^trustdesk_intake_unsettled_reports (\S+)$", metrics, re.MULTILINE)
    return int(float(found.group(1))) if found else 0


def settle_backlog(server: Server) -> tuple[int, float]:
    """Wait until every acknowledged report is settled into its case: how many waited, and for how long."""
    started, backlog = time.monotonic(), unsettled(server)
    while unsettled(server):
        time.sleep(0.2)
    return backlog, time.monotonic() - started


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else float("nan")


def bench_database(label: str, url: str, directory: Path, raw: float, args: argparse.Namespace) -> None:
    script = directory / "report.lua"
    script.write_text(REPORT_LUA)
    server = Server(url, directory / "data", args.workers, args.processes)
    try:
        run_wrk(server, script, 2, 2, "warm")  # first requests: connections, caches
        settle_backlog(server)  # the first level starts from a settled journal, as the others do
        print(f"\n{label}: raw limit {raw:,.0f} one-row commits/s; {args.processes} serve process(es), "
              f"--workers {args.workers}; load average {load_average()}")
        print("| connections | reports/s |  p50 ms |  p99 ms | errors | requests | of raw | server CPU ms/report |"
              " unsettled at end | settled in |")
        print("|-------------|-----------|---------|---------|--------|----------|--------|----------------------|"
              "------------------|------------|")
        for connections in args.levels:
            level = run_wrk(server, script, connections, args.seconds, f"c{connections}")
            # Each level starts from a settled journal: a burst is measured as a burst, and the time its backlog
            # takes to settle (the desk's queue lags that much behind it) is printed beside it.
            backlog, took = settle_backlog(server)
            print(f"| {connections:>11} | {level.rate:>9,.0f} | {level.p50_ms:>7.1f} | {level.p99_ms:>7.1f} | "
                  f"{level.errors:>6} | {level.requests:>8} | {level.rate / raw:>6.2f} | {level.cpu_ms:>20.2f} |"
                  f" {backlog:>16,} | {took:>8.1f} s |")
        idle, idle_errors = claim_latencies(server, min(args.seconds, 5))
        # 1,000 reports/s paced over 32 connections (the rate printed is what came). A fixed pause per
        # connection, as before, made 300-600/s once answers slowed.
        flood: dict[str, Level] = {}
        flooder = threading.Thread(target=lambda: flood.setdefault(
            "level", run_wrk(server, script, 32, args.seconds + 2, "flood", rate=args.flood_rate)))
        flooder.start()
        time.sleep(1)
        busy, busy_errors = claim_latencies(server, args.seconds)
        flooder.join()
        arriving = flood["level"]
        print(f"\nclaim-next ({label}) | calls | p50 ms | p99 ms | errors | reports/s arriving meanwhile")
        for name, timings, errors, rate in (("idle", idle, idle_errors, 0.0),
                                            ("during flood", busy, busy_errors, arriving.rate)):
            print(f"| {name:<12} | {len(timings):>5} | {statistics.median(timings):>6.1f} | "
                  f"{pct(timings, 0.99):>6.1f} | {errors:>6} | {rate:,.0f} (p99 {arriving.p99_ms:.1f} ms)"
                  if name != "idle" else
                  f"| {name:<12} | {len(timings):>5} | {statistics.median(timings):>6.1f} | "
                  f"{pct(timings, 0.99):>6.1f} | {errors:>6} | -")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each load level")
    parser.add_argument("--levels", default="1,8,32", help="concurrent connections, comma-separated")
    parser.add_argument("--workers", type=int, default=1, help="serve --workers N (when serve has it)")
    parser.add_argument("--processes", type=int, default=1,
                        help="separate `serve` processes on one database (ports of their own; wrk splits the load)")
    parser.add_argument("--pg", action="store_true", help="also on a throwaway PostgreSQL cluster")
    parser.add_argument("--flood-rate", type=float, default=1000.0,
                        help="reports/s arriving while claim-next is timed")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    args.levels = [int(c) for c in args.levels.split(",")]
    if shutil.which("wrk") is None:
        if os.geteuid() != 0:
            raise SystemExit("this bench needs wrk: apt-get install -y wrk")
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, stdout=subprocess.DEVNULL)  # noqa: S607
    print(f"HTTP intake through trustdesk serve; load average at start {load_average()} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-http-") as tmp:
        if not args.no_sqlite:
            directory = Path(tmp) / "sqlite"
            directory.mkdir()
            raw = sqlite_raw_limit(directory)
            bench_database("sqlite (WAL, synchronous=FULL)", f"sqlite:///{directory}/bench.db", directory, raw, args)
        if args.pg:
            directory = Path(tmp) / "pg"
            directory.mkdir()
            cluster = PostgresCluster()
            try:
                url = cluster.start()
                bench_database("postgresql (throwaway cluster)", url, directory, postgres_raw_limit(url), args)
            finally:
                cluster.stop()
    print(f"\nload average at end {load_average()}")


if __name__ == "__main__":
    main()

"""A throwaway PostgreSQL server for tests.

    cluster = PostgresCluster()
    url = cluster.start()          # postgresql+psycopg://postgres@127.0.0.1:PORT/trustdesk
    other = cluster.create_database("other")
    ...
    cluster.stop()

Each cluster is a fresh `initdb` in a temp dir, listening only on 127.0.0.1 (free port) with its
unix socket in that dir, tuned for speed over durability. PostgreSQL refuses to run as root, so as
root the server binaries run as the `postgres` system user (made by the Debian package).

Set TRUSTDESK_TEST_PG_URL (any SQLAlchemy/libpq URL of a superuser-ish role) to use an existing
server instead: databases are then created on it, named per xdist worker, and dropped by stop().
Databases of those names are dropped first, so never point it at a server holding real data.

Missing PostgreSQL is an error, never a skip: tests that need it must fail loudly.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import NoReturn

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

ENV_URL = "TRUSTDESK_TEST_PG_URL"
_DROP = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
SUPERUSER = "postgres"

# Durability is worthless for a test cluster; these make it several times faster.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "200",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "64MB",
    "max_wal_size": "1GB",
    "checkpoint_timeout": "30min",
    "autovacuum": "off",
    "log_min_messages": "warning",
}

# A server stopped with -m immediate (a crash) must keep every acknowledged commit: production's defaults.
DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}


def find_pg_bin(name: str) -> str:
    """Locate a server binary (initdb, pg_ctl): PATH first, then Debian's versioned dirs (newest)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        reverse=True,
    )
    candidates += [f"/usr/local/pgsql/bin/{name}", f"/usr/local/bin/{name}"]
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    raise RuntimeError(
        f"PostgreSQL server binary {name!r} not found (looked in PATH, /usr/lib/postgresql/*/bin, "
        "/usr/local/bin). Install it: apt-get install -y postgresql (scripts/test does this)."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _libpq(url: URL) -> dict:
    """psycopg.connect() kwargs for a SQLAlchemy URL."""
    kw = {"host": url.host, "port": url.port, "user": url.username, "dbname": url.database}
    if url.password:
        kw["password"] = url.password
    return {k: v for k, v in kw.items() if v is not None}


class PostgresCluster:
    def __init__(self, dbname: str = "trustdesk", *, durable: bool = False) -> None:
        self.dbname = dbname
        self.durable = durable  # fsync and synchronous commit as in production (fault benchmarks)
        self.external = os.environ.get(ENV_URL) or None
        self.tmpdir: Path | None = None
        self.port: int | None = None
        self._created: list[str] = []
        self._running = False

    # -- public API ---------------------------------------------------------------------------
    def start(self) -> str:
        """Start the server (or attach to TRUSTDESK_TEST_PG_URL); return a URL to a fresh database."""
        if self.external:
            self._running = True
            # xdist workers share an external server: keep their databases apart.
            worker = os.environ.get("PYTEST_XDIST_WORKER")
            if worker:
                self.dbname = f"{self.dbname}_{worker}"
            return self.create_database(self.dbname)
        self._start_local()
        return self.create_database(self.dbname)

    def create_database(self, name: str) -> str:
        """Create (replacing any old one) database `name`; return its SQLAlchemy URL."""
        if not self._running:
            raise RuntimeError("PostgresCluster.create_database() called before start()")
        admin = self._admin_url()
        with psycopg.connect(**_libpq(admin), autocommit=True, connect_timeout=5) as conn:
            conn.execute(_DROP.format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        if name not in self._created:
            self._created.append(name)
        return admin.set(database=name).render_as_string(hide_password=False)

    def stop(self) -> None:
        """Stop the server immediately and delete its files (external: drop our databases)."""
        if not self._running:
            return
        self._running = False
        if self.external:
            self._drop_created()
            return
        if self.tmpdir is None:
            return
        try:
            self._pg("pg_ctl", "stop", "-D", str(self.tmpdir / "data"), "-m", "immediate", "-w", check=False)
        finally:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
            self.tmpdir = None

    def pause(self) -> None:
        """Stop the server but keep its files and port, as an outage would (local clusters only)."""
        if self.external or self.tmpdir is None:
            raise RuntimeError("pause() needs a local cluster")
        self._pg("pg_ctl", "stop", "-D", str(self.tmpdir / "data"), "-m", "immediate", "-w")

    def resume(self) -> None:
        """Start a paused server again on the same port."""
        if self.external or self.tmpdir is None:
            raise RuntimeError("resume() needs a local cluster")
        self._pg("pg_ctl", "start", "-D", str(self.tmpdir / "data"), "-l", str(self.tmpdir / "server.log"),
                 "-w", "-t", "20", "-o", f"-p {self.port}")

    def freeze(self) -> None:
        """SIGSTOP the postmaster and every backend, as a hung machine would: TCP still accepted, nothing answers."""
        for pid in self._server_pids():
            os.kill(pid, signal.SIGSTOP)

    def thaw(self) -> None:
        for pid in self._server_pids():
            os.kill(pid, signal.SIGCONT)

    def _server_pids(self) -> list[int]:
        if self.external or self.tmpdir is None:
            raise RuntimeError("freeze() needs a local cluster")
        postmaster = int((self.tmpdir / "data" / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == postmaster:
                children.append(int(stat.parent.name))
        return [postmaster, *children]

    @property
    def url(self) -> str:
        return self._admin_url().set(database=self.dbname).render_as_string(hide_password=False)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- internals ----------------------------------------------------------------------------
    def _admin_url(self) -> URL:
        if self.external:
            return make_url(self.external).set(drivername="postgresql+psycopg", database="postgres")
        return URL.create(
            "postgresql+psycopg", username=SUPERUSER, host="127.0.0.1", port=self.port, database="postgres"
        )

    def _drop_created(self) -> None:
        try:
            with psycopg.connect(**_libpq(self._admin_url()), autocommit=True, connect_timeout=5) as conn:
                for name in self._created:
                    conn.execute(_DROP.format(sql.Identifier(name)))
        except psycopg.Error:
            pass  # best effort: the server may already be gone
        self._created.clear()

    def _pg(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a server binary, as `postgres` when we are root (PostgreSQL refuses to run as root)."""
        cmd = [find_pg_bin(tool), *args]
        if os.geteuid() == 0:
            if shutil.which("runuser"):
                cmd = ["runuser", "-u", SUPERUSER, "--", *cmd]
            else:
                cmd = ["su", SUPERUSER, "-s", "/bin/sh", "-c", shlex.join(cmd)]
        # cwd: the postgres user may not be able to read the caller's cwd.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        return subprocess.run(
            cmd, cwd=self.tmpdir, env=env, capture_output=True, text=True, check=check, timeout=60
        )

    def _start_local(self) -> None:
        root = os.geteuid() == 0
        if root:
            try:
                pw = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise RuntimeError(
                    "running as root, but there is no 'postgres' system user to run PostgreSQL as "
                    "(apt-get install -y postgresql creates it)"
                ) from None
        # As root use /tmp, not $TMPDIR: the postgres user must be able to reach the directory.
        self.tmpdir = Path(tempfile.mkdtemp(prefix="trustdesk-pg-", dir="/tmp" if root else None))
        if root:
            os.chown(self.tmpdir, pw.pw_uid, pw.pw_gid)
        atexit.register(self.stop)  # don't leak a server if the test run ends without stop()
        data = self.tmpdir / "data"
        init = self._pg(
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
            check=False,
        )
        if init.returncode != 0:
            self._fail("initdb failed", init.stdout + init.stderr)
        settings = {**SETTINGS, **(DURABLE if self.durable else {})}
        conf = "".join(f"{k} = {v}\n" for k, v in settings.items())
        conf += f"unix_socket_directories = '{self.tmpdir}'\n"
        with open(data / "postgresql.conf", "a") as f:
            f.write(conf)
        # The port is picked before the server binds it, so another process may win the race: retry.
        log = self.tmpdir / "server.log"
        last = ""
        for _ in range(5):
            self.port = _free_port()
            res = self._pg(
                "pg_ctl",
                "start",
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "20",
                "-o",
                f"-p {self.port}",
                check=False,
            )
            if res.returncode == 0:
                self._running = True
                return
            last = res.stdout + res.stderr
            if "already in use" not in self._log_tail(log):
                break
            time.sleep(0.1)
        # pg_ctl may have timed out on a server that is still coming up: make sure it is gone.
        self._pg("pg_ctl", "stop", "-D", str(data), "-m", "immediate", "-w", check=False)
        self._fail(f"pg_ctl start failed (port {self.port})", last)

    def _log_tail(self, log: Path, lines: int = 30) -> str:
        try:
            return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _fail(self, what: str, output: str) -> NoReturn:
        tail = self._log_tail(self.tmpdir / "server.log") if self.tmpdir else ""
        tmpdir, self.tmpdir = self.tmpdir, None
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
        raise RuntimeError(
            f"PostgreSQL test cluster: {what}\n--- output ---\n{output.strip()}\n"
            f"--- server log tail ---\n{tail.strip()}"
        )

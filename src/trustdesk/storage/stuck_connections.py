"""Bounded waits on a frozen PostgreSQL server.

A server that is stopped refuses connections, and `connect_timeout` bounds one that cannot be reached. A server
that is frozen (SIGSTOP, a paused VM, a hung storage layer) is worse: its kernel still accepts and acknowledges
TCP, so an open connection's query, commit or liveness ping waits for an answer that never comes —
`statement_timeout` is enforced by that very server, and libpq has no read timeout. Every request would hang.

The watchdog bounds each such wait from the client side: a ping gets `ping_seconds`, a statement, commit or
rollback `statement_seconds` (the statement timeout plus a grace). When one runs past its deadline, the watchdog
shuts the connection's socket down; the driver then fails with an OperationalError (a 503 for the caller), and
the pool replaces the connection, so service resumes by itself when the server thaws."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 0.2


class ConnectionWatchdog:
    def __init__(self, *, ping_seconds: float, statement_seconds: float) -> None:
        self.ping_seconds, self.statement_seconds = ping_seconds, statement_seconds
        self._watched: dict[int, tuple[float, int]] = {}  # a watch's id -> (deadline, the connection's socket fd)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.cut = 0  # connections shut down so far (for tests and logs)

    def attach(self, engine: Engine) -> None:
        """Guard every blocking round trip the engine's dialect makes on a DBAPI connection."""
        dialect = engine.dialect
        on_cursor: Callable[[Any], Any] = lambda cursor: cursor.connection  # noqa: E731
        on_connection: Callable[[Any], Any] = lambda connection: connection  # noqa: E731
        for name, connection_of, seconds in (
            ("do_ping", on_connection, self.ping_seconds),
            ("do_execute", on_cursor, self.statement_seconds),
            ("do_executemany", on_cursor, self.statement_seconds),
            ("do_execute_no_params", on_cursor, self.statement_seconds),
            ("do_commit", on_connection, self.statement_seconds),
            ("do_rollback", on_connection, self.statement_seconds),
        ):
            setattr(dialect, name, self._guarded(getattr(dialect, name), connection_of, seconds))

    def _guarded(self, method: Callable[..., Any], connection_of: Callable[[Any], Any],
                 seconds: float) -> Callable[..., Any]:
        def guarded(target: Any, *args: Any, **kwargs: Any) -> Any:
            with self.watching(connection_of(target), seconds):
                return method(target, *args, **kwargs)

        return guarded

    @contextlib.contextmanager
    def watching(self, dbapi_connection: Any, seconds: float) -> Iterator[None]:
        try:
            fd = int(dbapi_connection.fileno())
        except Exception:  # noqa: BLE001 - a closed connection has no socket: the driver will say so itself
            yield
            return
        key = object()
        with self._lock:
            self._watched[id(key)] = (time.monotonic() + seconds, fd)
            self._start()
        try:
            yield
        finally:
            with self._lock:
                self._watched.pop(id(key), None)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="trustdesk-db-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            time.sleep(CHECK_EVERY_SECONDS)
            now = time.monotonic()
            with self._lock:  # held while cutting, so a watch that just ended cannot have its fd reused meanwhile
                for key, (deadline, fd) in list(self._watched.items()):
                    if deadline <= now:
                        del self._watched[key]
                        self._cut(fd)

    def _cut(self, fd: int) -> None:
        try:
            duplicate = socket.socket(fileno=os.dup(fd))
        except OSError:
            return
        try:
            duplicate.shutdown(socket.SHUT_RDWR)  # the connection itself, not just our copy of the descriptor
            self.cut += 1
            log.warning("database did not answer in time: connection shut down (the server may be frozen)")
        except OSError:
            pass
        finally:
            duplicate.close()

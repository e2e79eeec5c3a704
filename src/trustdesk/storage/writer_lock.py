"""A first-come, first-served, reentrant lock for the threads of a process that write to SQLite.

Why not threading.RLock: it is not fair. The intake writer releases it after a batch and takes it again at once
for the next one, so a moderator's claim waiting beside it could lose that race batch after batch during a
report flood. Here the lock is handed to the longest waiter on release: a claim waits for at most the batch
being written when it arrived.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections import deque


class FairLock:
    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[tuple[int, threading.Event]] = deque()
        self._owner: int | None = None
        self._depth = 0

    def acquire(self, timeout: float) -> bool:
        """Wait at most ``timeout`` seconds for the lock; False if it did not come."""
        me = threading.get_ident()
        with self._mutex:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None and not self._waiters:
                self._owner, self._depth = me, 1
                return True
            turn = threading.Event()
            self._waiters.append((me, turn))
        deadline = time.monotonic() + timeout
        while not turn.wait(max(0.0, deadline - time.monotonic())):
            with self._mutex:
                if turn.is_set():  # handed over just as the wait ended: take it
                    break
                if time.monotonic() >= deadline:
                    self._waiters.remove((me, turn))
                    return False
        return True

    @property
    def depth(self) -> int:
        """How many times the calling thread holds it (0: not at all)."""
        return self._depth if self._owner == threading.get_ident() else 0

    def release(self) -> None:
        with self._mutex:
            if self._owner != threading.get_ident():
                raise RuntimeError("release of a writer lock this thread does not hold")
            self._depth -= 1
            if self._depth:
                return
            if self._waiters:
                owner, turn = self._waiters.popleft()
                self._owner, self._depth = owner, 1  # handed over: nobody can take it in between
                turn.set()
            else:
                self._owner = None


class FileLock:
    """The same turn-taking between processes (`serve --workers`, several `serve`s on one SQLite file): an
    exclusive flock on a file beside the database, asked for every 0.2-1 ms until it comes. SQLite's own busy
    handler sleeps up to 100 ms between tries, so a process waiting there kept waiting long after the other had
    committed. Taken after the process's own FairLock, so only one thread per process ever waits here."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, timeout: float) -> bool:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return True  # a read-only directory: SQLite's own lock still keeps writers apart
        deadline, pause = time.monotonic() + timeout, 0.0002
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(pause)
                pause = min(pause * 2, 0.001)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

"""The SQLite writer lock of a process: first come, first served, reentrant, bounded waits."""

from __future__ import annotations

import threading

from trustdesk.storage.writer_lock import FairLock, FileLock


def test_a_waiting_thread_gets_the_lock_before_a_holder_that_takes_it_again_at_once():
    # The intake writer releases after a batch and asks again at once; a claim waiting meanwhile goes first.
    lock, order = FairLock(), []
    assert lock.acquire(1)
    waiting = threading.Event()

    def claim() -> None:
        waiting.set()
        assert lock.acquire(5)
        order.append("claim")
        lock.release()

    claimer = threading.Thread(target=claim)
    claimer.start()
    waiting.wait(5)
    while not lock._waiters:  # the claim is queued (no sleep: it queues within microseconds)
        pass
    lock.release()
    assert lock.acquire(5)  # the writer's next batch
    order.append("next batch")
    lock.release()
    claimer.join(5)
    assert order == ["claim", "next batch"]


def test_the_lock_is_reentrant_and_a_wait_gives_up_at_its_timeout_without_blocking_later_waiters():
    lock = FairLock()
    assert lock.acquire(1) and lock.acquire(1)  # nested in the same thread
    gave_up = []
    thread = threading.Thread(target=lambda: gave_up.append(not lock.acquire(0.01)))
    thread.start()
    thread.join(5)
    assert gave_up == [True]
    lock.release()
    lock.release()
    other = []
    thread = threading.Thread(target=lambda: other.append(lock.acquire(1)) or lock.release())
    thread.start()
    thread.join(5)
    assert other == [True]  # the abandoned wait left nothing behind in the queue


def test_processes_take_turns_at_a_file_lock_and_a_wait_gives_up_at_its_timeout(tmp_path):
    # Two open files on one path conflict like two processes do (flock belongs to the open file).
    path = str(tmp_path / "trustdesk.db.writer-lock")
    mine, theirs = FileLock(path), FileLock(path)
    assert mine.acquire(1)
    assert not theirs.acquire(0.01)
    mine.release()
    assert theirs.acquire(1)
    theirs.release()


def test_a_second_serving_process_on_one_sqlite_file_waits_its_turn_and_fails_as_locked_past_the_timeout(tmp_path):
    import pytest
    from sqlalchemy.exc import OperationalError

    from trustdesk.clock import SystemClock
    from trustdesk.storage.database import Database, DatabaseOptions

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    first = Database(url)
    second = Database(url, options=DatabaseOptions(sqlite_busy_timeout_ms=50))  # as if in another process
    with first.transaction(SystemClock()), pytest.raises(OperationalError, match="another process holds it"), \
            second.transaction(SystemClock()):
        pass
    with second.transaction(SystemClock()):  # its turn once the first is done
        pass
    first.dispose()
    second.dispose()

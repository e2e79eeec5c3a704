"""The SQLite writer lock of a process: first come, first served, reentrant, bounded waits."""

from __future__ import annotations

import threading

from trustdesk.storage.writer_lock import FairLock


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

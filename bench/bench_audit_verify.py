"""How long does verifying the audit log take? Target: 1,000,000 entries in under 10 s.

Builds N sealed entries in memory (with payloads shaped like real ones, some non-ASCII and some
emoji), signs tree heads, then times `verify_log` on the in-memory records and, unless --no-export,
`write_export` + `verify_export` on a JSON Lines file in a temp dir (the offline auditor's path).

    .venv/bin/python bench/bench_audit_verify.py [--entries 1000000] [--no-export]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trustdesk.audit.chain import seal
from trustdesk.audit.export import verify_export, write_export
from trustdesk.audit.merkle import MerkleAccumulator
from trustdesk.audit.records import GENESIS, AuditRecord, iso_utc
from trustdesk.audit.signing import SigningKey, TreeHead, sign_tree_head
from trustdesk.audit.verify import verify_log

VERBS = ("report.filed", "case.created", "case.claimed", "action.proposed", "action.approved",
         "action.executed", "action.reversed", "staff.added")
TEXTS = ("spam campaign, same link in 40 replies", "harcèlement répété envers l'utilisateur",
         "threatening DMs 😡 after the match", "impersonation of a public figure")


def build(n: int) -> list[AuditRecord]:
    start = datetime(2026, 11, 23, 19, 29, 21, tzinfo=UTC)
    records: list[AuditRecord] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        verb = VERBS[seq % len(VERBS)]
        payload = {
            "case_id": f"cas_01JDX5N3K8Q9R7T6{seq:010d}",
            "reason": TEXTS[seq % len(TEXTS)] if seq % 25 == 0 else TEXTS[0],
            "type": "suspend", "duration_hours": 24, "followers": seq * 7, "tags": ["public-interest"],
        }
        record = seal(
            seq=seq, id=f"aud_01JDX5N3K8Q9R7T6{seq:010d}", at=iso_utc(start + timedelta(milliseconds=seq)),
            actor=f"staff_{seq % 50:04d}", verb=verb, subject=f"account:{seq % 10007}",
            object_id=f"act_{seq:012d}", summary=f"senior{seq % 9} {verb} on @user{seq % 10007} (case {seq})",
            payload=payload, prev_hash=prev,
        )
        records.append(record)
        prev = record.hash
    return records


def sign_heads(records: list[AuditRecord], key: SigningKey, every: int) -> list[TreeHead]:
    """A head every `every` entries and one at the end, as a writer signing at intervals would."""
    acc, heads = MerkleAccumulator(), []
    for record in records:
        acc.append(bytes.fromhex(record.hash))
        if acc.size % every == 0 or acc.size == len(records):
            heads.append(sign_tree_head(key, acc.size, acc.root().hex(), iso_utc(datetime.now(UTC))))
    return heads


def timed(fn, *args):  # noqa: ANN001, ANN202 - tiny bench helper
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--head-every", type=int, default=10_000)
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args()

    key = SigningKey.generate()
    records, t_build = timed(build, args.entries)
    heads, t_sign = timed(sign_heads, records, key, args.head_every)
    print(f"built {len(records):,} sealed entries in {t_build:.1f} s; signed {len(heads)} tree heads "
          f"in {t_sign:.1f} s")

    rows = []
    report, t_verify = timed(verify_log, records, heads, key.public_key_pem())
    assert report.ok, report
    rows.append(("verify_log (in memory)", report.entries, t_verify))
    if not args.no_export:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "audit.jsonl"
            with open(path, "w", encoding="utf-8") as fp:
                _, t_write = timed(write_export, fp, records, heads, key.public_key_pem())
            rows.append(("write_export", len(records), t_write))
            del records  # the offline verifier starts from the file alone
            report, t_file = timed(verify_export, path, key.public_key_pem())
            assert report.ok, report
            rows.append(("verify_export (JSONL file)", report.entries, t_file))

    print(f"\n| {'step':<28} | {'entries':>11} | {'seconds':>8} | {'entries/s':>11} |")
    print(f"|{'-' * 30}|{'-' * 13}|{'-' * 10}|{'-' * 13}|")
    for name, entries, seconds in rows:
        print(f"| {name:<28} | {entries:>11,} | {seconds:>8.2f} | {entries / seconds:>11,.0f} |")


if __name__ == "__main__":
    main()

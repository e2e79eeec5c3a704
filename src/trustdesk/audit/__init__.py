"""Tamper-evident audit log, pure core: canonical form, hash chain, Merkle tree, signatures, verification.

No database or web code lives here (and none may be imported): the storage layer and an offline
verifier of an export file both work on plain `AuditRecord`s.
"""

from trustdesk.audit.chain import entry_hash, record_digest, seal
from trustdesk.audit.export import read_export, verify_export, write_export
from trustdesk.audit.merkle import (
    MerkleAccumulator,
    consistency_proof,
    inclusion_proof,
    verify_consistency,
    verify_inclusion,
)
from trustdesk.audit.merkle import root as merkle_root
from trustdesk.audit.records import GENESIS, AuditRecord, iso_utc
from trustdesk.audit.signing import SigningKey, TreeHead, load_or_create_key, sign_tree_head, verify_tree_head
from trustdesk.audit.verify import VerifyReport, verify_log

__all__ = [
    "GENESIS", "AuditRecord", "MerkleAccumulator", "SigningKey", "TreeHead", "VerifyReport",
    "consistency_proof", "entry_hash", "inclusion_proof", "iso_utc", "load_or_create_key", "merkle_root",
    "read_export", "record_digest", "seal", "sign_tree_head", "verify_consistency", "verify_export",
    "verify_inclusion", "verify_log", "verify_tree_head", "write_export",
]

"""The signing key on disk and signed tree heads."""

from __future__ import annotations

import dataclasses
import os
import stat
from hashlib import sha256
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

from trustdesk.audit.signing import (
    KeyFileError,
    SigningKey,
    load_key,
    load_or_create_key,
    sign_tree_head,
    tree_head_message,
    verify_tree_head,
)

ROOT = "ab" * 32
AT = "2026-11-23T19:29:21.123456+00:00"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_first_run_creates_an_owner_only_key_in_an_owner_only_directory(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "audit-signing.pem"
    key = load_or_create_key(path)
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in path.parent.iterdir()] == ["audit-signing.pem"]  # no temp file left behind
    assert load_or_create_key(path).key_id == key.key_id


def test_a_key_file_readable_by_group_or_others_is_refused_with_a_fix(tmp_path: Path) -> None:
    path = tmp_path / "audit-signing.pem"
    load_or_create_key(path)
    for mode in (0o640, 0o604, 0o660):
        os.chmod(path, mode)
        with pytest.raises(KeyFileError, match=f"chmod 600 {path}"):
            load_or_create_key(path)


def test_an_operator_supplied_key_is_used_as_is(tmp_path: Path) -> None:
    supplied = SigningKey.generate()
    path = tmp_path / "operator.pem"
    path.write_bytes(supplied.private_key_pem())
    os.chmod(path, 0o600)
    assert load_key(path).key_id == supplied.key_id


def test_a_key_file_with_another_kind_of_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ec.pem"
    path.write_bytes(generate_private_key(SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    os.chmod(path, 0o600)
    with pytest.raises(KeyFileError, match="not an Ed25519"):
        load_key(path)
    path.write_text("garbage")
    with pytest.raises(KeyFileError, match="not an unencrypted PEM"):
        load_key(path)


def test_key_id_is_the_first_16_hex_of_sha256_of_the_raw_public_key() -> None:
    key = SigningKey.generate()
    public = serialization.load_pem_public_key(key.public_key_pem().encode())
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert key.key_id == sha256(raw).hexdigest()[:16]
    assert key.key_id not in repr(key.private_key_pem()) and "PRIVATE" not in repr(key)


def test_a_signed_tree_head_verifies_with_the_public_key_only() -> None:
    key = SigningKey.generate()
    head = sign_tree_head(key, 41, ROOT, AT)
    assert (head.size, head.root, head.at, head.key_id) == (41, ROOT, AT, key.key_id)
    assert tree_head_message(41, ROOT, AT) == f"trustdesk-tree-head:v1\n41\n{ROOT}\n{AT}".encode()
    assert verify_tree_head(head, key.public_key_pem())
    assert not verify_tree_head(head, SigningKey.generate().public_key_pem())


@pytest.mark.parametrize(
    "change", [{"size": 42}, {"root": "cd" * 32}, {"at": "2026-11-23T19:29:22+00:00"}, {"signature": "AAAA"},
               {"signature": "not base64!"}],
)
def test_changing_any_part_of_a_tree_head_breaks_its_signature(change: dict) -> None:
    key = SigningKey.generate()
    head = dataclasses.replace(sign_tree_head(key, 41, ROOT, AT), **change)
    assert not verify_tree_head(head, key.public_key_pem())


def test_tree_heads_refuse_ambiguous_inputs() -> None:
    key = SigningKey.generate()
    with pytest.raises(ValueError):
        sign_tree_head(key, -1, ROOT, AT)
    with pytest.raises(ValueError):
        sign_tree_head(key, 1, ROOT.upper(), AT)
    with pytest.raises(ValueError):
        sign_tree_head(key, 1, ROOT, AT + "\n2")

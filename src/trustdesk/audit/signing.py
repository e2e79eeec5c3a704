"""Ed25519 signing key kept outside the database, and signed tree heads (checkpoints of the log)."""

from __future__ import annotations

import base64
import binascii
import os
import stat
from dataclasses import asdict, dataclass
from functools import lru_cache
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

TREE_HEAD_DOMAIN = "trustdesk-tree-head:v1"


class KeyFileError(RuntimeError):
    """The signing key file cannot be used safely (wrong permissions, wrong kind of key, unreadable)."""


def key_id_of(public_key: Ed25519PublicKey) -> str:
    """First 16 hex digits of sha256 over the raw 32-byte public key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return sha256(raw).hexdigest()[:16]


class SigningKey:
    """The log's Ed25519 private key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self.key_id = key_id_of(private_key.public_key())

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    def public_key_pem(self) -> str:
        """The public key as PEM (SubjectPublicKeyInfo): what an auditor needs to verify the log."""
        return self._private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def private_key_pem(self) -> bytes:
        return self._private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def sign(self, message: bytes) -> bytes:
        return self._private_key.sign(message)

    def __repr__(self) -> str:  # never show key material in logs or tracebacks
        return f"SigningKey(key_id={self.key_id!r})"


def load_or_create_key(path: str | os.PathLike[str]) -> SigningKey:
    """Load the PEM private key at `path`, creating it (0600, parent dir 0700) if missing.

    Refuses a key file that group or others may access: anyone who can read it can forge tree heads.
    """
    path = Path(path)
    if not path.exists():
        try:
            return _create_key(path)
        except FileExistsError:
            pass  # another process created it between our check and our create: use theirs
    return load_key(path)


def load_key(path: str | os.PathLike[str]) -> SigningKey:
    """Load an existing PEM private key (e.g. one given by the operator), checking its permissions."""
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if os.name == "posix" and mode & 0o077:
            raise KeyFileError(
                f"audit signing key {path} is accessible by group or others (mode {mode:04o}); "
                f"anyone who can read it can forge the log's signatures. Fix with: chmod 600 {path}"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"cannot read audit signing key {path}: {exc.strerror}") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(f"{path} is not an unencrypted PEM private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} holds a {type(key).__name__}, not an Ed25519 private key")
    return SigningKey(key)


def _create_key(path: Path) -> SigningKey:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        os.chmod(path.parent, 0o700)  # mkdir's mode is filtered by the umask; make sure
    key = SigningKey.generate()
    # Write a private temp file (0600 from its first byte), then publish it with link(), which fails
    # if the key appeared meanwhile: no reader ever sees a half-written key, no key is overwritten.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, key.private_key_pem())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return key


@dataclass(frozen=True, slots=True)
class TreeHead:
    """A signed statement: "the log had `size` entries with Merkle root `root` at `at`"."""

    size: int
    root: str  # hex
    at: str  # ISO-8601 UTC
    key_id: str
    signature: str  # base64 of the Ed25519 signature over tree_head_message(...)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TreeHead:
        try:
            head = cls(**{name: data[name] for name in ("size", "root", "at", "key_id", "signature")})
        except KeyError as exc:
            raise ValueError(f"tree head is missing {exc.args[0]}") from exc
        if type(head.size) is not int or not all(
            isinstance(v, str) for v in (head.root, head.at, head.key_id, head.signature)
        ):
            raise ValueError("tree head fields have the wrong types")
        return head


def tree_head_message(size: int, root: str, at: str) -> bytes:
    """The exact bytes signed for a tree head."""
    return f"{TREE_HEAD_DOMAIN}\n{size}\n{root}\n{at}".encode()


def sign_tree_head(key: SigningKey, size: int, root: str, at: str) -> TreeHead:
    """Sign that the log's first `size` entries have Merkle root `root` (hex)."""
    if type(size) is not int or size < 0:
        raise ValueError("size must be a non-negative int")
    if len(root) != 64 or any(c not in "0123456789abcdef" for c in root):
        raise ValueError("root must be 64 lowercase hex digits")
    if "\n" in at:
        raise ValueError("at must not contain a newline")  # it would make the message ambiguous
    signature = key.sign(tree_head_message(size, root, at))
    return TreeHead(size, root, at, key.key_id, base64.b64encode(signature).decode("ascii"))


@lru_cache(maxsize=8)
def load_public_key(public_key_pem: str) -> Ed25519PublicKey:
    """Parse a PEM public key; raises ValueError unless it is Ed25519."""
    key = serialization.load_pem_public_key(public_key_pem.encode())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def verify_tree_head(head: TreeHead, public_key_pem: str) -> bool:
    """True when `head` was signed by the private key matching `public_key_pem`."""
    try:
        public_key = load_public_key(public_key_pem)
        signature = base64.b64decode(head.signature, validate=True)
        public_key.verify(signature, tree_head_message(head.size, head.root, head.at))
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True

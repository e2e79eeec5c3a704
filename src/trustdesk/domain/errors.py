"""Errors the domain and services raise; entry points map them to HTTP codes and exit codes."""

from __future__ import annotations


class DomainError(Exception):
    code = "domain_error"

    def __init__(self, message: str, *, field: str | None = None, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details or {}


class InvalidInput(DomainError):
    code = "invalid_input"


class TooLarge(DomainError):
    code = "too_large"


class NotFound(DomainError):
    code = "not_found"


class NotAuthenticated(DomainError):
    code = "not_authenticated"


class NotPermitted(DomainError):
    """The actor may not do this (role, access window, or safeguard policy)."""

    code = "not_permitted"


class InvalidTransition(DomainError):
    code = "invalid_transition"


class Conflict(DomainError):
    code = "conflict"


class RateLimited(DomainError):
    code = "rate_limited"


class Unavailable(DomainError):
    """Something the request needs is missing or down (the database, the audit signing key): a 503."""

    code = "unavailable"

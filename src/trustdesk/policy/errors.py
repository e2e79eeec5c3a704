"""The error a safeguard policy raises when it cannot be loaded or used."""

from __future__ import annotations

from trustdesk.domain.errors import DomainError


class PolicyError(DomainError):
    """A policy file or setting is invalid; the message names the file and the problem."""

    code = "invalid_policy"

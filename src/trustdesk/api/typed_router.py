"""The router every /api/v1 module uses: routes declare what they answer, and answer exactly that."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter


class TypedRouter(APIRouter):
    """An APIRouter whose routes leave out the optional keys a service did not return.

    A response model fills every field it declares; a key that only some answers carry (a post's author_id,
    say) would otherwise appear as null in all of them. Answers keep exactly the keys the service returned.
    """

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        kwargs["response_model_exclude_unset"] = True
        super().add_api_route(path, endpoint, **kwargs)

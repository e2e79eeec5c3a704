"""Checks that an API answer carries no key its route's response model forgot to declare.

Response models accept undeclared keys rather than drop them, so an answer shows everything the service
returned; what this finds is a key the OpenAPI document does not describe.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.routing import Match

from trustdesk.api.app import API_PREFIX, ROUTE_MODULES


def route_for(method: str, path: str) -> APIRoute | None:
    """The API route that answers `method path` (a path under API_PREFIX), as its module declared it."""
    scope = {"type": "http", "method": method, "path": path.removeprefix(API_PREFIX)}
    for module in ROUTE_MODULES:
        for route in module.router.routes:
            if isinstance(route, APIRoute) and route.matches(scope)[0] is Match.FULL:
                return route
    return None


def undeclared_keys(annotation: Any, value: Any, where: str = "") -> list[str]:
    """Dotted paths of keys in `value` that `annotation` (a model, list, union or plain type) does not declare."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return undeclared_keys(typing.get_args(annotation)[0], value, where)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return min((undeclared_keys(a, value, where) for a in options), key=len, default=[])
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(annotation)
        return [key for i, element in enumerate(value) for key in undeclared_keys(item, element, f"{where}[{i}]")]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(value, dict):
        fields = annotation.model_fields
        found = [f"{where}.{key}".lstrip(".") for key in value if key not in fields]
        for name, field in fields.items():
            if name in value:
                found += undeclared_keys(field.annotation, value[name], f"{where}.{name}")
        return found
    return []  # a plain type or an open dict: nothing to declare

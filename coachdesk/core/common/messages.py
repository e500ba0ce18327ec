"""Messages by code: what went wrong as a stable code + params, with the English text the CLI prints.

The GUI translates by ``code`` (one table per feature, filled from ``params``); the CLI and logs print
``english``. Every ``MessageCode`` is registered here so a test can check that each one has a translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_REGISTRY: dict[str, MessageCode] = {}


@dataclass(frozen=True, slots=True)
class MessageCode:
    code: str  # "<feature>.<what>", stable: the GUI's tables are keyed by it
    english: str  # str.format template over the params

    def __post_init__(self) -> None:
        if _REGISTRY.setdefault(self.code, self) is not self:
            raise ValueError(f"message code {self.code!r} is defined twice")

    def text(self, params: Mapping[str, Any]) -> str:
        return self.english.format_map(params)


def registered() -> dict[str, MessageCode]:
    """Every code defined by the modules imported so far."""
    return dict(_REGISTRY)


def english(code: str, params: Mapping[str, Any]) -> str:
    return _REGISTRY[code].text(params)


class CodedError(ValueError):
    """A ValueError whose reason is a code + params; ``str()`` is the English text."""

    def __init__(self, code: MessageCode, **params: Any) -> None:
        self.code = code.code
        self.params = params
        super().__init__(code.text(params))

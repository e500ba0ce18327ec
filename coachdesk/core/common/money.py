"""Money as integer cents (exact on SQLite and PostgreSQL alike), shown as Decimal yuan."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def money_text(cents: int) -> str:
    """'1234.50' — the string form the CLI's JSON uses for decimals."""
    return str(from_cents(cents))

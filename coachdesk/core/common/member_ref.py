"""A member as other features name them: employee id and name, kept apart so that machine-readable output
(``--json``) never has to split a combined label like ``张伟 (A1001)``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MemberRef:
    employee_id: str  # "" when the member has none (a name-only import, an anonymous answer)
    name: str

    @property
    def label(self) -> str:
        """How people read it: ``张伟 (A1001)``, or just the name without an employee id."""
        return f"{self.name} ({self.employee_id})" if self.employee_id else self.name

    def __str__(self) -> str:
        return self.label

    def as_json(self) -> dict[str, str]:
        return {"employee_id": self.employee_id, "name": self.name}

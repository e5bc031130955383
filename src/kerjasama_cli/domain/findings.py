"""What a check reports: shared by the checks of documents and of prerequisites (issue 22)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    """One thing a named check reports: what it is about, what is wrong, how serious."""

    check: str
    subject: str
    message: str
    severity: str = "warning"  # warning: worth a look; error: the registry is damaged

    def public(self) -> dict[str, Any]:
        """Stable English keys for JSON."""
        return {
            "check": self.check,
            "severity": self.severity,
            "subject": self.subject,
            "message": self.message,
        }

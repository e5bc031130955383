"""Stable, human-readable keys, so hand-edited files can be applied again without duplicates."""

from __future__ import annotations

import re
import unicodedata


def slugify(*parts: object) -> str:
    """`("Kuala Lumpur", "loi", "2025-08")` -> `kuala-lumpur-loi-2025-08`."""
    text = "-".join(str(p) for p in parts if p not in (None, ""))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "record"

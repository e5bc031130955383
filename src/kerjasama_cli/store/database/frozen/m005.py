"""m005_local_governments' key maker: domain/keys.py slugify and slug_part as they stood at
commit bc328ae, copied here because the migration derives each government's key in Python (a
key is text SQLite cannot slug the same way). A migration never calls live code, which will
change; never edit this copy: a change is a new migration."""

from __future__ import annotations

import re
import unicodedata


def slug_part(part: str) -> str:
    """One part of a key: `Kuala Lumpur` -> `kuala-lumpur`; "" when nothing is left."""
    text = unicodedata.normalize("NFKD", part)
    slug = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode().lower()).strip("-")
    if slug or not any(ch.isalnum() for ch in part):
        return slug
    # A name in a non-Latin script: keep its letters rather than lose them all.
    return re.sub(r"[\W_]+", "-", text.lower()).strip("-")


def slugify(*parts: object) -> str:
    """`("Kuala Lumpur", "loi", "2025-08")` -> `kuala-lumpur-loi-2025-08`."""
    slugs = (slug_part(str(p)) for p in parts if p not in (None, ""))
    return "-".join(s for s in slugs if s) or "record"

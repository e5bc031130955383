"""m005_local_governments' Python: its key maker (domain/keys.py slugify and slug_part) and its
governor refresh (store/records/writer.py refresh_governors with domain/governors.py attribute),
as they stood at commit bc328ae. Copied here because the migration needs them in Python (a key is
text SQLite cannot slug the same way; a governor is an interval rule over fuzzy dates). A migration
never calls live code, which will change; never edit these copies: a change is a new migration."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any


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


# The governor refresh m005 runs when it renamed records (an alias of the home government became
# its name): store/records/writer.py refresh_governors with domain/governors.py attribute, as they
# stood at commit bc328ae, copied here because the rule is Python (interval overlap of a record's
# fuzzy date with the leaders' terms), and reading the columns m005's schema has. Never edit.
NAMED, CREDITED, BY_DATE = "signatory", "credited", "date"
UNDETERMINED, NOT_RECORDED, DATE_UNKNOWN = "undetermined", "not_recorded", "date_unknown"


@dataclass(frozen=True)
class Term:
    """One leader term: key, every name (name first, then aliases), first and last day."""

    key: str
    names: tuple[str, ...]
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Span:
    """A record's date as an interval: first and last possible day, and its precision."""

    start: dt.date | None
    end: dt.date | None
    precision: str

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        if self.precision == "unknown":
            return False
        lo, hi = self.start or dt.date.min, self.end or dt.date.max
        return lo <= (end or dt.date.max) and (start or dt.date.min) <= hi


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.replace(".", " ").lower().split())


def _overlapping(date: Span, terms: list[Term]) -> list[Term]:
    return [term for term in terms if date.overlaps(term.start, term.end)]


def _named(name: str, terms: list[Term]) -> list[Term]:
    wanted = _fold(name)
    return [term for term in terms if wanted in {_fold(n) for n in term.names}]


def _covers(term: Term, start: Any, end: Any) -> bool:
    return term.start <= start and (term.end is None or (end is not None and end <= term.end))


def _innermost(date: Span, terms: list[Term]) -> list[Term]:
    inner = [t for t in terms if _covers(t, date.start, date.end)]
    nested = [
        t
        for t in inner
        if any(o is not t and _covers(o, t.start, t.end or dt.date.max) for o in terms)
    ]
    return nested if len(nested) == 1 else terms


def _pick_term(terms: list[Term], date: Span) -> Term | None:
    terms = [
        t
        for t in terms
        if not (t.end is not None and date.start is not None and t.end < date.start)
    ]
    if len(terms) == 1:
        return terms[0]
    matching = _overlapping(date, terms)
    return matching[0] if matching else None


def _attribute(
    date: Span, home_people: list[str], credited: str | None, terms: list[Term]
) -> tuple[Term | None, str, tuple[Term, ...]]:
    for name in home_people:
        term = _pick_term(_named(name, terms), date)
        if term is not None:
            return term, NAMED, ()
    if credited:
        term = _pick_term(_named(credited, terms), date)
        if term is not None:
            return term, CREDITED, ()
    if date.start is None:
        return None, DATE_UNKNOWN, ()
    found = _innermost(date, _overlapping(date, terms))
    if len(found) == 1:
        return found[0], BY_DATE, ()
    if found:
        return None, UNDETERMINED, tuple(found)
    return None, NOT_RECORDED, ()


def refresh_governors(conn: sqlite3.Connection) -> None:
    """Recompute every record's governor columns from the leaders' terms."""
    by_party: dict[str, list[Term]] = {}
    for key, name, start, end, party, aliases in conn.execute(
        "SELECT key, name, term_start, term_end, local_party, aliases FROM leaders "
        "ORDER BY term_start, id"
    ):
        term = Term(key, (name, *json.loads(aliases)), dt.date.fromisoformat(start), _day(end))
        by_party.setdefault(party, []).append(term)
    ids = dict(conn.execute("SELECT key, id FROM leaders"))
    home: dict[int, list[str]] = {}
    for record_id, side, name in conn.execute(
        "SELECT record_id, side, name FROM record_people ORDER BY record_id, position"
    ):
        if side == "home":
            home.setdefault(record_id, []).append(name)
    rows = conn.execute(
        "SELECT id, date_start, date_end, date_precision, local_party, leader FROM records"
    ).fetchall()
    for record_id, start, end, precision, party, leader in rows:
        date = Span(_day(start), _day(end), precision)
        term, basis, candidates = _attribute(
            date, home.get(record_id, []), leader, by_party.get(party, [])
        )
        conn.execute(
            "UPDATE records SET governor_id = ?, governor_basis = ?, governor_candidates = ? "
            "WHERE id = ?",
            (
                ids.get(term.key) if term else None,
                basis,
                json.dumps([c.key for c in candidates]),
                record_id,
            ),
        )

"""Findings for review: what `kerjasama check` reports, and how one check is declared.

A check is a name, a one-line description and a function that yields `Finding`s from an open
registry (store/dossier/checks.py holds the checks that read SQL). Other issues add their own kinds
by appending a `Check` to `store.dossier.checks.CHECKS` (issue 22: prerequisites, missing
documents); the command, its filters (`--only NAME`) and its JSON need no change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

# The columns of `check --format csv`: the keys of `Finding.as_json`, in its order.
CSV_COLUMNS = ("check", "message", "records", "partners", "fix", "details", "severity")


@dataclass(frozen=True)
class Finding:
    """One thing to review: which check found it, what it says (an English `template` the
    catalogue translates, filled from `details`), the entries it names, and the command that
    resolves it (for a person to read before running)."""

    check: str
    template: str
    details: dict[str, Any] = field(default_factory=dict)
    records: tuple[int, ...] = ()
    partners: tuple[int, ...] = ()
    fix: str | None = None
    severity: str = "warning"  # warning: worth a look; error: the registry is damaged
    # An `about` finding's message as a msgid and its values (not in JSON, whose `details`
    # keep the English message); a value ("partner kind", "city") is a word of that context.
    said: tuple[str, dict[str, Any]] | None = None

    @property
    def message(self) -> str:
        """What it says, in English."""
        return self.template.format(**self.details)

    def translated(self, translate: Any) -> str:
        """What it says in the language of `translate` (an `i18n.Translator`)."""
        details = self.details
        if self.said is not None:
            msgid, values = self.said
            words = {
                k: translate.word(*v) if isinstance(v, tuple) else v for k, v in values.items()
            }
            text = translate(msgid)
            details = {**details, "message": text.format(**words) if values else text}
        return translate(self.template).format(**details)

    def as_csv(self) -> dict[str, Any]:
        """`as_json` for `--format csv` (its keys are CSV_COLUMNS): `details`, whose keys differ
        from check to check, as a JSON cell, as `history` writes its changes."""
        import json

        return {**self.as_json(), "details": json.dumps(self.details, ensure_ascii=False)}

    def as_json(self) -> dict[str, Any]:
        """Stable English keys for `--format json`."""
        return {
            "check": self.check,
            "message": self.message,
            "records": list(self.records),
            "partners": list(self.partners),
            "fix": self.fix,
            "details": self.details,
            "severity": self.severity,
        }


def about(
    check: str, subject: str, message: str, severity: str = "warning", **values: Any
) -> Finding:
    """A finding about one subject (a record's key, a document): `{subject}: {message}`, the
    message a msgid filled with `values` (a `(context, code)` pair is a vocabulary word). Its
    JSON `details` keep the message written out in English."""
    english = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
    return Finding(
        check,
        "{subject}: {message}",
        {"subject": subject, "message": message.format(**english) if values else message},
        severity=severity,
        said=(message, values),
    )


@dataclass(frozen=True)
class Check:
    """A named check: `run(conn)` yields its findings."""

    name: str
    description: str
    run: Callable[[Any], Iterable[Finding]]


# Words that say what kind of place a partner is, not which: `Kochi` and `Kochi City` are one.
_KIND_WORDS = frozenset(
    [
        "city",
        "town",
        "prefecture",
        "province",
        "provincial",
        "metropolitan",
        "government",
        "municipality",
        "district",
        "county",
        "state",
        "region",
        "kota",
        "kabupaten",
        "provinsi",
        "pemerintah",
        "si",
        "shi",
        "gun",
        "do",
    ]
)


def name_core(name: str) -> str:
    """A partner name folded for comparison: no accents, case, punctuation or kind words."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in _KIND_WORDS]
    return " ".join(words) or text.strip()


def near_names(a: str, b: str, cutoff: float = 0.88) -> bool:
    """Whether two partner names (of one country) likely name one partner: equal once folded
    (`Kochi` / `Kochi City`), or nearly so (`Gyeonggi-do` / `Gyeongi-do`)."""
    x, y = name_core(a), name_core(b)
    if x == y:
        return True
    if min(len(x), len(y)) < 6:  # short names differ by a letter and are still others
        return False
    return SequenceMatcher(None, x, y).ratio() >= cutoff

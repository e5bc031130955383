"""Field-level precision, recall and F1 of drafts against hand-written expected records.

Each expected record is paired with at most one draft (same partner, then same type, then same
date preferred). Scalar fields score one true positive when equal, a false positive for every
draft value that is wrong or unwanted and a false negative for every expected value missed;
sectors score per code. Unpaired drafts count all their values as false positives, unpaired
expected records all theirs as false negatives, so finding too much costs as much as too little.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.geo.names import normalise

FIELDS = (
    "partner",
    "country",
    "type",
    "date",
    "local_party",
    "local_signatory",
    "partner_signatory",
    "sectors",
)
_ADMIN = re.compile(
    r"\b(?:pemerintah|provinsi|province|kota|city|city hall|prefecture|do|si|metropolitan|"
    r"government|pemprov|pemkot|of|the|special|self|governing|island)\b"
)


def _name(value: str) -> str:
    return re.sub(r"\s+", " ", _ADMIN.sub(" ", normalise(value))).strip()


def same_partner(expected: Any, found: Any) -> bool:
    """Names equal once administrative words go ("Provinsi Gyeonggi" = "Gyeonggi-do");
    expected may list several acceptable names."""
    if expected is None or found is None:
        return expected is None and found is None
    options = expected if isinstance(expected, list) else [expected]
    got = _name(found)
    return any(_name(option) == got for option in options if option)


def same_person(expected: Any, found: Any) -> bool:
    """Equal names, or one the other's words in order ("Maimunah" in "Dato' Seri Maimunah")."""
    if not expected or not found:
        return False
    a, b = normalise(expected).split(), normalise(found).split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and all(w in long for w in short)


def _equal(field_name: str, expected: Any, found: Any) -> bool:
    if field_name == "partner":
        return same_partner(expected, found)
    if field_name in ("local_signatory", "partner_signatory"):
        return same_person(expected, found)
    if field_name == "local_party":
        return _name(str(expected)) == _name(str(found))
    return expected == found


@dataclass
class Scores:
    """True positives, false positives and false negatives per field."""

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    invented: list[str] = field(default_factory=list)  # partners no expected record names

    def add(self, other: Scores) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.invented.extend(other.invented)

    def prf(self, field_name: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of one field, or of all fields together (micro average)."""
        names = [field_name] if field_name else list(FIELDS)
        tp = sum(self.tp[n] for n in names)
        fp = sum(self.fp[n] for n in names)
        fn = sum(self.fn[n] for n in names)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _present(value: Any) -> bool:
    return value not in (None, "", [])


def _score_pair(
    expected: Mapping[str, Any] | None, found: Mapping[str, Any] | None, s: Scores
) -> None:
    for name in FIELDS:
        want = expected.get(name) if expected else None
        got = found.get(name) if found else None
        if name == "sectors":
            want_set, got_set = set(want or []), set(got or [])
            s.tp[name] += len(want_set & got_set)
            s.fp[name] += len(got_set - want_set)
            s.fn[name] += len(want_set - got_set)
            continue
        if _present(want) and _present(got) and _equal(name, want, got):
            s.tp[name] += 1
            continue
        if _present(got):
            s.fp[name] += 1
        if _present(want):
            s.fn[name] += 1


def pair(
    expected: list[Mapping[str, Any]], found: list[Mapping[str, Any]]
) -> list[tuple[Any, Any]]:
    """Expected records paired with drafts (None where one side has no partner): the best
    pairs first (same partner, then same type, then same date), so an exact draft is never
    taken by an earlier expected record it only half fits."""
    candidates = []
    for w, want in enumerate(expected):
        for i, got in enumerate(found):
            if same_partner(want.get("partner"), got.get("partner")):
                score = (
                    1
                    + 2 * (want.get("type") == got.get("type"))
                    + (want.get("date") == got.get("date"))
                )
                candidates.append((-score, w, i))
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, w, i in sorted(candidates):
        if w not in matched and i not in taken:
            matched[w] = i
            taken.add(i)
    pairs: list[tuple[Any, Any]] = [
        (want, found[matched[w]] if w in matched else None) for w, want in enumerate(expected)
    ]
    pairs.extend((None, got) for i, got in enumerate(found) if i not in taken)
    return pairs


def invented(expected: list[Mapping[str, Any]], found: list[Mapping[str, Any]]) -> list[str]:
    """The drafts' partners that no expected record names: partners the drafts made up (a
    venue, a person, an Indonesian mission, the partner's own partners), one per name."""
    names: list[str] = []
    for got in found:
        partner = got.get("partner")
        if not partner or any(same_partner(w.get("partner"), partner) for w in expected):
            continue
        if not any(same_partner(partner, seen) for seen in names):
            names.append(partner)
    return names


def score(expected: list[Mapping[str, Any]], found: list[Mapping[str, Any]]) -> Scores:
    """Field scores of one article's drafts against its expected records."""
    s = Scores()
    for want, got in pair(expected, found):
        _score_pair(want, got, s)
    s.invented = invented(expected, found)
    return s


def stage_outcomes(
    expected: list[Mapping[str, Any]], found: list[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Any, str]]:
    """Each paired record whose expected record gives a stage: (the expected record, the drafted
    stage, "right", "wrong" or "empty"). The stage is scored apart from the fields (only the
    later batches' expectations give it), so that ALL FIELDS stays comparable with the earlier
    batches' figures; bench/extract_eval.py tallies these, bench/extract_compare.py counts the
    right ones per article, tests/test_extract_types.py holds a floor on them."""
    outcomes = []
    for want, got in pair(expected, found):
        if want is None or got is None or "stage" not in want:
            continue
        have = got.get("stage")
        outcome = "right" if have == want["stage"] else "empty" if have is None else "wrong"
        outcomes.append((want, have, outcome))
    return outcomes


def table(rows: Iterable[tuple[str, Scores]]) -> str:
    """Per-field and overall figures as aligned text."""
    total = Scores()
    lines = [f"{'':28} {'P':>6} {'R':>6} {'F1':>6}"]
    count = 0
    for label, s in rows:
        count += 1
        total.add(s)
        p, r, f = s.prf()
        made_up = f"   invented: {', '.join(s.invented)}" if s.invented else ""
        lines.append(f"{label[:28]:28} {p:6.3f} {r:6.3f} {f:6.3f}{made_up}")
    lines.append("")
    for name in FIELDS:
        p, r, f = total.prf(name)
        n = total.tp[name] + total.fn[name]
        lines.append(f"{name:28} {p:6.3f} {r:6.3f} {f:6.3f}   ({n} expected)")
    p, r, f = total.prf()
    lines.append(f"{'ALL FIELDS':28} {p:6.3f} {r:6.3f} {f:6.3f}")
    per_ten = 10 * len(total.invented) / count if count else 0.0
    lines.append(
        f"{'INVENTED PARTNERS':28} {len(total.invented):6d}   ({per_ten:.1f} per ten articles)"
    )
    return "\n".join(lines)

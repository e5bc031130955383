"""Precision gates simulated on saved drafts: what leaving out a kind of record or value would do.

    python bench/extract_audit.py features FEATURES.json tests/extract_cases/real{1..43}
    python bench/extract_gates.py FEATURES.json [GATE...]

Each gate takes records or values out of the drafts `extract_audit.py features` saved (with their
grounds, rules and sentences), the drafts are scored again against the labels, and one line per
gate gives P/R/F1 on real1–35 (the batches the rules were written from), real36–43 (the newest,
a pseudo-held-out test) and real1–43, with the articles whose F1 drops or invented partners rise.
A gate is decided on real1–35 and only checked on real36–43 (bench/ANALYSIS.md, "Extract:
precision audit of real36–43").
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from labelled_cases import labelled

from kerjasama_cli.extract.scoring import score
from kerjasama_cli.geo.names import normalise

CASES = Path(__file__).resolve().parent.parent / "tests" / "extract_cases"
IN_SAMPLE = 35  # real1..real35; later batches are the pseudo-held-out group
Row = dict[str, Any]
Gate = Callable[[Row, list[Row]], Row | None]  # (draft's features, the article's) -> draft or None

_LIST = re.compile(r"\b(?:seperti|diantaranya|di antaranya|antara lain|such as|including)\b", re.I)


def _dup(row: Row, rows: list[Row]) -> bool:
    partner = row["draft"]["partner"]
    return bool(partner) and any(
        i != row["index"] and normalise(r["draft"]["partner"] or "") == normalise(partner)
        for i, r in enumerate(rows)
    )


def _record(test: Callable[[Row, list[Row]], bool]) -> Gate:
    return lambda row, rows: None if test(row, rows) else row["draft"]


def _scalar(name: str, test: Callable[[Row], bool]) -> Gate:
    def gate(row: Row, rows: list[Row]) -> Row:
        draft = row["draft"]
        if draft.get(name) and test(row):
            draft[name] = None
        return draft

    return gate


def _sectors(test: Callable[[Row, str], bool]) -> Gate:
    def gate(row: Row, rows: list[Row]) -> Row:
        draft = row["draft"]
        draft["sectors"] = [c for c in draft["sectors"] if not test(row, c)]
        return draft

    return gate


GATES: dict[str, Gate] = {
    "echo": _record(lambda r, _: r["grounds"].get("record") in ("echo", "echo_of_news")),
    "echo_of_news": _record(lambda r, _: r["grounds"].get("record") == "echo_of_news"),
    "undated_plan_beside": _record(
        lambda r, rows: (
            _dup(r, rows)
            and r["draft"]["type"] in ("other", "programme")
            and not r["draft"]["date"]
        )
    ),
    "pairs_of_examples": _record(
        lambda r, _: (
            r["rules"].get("partner") == "tie_pairs.pair_records"
            and bool(_LIST.search(r["evidence"].get("partner", "")))
        )
    ),
    "date_aside": _scalar("date", lambda r: r["grounds"].get("date") in ("aside", "aside_weekday")),
    "date_release_day": _scalar("date", lambda r: r["draft"]["date"] == r["published"]),
    "date_lead": _scalar("date", lambda r: r["rules"].get("date", "").startswith("lead_dates")),
    "date_said": _scalar("date", lambda r: "said" in r["date_flags"]),
    "sectors_moved": _sectors(lambda r, c: r["grounds"].get(f"sector:{c}") == "moved"),
    "sectors_referred": _sectors(lambda r, c: r["grounds"].get(f"sector:{c}") == "referred"),
    "signatory_not_signing": _scalar(
        "local_signatory", lambda r: r["grounds"].get("local_signatory") == "other"
    ),
}


def _in_sample(key: str) -> bool:
    return int(key.split("/")[0].removeprefix("real")) <= IN_SAMPLE


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def run(features: dict[str, list[Row]], specs: dict[str, list], gate: Gate | None) -> dict:
    """Per article (tp, fp, fn, invented) of the drafts the gate leaves."""
    out = {}
    for key, rows in features.items():
        found = []
        for index, row in enumerate(rows):
            row = dict(row, draft=copy.deepcopy(row["draft"]), index=index)
            draft = gate(row, rows) if gate else row["draft"]
            if draft is not None:
                found.append(draft)
        s = score(specs[key], found)
        out[key] = (sum(s.tp.values()), sum(s.fp.values()), sum(s.fn.values()), len(s.invented))
    return out


def line(name: str, per: dict, base: dict) -> str:
    """The gate's P/R/F1 per group and the articles it costs."""
    cells = []
    for label, keep in (
        ("real1-35", _in_sample),
        ("real36-43", lambda k: not _in_sample(k)),
        ("real1-43", lambda k: True),
    ):
        tp, fp, fn, inv = (sum(v[i] for k, v in per.items() if keep(k)) for i in range(4))
        cells.append(f"{label} {tp / (tp + fp):.3f}/{tp / (tp + fn):.3f}/{_f1(tp, fp, fn):.3f}")
    lost = [k for k in per if _f1(*per[k][:3]) < _f1(*base[k][:3]) or per[k][3] > base[k][3]]
    return f"{name:24} " + "  ".join(cells) + f"  lost {len(lost)}"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    features = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    folders = sorted({CASES / key.split("/")[0] for key in features})
    specs = {f"{c.path.parent.name}/{c.path.stem}": c.spec["records"] for c in labelled(folders)}
    unknown = [name for name in argv[1:] if name not in GATES]
    if unknown:
        print(f"extract_gates: unknown gate {unknown[0]!r}; known: {', '.join(GATES)}")
        return 2
    base = run(features, specs, None)
    print(line("none", base, base))
    for name in argv[1:] or list(GATES):
        print(line(name, run(features, specs, GATES[name]), base))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Precision of each kind of evidence (extract/grounds.py) over folders of labelled articles.

    python bench/extract_grounds.py DIR [DIR...] [-- DIR...] [-- DIR...]

Each group of folders (separated by `--`) gets a column: right/drafted and the precision of the
values of each (field, kind), before the abstention policy (extract/abstain.py) takes any out, so
that the table says what each policy entry would cost and save. A record is right when the scorer
pairs it with an expected record; a value when it equals the paired record's. Tune the policy on
the batches the rules were written from, and only check it on the others.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from labelled_cases import labelled

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import pair, same_person

_abstain = importlib.import_module("kerjasama_cli.extract.abstain")
_SCALARS = ("date", "local_signatory", "partner_signatory")


def _right(name: str, want: dict[str, Any] | None, got: Any) -> bool:
    if want is None or not want.get(name):
        return False
    if name.endswith("signatory"):
        return same_person(want[name], got)
    return want[name] == got


def tally(folders: list[Path]) -> Counter[tuple[str, str, bool]]:
    """(field, kind, right) -> how many drafted values, with the policy off."""
    saved = dict(_abstain.POLICY)
    _abstain.POLICY.clear()
    out: Counter[tuple[str, str, bool]] = Counter()
    try:
        for article, text, spec, published in labelled(folders):
            extraction = extract(text, name=article.name, published=published)
            rows = to_json([extraction])
            kinds = {id(row): d.grounds for row, d in zip(rows, extraction.drafts, strict=True)}
            for want, got in pair(spec["records"], rows):
                if got is not None:
                    _count(out, want, got, kinds[id(got)])
    finally:
        _abstain.POLICY.update(saved)
    return out


def _count(out: Counter[tuple[str, str, bool]], want: Any, got: Any, kinds: dict) -> None:
    out[("record", kinds.get("record", "-"), want is not None)] += 1
    out[("type", kinds.get("type", "-"), bool(want) and want.get("type") == got["type"])] += 1
    for name in _SCALARS:
        if got.get(name):
            out[(name, kinds.get(name, "-"), _right(name, want, got[name]))] += 1
    for code in got.get("sectors") or []:
        right = want is not None and code in (want.get("sectors") or [])
        out[("sectors", kinds.get(f"sector:{code}", "-"), right)] += 1


def main(argv: list[str]) -> int:
    groups: list[list[Path]] = [[]]
    for arg in argv:
        if arg == "--":
            groups.append([])
        else:
            groups[-1].append(Path(arg))
    groups = [g for g in groups if g]
    if not groups:
        print(__doc__, file=sys.stderr)
        return 2
    tallies = [tally(g) for g in groups]
    keys = sorted({(f, k) for t in tallies for f, k, _ in t})
    heads = [f"{g[0].name}{'…' + g[-1].name if len(g) > 1 else ''}" for g in groups]
    print(f"{'field':18} {'kind':14} {'policy':8}" + "".join(f"{h[:20]:>22}" for h in heads))
    for name, kind in keys:
        policy = "out" if _abstain.distrusted(name, kind) else "keep"
        cells = []
        for t in tallies:
            right, total = t[(name, kind, True)], t[(name, kind, True)] + t[(name, kind, False)]
            cells.append(f"{right:5d}/{total:<5d} {right / total if total else 0:5.2f}")
        print(f"{name:18} {kind:14} {policy:8}" + "".join(f"{c:>22}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

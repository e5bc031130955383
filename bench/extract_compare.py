"""Article-by-article comparison of two runs of `kerjasama extract` over labelled folders.

    python bench/extract_compare.py save OUT.json DIR [DIR...]
    python bench/extract_compare.py diff BEFORE.json AFTER.json

`save` drafts every labelled article of the folders (as `extract_eval.py` does) and keeps, per
article, its drafts and its true positives, false positives and false negatives over all fields,
plus its invented partners and the stage outcome of its paired records. `diff` lists every
article whose drafts changed between two saved runs, losses first, and exits 1 when any article
lost (a lower F1 over all fields, more invented partners, fewer right stages, or any value
drafted where nothing is expected): a rule is kept only when no article pays for what another
gains, which a total can hide.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from labelled_cases import labelled

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import score, stage_outcomes


def _stage_right(expected: list[dict], found: list[dict]) -> int:
    """How many paired records that give a stage have the right one (as extract_eval.py's
    STAGE line counts them)."""
    return sum(outcome == "right" for _, _, outcome in stage_outcomes(expected, found))


def save(out: Path, folders: list[Path]) -> int:
    """Draft every labelled article of `folders` and write each one's drafts and counts."""
    runs: dict[str, Any] = {}
    for article, text, spec, published in labelled(folders):
        found = to_json([extract(text, name=article.name, published=published)])
        s = score(spec["records"], found)
        runs[f"{article.parent.name}/{article.stem}"] = {
            "tp": sum(s.tp.values()),
            "fp": sum(s.fp.values()),
            "fn": sum(s.fn.values()),
            "invented": s.invented,
            "stage": _stage_right(spec["records"], found),
            "drafts": found,
        }
    out.write_text(json.dumps(runs, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(runs)} articles saved to {out}")
    return 0


def _f1(run: dict[str, Any]) -> float:
    tp, fp, fn = run["tp"], run["fp"], run["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _lost(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Lower F1, more invented partners or fewer right stages; an article that expects nothing
    loses with any value drafted for it."""
    nothing_expected = before["tp"] + before["fn"] == 0
    return (
        _f1(after) < _f1(before)
        or nothing_expected
        and after["fp"] > before["fp"]
        or len(after["invented"]) > len(before["invented"])
        or after["stage"] < before["stage"]
    )


def diff(before_path: Path, after_path: Path) -> int:
    """Print the articles whose counts changed; 1 when any of them lost."""
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    changed = [k for k in after if k in before and before[k]["drafts"] != after[k]["drafts"]]
    losers = [k for k in changed if _lost(before[k], after[k])]
    for key in sorted(changed, key=lambda k: (k not in losers, k)):
        b, a = before[key], after[key]
        mark = "LOST" if key in losers else "gain" if a != b else "same"
        print(
            f"{mark} {key}: tp {b['tp']}→{a['tp']} fp {b['fp']}→{a['fp']} fn {b['fn']}→{a['fn']} "
            f"F1 {_f1(b):.3f}→{_f1(a):.3f} invented {len(b['invented'])}→{len(a['invented'])} "
            f"stage {b['stage']}→{a['stage']}"
        )
    print(f"{len(changed)} articles changed, {len(losers)} lost")
    return 1 if losers else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "save":
        return save(Path(argv[1]), [Path(a) for a in argv[2:]])
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Field-level precision, recall and F1 of `kerjasama extract` over a folder of articles.

    python bench/extract_eval.py tests/extract_cases/seeds [MORE_DIRS...] [--verbose]

Each ARTICLE.txt needs ARTICLE.json beside it: {"published": "YYYY-MM-DD" or null,
"records": [{"partner", "country", "type", "date", "local_party", "local_signatory",
"partner_signatory", "sectors"}, ...]} (partner may be a list of acceptable names). The drafts are
made as `kerjasama extract --format json` makes them (no registry: every partner is new to it), so
the figures measure the text rules alone.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from labelled_cases import labelled

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import FIELDS, Scores, pair, score, stage_outcomes, table


def explain(
    stem: str,
    expected: list[dict],
    found: list[dict],
    missed: str = "MISSED",
    extra: str = "EXTRA",
) -> None:
    """One line per difference: missed and extra drafts, wrong fields, sector differences
    (`missed` and `extra` name the two sides, e.g. two labellings compared)."""
    for want, got in pair(expected, found):
        if want is None:
            print(f"  {stem}: {extra} {got['partner']} {got['type']} {got['date']}")
        elif got is None:
            print(f"  {stem}: {missed} {want['partner']} {want['type']} {want['date']}")
        else:
            for name in FIELDS:
                if name in ("partner", "sectors"):
                    continue
                if (want.get(name) or None) != (got.get(name) or None):
                    wanted_value, got_value = want.get(name), got.get(name)
                    print(f"  {stem}: {want['partner']}.{name}: {wanted_value!r} / {got_value!r}")
            wanted, gotten = set(want.get("sectors") or []), set(got.get("sectors") or [])
            if wanted != gotten:
                # not `extra`: that names the side of the EXTRA lines that follow
                lacking, added = sorted(wanted - gotten), sorted(gotten - wanted)
                print(f"  {stem}: {want['partner']}.sectors: -{lacking} +{added}")


STAGES = {"right": 0, "wrong": 0, "empty": 0}  # expected records that give a stage


def _stages(expected: list[dict], found: list[dict], stem: str, verbose: bool) -> None:
    """Tally the paired records' stages (extract/scoring.py `stage_outcomes`), the wrong and
    empty ones named with --verbose."""
    for want, have, outcome in stage_outcomes(expected, found):
        STAGES[outcome] += 1
        if verbose and outcome != "right":
            print(f"  {stem}: {want['partner']}.stage: {want['stage']!r} / {have!r}")


def run(folder: Path, verbose: bool) -> list[tuple[str, Scores]]:
    rows = []
    for article, text, spec, published in labelled([folder]):
        extraction = extract(text, name=article.name, published=published)
        found = to_json([extraction])
        s = score(spec["records"], found)
        rows.append((article.stem, s))
        _stages(spec["records"], found, article.stem, verbose)
        if verbose:
            explain(article.stem, spec["records"], found)
    return rows


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    if not folders:
        print(__doc__, file=sys.stderr)
        return 2
    start = time.perf_counter()
    rows = []
    for folder in folders:
        if not folder.is_dir():
            print(f"extract_eval: error: {folder}: not a directory", file=sys.stderr)
            return 2
        rows += run(folder, verbose)
    print(table(rows))
    told = sum(STAGES.values())
    if told:
        print(
            f"STAGE (apart)                 {STAGES['right']}/{told} right, "
            f"{STAGES['wrong']} wrong, {STAGES['empty']} empty (paired records)"
        )
    print(f"\n{len(rows)} articles in {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

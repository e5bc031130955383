"""How well two people's labels of the same articles agree, beside the extractor's agreement.

    python bench/label_agreement.py bench/agreement/p bench/agreement/q [--verbose]

Each SECOND_DIR holds ARTICLE.json files: articles of the corpus labelled a second time, from
the text alone, by someone who never saw the corpus's labels (`bench/agreement/README.md` says
how they were made); the article's text and the corpus's own labels are found by file name
under `tests/extract_cases/real*`. The corpus's labels are scored as the truth and
the second labelling as the drafts, with the scorer of `extract_eval.py` (F1 is symmetric, so
which side is "truth" only swaps precision and recall). The extractor's drafts are scored
against both labellings on the same articles, so the three figures sit side by side: a ceiling
for the extractor is what two careful people reach.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract_eval import explain
from labelled_cases import Case, labelled

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import Scores, pair, same_partner, score, table

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "extract_cases"


def _corpus_case(stem: str) -> Case:
    """The corpus's own labelled article of that name (names are unique across batches)."""
    hits = sorted(CORPUS.glob(f"real*/{stem}.txt"))
    if len(hits) != 1:
        raise SystemExit(f"label_agreement: error: {stem}: found {len(hits)} times in the corpus")
    return next(case for case in labelled([hits[0].parent]) if case.path == hits[0])


def _as_drafts(records: list[dict], truth: list[dict]) -> list[dict]:
    """The second labelling read as drafts: where it accepts several names for a partner, the
    one the corpus's labels also accept (else its first), since a draft names one partner."""
    drafts = []
    for record in records:
        names = record.get("partner")
        if isinstance(names, list):
            agreed = [n for n in names if any(same_partner(t.get("partner"), n) for t in truth)]
            record = {**record, "partner": (agreed or names)[0]}
        drafts.append(record)
    return drafts


def _stage_agreement(first: list[dict], second: list[dict]) -> tuple[int, int]:
    """Paired records where both give a stage, and how many of those give the same one."""
    both = same = 0
    for a, b in pair(first, second):
        if a is None or b is None or not a.get("stage") or not b.get("stage"):
            continue
        both += 1
        same += a["stage"] == b["stage"]
    return both, same


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    folders = [Path(a) for a in argv if not a.startswith("--")]
    if not folders:
        print(__doc__, file=sys.stderr)
        return 2
    human: list[tuple[str, Scores]] = []
    machine_first: list[tuple[str, Scores]] = []
    machine_second: list[tuple[str, Scores]] = []
    stages = [0, 0]
    for path in sorted(p for folder in folders for p in folder.glob("*.json")):
        stem = path.stem
        second = json.loads(path.read_text(encoding="utf-8"))
        first = _corpus_case(stem)
        want = first.spec["records"]
        other = _as_drafts(second["records"], want)
        human.append((stem, score(want, other)))
        both, same = _stage_agreement(want, other)
        stages[0] += both
        stages[1] += same
        drafts = to_json([extract(first.text, name=first.path.name, published=first.published)])
        machine_first.append((stem, score(want, drafts)))
        machine_second.append((stem, score(second["records"], drafts)))
        if verbose:
            explain(stem, want, other, missed="CORPUS ONLY", extra="SECOND ONLY")
    for title, rows in (
        ("SECOND LABELLING against the corpus's labels", human),
        ("EXTRACTOR against the corpus's labels", machine_first),
        ("EXTRACTOR against the second labelling", machine_second),
    ):
        print(f"\n== {title} ({len(rows)} articles)")
        print(table(rows))
    print(f"\nSTAGE: {stages[1]} of {stages[0]} paired records that both label give the same stage")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

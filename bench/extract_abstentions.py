"""The labelled articles `kerjasama extract` drafts nothing for, though people label records in
them (issue 23: whole-article abstentions), with the records each holds.

    python bench/extract_abstentions.py tests/extract_cases/real1 [MORE_DIRS...]

Prints one line per such article (its folder, its name, its expected partners and types), then
the count of articles and records.
"""

from __future__ import annotations

import sys
from pathlib import Path

from labelled_cases import labelled

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json


def _name(record: dict) -> str:
    partner = record["partner"]
    return partner[0] if isinstance(partner, list) else str(partner)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv]
    if not folders:
        print(__doc__, file=sys.stderr)
        return 2
    articles = records = 0
    for case in labelled(folders):
        expected = case.spec["records"]
        if not expected or to_json(
            [extract(case.text, name=case.path.name, published=case.published)]
        ):
            continue
        articles += 1
        records += len(expected)
        told = ", ".join(f"{_name(r)} ({r['type']})" for r in expected)
        print(f"{case.path.parent.name}/{case.path.stem}: {told}")
    print(f"\n{articles} labelled articles draft nothing ({records} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

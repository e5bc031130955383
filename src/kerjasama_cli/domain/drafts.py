"""What marks a file `extract` wrote (its drafts), and what a draft must say before `import`.

`extract` leaves a draft's local party empty when the article does not name the Indonesian
government that acted: it never files a record under the home government by default. `import`
does default an empty local party to the home government, which is right for the files a bureau
keeps (its own records) but would undo that for a draft. So a draft file is recognised by its
first line (`MARK`: the command's name, the same in every language the comments are written in),
and a draft with no local party is refused, naming it, unless `--set local_party=NAME` gives one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kerjasama_cli.domain.errors import Refusal

MARK = "# kerjasama extract:"  # extract's YAML begins so (extract/output.py)
SHOWN = 10  # record numbers named in the refusal; the count says the rest


def is_drafts(text: str) -> bool:
    """Whether a YAML text is a file of extract's drafts."""
    return text.lstrip("\ufeff").startswith(MARK)


def unplaced(items: Sequence[Any], lines: Sequence[int] | None) -> list[tuple[int, int | None]]:
    """The drafts (1-based number, line) whose local party is empty. Not those with a key:
    extract writes one only for a draft that matches a stored record, which the import then
    updates, keeping the local party it has."""
    found = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, Mapping) or _given(item.get("key")):
            continue
        if not _given(item.get("local_party")):
            line = lines[number - 1] if lines is not None and len(lines) == len(items) else None
            found.append((number, line))
    return found


def _given(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def check_placed(
    name: str, gaps: Sequence[tuple[int, int | None]], defaults: Mapping[str, Any]
) -> None:
    """Refuse (exit 2, before anything is written) drafts with no local party, unless the
    command gives one to all (`--set local_party=NAME`)."""
    if not gaps or _given(defaults.get("local_party")):
        return
    (number, line), count = gaps[0], len(gaps)
    if count == 1 and line is not None:
        raise Refusal(
            "{file}: record {number} (line {line}): local_party: empty in the draft; give it "
            "with --set local_party=NAME or fill it in",
            2,
            file=name,
            number=number,
            line=line,
        )
    numbers = ", ".join(str(n) for n, _ in gaps[:SHOWN]) + (", …" if count > SHOWN else "")
    raise Refusal(
        "{file}: records {numbers} ({count} drafts): local_party: empty in the drafts; give it "
        "with --set local_party=NAME or fill them in",
        2,
        file=name,
        numbers=numbers,
        count=count,
    )

"""Property: whatever sequence of `add --agreement` and `edit --agreement` a user types, the
parent agreements stay a tree within each partnership, every write accepted stores what it was
given, and every write refused (exit 2, one line) changes nothing. A model of the graph says
which writes must be refused: a loop, or a parent of another partner."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import Run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI failures reproduce
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PARTNERS = (("Seoul", "KR"), ("Tokyo", "JP"))
# (add, partner index, parent: an index into the records so far or None) or
# (edit, record index, parent index or None for '')
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 1), st.none() | st.integers(0, 7)),
        st.tuples(st.just("edit"), st.integers(0, 7), st.none() | st.integers(0, 7)),
    ),
    min_size=2,
    max_size=9,
)


def _stored(db: Path) -> dict[int, int | None]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT id, agreement_id FROM records"))
    finally:
        conn.close()


def _loops(parents: dict[int, int | None], child: int, parent: int | None) -> bool:
    """Whether the model's tree gets a loop with `child` put under `parent`."""
    if parent is None:
        return False
    at: int | None = parent
    while at is not None:  # the model's graph is a tree: this walk ends
        if at == child:
            return True
        at = parents[at]
    return False


@SETTINGS
@given(ops=OPS)
def test_any_writes_leave_a_tree_that_reads_back(empty_template: Path, tmp_path: Path, ops):
    db = tmp_path / "p.db"
    db.unlink(missing_ok=True)
    shutil.copy(empty_template, db)
    run = Run(db)
    parents: dict[int, int | None] = {}
    partner: dict[int, int] = {}
    ids: list[int] = []
    for n, (op, first, second) in enumerate(ops):
        parent = ids[second] if second is not None and second < len(ids) else None
        if op == "add":
            name, country = PARTNERS[first]
            args = ["add", "-p", name, "-c", country, "-t", "mou", "--date", str(2000 + n)]
            args += ["--agreement", str(parent)] if parent is not None else []
            expect_refused = parent is not None and partner[parent] != first
        else:
            if first >= len(ids):
                continue
            child = ids[first]
            args = ["edit", str(child), "--agreement", "" if parent is None else str(parent)]
            expect_refused = _loops(parents, child, parent) or (
                parent is not None and partner[parent] != partner[child]
            )
        result = run(*args, code=2 if expect_refused else 0)
        if expect_refused:
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        elif op == "add":
            new = int(result.stdout.strip())
            ids.append(new)
            parents[new], partner[new] = parent, first
        else:
            parents[child] = parent
        assert _stored(db) == parents  # what each write stored reads back; a refusal kept all
    for start in parents:  # and the graph is a tree
        seen, at = set(), start
        while at is not None:
            assert at not in seen, f"loop through #{at}"
            seen.add(at)
            at = parents[at]

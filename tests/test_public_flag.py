"""The stored public flag (m023, issue 20): browse_facets.public always says what the rule
(`public_record_ids`, m022) says, whatever writes the registry, and the public pages read it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import Run
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule


def _flags(conn: sqlite3.Connection) -> set[int]:
    return {i for (i,) in conn.execute("SELECT id FROM browse_facets WHERE public")}


def _rule(conn: sqlite3.Connection) -> set[int]:
    return {i for (i,) in conn.execute("SELECT id FROM public_record_ids")}


def test_the_seed_flags_what_the_rule_says_and_the_cli_keeps_them(run: Run):
    run("list", "--limit", "1")  # seeds it
    conn = sqlite3.connect(run.db)
    assert _flags(conn) == _rule(conn) and len(_flags(conn)) == 12
    # A new partner's LoI is a draft; its MoU signs the partnership: both public.
    run("add", "--type", "loi", "--partner", "Zebra City", "--country", "KR",
        "--date", "2024-01-05", "--title", "LoI Zebra")  # fmt: skip
    loi = run.json("list", "--partner", "Zebra City")[0]["id"]
    assert loi not in _flags(conn) and _flags(conn) == _rule(conn)
    run("add", "--type", "mou", "--partner", "Zebra City", "--country", "KR",
        "--date", "2024-06-05", "--title", "MoU Zebra")  # fmt: skip
    assert loi in _flags(conn) and _flags(conn) == _rule(conn)
    mou = next(r["id"] for r in run.json("list", "--partner", "Zebra City") if r["id"] != loi)
    run("edit", str(mou), "--type", "loi")  # no longer signed: both drafts again
    assert loi not in _flags(conn) and _flags(conn) == _rule(conn)
    run("edit", str(mou), "--type", "mou")
    assert loi in _flags(conn)
    run("delete", str(mou), "--yes")
    assert loi not in _flags(conn) and _flags(conn) == _rule(conn)
    # Evidence of signing publishes the partnership; its deletion takes it back.
    run("evidence", "add", str(loi), "signing", "--date", "2024-07")
    assert loi in _flags(conn) and _flags(conn) == _rule(conn)
    run("evidence", "delete", str(run.json("evidence", "list", str(loi))["stages"][-1]
                                  ["evidence"][0]["id"]))  # fmt: skip
    assert loi not in _flags(conn) and _flags(conn) == _rule(conn)
    # A stage list where an LoI proves signing: the LoI's partnership is public.
    run("stages", "set", "initiative", "signing:loi,mou,agreement,sister_city", "renewal:renewal")
    assert _flags(conn) == _rule(conn) and loi in _flags(conn)


def test_a_setwise_import_flags_its_rows_and_the_older_ones_it_signs(run: Run, tmp_path: Path):
    run("add", "--type", "loi", "--partner", "Yak City", "--country", "JP",
        "--date", "2020-01-05", "--title", "LoI Yak")  # fmt: skip
    conn = sqlite3.connect(run.db)
    loi = run.json("list", "--partner", "Yak City")[0]["id"]
    assert loi not in _flags(conn)
    rows = ["kind,type,partner,country,date,title"]
    rows += [f"event,visit,Draft Town {i},TH,2021-02-0{i % 9 + 1},Visit {i}" for i in range(300)]
    rows += ["agreement,mou,Yak City,JP,2022-03-04,MoU Yak"]  # signs the older LoI's partnership
    csv = tmp_path / "rows.csv"
    csv.write_text("\n".join(rows) + "\n")
    run("import", str(csv))
    assert loi in _flags(conn) and _flags(conn) == _rule(conn)
    drafts = conn.execute(
        "SELECT count(*) FROM browse_facets b JOIN records r ON r.id = b.id "
        "JOIN partners p ON p.id = r.partner_id WHERE p.name LIKE 'Draft Town%' AND NOT b.public"
    ).fetchone()[0]
    assert drafts == 300


# Writes straight to the tables, in any order: the triggers alone must keep the flag right.
_TYPES = [("agreement", t) for t in ("loi", "mou", "agreement", "programme", "sister_city")] + [
    ("event", t) for t in ("visit", "renewal")
]
_STAGES = ("loi", "signing", "implementation", "renewal", "drafting")
_PARTIES = ("DKI Jakarta", "Kota Bandung")


_TEMPLATE: list[Path] = []  # the starting registry, built once per process


def _template() -> Path:
    """A new registry (every migration run) with three partners and Kota Bandung's stage list,
    made once: each example starts from a copy of its file (migrating a new file for each of
    the sixty examples was most of this test's time)."""
    if not _TEMPLATE:
        import atexit
        import shutil
        import tempfile

        from kerjasama_cli.store.database.connection import open_store

        folder = tempfile.mkdtemp()
        atexit.register(shutil.rmtree, folder, True)
        store = open_store(Path(folder) / "template.db")
        with store.conn:
            for pid in (1, 2, 3):
                store.conn.execute(
                    "INSERT INTO partners (id, key, name, kind) VALUES (?, ?, ?, 'city')",
                    (pid, f"p{pid}", f"P{pid}"),
                )
            store.conn.execute(
                "INSERT INTO stage_lists (owner, position, stage, types) VALUES "
                "('Kota Bandung', 0, 'loi', '[]'), ('Kota Bandung', 1, 'signing', '[\"loi\"]')"
            )
        store.close()
        _TEMPLATE.append(Path(folder) / "template.db")
    return _TEMPLATE[0]


class Writes(RuleBasedStateMachine):
    """Random records, edits, deletions and evidence over three partners and two local
    parties (one with a stage list of its own)."""

    @initialize()
    def start(self) -> None:
        import shutil
        import tempfile

        from kerjasama_cli.store.database.connection import open_store

        self.folder = tempfile.TemporaryDirectory()
        shutil.copyfile(_template(), Path(self.folder.name) / "r.db")
        self.store = open_store(Path(self.folder.name) / "r.db")
        self.conn = self.store.conn
        self.next = 1

    @rule(
        kind_type=st.sampled_from(_TYPES),
        partner=st.sampled_from([1, 1, 2, None]),
        party=st.sampled_from(_PARTIES),
    )
    def add(self, kind_type, partner, party) -> None:
        kind, rtype = kind_type
        self.conn.execute(
            "INSERT INTO records (id, key, kind, type, partner_id, local_party, date_start, "
            "date_end, date_precision) VALUES (?, ?, ?, ?, ?, ?, '2020-01-01', '2020-01-01', "
            "'day')",
            (self.next, f"r{self.next}", kind, rtype, partner, party),
        )
        self.next += 1

    @rule(
        pick=st.integers(1, 6),
        kind_type=st.sampled_from(_TYPES),
        partner=st.sampled_from([1, 1, 2, None]),
        party=st.sampled_from(_PARTIES),
        column=st.sampled_from(["type", "partner", "party", "title"]),
    )
    def edit(self, pick, kind_type, partner, party, column) -> None:
        kind, rtype = kind_type
        sql = {
            "type": ("UPDATE records SET kind = ?, type = ? WHERE id = ?", (kind, rtype, pick)),
            "partner": ("UPDATE records SET partner_id = ? WHERE id = ?", (partner, pick)),
            "party": ("UPDATE records SET local_party = ? WHERE id = ?", (party, pick)),
            "title": ("UPDATE records SET title = 'x' WHERE id = ?", (pick,)),
        }[column]
        self.conn.execute(*sql)

    @rule(pick=st.integers(1, 6))
    def delete(self, pick) -> None:
        self.conn.execute("DELETE FROM records WHERE id = ?", (pick,))

    @rule(pick=st.integers(1, 6), stage=st.sampled_from(_STAGES))
    def evidence(self, pick, stage) -> None:
        if self.conn.execute("SELECT 1 FROM records WHERE id = ?", (pick,)).fetchone():
            self.conn.execute(
                "INSERT INTO evidence (record_id, stage, date_precision) VALUES (?, ?, 'year')",
                (pick, stage),
            )

    @rule(pick=st.integers(1, 6), stage=st.sampled_from(_STAGES))
    def evidence_moves(self, pick, stage) -> None:
        self.conn.execute(
            "UPDATE evidence SET stage = ? WHERE id = (SELECT min(id) FROM evidence) AND ? > 0",
            (stage, pick),
        )

    @rule()
    def evidence_deleted(self) -> None:
        self.conn.execute("DELETE FROM evidence WHERE id = (SELECT max(id) FROM evidence)")

    @invariant()
    def flag_is_the_rule(self) -> None:
        if hasattr(self, "conn"):
            assert _flags(self.conn) == _rule(self.conn)

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.close()
            self.folder.cleanup()


def test_a_partnerless_record_given_a_signed_partnership_turns_public():
    """The case the state machine found (m026): an LoI of partner 1 signs Kota Bandung's
    partnership (its stage list), an MoU without a partner is given partner 1: it is public."""
    machine = Writes()
    machine.start()
    try:
        machine.add(kind_type=("agreement", "loi"), partner=1, party="Kota Bandung")
        machine.add(kind_type=("agreement", "mou"), partner=None, party="Kota Bandung")
        assert _flags(machine.conn) == _rule(machine.conn) == {1}
        machine.edit(pick=2, kind_type=("agreement", "loi"), partner=1, party="DKI Jakarta",
                     column="partner")  # fmt: skip
        assert _flags(machine.conn) == _rule(machine.conn) == {1, 2}
        # And back: alone again, without a partner, an MoU proves nothing in Kota Bandung.
        machine.edit(pick=2, kind_type=("agreement", "loi"), partner=None, party="DKI Jakarta",
                     column="partner")  # fmt: skip
        assert _flags(machine.conn) == _rule(machine.conn) == {1}
    finally:
        machine.teardown()


Writes.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_the_flag_follows_every_write = Writes.TestCase

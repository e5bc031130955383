"""Issue 22, points 1 and 2: families and objects, stage lists as data, evidence, the stage a
partnership has reached (including skipped and out-of-order evidence), and migration m017."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import Run
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.stages import Evidence, default_list, derive


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


FIXTURE = Path(__file__).resolve().parent / "fixtures" / "12-m012_no_fingerprint.db"


def _ev(stage: str, date: str, record: int = 1, event: bool = False) -> Evidence:
    return Evidence(stage, parse_date(date), record, evidence_id=None if event else 1, event=event)


# -- families and objects ----------------------------------------------------------------------


def test_families_follow_the_partner_kind_and_can_be_set(run: Run):
    rows = {r["family"]: r["count"] for r in run.json("stats", "--by", "family")}
    # Seed partners: cities and provinces are foreign local governments; C40, Hiroshima Global
    # Academy, the UN... are institutions; one record has no partner at all.
    assert rows["ksdpl"] > rows["ksdll"] > 0
    assert rows[None] == 1
    ksdll = {r["key"] for r in run.json("list", "--family", "KSDLL")}
    assert "heidelberg-sister-city-2025" not in ksdll
    run("classify", "heidelberg-sister-city-2025", "--family", "lembaga")
    assert "heidelberg-sister-city-2025" in {
        r["key"] for r in run.json("list", "--family", "ksdll")
    }
    after = {r["family"]: r["count"] for r in run.json("stats", "--by", "family")}
    assert after["ksdll"] == rows["ksdll"] + 1 and after["ksdpl"] == rows["ksdpl"] - 1
    shown = run.json("classify", "heidelberg-sister-city-2025")
    assert shown["family"] == "ksdll" and shown["family_set"] is True
    run("classify", "heidelberg-sister-city-2025", "--family", "derived")
    assert run.json("classify", "heidelberg-sister-city-2025")["family"] == "ksdpl"
    changes = run.json("history", "--limit", "5")
    assert any(c.get("entity") == "classification" for c in changes)


def test_objects_are_the_records_own_else_those_of_its_sectors(run: Run):
    rotterdam = run.json("classify", "rotterdam-dutch-training-exposure-programme-2024")
    assert rotterdam["objects"] == ["capacity_building"] and not rotterdam["objects_set"]
    counts = {r["object"]: r["count"] for r in run.json("stats", "--by", "object")}
    assert counts["capacity_building"] >= 1 and None in counts
    run("classify", "shanghai-mou-2020-10-23", "--object", "budaya", "--object", "iptek")
    shown = run.json("classify", "shanghai-mou-2020-10-23")
    assert shown["objects"] == ["cultural_exchange", "science_technology"] and shown["objects_set"]
    keys = {r["key"] for r in run.json("list", "--object", "cultural_exchange")}
    assert "shanghai-mou-2020-10-23" in keys
    after = {r["object"]: r["count"] for r in run.json("stats", "--by", "object")}
    assert after["cultural_exchange"] == counts.get("cultural_exchange", 0) + 1
    # A record counts once in the total, whatever its number of objects.
    total = run.json("stats", "--by", "object")
    assert sum(1 for r in total if r["object"] is None) == 1


def test_bad_family_and_object_are_one_line_usage_errors(run: Run):
    result = run("list", "--family", "ksdxx", code=2)
    assert result.stderr.count("\n") == 1 and "--family 'ksdxx'" in result.stderr
    result = run("classify", "1", "--object", "weather", code=2)
    assert "--object 'weather'" in result.stderr and "Traceback" not in result.stderr


# -- stages: derivation --------------------------------------------------------------------------


def test_stage_is_the_furthest_reached_and_skipped_stages_are_said():
    state = derive(default_list(), [_ev("loi", "2023-01"), _ev("dprd_approval", "2023-06-02")])
    assert state.current == "dprd_approval"
    assert state.next == "central_approval"
    assert state.skipped == ["initiative", "exploration", "cooperation_plan"]
    assert state.proposal and state.out_of_order == []


def test_out_of_order_evidence_never_moves_a_partnership_back():
    # The central approval dated before the DPRD's: current stays the furthest in list order.
    state = derive(
        default_list(),
        [_ev("dprd_approval", "2024-03-01"), _ev("central_approval", "2023-11-20")],
    )
    assert state.current == "central_approval"
    assert state.out_of_order == ["central_approval"]
    assert [r.stage for r in state.reached] == ["dprd_approval", "central_approval"]


def test_a_visit_before_signing_is_not_implementation():
    before = derive(
        default_list(), [_ev("loi", "2025-08"), _ev("implementation", "2025-08", 2, event=True)]
    )
    assert before.current == "loi"
    after = derive(
        default_list(),
        [_ev("signing", "2020-10-23"), _ev("implementation", "2023-04-27", 2, event=True)],
    )
    assert after.current == "implementation" and not after.proposal


def test_a_stage_outside_the_list_is_kept_but_does_not_count():
    state = derive(default_list(), [_ev("loi", "2020"), _ev("gazette", "2021")])
    assert state.current == "loi" and state.unlisted == ["gazette"]


stage_keys = [k for k, _ in __import__("kerjasama_cli.domain.stages").domain.stages.DEFAULT_STAGES]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(stage_keys), st.integers(2000, 2030), st.integers(1, 12)),
        max_size=12,
    )
)
def test_order_of_entry_and_dates_never_change_the_current_stage(items):
    evidence = [_ev(s, f"{y}-{m:02d}") for s, y, m in items]
    state = derive(default_list(), evidence)
    shuffled = derive(default_list(), list(reversed(evidence)))
    assert state.current == shuffled.current
    keys = default_list().keys()
    if items:
        assert state.current == max((s for s, _, _ in items), key=keys.index)
        top = keys.index(state.current)
        assert set(state.skipped) == set(keys[:top]) - {s for s, _, _ in items}
        assert state.next == (keys[top + 1] if top + 1 < len(keys) else None)
    else:
        assert state.current is None and state.next == keys[0]


# -- stages: the registry ------------------------------------------------------------------------


def test_seed_facts_fill_the_stages(run: Run):
    jeju = run.json("show", "jeju-sister-city-2024")["stages"]
    central = [s for s in jeju["stages"] if s["stage"] == "central_approval"][0]
    notes = {e["note"] for e in central["evidence"]}
    assert notes == {
        "Approved by Kemendagri (Ministry of Home Affairs)",
        "Approved by Kemenlu (Ministry of Foreign Affairs)",
    }
    assert {e["source"] for e in central["evidence"]} == {"mimbarkepri-undated-cooperation-2024"}
    assert jeju["current"] == "signing"
    kl = run.json("show", "kuala-lumpur-loi-2025-08")["stages"]
    assert kl["current"] == "loi" and kl["next"] == "cooperation_plan" and kl["proposal"]
    shanghai = run.json("show", "shanghai-mou-2020-10-23")["stages"]
    assert [s["stage"] for s in shanghai["stages"]] == ["signing", "implementation"]
    assert shanghai["stages"][1]["date"] == "2023-04-27"


def test_show_lists_the_stages_and_what_comes_next(run: Run):
    text = run("show", "kuala-lumpur-loi-2025-08").stdout
    assert "Stages (the default list)" in text
    assert "letter of intent" in text and "next     cooperation plan" in text
    assert "skipped  initiative, exploration" in text


def test_evidence_moves_the_stage_and_filters_and_stats_agree(run: Run):
    before = {r["stage"]: r["count"] for r in run.json("stats", "--by", "stage")}
    run("evidence", "add", "kuala-lumpur-loi-2025-08", "cooperation plan", "--date", "2025-09")
    run(
        "evidence",
        "add",
        "kuala-lumpur-loi-2025-08",
        "dprd_approval",
        "--date",
        "Oktober 2025",
        "--number",
        "Keputusan DPRD No. 12/2025",
    )
    state = run.json("evidence", "list", "kuala-lumpur-loi-2025-08")
    assert state["current"] == "dprd_approval" and state["next"] == "central_approval"
    dprd = state["stages"][-1]
    assert dprd["evidence"][0]["number"] == "Keputusan DPRD No. 12/2025"
    assert dprd["evidence"][0]["date_precision"] == "month"
    listed = {r["key"] for r in run.json("list", "--stage", "dprd-approval")}
    assert listed == {"kuala-lumpur-loi-2025-08", "kuala-lumpur-governor-visit-2025-08"}
    after = {r["stage"]: r["count"] for r in run.json("stats", "--by", "stage")}
    assert after["dprd_approval"] == 2 and after.get("loi", 0) == before.get("loi", 0) - 2
    assert sum(after.values()) == sum(before.values())
    # The list, stats and the filter say the same for every stage.
    for row in run.json("stats", "--by", "stage"):
        if row["stage"]:
            assert len(run.json("list", "--stage", row["stage"])) == row["count"]


def test_an_unknown_stage_is_refused_with_suggestions(run: Run):
    run("list")
    result = run("evidence", "add", "1", "dprd", code=2)
    assert result.stderr == (
        "kerjasama: error: STAGE 'dprd': not in the default stage list (`kerjasama stages list`)"
        "; did you mean 'dprd_approval'?\n"
    )
    result = run("list", "--stage", "gazette", code=2)
    assert "--stage 'gazette': in no stage list" in result.stderr
    result = run("evidence", "add", "1", "loi", "--date", "2024-13-45", code=2)
    assert "--date" in result.stderr
    assert run.json("evidence", "list", "1")["stages"][0]["evidence"][0]["implied_by_type"]


def test_a_local_government_has_its_own_stage_list(run: Run):
    # Bandung-style SOP: no exploration, the DPRD after the central approval.
    run("governments", "add", "Kota Bandung", "--country", "ID", "--kind", "city")
    run(
        "add",
        "--partner",
        "Suwon",
        "--country",
        "KR",
        "--type",
        "loi",
        "--date",
        "2023-02",
        "--local-party",
        "Kota Bandung",
        "--title",
        "LoI Bandung-Suwon",
    )
    key = [r for r in run.json("list", "--partner", "Suwon")][0]["key"]
    run(
        "stages",
        "set",
        "--local-party",
        "Kota Bandung",
        "initiative",
        "loi:loi",
        "central_approval",
        "dprd_approval",
        "signing:mou,sister_city",
        "implementation:programme",
    )
    listed = run.json("stages", "list", "--local-party", "Kota Bandung")
    assert [s["stage"] for s in listed] == [
        "initiative",
        "loi",
        "central_approval",
        "dprd_approval",
        "signing",
        "implementation",
    ]
    run("evidence", "add", key, "central_approval", "--date", "2023-08")
    state = run.json("evidence", "list", key)
    assert state["stage_list"] == "Kota Bandung"
    assert state["current"] == "central_approval" and state["next"] == "dprd_approval"
    assert state["skipped"] == ["initiative"]
    # Jakarta still follows the regulation's list.
    assert run.json("evidence", "list", "kuala-lumpur-loi-2025-08")["stage_list"] == "default"
    run("evidence", "add", key, "exploration", code=2)  # not in Bandung's list
    run("stages", "reset", "--local-party", "Kota Bandung")
    assert run.json("evidence", "list", key)["stage_list"] == "default"


def test_a_government_given_as_a_stage_is_refused(run: Run, snapshot):
    """`stages set "DKI Jakarta" initiative signing` (the government where --local-party goes)
    made `dki_jakarta` the first stage of the default list and left every record without its
    stage: the name is refused, pointing at --local-party, and nothing changes."""
    before = snapshot(run.db)
    refused = run("stages", "set", "DKI Jakarta", "initiative", "signing", "--lang", "en", code=2)
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kerjasama: error: STAGE 'DKI Jakarta'")
    assert "--local-party" in lines[0]
    assert snapshot(run.db) == before


def test_stages_reset_brings_back_the_regulations_list(run: Run):
    """A changed default list could not be undone but by typing the regulation's fifteen stages:
    `stages reset` without --local-party puts them back."""
    regulation = [s["stage"] for s in run.json("stages", "list")]
    run("stages", "set", "initiative", "signing")
    assert [s["stage"] for s in run.json("stages", "list")] == ["initiative", "signing"]
    run("stages", "reset")
    assert [s["stage"] for s in run.json("stages", "list")] == regulation
    assert run.json("evidence", "list", "kuala-lumpur-loi-2025-08")["current"] == "loi"


def test_evidence_is_deleted_with_its_record_and_by_id(run: Run):
    run("evidence", "add", "jeju-sister-city-2024", "dprd_approval", "--date", "2023")
    ids = [
        e["id"]
        for s in run.json("evidence", "list", "jeju-sister-city-2024")["stages"]
        for e in s["evidence"]
        if e["stage"] == "dprd_approval"
    ]
    run("evidence", "delete", str(ids[0]))
    run("evidence", "delete", str(ids[0]), code=2)
    run("delete", "jeju-sister-city-2024", "--yes")
    conn = sqlite3.connect(run.db)
    assert conn.execute(
        "SELECT count(*) FROM evidence WHERE note LIKE '%Kemendagri%'"
    ).fetchone() == (0,)


# -- migration ----------------------------------------------------------------------------------


def test_m017_derives_families_for_an_existing_registry(tmp_path: Path):
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURE, copy)
    old = sqlite3.connect(copy)
    kinds = dict(
        old.execute(
            "SELECT r.id, p.kind FROM records r LEFT JOIN partners p ON p.id = r.partner_id"
        )
    )
    before = old.execute("SELECT * FROM records ORDER BY id").fetchall()
    old.close()
    run = Run(copy)
    assert len(run.json("list")) == len(kinds) == 25
    for rid, kind in kinds.items():
        expected = (
            None if kind is None else "ksdpl" if kind in ("city", "province", "region") else "ksdll"
        )
        assert run.json("show", str(rid))["family"] == expected, rid
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT * FROM records ORDER BY id").fetchall() == before
    assert conn.execute("SELECT count(*) FROM stage_lists WHERE owner = ''").fetchone() == (14,)
    assert {r["stage"] for r in run.json("stats", "--by", "stage")} >= {"signing"}


# -- the SQL view and the Python derivation agree --------------------------------------------------

_TYPES = [("agreement", t) for t in ("loi", "mou", "agreement", "programme", "sister_city")] + [
    ("event", t) for t in ("visit", "meeting", "renewal", "invitation")
]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new registry with every migration applied and nothing in it, made once: each example
    below starts from a copy (migrating a new file for each of 60 examples took most of the
    test's 26 s)."""
    from kerjasama_cli.store.database.connection import open_store

    path = tmp_path_factory.mktemp("migrated") / "r.db"
    open_store(path).close()
    return path


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(st.sampled_from(_TYPES), min_size=1, max_size=5),
    evidence=st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from(stage_keys), st.integers(2000, 2030)),
        max_size=5,
    ),
)
def test_the_stage_view_agrees_with_the_derivation(tmp_path_factory, migrated, records, evidence):
    from kerjasama_cli.store.database.connection import open_store
    from kerjasama_cli.store.dossier.stages import partnership_state

    path = tmp_path_factory.mktemp("view") / "r.db"
    shutil.copyfile(migrated, path)
    store = open_store(path)
    conn = store.conn
    try:
        conn.execute("INSERT INTO partners (id, key, name, kind) VALUES (1, 'p', 'P', 'city')")
        for i, (kind, rtype) in enumerate(records):
            conn.execute(
                "INSERT INTO records (id, key, kind, type, partner_id, local_party, date_start, "
                "date_end, date_precision) VALUES (?, ?, ?, ?, 1, 'DKI Jakarta', ?, ?, 'day')",
                (i + 1, f"r{i}", kind, rtype, f"{2010 + i}-01-01", f"{2010 + i}-01-01"),
            )
        for record, stage, year in evidence:
            if record < len(records):
                conn.execute(
                    "INSERT INTO evidence (record_id, stage, date_start, date_end, "
                    "date_precision) VALUES (?, ?, ?, ?, 'year')",
                    (record + 1, stage, f"{year}-01-01", f"{year}-12-31"),
                )
        row = conn.execute("SELECT stage FROM partnership_stages WHERE partnership = 1").fetchone()
        assert (row[0] if row else None) == partnership_state(conn, 1).current
    finally:
        store.close()


def test_stage_list_notices_in_indonesian(run: Run):
    """`stages set` and `stages reset --local-party` said their line in English under --lang id
    ("default stage list: initiative → signing", "Kota Bandung follows the default stage list")."""
    said = run("stages", "set", "initiative", "signing", "--lang", "id").stderr
    assert said.startswith("kerjasama: daftar tahap bawaan: initiative → signing")
    run("governments", "add", "Kota Bandung", "--country", "ID", "--kind", "city")
    run("stages", "set", "--local-party", "Kota Bandung", "initiative", "signing")
    said = run("stages", "reset", "--local-party", "Kota Bandung", "--lang", "id").stderr
    assert said == "kerjasama: Kota Bandung mengikuti daftar tahap bawaan\n"
    said = run("stages", "set", "initiative", "--local-party", "Kota Bandung", "--lang", "en")
    assert said.stderr.startswith("kerjasama: Kota Bandung stage list: initiative")


def test_history_of_a_stage_list_in_indonesian_and_json_keeps_the_codes(run: Run):
    """`history --lang id` said `ubah stage_list  (default)  stages: …`: the entity, the
    default list's key and the field name were English."""
    run("stages", "set", "initiative", "signing")
    line = run("history", "--limit", "1", "--lang", "id").stdout.splitlines()[1]
    assert "ubah daftar tahap" in line and "(bawaan)" in line, line
    assert "tahap: initiative, exploration" in line and line.endswith("→ initiative, signing")
    assert not any(word in line for word in ("stage_list", "(default)", "stages:")), line
    (change,) = run.json("history", "--limit", "1", "--lang", "id")
    assert (change["entity"], change["entity_key"]) == ("stage_list", "(default)")
    assert list(change["changes"]) == ["stages"]

"""A government is its name and its country (m028), and every figure, status and list keys it so
(m030_government_keys): London, GB's records never count, supersede or go dormant with London,
CA's. Before, `stats --by local-party` gave one "London" of both, an MoU of London, GB showed
"superseded" by London, CA's later one, the agenda gave one Seoul partnership of both Londons,
`edit N --local-party London` was refused even where the record's country said which, and `add
--local-party london-gb` refused the key the refusal of "London" offers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import Run
from two_governments import two_londons

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.store.briefing.aggregates import from_records
from kerjasama_cli.store.briefing.counted import counted


@pytest.fixture
def londons(empty_run: Run, tmp_path: Path) -> Run:
    return two_londons(empty_run, tmp_path)


def _sql(run: Run, query: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(run.db)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def _status(run: Run, key: str) -> str:
    return next(r["status"] for r in run.json("list", "--kind", "agreement") if r["key"] == key)


def test_an_agreement_of_one_london_never_supersedes_the_others(londons: Run) -> None:
    # London, CA's MoU with Seoul (2020) is not London, GB's (2019) next document.
    assert _status(londons, "gb-seoul") == "active"
    assert "gb-seoul" not in {r["key"] for r in londons.json("list", "--status", "superseded")}
    assert "superseded" not in londons("show", "gb-seoul").stdout
    # The frozen views say the same: record_validity (show) and Datasette's browse_records.
    assert _sql(
        londons,
        "SELECT v.superseded_by, b.status FROM records r JOIN record_validity v "
        "ON v.record_id = r.id JOIN browse_records b ON b.id = r.id WHERE r.key = 'gb-seoul'",
    ) == [(None, "active")]
    # A later MoU of London, GB's own still supersedes it, everywhere.
    londons(
        "add", "--type", "mou", "--partner", "Seoul", "--country", "KR", "--local-party",
        "london-gb", "--date", "2022-05", "--key", "gb-seoul-2022",
    )  # fmt: skip
    assert _status(londons, "gb-seoul") == "superseded"
    assert _sql(
        londons,
        "SELECT l.key, b.status FROM records r JOIN record_validity v ON v.record_id = r.id "
        "JOIN records l ON l.id = v.superseded_by JOIN browse_records b ON b.id = r.id "
        "WHERE r.key = 'gb-seoul'",
    ) == [("gb-seoul-2022", "superseded")]


def test_stats_by_local_party_counts_each_london_apart(londons: Run) -> None:
    rows = londons.json("stats", "--by", "local-party")
    found = {(r["local_party"], r.get("local_country")): (r["group"], r["count"]) for r in rows}
    assert found[("London", "GB")] == ("London (GB)", 2)
    assert found[("London", "CA")] == ("London (CA)", 4)
    assert found[("Perth", "AU")] == ("Perth", 1)  # a name no other government has: as it was
    text = londons("stats", "--by", "local-party").stdout
    assert "London (CA)" in text and "London (GB)" in text, text


def test_stats_by_governor_keeps_each_londons_undated_records_apart(londons: Run) -> None:
    rows = londons.json(
        "stats", "--by", "governor", "--local-party", "london-gb", "--local-party", "london-ca"
    )
    undated = sorted(
        (r["local_country"], r["count"]) for r in rows if r["governor"] == "date unknown"
    )
    assert undated == [("CA", 2), ("GB", 1)], rows
    mayors = {r["governor"]: (r["local_party"], r["local_country"]) for r in rows}
    assert mayors["Josh Morgan"] == ("London", "CA") and mayors["Sadiq Khan"] == ("London", "GB")


def test_governor_counts_answer_for_a_london_alone(londons: Run) -> None:
    # The counts table the writer keeps is keyed by the government's country too, so it answers
    # `stats --by governor --local-party london-ca` (it handed namesakes to the records before).
    conn = sqlite3.connect(londons.db)
    try:
        for key in ("london-ca", "london-gb"):
            f = RecordFilter(local_parties=(key,))
            for dims in ((), ("governor",)):
                table = counted(conn, f, dims)
                assert table is not None, (key, dims)
                assert sorted(table) == sorted(from_records(conn, f, dims)), (key, dims)
        assert conn.execute(
            "SELECT local_country, sum(records) FROM governor_counts WHERE local_party = 'London' "
            "GROUP BY 1 ORDER BY 1"
        ).fetchall() == [("CA", 4), ("GB", 2)]
    finally:
        conn.close()


def test_the_agenda_follows_each_londons_partnership_with_seoul(londons: Run) -> None:
    dormant = sorted(
        (i["local_party"], i.get("local_country"), i["last_activity"])
        for i in londons.json("agenda")
        if i["partner"] == "Seoul" and i["kind"] == "dormant"
    )
    assert dormant == [("London", "CA", "2020-03-31"), ("London", "GB", "2019-03-31")]
    text = londons("agenda").stdout
    assert "Seoul (London (GB)," in text and "Seoul (London (CA)," in text, text


def test_edit_local_party_is_settled_by_the_records_own_country(londons: Run) -> None:
    # ca-visit is London, CA's: `--local-party London` means that London.
    londons("edit", "ca-visit", "--local-party", "London", "--title", "Visit to Cleveland")
    assert _sql(
        londons, "SELECT local_party, local_country FROM records WHERE key = 'ca-visit'"
    ) == [("London", "CA")]
    # A record of another government: its partner's country settles it (Toronto is in Canada).
    add = ("add", "--type", "visit", "--date", "2022", "--local-party", "Perth")
    londons(*add, "--partner", "Toronto", "--country", "CA", "--key", "perth-toronto")
    londons("edit", "perth-toronto", "--local-party", "London")
    assert _sql(
        londons, "SELECT local_party, local_country FROM records WHERE key = 'perth-toronto'"
    ) == [("London", "CA")]
    # Neither the record's country (AU) nor its partner's (JP) is a London's: refused, naming both.
    londons(*add, "--partner", "Osaka", "--country", "JP", "--key", "perth-osaka")
    result = londons("edit", "perth-osaka", "--local-party", "London", code=2)
    line = result.stderr.strip()
    assert "\n" not in line, line
    assert "--local-party 'London'" in line and "CA, GB" in line, line
    assert "london-ca, london-gb" in line, line
    assert _sql(
        londons, "SELECT local_party, local_country FROM records WHERE key = 'perth-osaka'"
    ) == [("Perth", "AU")]


FIXTURE = Path(__file__).parent / "fixtures" / "27-m027_event_no_status.db"
MOU = (
    "INSERT INTO records (key, kind, type, partner_id, local_party, local_country, date_start, "
    "date_end, date_precision) VALUES (?, 'agreement', 'mou', ?, 'London', ?, ?, ?, 'month')"
)


def _tables(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
                " AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'"
            )
        ]
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in names}
    finally:
        conn.close()


def test_m030_keys_a_registry_of_two_londons_and_keeps_every_row(tmp_path: Path) -> None:
    from kerjasama_cli.store.database.connection import open_store
    from kerjasama_cli.store.database.migrations import MIGRATIONS, migrate

    path = tmp_path / "m028.db"
    path.write_bytes(FIXTURE.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=[m.__name__ for m in MIGRATIONS].index("m028_government_by_country") + 1)
    conn.execute(
        "INSERT INTO local_governments (key, name, country) VALUES "
        "('london-gb', 'London', 'GB'), ('london-ca', 'London', 'CA')"
    )
    seoul = conn.execute(
        "INSERT INTO partners (key, name, kind, country) VALUES ('seoul', 'Seoul', 'city', 'KR')"
    ).lastrowid
    conn.execute(MOU, ("gb-seoul", seoul, "GB", "2019-03-01", "2019-03-31"))
    conn.execute(MOU, ("ca-seoul", seoul, "CA", "2020-03-01", "2020-03-31"))
    # m028's view: London, CA's MoU supersedes London, GB's.
    assert conn.execute(
        "SELECT v.superseded_by IS NOT NULL FROM records r JOIN record_validity v "
        "ON v.record_id = r.id WHERE r.key = 'gb-seoul'"
    ).fetchone() == (1,)
    conn.close()
    before = _tables(path)

    open_store(path).close()  # m030
    after = _tables(path)
    grown = {t: after[t] - before[t] for t in after if after[t] != before.get(t)}
    # governor_counts is the GROUP BY of the records by its key, which now holds the country:
    # the two Londons' one row is two. Every other table keeps its rows; m029 (before it) adds
    # its three sectors with their words and objects; each migration its own row.
    m029 = {"sectors": 3, "sector_aliases": 18, "sector_objects": 3}
    assert grown == {"governor_counts": 1, "_kerjasama_migrations": 2, **m029}, grown
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(
            "SELECT r.key, v.superseded_by, b.status FROM records r JOIN record_validity v "
            "ON v.record_id = r.id JOIN browse_records b ON b.id = r.id "
            "WHERE r.local_party = 'London' ORDER BY r.key"
        ).fetchall() == [("ca-seoul", None, "active"), ("gb-seoul", None, "active")]
        assert conn.execute(
            "SELECT local_country, records FROM governor_counts WHERE local_party = 'London' "
            "ORDER BY 1"
        ).fetchall() == [("CA", 1), ("GB", 1)]
    finally:
        conn.close()
    assert _status(Run(path), "gb-seoul") == "active"


def test_a_figure_of_one_london_counts_that_londons_records(londons: Run, tmp_path: Path) -> None:
    londons(
        "add", "--type", "mou", "--partner", "Lyon", "--country", "FR", "--local-party",
        "london-ca", "--date", "2021-06", "--key", "ca-lyon",
    )  # fmt: skip
    document = tmp_path / "figures.yaml"
    document.write_text(
        "reported_figures:\n"
        "  - {key: gb-2024, subject: sister_city, count: 3, period: 2024,"
        " local_party: London, local_country: GB}\n"
        "  - {key: ca-2024, subject: sister_city, count: 4, period: 2024,"
        " local_party: London, local_country: Canada}\n",
        encoding="utf-8",
    )
    londons("import", str(document))
    assert _sql(londons, "SELECT key, local_country FROM reported_figures ORDER BY key") == [
        ("ca-2024", "CA"),
        ("gb-2024", "GB"),
    ]
    rows = {r["key"]: r for r in londons.json("stats", "--reported")}
    assert rows["gb-2024"]["recorded_partners"] == ["Seoul"]  # not London, CA's Lyon
    assert rows["ca-2024"]["recorded_partners"] == ["Seoul", "Lyon"]
    assert rows["gb-2024"]["local_country"] == "GB"
    only = londons.json("stats", "--reported", "--local-party", "london-ca")
    assert [r["key"] for r in only] == ["ca-2024"]
    # Datasette's canned query counts the same.
    from kerjasama_cli.store.database.connection import open_store
    from kerjasama_cli.store.serve.browse import CANNED

    store = open_store(londons.db)
    try:
        sql = CANNED["reported_vs_recorded"][1]
        found = {r[0]: r[7] for r in store.conn.execute(sql)}
    finally:
        store.close()
    assert found == {"gb-2024": 1, "ca-2024": 2}
    # An export names each figure's and leader's country: it imports again unchanged, and into
    # a new registry with both mayors (it was refused: "London" named two governments, and the
    # two mayors' terms "overlapped" in one London).
    exported = tmp_path / "all.yaml"
    londons("export", "-o", str(exported))
    result = londons("import", str(exported))
    assert "0 inserted, 0 updated" in result.stderr, result.stderr
    copy = Run(tmp_path / "copy.db")
    copy("import", str(exported))
    mayors = {(x["name"], x["local_country"]) for x in copy.json("leaders", "list")}
    assert {("Josh Morgan", "CA"), ("Sadiq Khan", "GB")} <= mayors
    figures = {r["key"]: r["local_country"] for r in copy.json("stats", "--reported")}
    assert (figures["gb-2024"], figures["ca-2024"]) == ("GB", "CA")


def test_each_londons_partnership_has_its_own_stage(londons: Run) -> None:
    # Busan: London, GB signed an MoU; London, CA has only a letter of intent.
    add = ("add", "--partner", "Busan", "--country", "KR", "--date", "2023-04")
    londons(*add, "--type", "mou", "--local-party", "london-gb", "--key", "gb-busan")
    londons(*add, "--type", "loi", "--local-party", "london-ca", "--key", "ca-busan")
    assert [r["key"] for r in londons.json("list", "--stage", "loi", "-p", "Busan")] == ["ca-busan"]
    signed = {r["key"] for r in londons.json("list", "--stage", "signing", "-p", "Busan")}
    assert signed == {"gb-busan"}
    rows = londons.json("stats", "--by", "stage", "-p", "Busan")
    assert sorted((r["stage"], r["count"]) for r in rows) == [("loi", 1), ("signing", 1)]


def test_renaming_or_recountrying_one_london_leaves_the_others_figures(
    londons: Run, tmp_path: Path
) -> None:
    document = tmp_path / "figures.yaml"
    document.write_text(
        "reported_figures:\n"
        "  - {key: gb, subject: sister_city, count: 3, period: 2024, local_party: london-gb}\n"
        "  - {key: ca, subject: sister_city, count: 4, period: 2024, local_party: London,"
        " local_country: CA}\n",
        encoding="utf-8",
    )
    londons("import", str(document))
    londons("governments", "edit", "london-gb", "--name", "Greater London")
    londons("governments", "edit", "london-ca", "--country", "US")  # a correction, say
    assert _sql(
        londons,
        "SELECT key, local_party, local_country FROM reported_figures "
        "WHERE key IN ('gb', 'ca') ORDER BY key",
    ) == [  # fmt: skip
        ("ca", "London", "US"),
        ("gb", "Greater London", "GB"),
    ]

"""Local governments as entities, their leaders, and per-governor answers kept to their scope."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import Run, early, in_english, run_module


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


TWIN_CITIES = Path("/work/shared/data/twin_cities_wikipedia.csv")
TWIN_OPTIONS = [
    "--map",
    "city1=local_party",
    "--map",
    "country1=local_country",
    "--map",
    "city2=partner",
    "--map",
    "country2=country",
    "--set",
    "type=sister_city",
    "--skip-invalid",
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _bandung(run: Run) -> None:
    run(
        "governments",
        "add",
        "Kota Bandung",
        "--country",
        "ID",
        "--region",
        "ID-JB",
        "--kind",
        "kota",
        "--alias",
        "Pemkot Bandung",
        "--alias",
        "Bandung",
    )
    run(
        "leaders",
        "add",
        "--local-party",
        "Bandung",
        "--name",
        "Ridwan Kamil",
        "--title",
        "Wali Kota",
        "--from",
        "2013-09-16",
        "--to",
        "2018-09-16",
    )
    run(
        "leaders",
        "add",
        "--local-party",
        "Bandung",
        "--name",
        "Oded M. Danial",
        "--title",
        "Wali Kota",
        "--from",
        "2018-09-20",
        "--to",
        "2021-12-10",
    )


def _bandung_records(run: Run, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bandung.csv",
        (
            "partner,country,type,date\n"
            "Braunschweig,Germany,sister_city,1960\n"
            "Hamamatsu,Japan,mou,2016-05-10\n"
            "Suwon,South Korea,visit,2019\n"
            "Seoul,South Korea,mou,2022-02\n"
        ),
    )
    run("import", str(path), "--set", "local_party=Pemkot Bandung")


def test_init_empty_keeps_the_home_government_and_its_governors(empty_run, tmp_path):
    assert empty_run.json("list") == []
    governments = empty_run.json("governments", "list")
    assert [g["name"] for g in governments] == ["DKI Jakarta"]
    assert set(governments[0]["aliases"]) == {
        "Jakarta",
        "Pemprov DKI Jakarta",
        "Provinsi DKI Jakarta",
        "Daerah Khusus Ibukota Jakarta",
        "Special Capital Region of Jakarta",
    }
    assert len(empty_run.json("leaders", "list")) == 18
    path = _write(
        tmp_path / "sister.csv",
        (
            "partner,country,type,date\n"
            "Bangkok,Thailand,sister_city,2001\n"
            "Hanoi,Vietnam,sister_city,2004\n"
            "Istanbul,Turkey,sister_city,2007\n"
        ),
    )
    empty_run("import", str(path))
    rows = {r["partner"]: r for r in empty_run.json("list")}
    assert rows["Bangkok"]["governor"] == "Sutiyoso"
    assert rows["Hanoi"]["governor"] == "Sutiyoso"
    assert rows["Istanbul"]["governor_basis"] == "undetermined"
    assert rows["Istanbul"]["governor_candidates"] == ["Sutiyoso", "Fauzi Bowo"]


def test_init_empty_for_another_home_government(tmp_path):
    run = Run(tmp_path / "bdg.db")
    result = run("init", "--empty", "--home", "Kota Bandung", "--home-country", "Indonesia")
    assert "home: Kota Bandung, 0 leader terms" in result.stderr
    assert [g["name"] for g in run.json("governments", "list")] == ["Kota Bandung"]
    assert run.json("leaders", "list") == []
    run("leaders", "add", "--name", "Ridwan Kamil", "--title", "Wali Kota", "--from", "2013-09-16")
    assert run.json("leaders", "list")[0]["local_party"] == "Kota Bandung"
    other = Run(tmp_path / "none.db")
    bad = other("init", "--empty", "--home", "Kota Bandung", code=2)
    assert "give --home-country" in bad.stderr
    assert not (tmp_path / "none.db").exists()
    assert "--home needs --empty" in other("init", "--home", "X", code=2).stderr
    jakarta = Run(tmp_path / "jkt.db")
    jakarta("init", "--empty", "--home", "Jakarta")  # an alias of the bundled home
    assert len(jakarta.json("leaders", "list")) == 18


def test_governments_add_edit_show_and_renames_follow(run, tmp_path, snapshot):
    _bandung(run)
    _bandung_records(run, tmp_path)
    shown = run.json("governments", "show", "pemkot bandung")
    assert (shown["name"], shown["country"], shown["region"], shown["kind"]) == (
        "Kota Bandung",
        "ID",
        "ID-JB",
        "city",
    )
    assert shown["records"] == 4 and len(shown["leader_terms"]) == 2
    before = snapshot(run.db)
    assert (
        "already names the local government 'Kota Bandung'"
        in run("governments", "add", "Bandung", "--country", "ID", code=2).stderr
    )
    assert (
        "already names the local government 'DKI Jakarta'"
        in run("governments", "edit", "Bandung", "--add-alias", "Jakarta", code=2).stderr
    )
    assert snapshot(run.db) == before
    run("governments", "edit", "Bandung", "--name", "Pemerintah Kota Bandung")
    assert {r["local_party"] for r in run.json("list", "--local-party", "Kota Bandung")} == {
        "Pemerintah Kota Bandung"
    }
    assert {x["local_party"] for x in run.json("leaders", "list", "--local-party", "Bandung")} == {
        "Pemerintah Kota Bandung"
    }
    change = run.json("history", "--entity", "government")[0]
    assert change["command"] == "governments edit"
    assert change["changes"]["name"] == ["Kota Bandung", "Pemerintah Kota Bandung"]


def test_local_party_matches_aliases_and_unknown_ones_are_refused(run):
    assert len(run.json("list", "--local-party", "Pemprov DKI Jakarta")) == 22
    assert len(run.json("list", "--local-party", "special capital region of jakarta")) == 22
    result = run("list", "--local-party", "Jakrta", code=2)
    assert result.stderr.strip() == (
        "kerjasama: error: --local-party 'Jakrta': no such local government (see `kerjasama "
        "governments list`); did you mean 'DKI Jakarta'?"
    )
    assert "Surabaya" in run("stats", "--local-party", "Surabaya", code=2).stderr


def test_add_and_edit_refuse_an_unknown_local_party_instead_of_creating_one(run, snapshot):
    run("list")
    before = snapshot(run.db)
    result = run(
        "add",
        "-p",
        "Busan",
        "-c",
        "KR",
        "-t",
        "mou",
        "-d",
        "2024",
        "--local-party",
        "Surabya",
        code=2,
    )
    assert result.stderr.startswith(
        "kerjasama: error: --local-party 'Surabya': no such local government"
    )
    assert "kerjasama governments add 'Surabya' --country CC" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (
        run("edit", "1", "--local-party", "Surabya", code=2).stderr.count(
            "no such local government"
        )
        == 1
    )
    assert snapshot(run.db) == before
    assert [g["name"] for g in run.json("governments", "list")] == ["DKI Jakarta"]
    # An alias names the home government; a government added on purpose is accepted.
    record = int(
        run(
            "add",
            "-p",
            "Busan",
            "-c",
            "KR",
            "-t",
            "mou",
            "-d",
            "2024",
            "--local-party",
            "Pemprov DKI Jakarta",
        ).stdout
    )
    assert run.json("show", str(record))["local_party"] == "DKI Jakarta"
    run("governments", "add", "Kota Surabaya", "--country", "ID")
    record = int(
        run(
            "add",
            "-p",
            "Busan",
            "-c",
            "KR",
            "-t",
            "loi",
            "-d",
            "2024",
            "--local-party",
            "kota surabaya",
        ).stdout
    )
    assert run.json("show", str(record))["local_party"] == "Kota Surabaya"


def test_leader_terms_are_validated_and_nothing_changes(run, snapshot):
    run("list")
    before = snapshot(run.db)
    overlap = run(
        "leaders",
        "add",
        "--name",
        "Someone",
        "--title",
        "Gubernur",
        "--from",
        "2020-01-01",
        "--to",
        "2021-01-01",
        code=2,
    )
    assert "overlaps the full term of Anies Baswedan (Gubernur" in overlap.stderr
    assert overlap.stderr.count("\n") == 1
    backwards = run(
        "leaders",
        "add",
        "--name",
        "Someone",
        "--title",
        "Plt Gubernur",
        "--from",
        "2020-01-01",
        "--to",
        "2019-01-01",
        code=2,
    )
    assert "--to '2019-01-01': is before --from 2020-01-01" in backwards.stderr
    assert "no leader term" in run("leaders", "delete", "nobody-1900", code=2).stderr
    assert snapshot(run.db) == before
    # An acting official may serve inside a full term.
    run(
        "leaders",
        "add",
        "--name",
        "Acting One",
        "--title",
        "Plh Gubernur",
        "--from",
        "2019-03-01",
        "--to",
        "2019-03-05",
    )


@pytest.mark.parametrize(
    ("given", "option"),
    [
        (("--name", "X", "--from", "2025-01-01"), "--title"),
        (("--title", "Gubernur", "--from", "2025-01-01"), "--name"),
        (("--name", "X", "--title", "Gubernur"), "--from"),
    ],
)
@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Missing option '{option}'."), ("id", "Opsi '{option}' tidak diberikan.")],
)
def test_a_missing_leader_option_is_said_as_missing(run, snapshot, given, option, lang, said):
    """`leaders add` without --title said `--title '': is required`, quoting a value the user
    never gave: it is a missing option, said as Click says one, in the user's language."""
    run("list")
    before = snapshot(run.db)
    result = run("--lang", lang, "leaders", "add", *given, code=2)
    assert result.stderr == f"kerjasama: error: {said.format(option=option)}\n"
    assert snapshot(run.db) == before


def test_a_blank_leader_option_is_said_as_empty(run):
    result = run("leaders", "add", "--name", "X", "--title", "  ", "--from", "2025-01-01", code=2)
    assert result.stderr == "kerjasama: error: --title '  ': is empty\n"


def test_term_changes_reattribute_records_and_history_says_so(run, tmp_path):
    _bandung(run)
    _bandung_records(run, tmp_path)
    rows = {r["partner"]: r for r in run.json("list", "--local-party", "Bandung")}
    assert rows["Hamamatsu"]["governor"] == "Ridwan Kamil"
    assert rows["Seoul"]["governor_basis"] == "not_recorded"
    result = run(
        "leaders",
        "add",
        "--local-party",
        "Kota Bandung",
        "--name",
        "Yana Mulyana",
        "--title",
        "Plt Wali Kota",
        "--from",
        "2021-12-10",
        "--to",
        "2022-04-15",
    )
    assert "1 record re-attributed" in result.stderr
    seoul = run.json("show", str(rows["Seoul"]["id"]))
    assert seoul["governor"] == "Yana Mulyana"
    change = seoul["changes"][-1]
    assert change["command"] == "leaders add"
    assert change["changes"]["governor"] == ["not recorded", "Yana Mulyana (Plt Wali Kota)"]
    run("leaders", "edit", "ridwan-kamil-2013-09-16", "--from", "2017-01-01")
    assert run.json("show", str(rows["Hamamatsu"]["id"]))["governor_basis"] == "not_recorded"
    run("leaders", "delete", "oded-m-danial-2018-09-20", "--yes")
    suwon = run.json("show", str(rows["Suwon"]["id"]))
    assert suwon["governor_basis"] == "not_recorded"
    assert suwon["changes"][-1]["changes"]["because"] == [
        None,
        "leaders delete oded-m-danial-2018-09-20",
    ]


def test_leaders_import_csv_and_yaml_all_or_nothing(tmp_path, snapshot):
    run = Run(tmp_path / "bdg.db")
    run("init", "--empty", "--home", "Kota Bandung", "--home-country", "ID")
    csv_path = _write(
        tmp_path / "leaders.csv",
        (
            "nama,jabatan,mulai,sampai\n"
            "Dada Rosada,Wali Kota,2003-09-16,2013-09-16\n"
            "Ridwan Kamil,Wali Kota,2013-09-16,2018-09-16\n"
        ),
    )
    result = run("leaders", "import", str(csv_path))
    assert "2 inserted, 0 updated, 0 unchanged leader terms" in result.stderr
    yaml_path = _write(
        tmp_path / "more.yaml",
        (
            "leaders:\n"
            "  - {name: Oded M. Danial, title: Wali Kota, from: 2018-09-20, to: 2021-12-10}\n"
            "  - {name: Yana Mulyana, title: Plt Wali Kota, from: 2021-12-10, to: 2022-04-15}\n"
        ),
    )
    run("leaders", "import", str(yaml_path))
    assert [x["name"] for x in run.json("leaders", "list")] == [
        "Dada Rosada",
        "Ridwan Kamil",
        "Oded M. Danial",
        "Yana Mulyana",
    ]
    before = snapshot(run.db)
    bad = _write(
        tmp_path / "bad.csv", ("name,title,from,to\nNew Person,Wali Kota,2020-01-01,2024-01-01\n")
    )
    assert (
        "overlaps the full term of Oded M. Danial"
        in run("leaders", "import", str(bad), code=2).stderr
    )
    backwards = _write(
        tmp_path / "back.csv", "name,title,from,to\nX,Wali Kota,2030-01-01,2029-01-01\n"
    )
    assert "back.csv:2: to" in run("leaders", "import", str(backwards), code=2).stderr
    assert snapshot(run.db) == before


def test_other_governments_never_touch_jakartas_per_governor_answers(run, tmp_path):
    before = run.json("stats", "--by", "governor")
    unknown_before = run.json("list", "--governor", "date unknown")
    timeline_before = run.json("timeline", "--by", "governor")
    grouped_before = run.json("list", "--by", "governor")
    _bandung(run)
    _bandung_records(run, tmp_path)
    # A government without leaders: its records are never Jakarta's "date unknown".
    path = _write(
        tmp_path / "sby.csv", "partner,country,type,local_party\nBusan,KR,sister_city,Surabaya\n"
    )
    run("import", str(path))
    assert run.json("stats", "--by", "governor") == before
    assert run.json("list", "--governor", "date unknown") == unknown_before
    by_party = {r["group"]: r["count"] for r in run.json("stats", "--by", "local-party")}
    assert by_party == {"DKI Jakarta": 22, "Kota Bandung": 4, "Surabaya": 1}
    bandung = {
        r["group"]: r["count"]
        for r in run.json("stats", "--by", "governor", "--local-party", "Bandung")
    }
    assert bandung == {"Ridwan Kamil": 1, "Oded M. Danial": 1, "not recorded": 2}
    assert run.json("timeline", "--by", "governor") == timeline_before
    assert run.json("list", "--by", "governor") == grouped_before


@pytest.mark.skipif(not TWIN_CITIES.exists(), reason="needs the shared twin-cities file")
def _twin_town_import(folder: Path) -> dict[str, object]:
    """The seeded registry's governor figures, then the whole twin-town file imported into it
    (in FOLDER): made on the spare core from the start of the session (conftest's `early`), the
    import of 26,114 rows being seconds of the tests' own time otherwise."""
    run = Run(folder / "registry.db")
    before = run.json("stats", "--by", "governor")  # its first command seeds it
    run("import", str(TWIN_CITIES), *TWIN_OPTIONS, "--rejects", str(folder / "r.csv"))
    return {"before": before, "db": run.db}


EARLY = {"twin_town": in_english(_twin_town_import)}


def test_twin_town_import_keeps_every_jakarta_governor_figure(tmp_path, tmp_path_factory):
    made: dict = early(__name__, "twin_town", tmp_path_factory)  # type: ignore[assignment]
    shutil.copyfile(made["db"], tmp_path / "registry.db")
    run = Run(tmp_path / "registry.db")
    before = {r["group"]: r for r in made["before"]}
    after = {r["group"]: r for r in run.json("stats", "--by", "governor")}
    assert set(after) == set(before)
    for group, row in before.items():
        if group != "date unknown":
            assert after[group] == row, group
    # The file's 15 `Jakarta` rows are DKI Jakarta's own (an alias), undated: only they join.
    assert after["date unknown"]["count"] == before["date unknown"]["count"] + 15
    twin = run.json("list", "--local-party", "Jakarta", "--type", "sister_city")
    assert {r["local_party"] for r in twin} == {"DKI Jakarta"}
    involving = run.json("list", "--involving", "Jakarta")
    other_side = {r["local_party"] for r in involving if r["local_party"] != "DKI Jakarta"}
    assert other_side == {"Beijing", "Shanghai", "Berlin"}
    assert "Kota Tua (Jakarta)" not in {r["partner"] for r in involving}
    assert len(involving) == 22 + 15 + 3


def test_governments_and_leaders_in_a_real_process(tmp_path):
    db = tmp_path / "g.db"
    ok = run_module("governments", "list", "-f", "csv", db=db)
    assert ok.returncode == 0 and ok.stdout.startswith("id,key,name,country,region,kind,aliases")
    bad = run_module(
        "leaders", "add", "--name", "X", "--title", "Gubernur", "--from", "2019-02-30", db=db
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("kerjasama: error: --from") and "Traceback" not in bad.stderr
    listed = json.loads(run_module("leaders", "list", "-f", "json", db=db).stdout)
    assert listed[-1]["name"] == "Pramono Anung"


def test_new_read_commands_take_lang_and_markdown(run):
    partners = run("partners", "list", "-c", "KR", "--lang", "id").stdout
    assert partners.splitlines()[0].split()[:3] == ["ID", "Nama", "Negara"]
    assert partners.rstrip().endswith("3 mitra")
    leaders = run("leaders", "list", "-f", "markdown", "--lang", "id").stdout.splitlines()
    assert leaders[0].startswith("| ID | Pihak daerah | Nama | Jabatan | Mulai | Sampai |")
    assert leaders[1].startswith("|---:|")
    assert leaders[-1] == "_18 masa jabatan_"
    governments = run("governments", "list", "-f", "markdown", "--lang", "en").stdout
    assert governments.splitlines()[0].startswith("| ID | Name | Country | Region | Kind |")
    assert "| DKI Jakarta | ID | ID-JK | province |" in governments
    assert "_1 local government_" in governments


def test_a_new_country_that_leaves_the_region_behind_is_refused(run, snapshot):
    """`governments edit 1 --country MY` kept DKI Jakarta's region ID-JK (Indonesia's) under
    Malaysia; as `partners edit` does, the region must move too (or be cleared), and nothing
    changes until it does."""
    before = snapshot(run.db)
    result = run("governments", "edit", "1", "--country", "MY", code=2)
    assert result.stderr.strip() == (
        "kerjasama: error: --country 'MY': the local government's region ID-JK is not in MY; "
        "give --region (or --region '' to clear it)"
    )
    assert snapshot(run.db) == before
    run("governments", "edit", "1", "--country", "MY", "--region", "MY-14")
    (row,) = [g for g in run.json("governments", "list") if g["id"] == 1]
    assert (row["country"], row["region"]) == ("MY", "MY-14")


def test_a_corrected_country_follows_into_the_records(run):
    """A government's country fixed with `governments edit --country` follows into its records'
    local_country, as a new name follows into their local_party: `list` and `governments show`
    then say the same country."""
    run("governments", "add", "Kota Bandung", "--country", "MY")
    place = ("--local-party", "Kota Bandung")
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2024-01-01", *place)
    run("governments", "edit", "Kota Bandung", "--country", "ID")
    rows = run.json("list", "--local-party", "Kota Bandung")
    assert [r["local_country"] for r in rows] == ["ID"]
    home = run.json("list", "--local-party", "DKI Jakarta")
    assert {r["local_country"] for r in home} == {"ID"}

"""The real twin-cities file (../shared/data, beside the repository): 26,114 Wikipedia pairs."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import Run, early, in_english

TWIN_CITIES = Path(__file__).resolve().parents[2] / "shared" / "data" / "twin_cities_wikipedia.csv"
OPTIONS = [
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
]
# Wikipedia editors' typos: the only values that denote no country.
TYPOS = {
    15326: ("Grece", "Greece"),
    16834: ("Kazakhstah", "Kazakhstan"),
    18327: ("Island", "Iceland"),
    26083: ("Japa", "Japan"),
}


def test_the_file_is_there():
    # Fails (never skips) when the data is missing: these tests are the point of the file.
    assert TWIN_CITIES.exists(), f"missing {TWIN_CITIES}; clone shared/ beside the repository"


class Imported(NamedTuple):
    """The whole file imported into an empty registry with `--skip-invalid`: the registry, what
    the import said on stderr, and its rejects file."""

    db: Path
    said: str
    rejects: Path


def _imported(folder: Path) -> Imported:
    """An empty registry (`init --empty`) in FOLDER with the whole file imported
    (`--skip-invalid`). Made on the spare core from the start of the session (conftest's
    `early`): the import of 26,114 rows is seconds of the tests' own time otherwise."""
    db = folder / "imported.db"
    Run(db)("init", "--empty")
    rejects = folder / "twin.rejects.csv"
    args = ["import", str(TWIN_CITIES), *OPTIONS, "--skip-invalid", "--rejects", str(rejects)]
    result = Run(db)(*args)
    _MADE_HERE["imported"] = Imported(db, result.stderr, rejects)
    return _MADE_HERE["imported"]


_MADE_HERE: dict[str, Imported] = {}  # what this process's `_imported` made, for `_round_trip`


def _without_skip_invalid(folder: Path) -> dict[str, object]:
    """The whole file imported without `--skip-invalid` into an empty registry in FOLDER: what
    the import said and what the registry lists after it (made beside the tests, as above)."""
    run = Run(folder / "empty.db")
    run("init", "--empty")
    result = run("import", str(TWIN_CITIES), *OPTIONS, code=2)
    return {"said": result.stderr, "listed": run.json("list")}


def _round_trip(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Each format: the imported registry exported, and the export of an empty registry that
    imported that file (made beside the tests, as above, from a copy of `_imported`'s)."""
    imported = _MADE_HERE.get("imported") or _imported(folder)
    source = Run(folder / "source.db")
    shutil.copyfile(imported.db, source.db)
    exported = {}
    for fmt in ("csv", "ndjson"):
        first, again = folder / f"first.{fmt}", folder / f"again.{fmt}"
        source("export", "-o", str(first))
        copy = Run(folder / f"copy-{fmt}.db")
        copy("init", "--empty")
        copy("import", str(first))
        again.write_bytes(copy("export", "--format", fmt).stdout.encode())
        exported[fmt] = (first, again)
    return exported


# In the order the tests below need them.
EARLY = {
    "imported": in_english(_imported),
    "without_skip_invalid": in_english(_without_skip_invalid),
    "round_trip": in_english(_round_trip),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The whole file imported into an empty registry, made once: the tests that read what the
    import left copy it, and test_whole_file_imports_with_only_the_typos_rejected checks what the
    import said (importing 26,114 rows a second time for that took ~10 s)."""
    return early(__name__, "imported", tmp_path_factory)  # type: ignore[return-value]


@pytest.fixture
def imported_run(imported: Imported, tmp_path: Path) -> Run:
    """A CLI bound to a copy of the imported registry."""
    shutil.copyfile(imported.db, tmp_path / "imported.db")
    return Run(tmp_path / "imported.db")


def test_whole_file_imports_with_only_the_typos_rejected(
    imported: Imported, imported_run: Run, tmp_path: Path
) -> None:
    summary = imported.said.strip().splitlines()[-1]
    # 26,114 rows: 4 exact duplicates of earlier rows, 4 typos, every other pair a record.
    assert "26106 inserted, 0 updated, 4 unchanged, 4 rejected" in summary
    rows = list(csv.DictReader(imported.rejects.open(encoding="utf-8")))
    assert {int(r["_line"]): r["country2"] for r in rows} == {
        line: typo for line, (typo, _) in TYPOS.items()
    }
    for row in rows:
        typo, meant = TYPOS[int(row["_line"])]
        assert f"country2 {typo!r}: unknown country; did you mean {meant!r}" in row["_reason"]
    args = ["import", str(TWIN_CITIES), *OPTIONS, "--skip-invalid"]
    again = imported_run(*args, "--rejects", str(tmp_path / "again.csv"))
    assert "0 inserted, 0 updated, 26110 unchanged, 4 rejected" in again.stderr


def test_country_names_as_wikipedia_writes_them_resolve(imported_run):
    rows = imported_run.json("list", "--partner", "Jakarta")
    jakarta = {(r["partner"], r["local_party"], r["local_country"]) for r in rows}
    assert ("Jakarta", "Shanghai", "CN") in jakarta
    outgoing = imported_run.json("list", "--local-party", "Jakarta")
    # 19 rows mention Jakarta: 15 as city1, 3 as city2, and Malacca's "Kota Tua (Jakarta)".
    assert len(outgoing) == 15
    assert len(rows) == 4
    assert {r["country"] for r in outgoing} >= {"KP", "KR", "PS", "US", "RU", "VN", "TR"}
    by_partner = {r["partner"]: r for r in imported_run.json("list", "--country", "GB")}
    assert by_partner["Aberystwyth"]["region"] == "GB-WLS"  # "Wales, United Kingdom"
    for name, code in [("Esquel", "AR"), ("Gyumri", "AM")]:
        assert imported_run.json("list", "--local-party", name)[0]["local_country"] == code
    named = {
        "Ivory Coast": "CI",
        "East Timor": "TL",
        "Kosovo": "XK",
        "Palestine": "PS",
        "Republic of Ireland": "IE",
        "England": "GB",
        "Scotland": "GB",
    }
    in_file = set()
    with TWIN_CITIES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            in_file |= {row["country1"], row["country2"]}
    for text, code in named.items():
        assert text in in_file
        assert imported_run.json("list", "--country", code)
    # A pair whose country is written into the city field ("Varna, Bulgaria" with no country)
    varna = [r for r in imported_run.json("list", "--country", "BG") if r["partner"] == "Varna"]
    assert varna


def test_without_skip_invalid_nothing_goes_in_and_every_typo_is_named(tmp_path_factory):
    made: dict = early(__name__, "without_skip_invalid", tmp_path_factory)  # type: ignore[assignment]
    for line, (typo, meant) in TYPOS.items():
        assert f"{TWIN_CITIES}:{line}: country2 {typo!r}" in made["said"]
        assert f"did you mean {meant!r}" in made["said"]
    assert made["listed"] == []


def test_round_trip_of_the_whole_file(tmp_path_factory):
    """Export -> import into an empty database -> export: the same bytes, at real scale and with
    real names (accents, non-Latin letters, "AS" which Indonesian reads as Amerika Serikat)."""
    # `init --empty`, then the whole file imported with --skip-invalid, exported; each export
    # imported into an empty registry and exported again (`_round_trip`).
    exported: dict = early(__name__, "round_trip", tmp_path_factory)  # type: ignore[assignment]
    assert set(exported) == {"csv", "ndjson"}
    for first, again in exported.values():
        assert again.read_bytes() == first.read_bytes()
    assert "American Samoa,american-samoa-as,city,ASM," in exported["csv"][0].read_text()


def test_every_pair_is_under_the_government_of_its_own_country(imported: Imported) -> None:
    # 261 pairs name a first city like one of another country met earlier (London, CA after
    # London, GB): before m028 they were stored under the first one's government.
    conn = sqlite3.connect(imported.db)
    try:
        misplaced = conn.execute(
            "SELECT COUNT(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM local_governments g"
            " WHERE g.name = r.local_party AND g.country IS r.local_country)"
        ).fetchone()[0]
        londons = conn.execute(
            "SELECT country FROM local_governments WHERE name = 'London' ORDER BY country"
        ).fetchall()
    finally:
        conn.close()
    assert misplaced == 0
    assert londons == [("CA",), ("GB",)]

"""Defects i33f found and left (chores after issue 33), each driven through the CLI on a copy of
the seeded registry: a digits-only key from `import`, a merge that makes a name ambiguous, name
filters that fold case and accents alike everywhere, and outputs that overwrote a file; then
those i33h left (an existing documents folder, an empty report title, stage names kept as keys
in silence, a country change that makes an alias ambiguous)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run
from test_error_language_values import english_left


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


@pytest.mark.parametrize(
    "args, name",
    [
        (["export", "-o", "{path}"], "out.yaml"),
        (["export", "--format", "csv", "-o", "{path}"], "out.csv"),
        (["export", "-o", "{path}"], "out.xlsx"),
        (["report", "-o", "{path}"], "briefing.html"),
        (["report", "--period", "2024", "-o", "b.html", "--xlsx", "{path}"], "b.xlsx"),
        (["extract", "{article}", "-o", "{path}"], "drafts.yaml"),  # drafts edited by hand
    ],
)
def test_an_output_file_that_exists_is_kept_unless_forced(
    run: Run, tmp_path: Path, monkeypatch, args: list[str], name: str
):
    """`export -o FILE`, `report -o FILE` and `extract -o FILE` (drafts one edits before
    importing them) replaced an existing file without a word, where
    `backup` refuses one without `--force`. One convention: refused (exit 2, one line, the file
    untouched, nothing else written), `--force` overwrites."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    target = folder / name
    target.write_bytes(b"the bureau's own file\n")
    article = tmp_path / "article.txt"
    article.write_text(
        "Jakarta, 5 Mei 2024 - Gubernur DKI Jakarta menandatangani MoU dengan Wali Kota Busan, "
        "Korea Selatan, tentang kerja sama pendidikan.\n",
        encoding="utf-8",
    )
    given = [a.replace("{path}", name).replace("{article}", str(article)) for a in args]
    line = run(*given, code=2).stderr
    option = "--xlsx" if name == "b.xlsx" else "--output"
    assert line == (
        f"kerjasama: error: {option} '{name}': already exists; use --force to overwrite it\n"
    ), line
    said = run("--lang", "id", *given, code=2).stderr
    assert said.count("\n") == 1 and english_left(said) == [], said
    assert target.read_bytes() == b"the bureau's own file\n"
    assert sorted(p.name for p in folder.iterdir()) == [name]
    run(*given, "--force")
    assert target.read_bytes() != b"the bureau's own file\n"


@pytest.mark.parametrize("column, key", [("key", "13"), ("kode", "001")])
def test_an_import_row_keyed_by_digits_only_is_refused_as_add_refuses_it(
    run: Run, snapshot, tmp_path: Path, column: str, key: str
):
    """A `key` of digits only was refused by `add` (`show 13` reaches record #13 first) but taken
    from an import: the record could then be named only by its id. The row is refused naming
    row, field, value and what is expected; with --skip-invalid it alone is rejected."""
    rows = "".join(f"Kota {i},KR,visit,2025-11-{i:02d},k-{i}\n" for i in range(1, 29))
    path = tmp_path / "keyed.csv"
    path.write_text(
        f"partner,country,type,date,{column}\n{rows}Lyon,FR,visit,2025-12-01,{key}\n",
        encoding="utf-8",
    )
    extra = ["--map", f"{column}=key"] if column != "key" else []
    before = snapshot(run.db)
    lines = run("import", str(path), *extra, code=2).stderr.splitlines()
    assert lines[0] == (
        f"kerjasama: {path}:30: {column} '{key}': is only digits, which `show`, `edit` and "
        "`delete` read as an id; give a key with a letter"
    ), lines
    said = run("--lang", "id", "import", str(path), *extra, code=2).stderr.splitlines()[0]
    assert english_left(said, (column,)) == [], said
    assert snapshot(run.db) == before
    rejects = tmp_path / "keyed.rejects.csv"
    run("import", str(path), *extra, "--skip-invalid", "--rejects", str(rejects))
    assert f",{key}" in rejects.read_text(encoding="utf-8")
    assert run.json("list", "-p", "Lyon", "--from", "2025-12") == []
    assert len(run.json("list", "-p", "Kota", "--from", "2025-11")) == 28


@pytest.mark.parametrize("alias", [None, "Big Apple"])
def test_a_merge_that_makes_two_partners_of_a_country_share_a_name_is_refused(
    run: Run, snapshot, alias: str | None
):
    """`partners merge SOURCE TARGET` gives TARGET the source's name and aliases, without the
    check `edit --add-alias` makes: merging Springfield (GB) into New York City (US) left NYC
    and Springfield (US) both answering to `Springfield`, and `add -p Springfield -c US` could
    not tell them apart. Refused, naming the holder; nothing changed."""
    add = ["add", "-t", "visit", "-d", "2024-05-05", "--new-partner"]
    run(*add, "-p", "Springfield", "-c", "US")
    run(*add, "-p", "Springfield", "-c", "GB")
    carried = "Springfield"
    if alias is not None:
        run("partners", "edit", "springfield-us", "--add-alias", alias, code=0)
        run(*add, "-p", "Kota Lain", "-c", "GB")
        run("partners", "edit", "Kota Lain", "--add-alias", alias)
        carried = alias
    source = "springfield-gb" if alias is None else "Kota Lain"
    before = snapshot(run.db)
    line = run("partners", "merge", source, "New York City", "--yes", code=2).stderr
    assert line.count("\n") == 1 and line.startswith(f"kerjasama: error: SOURCE '{carried}': ")
    assert "#4 New York City" in line and "Springfield in US" in line, line
    said = run("--lang", "id", "partners", "merge", source, "New York City", "--yes", code=2)
    assert english_left(said.stderr) == [], said.stderr
    assert snapshot(run.db) == before
    # Into a partner of the source's own country, or where no one else answers, it merges.
    run("partners", "merge", source, "Shanghai", "--yes")


def test_a_government_name_filter_folds_case_and_accents_as_list_does(run: Run):
    """`list -p ōsaka` folds case and accents (i33f), but `governments list --name` kept LIKE:
    ASCII case only, and `_` matched any character."""
    run("governments", "add", "Région Île-de-France", "-c", "FR", "--kind", "region")
    run("governments", "add", "KotaXLama", "-c", "ID", "--kind", "city")
    for typed in ("ile-de", "ÎLE-DE", "région île", "REGION ILE"):
        found = run.json("governments", "list", "--name", typed)
        assert [g["name"] for g in found] == ["Région Île-de-France"], typed
    assert run.json("governments", "list", "--name", "Kota_Lama") == []


def test_stages_set_names_an_unknown_proving_type_as_a_type(run: Run, snapshot):
    """`stages set loi:xyz mou` said `STAGE 'xyz': not one of sister_city, loi, ...`: `xyz` is
    the record type after ':' (the argument reads STAGE[:TYPE,...]), and the list offered was of
    types. Said as the TYPE it is; nothing changed."""
    before = snapshot(run.db)
    line = run("stages", "set", "loi:xyz", "mou", code=2).stderr
    assert line.startswith("kerjasama: error: TYPE 'xyz': not one of sister_city, loi, mou"), line
    assert line.count("\n") == 1
    said = run("--lang", "id", "stages", "set", "loi:xyz", "mou", code=2).stderr
    assert said.startswith("kerjasama: error: TYPE 'xyz': "), said
    assert snapshot(run.db) == before


def test_an_existing_documents_folder_is_kept_unless_forced(run: Run, tmp_path: Path, monkeypatch):
    """`export -o FILE --with-documents` refused an existing FILE (i33h) but replaced the
    `documents.json` of an existing `FILE.documents/` without a word. The same convention: the
    folder is refused unless --force (one line, exit 2, nothing written), --force writes it."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    folder = work / "out.documents"
    folder.mkdir()
    manifest = folder / "documents.json"
    manifest.write_text("the bureau's own list\n", encoding="utf-8")
    args = ["export", "-o", "out.yaml", "--with-documents"]
    line = run(*args, code=2).stderr
    assert line == (
        "kerjasama: error: --with-documents 'out.documents': already exists; "
        "use --force to overwrite it\n"
    ), line
    said = run("--lang", "id", *args, code=2).stderr
    assert said.count("\n") == 1 and english_left(said) == [], said
    assert manifest.read_text(encoding="utf-8") == "the bureau's own list\n"
    assert sorted(p.name for p in work.iterdir()) == ["out.documents"]
    assert [p.name for p in folder.iterdir()] == ["documents.json"]
    # A file where the folder would go is said, not a traceback, even with --force.
    folder_file = work / "b.documents"
    folder_file.write_text("x", encoding="utf-8")
    line = run("export", "-o", "b.yaml", "--with-documents", "--force", code=2).stderr
    assert line == (
        "kerjasama: error: --with-documents 'b.documents': is a file, where the documents' "
        "folder goes; give another -o name\n"
    ), line
    assert not (work / "b.yaml").exists()
    run(*args, "--force")
    assert manifest.read_text(encoding="utf-8").startswith("[")
    assert (work / "out.yaml").exists()


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_report_title_is_refused(run: Run, tmp_path: Path, title: str):
    """`report --title ''` fell back to the default heading in silence: a script's unset
    variable (`--title "$T"`) gave a briefing headed as if no title had been asked for. Refused
    as empty filters are (one line, exit 2, no file)."""
    out = tmp_path / "b.html"
    line = run("report", "--title", title, "-o", str(out), code=2).stderr
    assert line == f"kerjasama: error: --title '{title}': is empty\n", line
    said = run("--lang", "id", "report", "--title", title, code=2).stderr
    assert said.count("\n") == 1 and english_left(said) == [], said
    assert not out.exists()
    assert "<h1>Kerja sama kita</h1>" in run("report", "--title", "Kerja sama kita").stdout


def test_stages_set_says_which_names_it_keeps_as_keys(run: Run):
    """`stages set 'Tahap Satu' 'tahap-dua' tahap_tiga` stored `tahap_satu` and `tahap_dua`
    without saying so: the user then looks for `Tahap Satu` in `stages list` and in evidence.
    Each name changed is said once, in one line, before the list."""
    result = run("stages", "set", "Tahap Satu", "tahap-dua:mou", "tahap_tiga")
    lines = result.stderr.splitlines()
    assert lines == [
        "kerjasama: stages kept as keys: 'Tahap Satu' → tahap_satu, 'tahap-dua' → tahap_dua",
        "kerjasama: default stage list: tahap_satu → tahap_dua → tahap_tiga",
    ], lines
    said = run("--lang", "id", "stages", "set", "Tahap Satu", "tahap_dua").stderr
    assert said.count("\n") == 2 and english_left(said) == [], said
    quiet = run("stages", "set", "tahap_satu", "tahap_dua").stderr
    assert quiet.count("\n") == 1 and "kept as keys" not in quiet, quiet


@pytest.mark.parametrize("removed", [False, True])
def test_a_country_change_that_makes_two_partners_answer_to_one_name_is_refused(
    run: Run, snapshot, removed: bool
):
    """`partners edit N --country X` checked N's name against X's partners but not N's
    aliases: moving a GB partner with the alias `Springfield` to US left it and Springfield (US)
    both answering to `Springfield`. Refused, naming the alias and its holder; nothing changed.
    Removing the alias in the same command lets the move through."""
    add = ["add", "-t", "visit", "-d", "2024-05-05", "--new-partner"]
    run(*add, "-p", "Springfield", "-c", "US")
    run(*add, "-p", "Kota Lain", "-c", "GB")
    run("partners", "edit", "Kota Lain", "--add-alias", "SPRINGFIELD")
    if removed:
        run("partners", "edit", "Kota Lain", "--country", "US", "--remove-alias", "SPRINGFIELD")
        assert run.json("partners", "show", "Kota Lain")["country"] == "US"
        return
    before = snapshot(run.db)
    line = run("partners", "edit", "Kota Lain", "--country", "US", code=2).stderr
    assert line.count("\n") == 1, line
    assert line.startswith("kerjasama: error: --country 'US': the alias SPRINGFIELD of #"), line
    assert "already names partner #" in line and "Springfield in US" in line, line
    said = run("--lang", "id", "partners", "edit", "Kota Lain", "--country", "US", code=2)
    assert said.stderr.count("\n") == 1 and english_left(said.stderr) == [], said.stderr
    assert snapshot(run.db) == before

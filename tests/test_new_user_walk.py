"""What a demanding new user met walking every command with wrong values (session 37, i47g).

Each test is one defect found that way: the message a user reads for a bad value, in either
language, and the registry left as it was.
"""

from __future__ import annotations

import pytest
from conftest import Run

from kerjasama_cli.cli.app import app


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def _one_error_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kerjasama: error: "), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "100,000 characters long; at most 1,000"),
        ("id", "100.000 karakter; paling banyak 1.000"),
    ],
)
def test_a_count_in_a_message_is_grouped_as_the_language_writes_it(run: Run, lang, said) -> None:
    # Indonesian writes 100.000 (a comma is its decimal point): '1,000' read as one.
    result = run("--lang", lang, "add", "-p", "Busan", "-c", "KR", "-t", "mou",
                 "--title", "x" * 100_000, code=2)  # fmt: skip
    assert said in _one_error_line(result)


@pytest.mark.parametrize(
    ("record", "ref", "said"),
    [
        ("6", "6", "is this record itself"),
        ("shanghai-mou-2020-10-23", "shanghai-mou-2020-10-23", "is this record itself"),
        ("19", "19", "is this record itself"),
        ("19", "20", "is an event (invitation)"),
        ("19", "shanghai-ciie-invitation-2023-04-27", "is an event (invitation)"),
    ],
)
def test_edit_refuses_an_agreement_that_is_itself_or_an_event(
    run: Run, snapshot, record, ref, said
) -> None:
    # An event belongs to a document (`show` counts it in the document's stages, a renewal moves
    # the document's validity); a record its own agreement, or a visit under an invitation, is
    # a loop or a misfiled event that nothing downstream reads right.
    before = snapshot(run.db)
    line = _one_error_line(run("edit", record, "--agreement", ref, code=2))
    assert line.startswith(f"kerjasama: error: --agreement '{ref}': {said}"), line
    assert snapshot(run.db) == before


def test_add_refuses_an_event_as_the_agreement(run: Run, snapshot) -> None:
    before = snapshot(run.db)
    result = run("--lang", "id", "add", "-p", "Shanghai", "-t", "visit", "-d", "2024-05-01",
                 "--agreement", "20", code=2)  # fmt: skip
    line = _one_error_line(result)
    assert line.startswith("kerjasama: error: --agreement '20': "), line
    assert "undangan" in line and "invitation" not in line
    assert snapshot(run.db) == before


@pytest.mark.parametrize("command", ["add", "edit"])
def test_an_unknown_agreement_key_names_the_option(run: Run, command) -> None:
    # `--agreement 9999` said `--agreement '9999'`, a key `agreement 'nosuchkey'`: the option
    # typed is what the user looks for.
    args = ["-p", "Shanghai", "-t", "visit", "-d", "2024-06-01"] if command == "add" else ["19"]
    line = _one_error_line(run(command, *args, "--agreement", "nosuchkey", code=2))
    assert line == "kerjasama: error: --agreement 'nosuchkey': no such agreement"


def test_an_event_still_joins_its_document(run: Run) -> None:
    run("add", "-p", "Shanghai", "-t", "visit", "-d", "2024-05-01", "--agreement", "6")
    run("edit", "20", "--agreement", "shanghai-mou-2020-10-23")
    run("edit", "20", "--agreement", "")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "another program is writing to it"),
        ("id", "program lain sedang menulis ke dalamnya"),
    ],
)
def test_a_registry_locked_by_another_writer_is_said_in_the_language(
    run: Run, snapshot, monkeypatch, lang, said
) -> None:
    # `add` while another process holds the write lock said SQLite's own English
    # ("database is locked") under --lang id, and nothing of what to do.
    import sqlite3

    from kerjasama_cli.store.database import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)  # the wait, not the outcome
    run("list", "--limit", "1")
    before = snapshot(run.db)
    writer = sqlite3.connect(run.db, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        result = run("--lang", lang, "add", "-p", "Shanghai", "-t", "visit", "-d", "2024-07-01",
                     code=1)  # fmt: skip
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    line = _one_error_line(result)
    assert line.startswith(f"kerjasama: error: {run.db}: {said}"), line
    assert "database is locked" not in line
    assert snapshot(run.db) == before


_NO_LOCALE = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "kerjasama: error: KERJASAMA_LANG 'fr': bukan salah satu dari en, id"),
        (("--lang", "fr"), "kerjasama: error: --lang 'fr': bukan salah satu dari en, id"),
    ],
)
def test_an_unknown_language_in_the_environment_is_one_line(run: Run, args, said) -> None:
    # KERJASAMA_LANG=fr printed a traceback (exit 1): the line about the bad language was
    # itself to be said in that language. It is said in the fallback (the locale, else id).
    env = {**_NO_LOCALE, "KERJASAMA_LANG": "fr"}
    result = run("list", "--limit", "1", *args, env=env, code=2)
    assert result.stderr == said + "\n"


@pytest.mark.parametrize(
    "group", ["partners", "governments", "leaders", "sectors", "stages", "evidence", "settings",
              "users"],
)  # fmt: skip
def test_a_group_takes_lang_as_every_command_does(run: Run, group) -> None:
    # `kerjasama partners --help --lang id` said "No such option: --lang" (exit 2), while the
    # docs show `kerjasama export --help --lang id` and promise --lang on every command.
    shown = run(group, "--help", "--lang", "id").stdout
    assert "Cara pakai:" in shown and "Usage:" not in shown
    assert "--lang" in shown


def test_a_group_s_lang_reaches_its_subcommand(run: Run) -> None:
    env = {**_NO_LOCALE, "KERJASAMA_LANG": ""}
    header = run("partners", "--lang", "en", "list", env=env).stdout.splitlines()[0]
    assert header.split()[:2] == ["ID", "Name"], header
    header = run("--lang", "en", "partners", "--lang", "id", "list", env=env).stdout.splitlines()[0]
    assert "Nama" in header, header


def test_rejects_in_a_missing_folder_is_a_usage_error_as_output_is(run: Run, snapshot, tmp_path):
    # `-o` into a missing folder is exit 2 ("directory ... does not exist"); `--rejects` there
    # was exit 1 ("cannot be written (No such file or directory)") for the same mistake.
    source = tmp_path / "rows.csv"
    source.write_text("partner,country,type,date\nBusan,KR,mou,2024\nX,Narnia,mou,2024\n")
    run("list", "--limit", "1")
    before = snapshot(run.db)
    target = tmp_path / "nodir" / "r.csv"
    result = run("import", str(source), "--skip-invalid", "--rejects", str(target), code=2)
    line = _one_error_line(result)
    assert line.startswith("kerjasama: error: --rejects '"), line
    assert line.endswith(f": directory {target.parent} does not exist"), line
    assert snapshot(run.db) == before and not target.parent.exists()


@pytest.mark.parametrize(
    ("name", "text", "english", "indonesian"),
    [
        ("bad.json", '{"partner": "X", \n', "Expecting property name", "nama properti"),
        ("bad.json", '[{"partner": "X"} {"partner": "Y"}]', "Expecting ','", "pemisah ','"),
        ("bad.ndjson", '{"partner": "X"\n', "Expecting ','", "pemisah ','"),
        (
            "bad.yaml",
            "partner: [unclosed\n",
            "did not find expected",
            "tidak menemukan ',' atau ']'",
        ),
        ("bad.yaml", "a: b: c\n", "mapping values", "nilai pemetaan"),
    ],
)
def test_a_parser_s_reason_is_said_in_the_language(
    run: Run, tmp_path, name, text, english, indonesian
) -> None:
    # `import bad.json --lang id` said "JSON tidak sah: Expecting property name enclosed in
    # double quotes": the json module's and PyYAML's English inside an Indonesian line.
    path = tmp_path / name
    path.write_text(text)
    result = run("--lang", "id", "import", str(path), code=2)
    said = result.stderr
    assert english not in said and indonesian in said, said
    assert english in run("--lang", "en", "import", str(path), code=2).stderr


@pytest.mark.parametrize("typed", ["2024-", "-2024", "--2024", "2024/", "Mei 2025 -"])
def test_a_date_cut_short_is_refused_not_read_as_its_year(run: Run, snapshot, typed) -> None:
    # `--date 2024-` (the month not typed yet) was stored as the year 2024, silently coarser
    # than what the analyst was writing; `-2024` (an open range?) the same.
    before = snapshot(run.db)
    result = run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", typed, code=2)
    line = _one_error_line(result)
    assert line.startswith(f"kerjasama: error: --date '{typed}': not a date"), line
    assert snapshot(run.db) == before


@pytest.mark.parametrize("damage", ["truncated", "overwritten"])
def test_a_damaged_registry_is_said_in_the_language(run: Run, damage) -> None:
    # A damaged file said SQLite's "database disk image is malformed" under --lang id, in the
    # line of the open check ("basis data tidak terbaca: database disk image ...") and in that
    # of a read that met the damage later, with nothing of what to do.
    run("list", "--limit", "1")
    data = run.db.read_bytes()
    middle = len(data) // 5
    if damage == "truncated":
        run.db.write_bytes(data[: len(data) // 3])
    else:
        run.db.write_bytes(data[:middle] + b"\xff" * 65536 + data[middle + 65536 :])
    result = run.runner.invoke(app, ["--db", str(run.db), "--lang", "id", "list"])
    assert result.exit_code in (1, 2), result.output
    line = _one_error_line(result)
    assert "malformed" not in line and "database disk" not in line, line
    assert "rusak" in line, line


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "is too long a period; at most 1000 years"), ("id", "paling lama 1000 tahun")],
)
def test_a_period_too_long_says_the_longest(run: Run, lang, said) -> None:
    # "--within '99999y': is too long a period" did not say what is allowed.
    line = _one_error_line(run("--lang", lang, "agenda", "--within", "99999y", code=2))
    assert line.startswith("kerjasama: error: --within '99999y': ") and said in line, line


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [("C:\\data", "'C:\\data'"), ("\\", "'\\'"), ("a\x07b", "'a\\x07b'")],
)
def test_a_value_is_quoted_as_typed_not_as_python_writes_it(run: Run, typed, quoted) -> None:
    # repr() doubled a backslash: `--country 'C:\\data'` for C:\data, not what was typed.
    # A control character is still shown escaped (it could not be seen otherwise).
    line = _one_error_line(run("list", "--country", typed, code=2))
    assert line.startswith(f"kerjasama: error: --country {quoted}: "), line


@pytest.mark.parametrize(("lang", "said"), [("en", "South Korea"), ("id", "Korea Selatan")])
def test_an_unknown_region_code_says_what_the_country_has(run: Run, lang, said) -> None:
    # "--region 'KR-99': unknown region code" named nothing to type instead.
    line = _one_error_line(run("--lang", lang, "add", "-p", "Busan", "-c", "KR", "-t", "mou",
                               "--region", "KR-99", code=2))  # fmt: skip
    assert line.startswith("kerjasama: error: --region 'KR-99': "), line
    assert "KR-11" in line and "KR-26" in line and said in line, line


def test_names_quoted_inside_a_message_are_quoted_as_typed(run: Run, tmp_path) -> None:
    # The value a message names besides the one given (the government that already has a name,
    # a file whose format is unknown, the shared name of two partners) was still quoted by
    # repr(), so a backslash came out doubled: 'Kota\\Lama' for Kota\Lama.
    run("governments", "add", "Kota\\Lama", "--country", "ID")
    line = _one_error_line(run("governments", "add", "Kota Baru", "--country", "ID",
                               "--alias", "Kota\\Lama", code=2))  # fmt: skip
    assert line.endswith("already names the local government 'Kota\\Lama'"), line
    odd = tmp_path / "batch\\one.dat"
    odd.write_text("x", encoding="utf-8")
    line = _one_error_line(run("import", str(odd), code=2))
    assert "'batch\\one.dat'" in line and "\\\\" not in line, line
    run("add", "-p", "Den\\Haag", "-c", "NL", "-t", "mou", "--date", "2020")
    run("add", "-p", "Den\\Haag", "-c", "BE", "-t", "mou", "--date", "2021", "--new-partner")
    said = run("partners", "show", "Den\\Haag").stderr
    assert "'Den\\Haag' names 2 partners" in said and "\\\\" not in said, said


@pytest.mark.parametrize(("lang", "said"), [("en", "nothing piped in"), ("id", "tidak ada yang")])
def test_import_from_a_terminal_is_refused_at_once_not_waited_on(tmp_path, lang, said) -> None:
    # `kerjasama import -` typed at a prompt waited silently for an end of file (extract's
    # stdin was fixed by i48h; import's was left), with the new registry already made.
    import os
    import pty
    import subprocess
    import sys

    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kerjasama_cli", "--lang", lang, "import", "-", "-f", "csv"],
            stdin=secondary,
            capture_output=True,
            text=True,
            env={**os.environ, "KERJASAMA_DB": str(tmp_path / "k.db")},
            timeout=60,
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and said in result.stderr, result.stderr
    assert "kerjasama import - < " in result.stderr
    assert not (tmp_path / "k.db").exists()

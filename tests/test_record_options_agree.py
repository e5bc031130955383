"""`add`, `edit` and `import` agree on what a record holds (chores 36): the one table of record
options (cli/record_options.py) serves both commands, and every field an imported row may carry
that a person types has its option there, validated the same way. `--date-note` was `edit`'s
alone (`add` could not keep how a date was inferred, which `import` reads from a column); the
local party and its country are in the table, an unknown government refused in one line."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import Run

from kerjasama_cli.cli.record_options import RECORD_OPTIONS
from kerjasama_cli.domain.tabular import FIELDS

# Import columns that are not typed as an option of add/edit: the key is `add --key` (edit keeps
# it), the kind follows from the type, a partner key is what -p resolves to, the stage is
# evidence (`kerjasama evidence`); the plural columns are the repeatable options.
NOT_OPTIONS = {"key", "kind", "partner_key", "stage"}
PLURALS = {"signatories": "signatory", "partner_signatories": "partner_signatory",
           "sectors": "sector", "sources": "source"}  # fmt: skip


def test_every_typed_import_column_is_an_option_of_the_one_table() -> None:
    wanted = {PLURALS.get(f, f) for f in FIELDS} - NOT_OPTIONS
    assert wanted <= set(RECORD_OPTIONS), wanted - set(RECORD_OPTIONS)


@pytest.mark.parametrize("command", ["add", "edit"])
def test_add_and_edit_offer_each_option_of_the_table(run: Run, command: str) -> None:
    text = run("--lang", "en", command, "--help", env={"COLUMNS": "200"}).stdout
    for spec in RECORD_OPTIONS.values():
        assert spec.flags[0] in text, (command, spec.flags[0])


def test_add_keeps_a_date_note_as_import_does(empty_run: Run, tmp_path) -> None:
    empty_run(
        "add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2024",
        "--date-note", "year from the governor's speech",
    )  # fmt: skip
    sheet = tmp_path / "noted.csv"
    sheet.write_text(
        "partner,country,type,date,date_note\nTokyo,JP,mou,2023,year from the press release\n",
        encoding="utf-8",
    )
    empty_run("import", str(sheet))
    out = empty_run("export", "--format", "csv").stdout
    notes = {r["partner"]: r["date_note"] for r in csv.DictReader(io.StringIO(out))}
    assert notes == {
        "Busan": "year from the governor's speech",
        "Tokyo": "year from the press release",
    }


@pytest.mark.parametrize("lang", ["en", "id"])
def test_an_unknown_local_party_is_one_line_and_nothing_written(
    seeded_run: Run, snapshot, lang: str
) -> None:
    before = snapshot(seeded_run.db)
    for args in (
        ("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--local-party", "Kota Atlantis"),
        ("edit", "1", "--local-party", "Kota Atlantis"),
    ):
        result = seeded_run("--lang", lang, *args, code=2)
        (line,) = result.stderr.strip().splitlines()
        assert "--local-party 'Kota Atlantis'" in line and "Traceback" not in line
    assert snapshot(seeded_run.db) == before

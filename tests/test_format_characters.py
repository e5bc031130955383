"""Hostile text: invisible format characters and compatibility forms in names and dates.

Found on main (stop 38): "Shanghai" followed by a zero-width space became a second partner that
looks identical to Shanghai in every table, and fullwidth letters and digits ("Ｓｅｏｕｌ",
"２０２４") were stored as typed. Each test below failed on main before `domain/text_forms.py`.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import Run
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.text_forms import clean_name, clean_prose

ZWSP, ZWNJ, ZWJ, BOM, WJ, SHY = "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad"
RLO, PDF, LRI, PDI, LRM, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200e", "\u200f"
# Copy-paste junk from web pages and spreadsheets, and the bidi controls that can spoof a name.
JUNK = (ZWSP, BOM, WJ, SHY, RLO, PDF, LRI, PDI, LRM, RLM, "\u202a", "\u202b", "\u202d", "\u2067")


@pytest.fixture
def run(seeded_run: Run) -> Run:
    return seeded_run


def partners(run: Run) -> list[dict]:
    return run.json("partners", "list")  # type: ignore[return-value]


def named(run: Run, name: str) -> list[dict]:
    return [p for p in partners(run) if p["name"] == name]


def one_error_line(result) -> str:
    lines = [x for x in result.stderr.strip().splitlines() if x]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "\\u" not in lines[0]
    return lines[0]


# -- add, edit -------------------------------------------------------------------------------


@pytest.mark.parametrize("junk", JUNK)
def test_add_with_junk_after_a_known_name_finds_the_partner(run, junk):
    before = len(partners(run))
    run("add", "--partner", f"Shanghai{junk}", "--country", "CN", "--type", "visit",
        "--date", "2024-05-01")  # fmt: skip
    assert len(partners(run)) == before
    assert all(junk not in p["name"] for p in partners(run))


def test_add_fullwidth_name_country_and_date_are_stored_in_their_plain_form(run):
    run("add", "--partner", "Ｓｅｏｕｌ", "--country", "ＫＲ", "--type", "visit",
        "--date", "２０２４-０５-０１", "--key", "ｓｅｏｕｌ-visit")  # fmt: skip
    assert named(run, "Seoul")
    shown = run.json("show", "seoul-visit")
    assert shown["date"] == "2024-05-01"
    assert shown["partner"] == "Seoul"


def test_add_bidi_override_inside_a_name_is_removed(run):
    # "Shanghai" written backwards between an override and its pop looks like "Shanghai"
    run("add", "--partner", f"Kota{RLO}Lama{PDF}", "--country", "ID", "--type", "visit",
        "--date", "2024-05-01")  # fmt: skip
    assert named(run, "KotaLama")


def test_signatories_and_leader_are_cleaned(run):
    run("add", "--partner", "Shanghai", "--country", "CN", "--type", "mou",
        "--date", "2024-05-02", "--signatory", f"Budi{ZWSP} Santoso, Gubernur",
        "--leader", f"{BOM}Budi Santoso", "--key", "sh-mou")  # fmt: skip
    shown = run.json("show", "sh-mou")
    text = json.dumps(shown, ensure_ascii=False)
    assert ZWSP not in text and BOM not in text
    assert "Budi Santoso" in text


def test_a_name_of_format_characters_only_is_refused_as_empty(run):
    result = run("add", "--partner", ZWSP + RLO, "--country", "CN", "--type", "visit",
                 "--date", "2024-05-01", code=2)  # fmt: skip
    line = one_error_line(result)
    assert "--partner" in line and "empty" in line


def test_edit_partner_with_junk_keeps_the_same_partner(run):
    run("add", "--partner", "Shanghai", "--country", "CN", "--type", "visit",
        "--date", "2024-06-01", "--key", "sh-visit")  # fmt: skip
    before = len(partners(run))
    run("edit", "sh-visit", "--partner", f"Shang{ZWSP}hai", "--title", f"Kunjungan{ZWSP} kerja")
    assert len(partners(run)) == before
    assert run.json("show", "sh-visit")["title"] == "Kunjungan kerja"


def test_partners_edit_name_and_alias_are_cleaned(run):
    run("partners", "edit", "Rotterdam", "--name", f"Rotter{SHY}dam{LRM}",
        "--add-alias", f"Ｒｏｔｔｅｒｄａｍ {ZWSP}Kota")  # fmt: skip
    found = named(run, "Rotterdam")
    assert found
    assert "Rotterdam Kota" in json.dumps(found)


def test_governments_and_leaders_are_cleaned(run):
    run("governments", "add", f"Kota{ZWSP} Bogor", "--country", "ID")
    names = [g["name"] for g in run.json("governments", "list")]  # type: ignore[union-attr]
    assert "Kota Bogor" in names
    run("leaders", "add", "--name", f"Bima{WJ} Arya", "--title", "Wali Kota",
        "--from", "２０１４-０４-０７", "--local-party", "Kota Bogor")  # fmt: skip
    text = run("leaders", "list", "--format", "json").stdout
    assert "Bima Arya" in text and WJ not in text and "2014-04-07" in text


# -- script-needed joiners are kept ------------------------------------------------------------


def test_zwnj_between_persian_letters_is_kept_and_beside_latin_removed():
    persian = "\u0645\u06cc" + ZWNJ + "\u062e\u0648\u0627\u0645"  # می‌خوام
    assert clean_name(persian) == persian
    devanagari = "\u0915\u094d" + ZWJ + "\u0937"  # क्‍ष, a half form
    assert clean_name(devanagari) == devanagari
    family = "\U0001f468" + ZWJ + "\U0001f469" + ZWJ + "\U0001f467"
    assert clean_prose(f"Keluarga {family}") == f"Keluarga {family}"
    assert clean_name(f"Jeju{ZWJ}") == "Jeju"
    assert clean_name(f"{ZWNJ}Je{ZWNJ}ju") == "Jeju"
    assert clean_name(f"{persian}{ZWJ}") == persian


def test_cjk_is_kept_and_halfwidth_katakana_is_made_fullwidth():
    assert clean_name("上海") == "上海"
    assert clean_name("서울특별시") == "서울특별시"
    assert clean_name("ｿｳﾙ") == "ソウル"
    assert clean_name("ｶﾞｲｼﾞﾝ") == "ガイジン"  # a voiced mark joins its kana
    assert clean_prose("（上海）") == "（上海）"  # prose keeps its typography


def test_every_format_character_of_this_python_is_removed_from_a_latin_name():
    every = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert len(every) > 150  # U+00AD, U+0600-0605, ..., the tag characters E0020-E007F
    assert clean_name("Je" + "".join(every) + "ju") == "Jeju"
    assert clean_prose("Je" + "".join(every) + "ju") == "Jeju"


def test_plain_ascii_is_returned_as_the_same_object():
    text = "Kuala Lumpur"
    assert clean_name(text) is text and clean_prose(text) is text


_LETTERS = st.characters(
    categories=["Lu", "Ll", "Lo", "Nd", "Zs", "Mn", "Po"],
    exclude_characters="\u200c\u200d",
)


@settings(max_examples=200, deadline=None)
@given(st.text(_LETTERS, min_size=1, max_size=20), st.data())
def test_any_name_with_junk_inserted_cleans_as_the_clean_name(name, data):
    junked = list(name)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(junked)))
        junked.insert(at, data.draw(st.sampled_from(JUNK)))
    assert clean_name("".join(junked)) == clean_name(name)
    assert clean_prose("".join(junked)) == clean_prose(name)


# -- import: the set-wise path (a CSV named on the command line) and the row path --------------


CSV_HEAD = "key,type,partner,country,date,title,signatories\n"


def _csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "rows.csv"
    path.write_text(CSV_HEAD + rows, encoding="utf-8")
    return path


def test_import_csv_cleans_names_dates_and_keys(run, tmp_path):
    before = len(partners(run))
    path = _csv(
        tmp_path,
        f"k1,visit,Shanghai{ZWSP},CN,2024-05-01,Kunjungan{BOM},Budi{ZWSP} (Gubernur)\n"
        "k2,visit,Ｓｅｏｕｌ,ＫＲ,２０２４-０５-０２,（首尔）,Ｂｕｄｉ (Gubernur)\n"
        f"ｋ３,visit,Seoul,KR,2024-05-03,Kunjungan,{LRI}Budi{PDI} (Gubernur)\n",
    )
    run("import", str(path))
    assert len(partners(run)) == before + 1  # Seoul, once
    exported = run("export", "--format", "ndjson").stdout
    for junk in JUNK:
        assert junk not in exported
    rows = {r["key"]: r for r in map(json.loads, exported.splitlines())}
    assert rows["k1"]["partner"] == "Shanghai" and rows["k1"]["title"] == "Kunjungan"
    assert rows["k2"]["partner"] == "Seoul" and rows["k2"]["date"] == "2024-05-02"
    assert rows["k2"]["title"] == "（首尔）"
    assert "k3" in rows
    ours = ("k1", "k2", "k3")
    assert {p for k in ours for p in rows[k]["signatories"]} == {"Budi (Gubernur)"}


def test_import_ndjson_row_path_and_a_document_clean_alike(run, tmp_path):
    path = tmp_path / "rows.ndjson"
    row = {"key": "n1", "type": "visit", "partner": f"{RLM}Shanghai", "date": "２０２４"}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    before = len(partners(run))
    run("import", str(path))
    doc = tmp_path / "doc.yaml"
    doc.write_text(
        'partners:\n  - key: busan\n    name: "Ｂｕｓａｎ\u200b"\n    country: KR\n'
        'events:\n  - key: n2\n    type: visit\n    partner: "Busan\u2060"\n    date: 2024-07-01\n',
        encoding="utf-8",
    )
    run("import", str(doc))
    assert len(partners(run)) == before + 1
    assert named(run, "Busan")
    assert run.json("show", "n1")["date"] == "2024"


def test_import_row_of_only_junk_partner_is_rejected_in_one_line(run, tmp_path):
    path = _csv(tmp_path, f"k9,visit,{ZWSP}{BOM},CN,2024-05-01,x,\n")
    result = run("import", str(path), code=2)
    assert "partner" in result.stderr and "Traceback" not in result.stderr


# -- lookups find the record typed with or without the junk --------------------------------------


def test_lookups_find_the_name_typed_with_junk_or_fullwidth(run):
    typed = [f"Shanghai{ZWSP}", f"{RLO}Shanghai{PDF}", "Ｓｈａｎｇｈａｉ", f"Shang{SHY}hai"]
    plain = run.json("list", "--partner", "Shanghai")
    assert plain
    for name in typed:
        assert run.json("list", "--partner", name) == plain, name
        assert run.json("show", name)["partner"] == "Shanghai", name
        assert run.json("partners", "list", "--name", name), name
        assert run.json("search", name), name


# -- a registry written before the cleaning: no migration, found and listed for a merge ----------


def test_a_stored_junk_name_is_found_by_its_clean_spelling_and_listed_for_merging(run):
    import sqlite3

    run("add", "--partner", "Shanghai Lama", "--country", "CN", "--type", "visit",
        "--date", "2019-05-01", "--key", "old-visit")  # fmt: skip
    with sqlite3.connect(run.db) as conn:  # as main stored it before text_forms.py
        conn.execute(
            "UPDATE partners SET name = ? WHERE name = 'Shanghai Lama'", (f"Shanghai{ZWSP}",)
        )
    conn.close()
    before = len(partners(run))
    keys = {r["key"] for r in run.json("list", "--partner", "Shanghai")}  # type: ignore[union-attr]
    assert "old-visit" in keys and "shanghai-mou-2020-10-23" in keys
    run("add", "--partner", "Shanghai", "--country", "CN", "--type", "visit",
        "--date", "2024-05-09")  # fmt: skip
    assert len(partners(run)) == before  # no third Shanghai
    out = run("check").stdout
    junk = next(p for p in partners(run) if p["name"] == f"Shanghai{ZWSP}")
    assert f"kerjasama partners merge {junk['id']} " in out


def test_the_row_path_and_the_set_wise_path_store_the_same(seeded_template, tmp_path):
    import shutil

    rows = (
        f"k1,visit,Shanghai{ZWSP},CN,2024-05-01,Kunjungan{BOM},Budi{ZWSP} (Gubernur)\n"
        "k2,visit,Ｓｅｏｕｌ,ＫＲ,２０２４-０５-０２,（首尔）,Ｂｕｄｉ (Gubernur)\n"
        f"k3,mou,{ZWNJ}Tehran{ZWJ},IR,2024,\u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0645,\n"
    )
    path = _csv(tmp_path, rows)
    exports = []
    for how in ("file", "stdin"):
        db = tmp_path / f"{how}.db"
        shutil.copyfile(seeded_template, db)
        run = Run(db)
        if how == "file":
            run("import", str(path))
        else:
            run("import", "-", "--format", "csv", input=path.read_text(encoding="utf-8"))
        exports.append(run("export", "--format", "ndjson").stdout)
    assert exports[0] == exports[1]
    assert "Tehran" in exports[0] and f"\u0645\u06cc{ZWNJ}\u062e" in exports[0]


def test_sectors_add_cleans_its_labels(run):
    # (Not "Ketahanan Pangan": since m029 a word of the agriculture sector.)
    run("sectors", "add", f"Ekonomi{ZWSP} Kreatif", "--en", "Ｃｒｅａｔｉｖｅ economy")
    text = run("sectors", "list", "--format", "json").stdout
    assert "Ekonomi Kreatif" in text and "Creative economy" in text and ZWSP not in text


def test_a_government_typed_with_junk_is_found(run):
    shown = run.json("governments", "show", f"DKI{ZWSP} Jakarta")
    assert "DKI Jakarta" in json.dumps(shown, ensure_ascii=False)


_NAME_LETTERS = st.characters(categories=["Lu", "Ll", "Lo"], exclude_characters="\u200c\u200d")


@settings(max_examples=8, deadline=None)
@given(st.text(_NAME_LETTERS, min_size=2, max_size=12), st.data())
def test_a_name_edited_with_junk_reads_back_as_the_clean_name(seeded_template, name, data):
    """Through the CLI and a real file: the stored name is the clean name, read back equal."""
    import shutil
    import tempfile

    junked = list(name)
    for _ in range(data.draw(st.integers(1, 3))):
        junked.insert(data.draw(st.integers(0, len(junked))), data.draw(st.sampled_from(JUNK)))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "registry.db"
        shutil.copyfile(seeded_template, db)
        run = Run(db)
        run("partners", "edit", "Rotterdam", "--name", "".join(junked))
        shown = run.json("partners", "show", "rotterdam")
        assert shown["name"] == clean_name(name)  # type: ignore[index]

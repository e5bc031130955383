"""The one date grammar (issue 21): every form officials write, and every form the tool shows,
is read by `parse_date`, shown back, and accepted by `add --date` and `list --from`."""

from __future__ import annotations

import datetime as dt

import pytest
from counting import python_steps
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.domain.date_specs import parse_date_spec
from kerjasama_cli.domain.dates import parse_date
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.fuzzy_date import FuzzyDate, key_part
from kerjasama_cli.domain.tabular import date_text
from kerjasama_cli.render.fields import date_label, short_date
from kerjasama_cli.render.timeline_labels import dated

D = dt.date


# Each form, the interval it denotes, and how the tool shows it back (Indonesian label).
FORMS = [
    ("awal 2021", D(2021, 1, 1), D(2021, 4, 30), "Januari 2021 – April 2021"),
    ("awal tahun 2021", D(2021, 1, 1), D(2021, 4, 30), "Januari 2021 – April 2021"),
    ("early 2021", D(2021, 1, 1), D(2021, 4, 30), "Januari 2021 – April 2021"),
    ("pertengahan 2022", D(2022, 5, 1), D(2022, 8, 31), "Mei 2022 – Agustus 2022"),
    ("mid-2022", D(2022, 5, 1), D(2022, 8, 31), "Mei 2022 – Agustus 2022"),
    ("akhir 2023", D(2023, 9, 1), D(2023, 12, 31), "September 2023 – Desember 2023"),
    ("late 2023", D(2023, 9, 1), D(2023, 12, 31), "September 2023 – Desember 2023"),
    ("akhir Agustus 2025", D(2025, 8, 21), D(2025, 8, 31), "21 Agustus 2025 – 31 Agustus 2025"),
    ("tahun 2019", D(2019, 1, 1), D(2019, 12, 31), "2019"),
    ("pada tahun 2019", D(2019, 1, 1), D(2019, 12, 31), "2019"),
    ("sejak 1992", D(1992, 1, 1), D(1992, 12, 31), "1992"),
    ("since March 1992", D(1992, 3, 1), D(1992, 3, 31), "Maret 1992"),
    ("Nop 2024", D(2024, 11, 1), D(2024, 11, 30), "November 2024"),
    ("Nopember 2024", D(2024, 11, 1), D(2024, 11, 30), "November 2024"),
    ("17 Agt 1945", D(1945, 8, 17), D(1945, 8, 17), "17 Agustus 1945"),
    ("3 Sept 2024", D(2024, 9, 3), D(2024, 9, 3), "3 September 2024"),
    ("3 Peb. 2024", D(2024, 2, 3), D(2024, 2, 3), "3 Februari 2024"),
    ("Oct. 5th, 2020", D(2020, 10, 5), D(2020, 10, 5), "5 Oktober 2020"),
    ("tanggal 3 Mei 2025", D(2025, 5, 3), D(2025, 5, 3), "3 Mei 2025"),
    ("2020/10/23", D(2020, 10, 23), D(2020, 10, 23), "23 Oktober 2020"),
    ("23/10/2020", D(2020, 10, 23), D(2020, 10, 23), "23 Oktober 2020"),
    ("5/6/2025", D(2025, 6, 5), D(2025, 6, 5), "5 Juni 2025"),  # day first, never MM/DD
    ("23.10.2020", D(2020, 10, 23), D(2020, 10, 23), "23 Oktober 2020"),
    ("10/2020", D(2020, 10, 1), D(2020, 10, 31), "Oktober 2020"),
    ("1-11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("1 s.d. 11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("1 s/d 11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("1 sampai 11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("1 hingga 11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("1–11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    (
        "20 Februari – 11 Agustus 2025",
        D(2025, 2, 20),
        D(2025, 8, 11),
        "20 Februari 2025 – 11 Agustus 2025",
    ),
    ("Februari - Agustus 2025", D(2025, 2, 1), D(2025, 8, 31), "Februari 2025 – Agustus 2025"),
    ("2019 sampai 2021", D(2019, 1, 1), D(2021, 12, 31), "2019 – 2021"),
    ("Februari s.d. Agustus 2025", D(2025, 2, 1), D(2025, 8, 31), "Februari 2025 – Agustus 2025"),
    ("Januari hingga Maret 2025", D(2025, 1, 1), D(2025, 3, 31), "Januari 2025 – Maret 2025"),
    ("Jan–Mar 2025", D(2025, 1, 1), D(2025, 3, 31), "Januari 2025 – Maret 2025"),
    ("2019-2020", D(2019, 1, 1), D(2020, 12, 31), "2019 – 2020"),
    ("2019..2020", D(2019, 1, 1), D(2020, 12, 31), "2019 – 2020"),
    ("2019-01-01/2020-12-31", D(2019, 1, 1), D(2020, 12, 31), "2019 – 2020"),  # as `serve` shows
    ("Q3 2024", D(2024, 7, 1), D(2024, 9, 30), "Juli 2024 – September 2024"),
    ("2024-Q3", D(2024, 7, 1), D(2024, 9, 30), "Juli 2024 – September 2024"),
    ("triwulan III 2024", D(2024, 7, 1), D(2024, 9, 30), "Juli 2024 – September 2024"),
    ("kuartal 2 2024", D(2024, 4, 1), D(2024, 6, 30), "April 2024 – Juni 2024"),
    ("semester I 2024", D(2024, 1, 1), D(2024, 6, 30), "Januari 2024 – Juni 2024"),
    ("semester II 2024", D(2024, 7, 1), D(2024, 12, 31), "Juli 2024 – Desember 2024"),
    # the tool's own display forms
    ("~2025-08", D(2025, 8, 1), D(2025, 8, 31), "Agustus 2025"),
    ("~Agustus 2025", D(2025, 8, 1), D(2025, 8, 31), "Agustus 2025"),
    ("~1–11 Agustus 2025", D(2025, 8, 1), D(2025, 8, 11), "1 Agustus 2025 – 11 Agustus 2025"),
    ("~Januari – Maret 2025", D(2025, 1, 1), D(2025, 3, 31), "Januari 2025 – Maret 2025"),
    ("2019–2020", D(2019, 1, 1), D(2020, 12, 31), "2019 – 2020"),
    ("sebelum 2015-05-12", None, D(2015, 5, 12), "sebelum 12 Mei 2015"),
    ("sebelum 12 Mei 2015", None, D(2015, 5, 12), "sebelum 12 Mei 2015"),
    ("by 2015-05", None, D(2015, 5, 31), "sebelum Mei 2015"),
    ("paling lambat Desember 2015", None, D(2015, 12, 31), "sebelum 31 Desember 2015"),
    # ISO 8601's basic form, as systems export a day (chores 36)
    ("20240305", D(2024, 3, 5), D(2024, 3, 5), "5 Maret 2024"),
    # a fiscal year (tahun anggaran): Indonesia's runs January to December, so a year
    ("TA 2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("T.A. 2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("TA. 2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("tahun anggaran 2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
    ("TA 2019 - TA 2021", D(2019, 1, 1), D(2021, 12, 31), "2019 – 2021"),
]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Agustus 2025", D(2025, 8, 1), D(2025, 8, 31)),  # dateparser: 2025-08-01, a day
        ("tahun 2019", D(2019, 1, 1), D(2019, 12, 31)),  # dateparser: 2019-12-01
        ("Q3 2024", D(2024, 7, 1), D(2024, 9, 30)),  # dateparser: 2024-09-01
    ],
)
def test_what_dateparser_reads_wrong(text, start, end) -> None:
    """dateparser 1.5.0 (see domain/date_words.py) returns one day for these; they are
    intervals. The forms it cannot read at all are in FORMS."""
    date = parse_date(text)
    assert (date.start, date.end) == (start, end)


@pytest.mark.parametrize(("text", "start", "end", "label"), FORMS)
def test_each_form_parses_and_shows_back(text, start, end, label) -> None:
    date = parse_date(text)
    assert (date.start, date.end) == (start, end)
    assert date.label("id") == label
    again = parse_date(label)
    assert (again.start, again.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1 s.d. 11 Agustux 2025", "'Agustux' not understood"),
        ("3 Foo 2021", "'Foo' not understood"),
        ("soon", "not a date; use YYYY-MM-DD"),
        ("awal", "has no year"),
        ("Q5 2024", "no such quarter (5)"),
        ("semester III 2024", "no such half (3)"),
        ("2024/13/01", "no such month (13)"),
        ("12/31/2024", "no such month (31)"),  # MM/DD is never read
        ("11-1 Agustus 2025", "range ends before it starts"),
        ("1-40 Agustus 2025", "no such day (August 2025 has 31 days)"),
        ("1 Jan 0001", "year 1 is outside 1900-2100; end the date with '!'"),
        ("9999", "year 9999 is outside 1900-2100; end the date with '!' if you mean it ('9999!')"),
        ("1899-12-31", "outside 1900-2100"),
        ("2101", "outside 1900-2100"),
        ("20240230", "no such day (February 2024 has 29 days)"),
        ("20241305", "no such month (13)"),
        ("202403", "not a date"),  # not ISO 8601 (YYYYMM reads as YYMMDD there): refused
        # A two-digit year is refused, said in one line with what to write instead (docs/design.md)
        ("5/3/24", "a two-digit year (24); write all four digits, e.g. '5/3/2024'"),
        ("05-03-24", "a two-digit year (24); write all four digits, e.g. '05-03-2024'"),
        ("5.3.99", "a two-digit year (99); write all four digits, e.g. '5.3.1999'"),
        ("TA Mei 2024", "a fiscal year (TA) is a whole year; write e.g. 'TA 2024'"),
    ],
)
def test_what_was_not_understood_is_named(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_date(text, "--date")
    assert reason in err.value.message
    assert err.value.message.startswith(f"--date '{text}': ")


def test_a_long_text_is_refused_before_any_split_is_tried() -> None:
    # The refusal costs the same for 100,000 characters as for 101: no split of the text (every
    # split of a range is tried) runs before the length is checked. A count, not a clock
    # (python bench/dates.py times it beside the short refusal).
    pairs = (("1-" * 50_000 + "1", "1-" * 50 + "1"), ("2019 .. " * 20_000, "2019 .. " * 13))
    for long, short in pairs:
        steps = {}
        for text in (short, long, short):  # the first short one warms what is cached
            steps[len(text)], error = python_steps(parse_date, text)
            assert isinstance(error, ValidationError) and "too long for a date" in error.message
        # A constant slack: what the message does with a long value (it is shortened) may cost
        # a few steps more, depending on what ran before; a split tried per character would
        # cost tens of thousands.
        assert steps[len(long)] <= steps[len(short)] + 100, steps
    long_form = "Kamis, 20 Februari 2025 sampai dengan Senin, 11 Agustus 2025"
    assert parse_date(long_form) == parse_date("2025-02-20..2025-08-11")


def test_years_outside_the_range_need_a_trailing_bang() -> None:
    assert parse_date("1899!") == FuzzyDate(D(1899, 1, 1), D(1899, 12, 31), "year")
    assert parse_date("0001-01-01..9999-12-31!").end == D(9999, 12, 31)
    assert parse_date("1900").start == D(1900, 1, 1) and parse_date("2100").end == D(2100, 12, 31)
    # export writes the mark, so such a date survives export -> import
    old = parse_date("1850-05!")
    assert date_text(old) == "1850-05!" and parse_date(date_text(old)) == old
    assert parse_date_spec(old.to_spec()) == old
    with pytest.raises(ValidationError, match="outside 1900-2100"):
        parse_date_spec(D(1850, 5, 1))


def test_a_range_date_has_a_key_part_and_a_short_form() -> None:
    date = parse_date("2019..2020")
    assert date.iso() is None  # the JSON contract's `date` stays the shared ISO prefix
    assert key_part(date) == "2019-2020"
    row = _row(date)
    assert short_date(row, "en") == "2019–2020"
    assert parse_date(short_date(row, "en")) == date


def _row(date: FuzzyDate) -> dict[str, object]:
    return {
        "date_start": date.start.isoformat() if date.start else None,
        "date_end": date.end.isoformat() if date.end else None,
        "date_precision": date.precision,
    }


# -- every display form reads back as the same interval ----------------------------------------

_DAYS = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    kind = draw(st.sampled_from(["day", "month", "year", "range", "by"]))
    a = draw(_DAYS)
    if kind == "by":
        return parse_date(f"by {draw(st.sampled_from([a.isoformat(), a.isoformat()[:7]]))}")
    if kind != "range":
        return parse_date(
            {"day": a.isoformat(), "month": a.isoformat()[:7], "year": str(a.year)}[kind]
        )
    b = draw(_DAYS)
    lo, hi = sorted((a, b))
    grain = draw(st.sampled_from([10, 7, 4]))
    return parse_date(f"{lo.isoformat()[:grain]}..{hi.isoformat()[:grain]}")


@settings(max_examples=300, deadline=None)
@given(fuzzy_dates(), st.sampled_from(["id", "en"]))
def test_whatever_the_tool_displays_parses_back_to_the_same_interval(date, lang) -> None:
    row = _row(date)
    shown = [date.label(lang), date_label(row, lang), dated(row, lang), date_text(date) or ""]
    for text in shown:
        back = parse_date(text)
        assert (back.start, back.end) == (date.start, date.end), text
    # The narrow tables' short form is exact for single dates and deadlines; for a range it
    # names the month or year that holds it (`~2025-08`), which must contain the range.
    short = parse_date(short_date(row, lang))
    if date.precision == "range":
        assert short.start <= date.start and date.end <= short.end
    else:
        assert (short.start, short.end) == (date.start, date.end)


# -- through the CLI ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("awal 2021", "~2021"),
        ("1 s.d. 11 Agustus 2025", "~2025-08"),
        ("2020/10/23", "2020-10-23"),
        ("2019..2020", "2019–2020"),
        ("triwulan III 2024", "~2024"),
    ],
)
def test_add_reads_the_grammar_and_list_shows_it(empty_run, text, shown) -> None:
    empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", text)
    out = empty_run("list", "--format", "csv").stdout
    assert shown in empty_run("list").stdout, out
    # and the shown form is accepted back by the filters
    assert len(empty_run.json("list", "--from", shown, "--to", shown)) == 1


def test_a_range_date_gets_a_key_with_its_dates(empty_run) -> None:
    empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "2019..2020")
    (row,) = empty_run.json("list")
    assert row["key"] == "busan-kr-mou-2019-2020"
    assert "?" not in empty_run("list").stdout


def test_add_refuses_an_unlikely_year_unless_insisted(empty_run, snapshot) -> None:
    before = snapshot(empty_run.db)
    result = empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "0025", code=2)
    assert result.stderr.strip().endswith(
        "--date '0025': year 25 is outside 1900-2100; end the date with '!' if you mean it "
        "('0025!')"
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(empty_run.db) == before
    empty_run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "--date", "1890!")
    assert [r["date"] for r in empty_run.json("list")] == ["1890"]


def test_from_and_to_read_the_display_forms(run) -> None:
    # a deadline is understood; it bounds --to, and has no start to give --from
    assert run.json("list", "--to", "sebelum 2015-05-12") == run.json("list", "--to", "2015-05-12")
    result = run("list", "--from", "sebelum 2015-05-12", code=2)
    assert "has no start" in result.stderr
    assert run.json("list", "--from", "awal 2024", "--to", "akhir 2024") == run.json(
        "list", "--from", "2024-01-01", "--to", "2024-12-31"
    )
    result = run("list", "--from", "1 s.d. 11 Agustux 2025", code=2)
    assert "'Agustux' not understood" in result.stderr


def test_extract_reads_awal_with_the_same_grammar() -> None:
    from kerjasama_cli.extract.dates import find_dates

    (mention,) = find_dates("Kerja sama ini dimulai awal 2025.", None)
    assert mention.iso == parse_date("awal 2025").iso() == "2025"


def test_edit_and_import_read_the_same_grammar(empty_run, tmp_path) -> None:
    data = tmp_path / "dates.csv"
    data.write_text(
        "partner,country,type,date\n"
        "Busan,KR,visit,1 s.d. 11 Agustus 2025\n"
        "Tokyo,JP,mou,triwulan III 2024\n"
        "Seoul,KR,mou,Nop 2024\n"
        "Osaka,JP,mou,2019..2020\n",
        encoding="utf-8",
    )
    empty_run("import", str(data))
    rows = {r["partner"]: r for r in empty_run.json("list")}
    assert (rows["Busan"]["date_start"], rows["Busan"]["date_end"]) == ("2025-08-01", "2025-08-11")
    assert (rows["Tokyo"]["date_start"], rows["Tokyo"]["date_end"]) == ("2024-07-01", "2024-09-30")
    assert rows["Seoul"]["date"] == "2024-11"
    assert rows["Osaka"]["key"] == "osaka-jp-mou-2019-2020"
    document = tmp_path / "dates.yaml"
    document.write_text(
        "partners:\n- key: jeju\n  name: Jeju\n  kind: province\n  country: KR\n"
        "agreements:\n- partner: jeju\n  type: mou\n  date: akhir 2023\n",
        encoding="utf-8",
    )
    empty_run("import", str(document))
    jeju = empty_run.json("list", "--partner", "Jeju")[0]
    assert (jeju["date_start"], jeju["date_end"]) == ("2023-09-01", "2023-12-31")
    empty_run("edit", str(jeju["id"]), "--date", "pertengahan 2022")
    jeju = empty_run.json("list", "--partner", "Jeju")[0]
    assert (jeju["date_start"], jeju["date_end"]) == ("2022-05-01", "2022-08-31")
    bad = tmp_path / "bad.csv"
    bad.write_text("partner,country,type,date\nBusan,KR,mou,awal 20x5\n", encoding="utf-8")
    result = empty_run("import", str(bad), code=2)
    assert "date 'awal 20x5': not a date" in result.stderr


def test_an_export_round_trips_dates_the_grammar_reads(empty_run, tmp_path) -> None:
    for text in ("awal 2021", "1-11 Agustus 2025", "2019..2020", "sebelum Mei 2015", "1890!"):
        empty_run("add", "-p", "Busan", "-c", "KR", "-t", "visit", "--date", text)
    before = [(r["date_start"], r["date_end"]) for r in empty_run.json("list")]
    for suffix in (".csv", ".yaml"):
        out = tmp_path / f"all{suffix}"
        empty_run("export", "-o", str(out))
        other = tmp_path / f"other{suffix}.db"
        from conftest import Run

        again = Run(other)
        again("init", "--empty")
        again("import", str(out))
        assert [(r["date_start"], r["date_end"]) for r in again.json("list")] == before


_PIECES = st.sampled_from(
    ["1", "11", "2025", "0001", "Agustus", "Nop", "awal", "Q", "III", "semester", "s.d.", "-",
     "–", "..", "/", "sebelum", "sejak", "~", "!", ",", " ", "tahun", "10:00", "x", "99999"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=8).map(" ".join) | st.text(max_size=40))
def test_any_text_is_a_date_or_one_validation_error(text) -> None:
    try:
        date = parse_date(text, "--date")
    except ValidationError as error:
        assert error.message.startswith("--date") and "\n" not in error.message
        return
    assert date.end is not None and (date.start is None or date.start <= date.end)


# -- the forms added in chores 36: ISO basic, fiscal years, two-digit years ---------------------


@settings(max_examples=300, deadline=None)
@given(_DAYS)
def test_iso_basic_is_the_same_day_as_iso_extended(day) -> None:
    assert parse_date(day.strftime("%Y%m%d")) == parse_date(day.isoformat())
    assert parse_date_spec(int(day.strftime("%Y%m%d"))) == parse_date(day.isoformat())


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1900, max_value=2100),
    st.sampled_from(["TA", "T.A.", "TA.", "ta", "Tahun Anggaran", "tahun anggaran", "T.A"]),
)
def test_a_fiscal_year_is_its_calendar_year(year, word) -> None:
    assert parse_date(f"{word} {year}") == parse_date(str(year))


@settings(max_examples=300, deadline=None)
@given(_DAYS, st.sampled_from(["/", "-", "."]))
def test_a_two_digit_year_is_refused_naming_the_four_digit_form(day, sep) -> None:
    text = f"{day.day}{sep}{day.month}{sep}{day.year % 100:02d}"
    with pytest.raises(ValidationError) as err:
        parse_date(text, "--date")
    message = err.value.message
    assert "\n" not in message and message.startswith(f"--date '{text}': a two-digit year")
    # the four-digit form it suggests is a date the grammar reads
    suggested = message.rsplit("'", 2)[1]
    assert parse_date(suggested).precision == "day"

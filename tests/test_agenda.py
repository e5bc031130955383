"""Issue 22, point 3: `agenda`, its windows and its settings (stored in the registry)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Run

from kerjasama_cli.domain.agenda import AgendaSettings, report_dues


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


TODAY = "2026-01-15"


@pytest.fixture
def agenda_run(run: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("KERJASAMA_TODAY", TODAY)
    # An MoU ending 2026-03-31 (2.5 months ahead), a PKS ending 2026-12-31 (11.5 months).
    run(
        "add",
        "--partner",
        "Shanghai",
        "--type",
        "mou",
        "--date",
        "2021-04-01",
        "--end-date",
        "2026-03-31",
        "--title",
        "MoU on smart cities",
    )
    run(
        "add",
        "--partner",
        "Rotterdam",
        "--type",
        "agreement",
        "--date",
        "2024-01-01",
        "--term-years",
        "3",
        "--title",
        "PKS on river restoration",
    )
    return run


def _items(run: Run, *args: str) -> list[dict]:
    return run.json("agenda", *args)


def test_expiring_agreements_carry_their_warning_and_come_soonest_first(agenda_run: Run):
    items = _items(agenda_run)
    days = [i["date"] for i in items]
    assert days == sorted(days)
    ending = {i["title"]: i for i in items if i["kind"] == "expiring"}
    assert ending["MoU on smart cities"]["date"] == "2026-03-31"
    assert ending["MoU on smart cities"]["warning_months"] == 3
    assert ending["PKS on river restoration"]["date"] == "2026-12-31"
    assert ending["PKS on river restoration"]["warning_months"] == 12
    # A narrower window leaves the PKS out.
    narrow = {i["title"] for i in _items(agenda_run, "--within", "6m") if i["kind"] == "expiring"}
    assert narrow == {"MoU on smart cities"}


def test_renewal_notice_windows_follow_the_setting(agenda_run: Run):
    notices = {i["title"]: i for i in _items(agenda_run) if i["kind"] == "renewal_notice"}
    # Six months before 2026-03-31: already past, the MoU still in force, so overdue.
    assert notices["MoU on smart cities"]["date"] == "2025-09-30"
    assert notices["MoU on smart cities"]["overdue"] is True
    assert notices["PKS on river restoration"]["date"] == "2026-06-30"
    agenda_run("settings", "set", "notice_months", "2")
    notices = {i["title"]: i for i in _items(agenda_run) if i["kind"] == "renewal_notice"}
    assert notices["MoU on smart cities"]["date"] == "2026-01-31"
    assert notices["MoU on smart cities"]["overdue"] is False


def test_warning_thresholds_are_a_setting(agenda_run: Run):
    agenda_run("settings", "set", "warn_months", "1, 9")
    ending = {
        i["title"]: i for i in _items(agenda_run, "--within", "1y") if i["kind"] == "expiring"
    }
    assert ending["MoU on smart cities"]["warning_months"] == 9
    assert ending["PKS on river restoration"]["warning_months"] is None
    # Without --within the window is the largest warning: 9 months leaves the PKS out.
    expiring = {i["title"] for i in _items(agenda_run) if i["kind"] == "expiring"}
    assert expiring == {"MoU on smart cities"}
    listed = {r["name"]: r for r in agenda_run.json("settings", "list")}
    assert listed["warn_months"]["value"] == "9,1" and listed["warn_months"]["set"]
    agenda_run("settings", "set", "warn_months", "default")
    assert agenda_run.json("settings", "list")[0]["value"] == "12,6,3"


def test_dormant_partnerships_after_n_years(agenda_run: Run):
    dormant = {i["partner"]: i for i in _items(agenda_run) if i["kind"] == "dormant"}
    # Shanghai's last activity is the mayor's visit of 2023-04-27: dormant from 2026-04-27.
    assert dormant["Shanghai"]["date"] == "2026-04-27"
    assert dormant["Shanghai"]["last_activity"] == "2023-04-27"
    assert dormant["Shanghai"]["overdue"] is False
    agenda_run("settings", "set", "dormant_years", "5")
    dormant = {i["partner"] for i in _items(agenda_run) if i["kind"] == "dormant"}
    assert "Shanghai" not in dormant
    # A visit is activity: it moves the day on.
    agenda_run("settings", "set", "dormant_years", "default")
    agenda_run("add", "--partner", "Shanghai", "--type", "visit", "--date", "2025-11-02")
    dormant = {i["partner"] for i in _items(agenda_run) if i["kind"] == "dormant"}
    assert "Shanghai" not in dormant


def test_proposals_waiting_at_one_stage(agenda_run: Run):
    waiting = {i["partner"]: i for i in _items(agenda_run) if i["kind"] == "waiting"}
    assert waiting["Kuala Lumpur"]["stage"] == "loi"
    assert waiting["Kuala Lumpur"]["date"] == "2026-02-07"  # 180 days after 2025-08-11
    assert waiting["Kuala Lumpur"]["next"] == "cooperation_plan"
    agenda_run(
        "evidence", "add", "kuala-lumpur-loi-2025-08", "cooperation_plan", "--date", "2026-01-10"
    )
    agenda_run("settings", "set", "waiting_days", "30")
    waiting = {i["partner"]: i for i in _items(agenda_run) if i["kind"] == "waiting"}
    assert waiting["Kuala Lumpur"]["stage"] == "cooperation_plan"
    assert waiting["Kuala Lumpur"]["date"] == "2026-02-09"


def test_periodic_reports_follow_the_period_setting(agenda_run: Run):
    reports = [i["date"] for i in _items(agenda_run) if i["kind"] == "report"]
    assert (
        reports
        == ["2026-01-30", "2026-04-30", "2026-07-30", "2026-10-30", "2027-01-30"][: len(reports)]
    )
    assert reports[0] == "2026-01-30" and len(reports) == 4
    agenda_run("settings", "set", "report_period_months", "6")
    reports = [i for i in _items(agenda_run) if i["kind"] == "report"]
    assert [(i["period_start"], i["date"]) for i in reports] == [
        ("2025-07-01", "2026-01-30"),
        ("2026-01-01", "2026-07-30"),
    ]
    agenda_run("settings", "set", "report_period_months", "5", code=2)


def test_report_dues_cover_the_window_exactly():
    s = AgendaSettings(report_period_months=3, report_due_days=30)
    dues = report_dues(dt.date(2026, 1, 31), dt.date(2026, 12, 31), s)
    assert [d.isoformat() for _, _, d in dues] == ["2026-04-30", "2026-07-30", "2026-10-30"]


def test_agenda_lines_on_a_terminal_and_filters(agenda_run: Run):
    text = agenda_run("agenda", "--within", "3m").stdout
    lines = text.splitlines()
    assert lines[0].startswith("2018-05-12  dormant (overdue)")  # the "by 2015" partnerships
    assert any(line.startswith("2025-09-30  renewal notice due (overdue)") for line in lines)
    assert any(
        line.startswith("2026-03-31  expires") and "(within 3 months)" in line for line in lines
    )
    only = _items(agenda_run, "--partner", "Rotterdam", "--within", "1y")
    assert only and {i["partner"] for i in only} == {"Rotterdam"}


def test_periodic_reports_belong_to_no_partner_so_a_partner_filter_drops_them(agenda_run: Run):
    # The report upward is the local government's, not any partner's: a user asking what falls
    # due with Rotterdam must not get it, one asking for the local party still does.
    kinds = {i["kind"] for i in _items(agenda_run, "--partner", "Rotterdam", "--within", "1y")}
    assert kinds == {"expiring", "renewal_notice"}, kinds
    mine = _items(agenda_run, "--local-party", "DKI Jakarta", "--within", "1y")
    assert any(i["kind"] == "report" for i in mine)


def test_bad_agenda_input_is_one_line(agenda_run: Run):
    result = agenda_run("agenda", "--within", "soon", code=2)
    assert (
        result.stderr.startswith("kerjasama: error: --within 'soon'")
        and result.stderr.count("\n") == 1
    )
    result = agenda_run("settings", "set", "dormant_year", "2", code=2)
    assert "did you mean 'dormant_years'" in result.stderr
    result = agenda_run("settings", "set", "dormant_years", "two", code=2)
    assert "dormant_years 'two': expected a whole number" in result.stderr


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("-1", "dormant_years '-1': expected a whole number from 0 to 99999"),
        ("100000000000000000000", "expected a whole number from 0 to 99999"),
        ("1.5", "expected a whole number from 0 to 99999"),
    ],
)
def test_a_bad_setting_says_what_number_is_expected(run: Run, snapshot, value: str, said: str):
    """`settings set dormant_years -1` said "No such option: -1" (Click read it as an option),
    and a 21-digit number "expected a whole number" (it is one): both are now the setting's own
    line, with the range; nothing changes."""
    before = snapshot(run.db)
    result = run("settings", "set", "dormant_years", value, "--lang", "en", code=2)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0]
    assert lines[0].startswith("kerjasama: error: dormant_years")
    assert snapshot(run.db) == before


def test_settings_list_speaks_the_language_and_json_keeps_english(run: Run):
    """`settings list --lang id` printed `(default)` and every meaning in English."""
    from kerjasama_cli.domain.agenda import SETTINGS

    run("settings", "set", "waiting_days", "90")
    lines = run("--lang", "id", "settings", "list").stdout.splitlines()
    assert len(lines) == len(SETTINGS)
    for line, setting in zip(lines, SETTINGS.values(), strict=True):
        assert line.startswith(setting.name) and setting.help not in line, line
        assert ("(bawaan)" in line) is (setting.name != "waiting_days"), line
    assert "(default)" not in "\n".join(lines)
    waiting = next(line for line in lines if line.startswith("waiting_days"))
    assert "hari pada satu tahap" in waiting
    english = run("settings", "list").stdout
    assert "(default)" in english and SETTINGS["waiting_days"].help in english
    listed = {r["name"]: r for r in run.json("--lang", "id", "settings", "list")}
    assert listed["waiting_days"]["help"] == SETTINGS["waiting_days"].help  # machine: English


def test_agenda_takes_several_parties_as_every_filter_does(agenda_run: Run, tmp_path):
    """`agenda --local-party A --local-party B` kept B alone (one value, the last given), where
    every other command ORs them: it goes through the one filter object now, --partner and
    --involving too (chores 36)."""
    agenda_run("governments", "add", "Kota Surabaya", "--country", "ID", "--alias", "Surabaya")
    sheet = tmp_path / "surabaya.csv"
    sheet.write_text(
        "partner,country,type,date,end_date,local_party\n"
        "Busan,KR,mou,2021-03-01,2026-06-30,Kota Surabaya\n",
        encoding="utf-8",
    )
    agenda_run("import", str(sheet))

    def parties(*args: str) -> set:
        items = _items(agenda_run, "--within", "1y", *args)
        return {i["partner"] for i in items if i["kind"] == "expiring"}

    both = parties("--local-party", "Surabaya", "--local-party", "DKI Jakarta")
    assert both == parties("--local-party", "Surabaya") | parties("--local-party", "DKI Jakarta")
    assert {"Busan", "Shanghai", "Rotterdam"} <= both
    assert parties("-p", "Busan", "-p", "Rotterdam") == {"Busan", "Rotterdam"}
    assert parties("--involving", "Surabaya") == {"Busan"}
    # bad values are refused as the filters refuse them, in one line
    result = agenda_run("agenda", "--local-party", "Atlantis", code=2)
    assert result.stderr.count("\n") == 1 and "--local-party 'Atlantis'" in result.stderr

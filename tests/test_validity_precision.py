"""An end of validity counted from a date known only to the month or the year is shown at that
precision: an MoU signed in March 2020 for five years runs to March 2025, not to a day the
registry does not know ("2025-03-30" was the latest day it can run to). The status and the
filters still count from that latest day (an agreement is expired only once it surely is), and
the JSON's `valid_until` stays that day (docs/guide/search.md, "Validity and status")."""

from __future__ import annotations

import pytest

TODAY = "2026-01-01"


@pytest.fixture
def registry(empty_run, monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", TODAY)
    run = empty_run
    run("add", "-p", "Busan", "-c", "KR", "-t", "mou", "-d", "2020-03", "--term-years", "5")
    run("add", "-p", "Osaka", "-c", "JP", "-t", "mou", "-d", "2019", "--term-years", "5")
    run("add", "-p", "Varna", "-c", "BG", "-t", "mou", "-d", "2020-03-10", "--term-years", "5")
    run("add", "-p", "Penang", "-c", "MY", "-t", "mou", "-d", "2021-09", "--term-years", "4.5")
    # renewed in May 2022 (the month only), for the agreement's five years: May 2027
    run("add", "-p", "Hanoi", "-c", "VN", "-t", "mou", "-d", "2016-02-01", "--term-years", "5")
    run(
        "add",
        "-p",
        "Hanoi",
        "-t",
        "renewal",
        "-d",
        "2022-05",
        "--agreement",
        "hanoi-vn-mou-2016-02-01",
    )
    return run


def _until_column(run, *args: str) -> dict[str, str]:
    lines = run("list", *args, "--lang", "en").stdout.splitlines()
    header = lines[0]
    start, end = header.index("Until"), header.index("Status")
    return {line[:start].split()[-2]: line[start:end].strip() for line in lines[1:-1]}


def test_the_until_column_keeps_the_signing_s_precision(registry) -> None:
    statuses = ("--status", "expired", "--status", "expiring", "--status", "active")
    cells = _until_column(registry, *statuses)
    assert cells == {
        "Busan": "2025-03",
        "Osaka": "2024",
        "Varna": "2025-03-09",
        "Penang": "2026-03",
        "Hanoi": "2027-05",
    }


def test_show_says_valid_until_the_month_or_the_year(registry) -> None:
    def until(key: str) -> str:
        out = registry("show", key, "--lang", "en").stdout
        [line] = [x for x in out.splitlines() if x.startswith("valid until")]
        return line.removeprefix("valid until").strip()

    assert until("busan-kr-mou-2020-03") == "March 2025"
    assert until("osaka-jp-mou-2019") == "2024"
    assert until("varna-bg-mou-2020-03-10") == "9 March 2025"
    assert until("hanoi-vn-mou-2016-02-01") == "May 2027"


def test_status_and_json_still_count_from_the_latest_day(registry) -> None:
    rows = {r["partner"]: r for r in registry.json("list") if r["kind"] == "agreement"}
    assert {p: (r["valid_until"], r["status"]) for p, r in rows.items()} == {
        "Busan": ("2025-03-30", "expired"),
        "Osaka": ("2024-12-30", "expired"),
        "Varna": ("2025-03-09", "expired"),
        "Penang": ("2026-03-29", "expiring"),
        "Hanoi": ("2027-05-30", "active"),
    }


def test_the_agenda_says_a_month_s_end_at_its_month(registry, monkeypatch) -> None:
    # the renewal notice's day stays the deadline counted from the latest day (as a dormant
    # partnership's does); what it says of the end is at the precision known
    monkeypatch.setenv("KERJASAMA_TODAY", "2025-01-01")
    lines = registry("agenda", "--lang", "en").stdout.splitlines()
    [busan] = [line for line in lines if "Busan" in line and "renewal notice" in line]
    assert busan.endswith("Busan #1 (ends 2025-03)")
    [varna] = [line for line in lines if "Varna" in line and "renewal notice" in line]
    assert varna.endswith("Varna #3 (ends 2025-03-09)")
    items = {(i["partner"], i["kind"]): i for i in registry.json("agenda")}
    assert items[("Busan", "renewal_notice")]["ends"] == "2025-03-30"


def test_the_period_report_says_a_month_s_lapse_at_its_month(registry, tmp_path) -> None:
    page = tmp_path / "2025.html"
    registry("report", "--period", "2025", "-o", str(page), "--lang", "en")
    html = page.read_text(encoding="utf-8")
    assert "<td>2025-03</td>" in html and "<td>2025-03-09</td>" in html
    assert "2025-03-30" not in html

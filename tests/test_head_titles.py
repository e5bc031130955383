"""Heads of government by their own title: a mayor's records under "Wali Kota" / "Mayor", a
governor's under "Gubernur", "Kepala daerah" when several kinds of government are shown; the
filter `--governor` also answers to `--leader`."""

from __future__ import annotations

import pytest

from kerjasama_cli.domain.governments import GENERIC_HEAD, head_title


@pytest.fixture
def city(empty_run):
    """A registry whose home is a city (Kota Bandung) with a mayor and one record."""
    run = empty_run
    run("governments", "add", "Kota Bandung", "--country", "ID", "--kind", "city")
    run("leaders", "add", "--name", "Ridwan Kamil", "--title", "Wali Kota", "--from",
        "2013-09-16", "--to", "2018-09-16", "--local-party", "Kota Bandung")  # fmt: skip
    run("add", "-p", "Suwon", "-c", "KR", "-t", "mou", "-d", "2015-03-02", "--title",
        "Suwon 2015", "--local-party", "Kota Bandung")  # fmt: skip
    return run


def test_head_title_by_kind():
    assert head_title(["city"]) == "Mayor"
    assert head_title(["province", "province"]) == "Governor"
    assert head_title(["regency"]) == "Regent"
    assert head_title(["city", "province"]) == GENERIC_HEAD
    assert head_title([None]) == GENERIC_HEAD


def test_a_mayors_records_are_under_the_mayor(city):
    run = city
    for lang, title, wrong in (("id", "Wali Kota", "Gubernur"), ("en", "Mayor", "Governor")):
        listed = run("list", "--local-party", "Kota Bandung", "--lang", lang).stdout
        assert listed.splitlines()[0].split()[4:6] == title.split() or title in listed
        assert wrong not in listed
        stats = run("stats", "--by", "governor", "--local-party", "Kota Bandung", "--lang", lang)
        assert stats.stdout.startswith(title) and wrong not in stats.stdout
        shown = run("show", "Suwon", "--lang", lang).stdout
        assert f"{title.lower()} " in shown and "Ridwan Kamil" in shown
        assert wrong.lower() not in shown


def test_several_kinds_of_government_say_head_of_government(city):
    run = city
    # The home government of the empty registry is DKI Jakarta (a province): two kinds now.
    run("add", "-p", "Seoul", "-c", "KR", "-t", "visit", "-d", "2016-01-02", "--title",
        "Seoul 2016")  # fmt: skip
    assert "Kepala daerah" in run("list", "--lang", "id").stdout.splitlines()[0]
    assert "Head of government" in run("list", "--lang", "en").stdout.splitlines()[0]
    markdown = run("list", "--format", "markdown", "--lang", "id").stdout
    assert "Kepala daerah" in markdown and "Gubernur" not in markdown


def test_the_report_uses_the_title(city, tmp_path):
    out = tmp_path / "r.html"
    city("report", "--local-party", "Kota Bandung", "-o", str(out), "--lang", "id")
    page = out.read_text("utf-8")
    assert "<h2>Per wali kota</h2>" in page and "Gubernur" not in page
    assert "Wali Kota: Ridwan Kamil" in page
    city("report", "--local-party", "Kota Bandung", "-o", str(out), "--force", "--lang", "en")
    page = out.read_text("utf-8")
    assert "<h2>Per mayor</h2>" in page and "Mayor: Ridwan Kamil" in page


def test_leader_is_an_alias_of_governor(run):
    by_governor = run.json("list", "--governor", "Ahok")
    assert by_governor and run.json("list", "--leader", "Ahok") == by_governor
    assert run.json("stats", "--leader", "Ahok") == run.json("stats", "--governor", "Ahok")

"""The search language and renewal windows, as pure functions (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.search import to_fts
from kerjasama_cli.domain.validity import add_months, today, window_end


@pytest.mark.parametrize(
    "text, fts",
    [
        ("banjir", '"banjir"'),
        ("Banjir flood", '("Banjir" AND "flood")'),
        ('"sister city"', '"sister city"'),
        ("transport*", '"transport"*'),
        ('"sister ci"*', '"sister ci"*'),
        ("banjir OR flood", '("banjir" OR "flood")'),
        ("a b OR c", '(("a" AND "b") OR "c")'),
        ("a AND b", '("a" AND "b")'),
        ("Korea NOT Pyongyang", '("Korea" NOT "Pyongyang")'),
        ("banjir AND NOT Rotterdam", '("banjir" NOT "Rotterdam")'),
        ("(health OR kesehatan) Korsel", '(("health" OR "kesehatan") AND "Korsel")'),
        # Punctuation FTS5 refuses in a bare word is quoted, not an error.
        ("Chungcheongnam-do", '"Chungcheongnam-do"'),
        ("Dato' Seri", '("Dato\'" AND "Seri")'),
        ("D.C.", '"D.C."'),
        # Lower-case operators are ordinary words, as in FTS5.
        ("banjir or flood", '("banjir" AND "or" AND "flood")'),
        ("title:banjir", 'title : "banjir"'),
        ('partner:"kuala lumpur"', 'partner : "kuala lumpur"'),
        ("nocolumn:x", '"nocolumn:x"'),
        ("banjir & flood", '("banjir" AND "flood")'),  # a word of punctuation alone is skipped
    ],
)
def test_to_fts_translates(text, fts):
    assert to_fts(text) == fts


@pytest.mark.parametrize(
    "text, words",
    [
        ('"unbalanced', "unbalanced double quote"),
        ("AND", "AND needs a search term on each side"),
        ("OR banjir", "OR needs a search term"),
        ("banjir OR", "OR needs a search term"),
        ("NOT banjir", "NOT needs a term before it"),
        ("banjir NOT", "NOT needs a search term"),
        ("(banjir", "'(' without ')'"),
        ("banjir)", "')' without '('"),
        ("()", "empty parentheses"),
        ("", "is empty"),
        ("  ", "is empty"),
        ('""', "nothing to search for"),
        ("&&", "nothing to search for"),
        ("title:", "needs a word after it"),
    ],
)
def test_to_fts_rejects_with_reason(text, words):
    with pytest.raises(ValidationError) as caught:
        to_fts(text, "TEXT")
    assert words in str(caught.value)
    assert str(caught.value).startswith("TEXT ")


@pytest.mark.parametrize(
    "text, end",
    [
        ("180d", dt.date(2025, 11, 28)),
        ("180", dt.date(2025, 11, 28)),
        ("90 days", dt.date(2025, 8, 30)),
        ("2w", dt.date(2025, 6, 15)),
        ("6m", dt.date(2025, 12, 1)),
        ("6 bulan", dt.date(2025, 12, 1)),
        ("1y", dt.date(2026, 6, 1)),
        ("2 tahun", dt.date(2027, 6, 1)),
        ("0d", dt.date(2025, 6, 1)),
    ],
)
def test_window_end(text, end):
    assert window_end(text, dt.date(2025, 6, 1)) == end


@pytest.mark.parametrize("text", ["soon", "-5d", "6 fortnights", "1.5y", ""])
def test_window_end_rejects(text):
    with pytest.raises(ValidationError) as caught:
        window_end(text, dt.date(2025, 6, 1))
    assert "--expiring" in str(caught.value)


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 15), 3) == dt.date(2026, 2, 15)


def test_today_from_environment(monkeypatch):
    monkeypatch.setenv("KERJASAMA_TODAY", "2030-01-02")
    assert today() == dt.date(2030, 1, 2)
    monkeypatch.setenv("KERJASAMA_TODAY", "tomorrow")
    with pytest.raises(ValidationError, match="KERJASAMA_TODAY"):
        today()
    monkeypatch.delenv("KERJASAMA_TODAY")
    assert today() == dt.date.today()

"""The export's own YAML and JSON layouts (files/yaml_items, files/writers) write exactly
PyYAML's and json's bytes, for any values."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama_cli.files.writers import _yaml
from kerjasama_cli.files.yaml_items import dump_items

# Text YAML gives a meaning to: indicators, markers, words read back as other types, breaks,
# characters one emitter or the other escapes, quotes, spaces at the ends.
HOSTILE = [
    "",
    " ",
    "null",
    "Null",
    "~",
    "yes",
    "No",
    "on",
    "TRUE",
    "1",
    "-1",
    "0x1f",
    "1_000",
    "1:20",
    "1.5",
    ".inf",
    ".NaN",
    "1e3",
    "2024-01-31",
    "2024-01-31 10:00:00",
    "<<",
    "=",
    "- a",
    "-a",
    "? a",
    "?a",
    ": a",
    ":a",
    "a:",
    "a: b",
    "a:b",
    "a #b",
    "a#b",
    "#a",
    "---",
    "--- a",
    "...",
    "'a'",
    "a'b",
    '"a"',
    'a"b',
    "[a]",
    "{a}",
    "a, b",
    "&a",
    "*a",
    "!a",
    "|",
    ">",
    "%a",
    "@a",
    "`a",
    "a ",
    " a",
    "a\nb",
    "a\n",
    "\ta",
    "a\tb",
    "a\x85b",
    "a\u2028b",
    "\ufeffa",
    "a\ufeff",
    "a\x7fb",
    "a\x00b",
    "é",
    "Ğ Jakarta",
    "雅加达",
    "a\U0001f600",
    "a\xa0b",
    "\xa0a",
    "a  b",
    "https://example.org/a?b=c#d",
]
WORDS = st.text(alphabet=st.sampled_from(list("abc é:#-'\"0.\n\t\x85\u2028\ufeff😀")), max_size=12)
TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(HOSTILE),
    WORDS,
    # long enough to be folded at width 100, in words or in one piece
    st.lists(
        st.sampled_from(["kerja", "sama", "a:", "#b", "Jakarta", "'x'", "é"]), max_size=40
    ).map(" ".join),
    st.lists(
        st.sampled_from(["kerja", "sama", "dengan", "Jakarta", "é", "x" * 30]), max_size=30
    ).map(" ".join),
    st.integers(90, 130).map(lambda n: "x" * n),
    st.integers(40, 70).map(lambda n: "ab " * n),
)
SCALAR = st.one_of(st.none(), TEXT, st.integers(), st.floats(), st.booleans(), st.dates().map(str))
KEY = st.one_of(
    st.sampled_from(["key", "partner", "date", "title", "signatories", "from", "to"]),
    TEXT,
    st.integers(0, 3),
)
PERSON = st.dictionaries(KEY, SCALAR, max_size=3)
VALUE = st.one_of(
    SCALAR,
    st.lists(TEXT, max_size=3),
    st.lists(PERSON, max_size=3),
    st.dictionaries(KEY, SCALAR, max_size=2),
    st.lists(st.lists(TEXT, max_size=2), max_size=2),
)
ENTRY = st.dictionaries(KEY, VALUE, max_size=8)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(ENTRY, SCALAR), max_size=4))
def test_the_layout_is_pyyaml_s_for_any_entries(items: list[Any]) -> None:
    assert dump_items(items, _yaml) == _yaml(items)


@settings(max_examples=600, deadline=None)
@given(TEXT, st.sampled_from(["k", "title", "a_much_longer_key_name"]), st.integers(0, 3))
def test_any_text_in_any_place_is_written_as_pyyaml_writes_it(
    text: str, key: str, place: int
) -> None:
    check_in_place(text, key, place)


def check_in_place(text: str, key: str, place: int) -> None:
    # One piece of text in an otherwise plain entry, so the layout is what is tested (a
    # random entry mostly holds something handed to PyYAML).
    value: Any = [text, {key: text}, [{"side": "local", key: text}], [text]][place]
    if place == 3:
        value = {key: [text]}
    items = [{"key": "a-b", key: value}, {key: text, "n": 3}]
    assert dump_items(items, _yaml) == _yaml(items)


@pytest.mark.parametrize("text", HOSTILE)
def test_each_hostile_text_in_each_place_is_written_as_pyyaml_writes_it(text: str) -> None:
    for place in range(4):
        for key in ("k", "a_much_longer_key_name"):
            check_in_place(text, key, place)


def refuse(data: Any) -> str:
    raise AssertionError(f"handed to PyYAML: {data!r}")


def entry(key: str) -> dict[str, Any]:
    return {
        "key": key,
        "partner": "bari-br",
        "type": "loi",
        "date": {"from": "1997-01-01", "to": "1997-12-31"},
        "date_note": None,
        "title": "Kerja sama penanggulangan banjir dengan Bari (Italia) - fase 2, yes",
        "status": "null",
        "signatories": [{"side": "local", "name": "Anies Baswedan", "title": None}],
        "sectors": ["tourism", "2024"],
        "sources": [],
        "term_years": 5,
        "local_party": "Élan",
    }


def test_an_ordinary_entry_is_laid_out_without_pyyaml() -> None:
    # (entries never share a container: PyYAML would write an anchor)
    text = dump_items([entry("bari-br-loi-1997-01-01"), entry("b")], refuse)
    assert text == _yaml([entry("bari-br-loi-1997-01-01"), entry("b")])
    assert "  status: 'null'\n" in text and "  - '2024'\n" in text


JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.text(), st.integers(), st.booleans(), st.floats()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(), inner)),
    max_leaves=12,
)


# Up to four entries of up to four keys: the writer joins entries a chunk of 1,000 at a time,
# so no drawn list reaches a second chunk either way, and four give none, one and entries
# between others; unbounded lists (up to 14 entries, 55 keys) spent ~5 s drawing the same
# shapes of value (JSON_VALUE, unchanged).
@settings(max_examples=300, deadline=None)
@given(
    st.lists(JSON_VALUE, max_size=4),
    st.lists(st.dictionaries(st.text(), JSON_VALUE, max_size=4), max_size=4),
)
def test_the_json_layout_is_json_dumps_s(leaders: list[Any], agreements: list[Any]) -> None:
    import io
    import json

    from kerjasama_cli.files.writers import write_document

    out = io.StringIO()
    document = {"version": 1, "leaders": leaders, "agreements": iter(agreements)}
    write_document(document, "json", out)
    document["agreements"] = agreements
    assert out.getvalue() == json.dumps(document, ensure_ascii=False, indent=2) + "\n"

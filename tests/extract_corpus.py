"""The corpus's articles (tests/extract_cases/*) drafted once a session, shared by every test that
reads them: test_extract.py scored the seeds and written cases three times and the real batches
twice, test_extract_rules.py ran the extractor over every `real*` article twice more, and each
new batch added to all of them.

`extract` is a pure function of the text and its arguments (the name only labels the result), so
a test reading a shared extraction sees what a call of its own would give; each reader gets its
own copy of the JSON, so a test cannot change what the next one reads.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from conftest import in_english

from kerjasama_cli.extract import Extraction, extract
from kerjasama_cli.extract.output import to_json


def expected(article: Path) -> dict:
    """The case's expected records and metadata (ARTICLE.json beside ARTICLE.txt)."""
    return json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))


def _extract(article: Path) -> Extraction:
    spec = expected(article)
    published = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
    text = article.read_text(encoding="utf-8")
    return extract(text, name=article.name, published=published)


CASES = Path(__file__).resolve().parent / "extract_cases"


def _extract_folder(name: str, _scratch: Path) -> dict[str, Extraction]:
    """Every article of extract_cases/NAME, by file name, extracted."""
    return {article.name: _extract(article) for article in sorted((CASES / name).glob("*.txt"))}


# Each folder of the corpus drafted on the spare core from the start of the session (conftest's
# `early`; test_extract.py names these builders): ~45 s of extraction off the tests' own core.
def _in_test_order(name: str) -> tuple[bool, int, str]:
    """The written cases first, then real1, real2, ... by number: the order the tests read them."""
    number = name.removeprefix("real")
    return (number.isdigit(), int(number) if number.isdigit() else 0, name)


EARLY = {
    name: in_english(functools.partial(_extract_folder, name))
    for name in sorted((p.name for p in CASES.iterdir() if p.is_dir()), key=_in_test_order)
}
_MADE: dict[str, dict[str, Extraction]] = {}


@cache
def _extraction(article: Path) -> Extraction:
    """The article's extraction: the early builder's when it has drafted the article's folder,
    else made here (a run that did not collect test_extract.py, or a builder still behind)."""
    folder = article.parent.name
    if folder not in _MADE and article.parent == CASES / folder:
        from conftest import early_if_ready

        made = early_if_ready("test_extract", folder)
        if made is not None:
            _MADE[folder] = made  # type: ignore[assignment]
    found = _MADE.get(folder, {}).get(article.name)
    return found if found is not None else _extract(article)


def drafts(article: Path, name: str | None = None) -> list[dict]:
    """`to_json([extract(TEXT, name=NAME, published=PUBLISHED)])` for the case's article, its
    publication date from its JSON; NAME is the file's name unless given (`extract`'s default,
    "<article>", for the tests that call it without one). Drafted once a session."""
    extraction = _extraction(article)
    if name is not None:
        extraction = dataclasses.replace(extraction, name=name)
    return copy.deepcopy(to_json([extraction]))  # its lists and evidence are the drafts' own


SIGNED = ("loi", "mou", "agreement", "sister_city", "programme")


def person(draft: dict, side: str) -> str | None:
    """The person a JSON draft read for a side ("home" or "partner"): its signatory on a signed
    document; on a record that signs nothing (a visit, meeting, plan: issue 23's convention) its
    participant, checking it has no signatory there."""
    field = "local_signatory" if side == "home" else "partner_signatory"
    if draft["type"] in SIGNED:
        return draft[field]
    assert draft[field] is None, f"{draft['type']} {draft['partner']}: signatory {draft[field]}"
    return next((p["name"] for p in draft["participants"] if p["side"] == side), None)


def failures(articles: Iterable[Path], check: Callable[[Path], None]) -> list[str]:
    """CHECK run on every article, one line for each that fails it ("real7/012_x: message"): a
    check over the corpus is one test per batch, not one per article (pytest's own cost per
    test, times every article of every batch, grew the suite by seconds each session), and its
    failure still names every article that fails and why."""
    found = []
    for article in articles:
        try:
            check(article)
        except AssertionError as error:
            message = " ".join(str(error).split())
            found.append(f"{article.parent.name}/{article.stem}: {message}")
    return found

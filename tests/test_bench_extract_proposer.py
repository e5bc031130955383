"""bench/extract_proposer.py on small sets, so the proposer's bench cannot rot (issue 23; measured,
not shipped: bench/ANALYSIS.md)."""

import importlib.util
import json
import sys
from pathlib import Path

from kerjasama_cli.geo.names import normalise

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "extract_proposer.py"


def _bench():
    sys.path.insert(0, str(BENCH.parent))  # it imports its sibling modules
    try:
        spec = importlib.util.spec_from_file_location("extract_proposer", BENCH)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH.parent))


def test_the_model_is_the_same_bytes_from_the_same_articles() -> None:
    bench = _bench()
    articles = bench.run(["seeds"])
    first, again = bench.model_bytes(articles), bench.model_bytes(articles)
    assert first == again
    model = json.loads(first)
    assert model["partner"] and model["threshold"] == bench.THRESHOLD
    assert model["trained_on"] == bench.fingerprint(articles)


def _article(folder: Path, stem: str, text: str, partners: list[str]) -> None:
    records = [
        {"partner": p, "country": "JP", "type": "visit", "date": None, "local_party": "Malang"}
        for p in partners
    ]
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    spec = {"published": "2024-07-20", "records": records}
    (folder / f"{stem}.json").write_text(json.dumps(spec), encoding="utf-8")


def test_a_town_the_rules_leave_out_is_a_candidate_labelled_by_its_article(tmp_path) -> None:
    # Invented stories, both languages: a small Japanese town named by its kind word only
    # (the gazetteer's strict test wants its country beside it), and a mirror naming it as the
    # venue of a trip with no partner of ours.
    _article(
        tmp_path,
        "id_probe",
        "Wali Kota Malang menerima rombongan dari Kota Tono di Balai Kota Malang, Senin. "
        "Kedua kota membahas pertukaran pelajar.",
        ["Tono"],
    )
    _article(
        tmp_path,
        "en_probe",
        "The Mayor of Malang received a delegation from Tono City on Monday. The two cities "
        "discussed student exchanges.",
        ["Tono"],
    )
    _article(
        tmp_path,
        "id_mirror",
        "Atlet Malang berlatih di Kota Tono selama sepekan sebelum kejuaraan.",
        [],
    )
    bench = _bench()
    articles = {a.stem: a for a in bench.run([tmp_path])}
    for stem in ("id_probe", "en_probe"):
        labels = {(normalise(c.ref.name), c.ref.country) for c in articles[stem].candidates}
        assert ("tono", "JP") in labels, labels  # the gazetteer's Tōno
        assert any(right for _, right, _, _ in articles[stem].examples)
    assert not any(right for _, right, _, _ in articles["id_mirror"].examples)

"""A learned proposer of the records `kerjasama extract`'s rules miss, measured by forward-chaining.

    python bench/extract_proposer.py measure [CACHE.pkl [THRESHOLD ...]]  # bench/ANALYSIS.md
    python bench/extract_proposer.py build [CACHE.pkl] [OUT.json]         # the all-data model

Both first run the extractor over real1..real35 and the written cases, keeping each article's
rule drafts and the candidates of bench/extract_proposals.py (every foreign place it names, with
its features), read from the pipeline's own sentences (its `abstain` and `local_evidence` steps
are wrapped to see them); CACHE.pkl, when given, keeps that run for the next command (delete it
after a rule or feature changes).

A candidate the rules did not draft is a positive example when an expected record of its article
names it as partner (extract/scoring.py's `same_partner`, on the resolved name or the text's);
its type label is that record's type. The model is a logistic regression (pure Python,
stochastic gradient in corpus order from zero, a fixed number of epochs: deterministic), one
for "a record's partner" and one per type (trained on the positives). A candidate over THRESHOLD
becomes a draft (extract/learned.py), and the article is re-scored exactly as
bench/extract_eval.py scores it.

`measure`: forward-chaining (for each k in 20..35, train on real1..real(k-1) and the written
cases, test on real k: rules alone against rules + model) and leave-one-batch-out (train on the
other 34 batches and the written cases). The rules were written on all 35 batches, so both are
in-sample for the rules: the rules' misses there are only those no rule could fix, fewer than at
true first sight; but no rule has changed since real34's and real35's first sight (main
08cef21), so those two batches are true first sight for the rules too. `build` trains on
everything and writes the model a shipped version would load (bench/ANALYSIS.md says why none
is shipped: the measurement does not say it helps).
"""

from __future__ import annotations

import hashlib
import json
import math
import pickle
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from extract_proposals import Candidate, candidates, propose
from labelled_cases import labelled

import kerjasama_cli.extract as pipeline
from kerjasama_cli.extract import Extraction
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.places import Gazetteer
from kerjasama_cli.extract.scoring import Scores, same_partner, score

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "extract_cases"
REAL = [f"real{n}" for n in range(1, 36)]  # named one by one: never a batch held out
WRITTEN = ["heldout", "heldout2", "heldout3", "heldout4", "articles", "seeds"]
MODEL = Path("proposer.json")
EPOCHS = 12
RATE = 0.05
L2 = 1e-3
MIN_COUNT = 3  # a feature seen fewer times in training gets no weight
THRESHOLD = 0.5
PRUNE = 0.01

MOST = 1  # proposals an article may get
ONLY_WHERE_NONE = True  # propose only in articles where the rules drafted nothing
EVERY_PLACE = True  # train on every candidate, drafted or not (else on the rules' misses only)

Example = tuple[list[str], bool, str | None, bool]  # features, a partner?, its type, drafted


class Article:
    """One labelled article: its rule extraction (model off), its labels, its examples."""

    def __init__(
        self,
        batch: str,
        stem: str,
        expected: list[dict],
        extraction: Extraction,
        found: list[Candidate],
        local: str | None,
    ):
        self.batch, self.stem, self.expected, self.extraction = batch, stem, expected, extraction
        self.candidates, self.local = found, local
        self.examples: list[Example] = []
        for cand in found:
            names = [cand.ref.name, *cand.written]
            wanted = [r for r in expected if any(same_partner(r.get("partner"), n) for n in names)]
            rtype = wanted[0]["type"] if wanted else None
            self.examples.append((cand.features, bool(wanted), rtype, cand.drafted))


def run(folders: list[str | Path], cache: Path | None = None) -> list[Article]:
    """The rules' extraction of every labelled article of `folders` (model off)."""
    if cache is not None and cache.exists():
        loaded: list[Article] = pickle.loads(cache.read_bytes())
        return loaded
    seen: dict[str, Any] = {}
    abstain, local_evidence = pipeline.abstain, pipeline.local_evidence

    def abstaining(drafts: Any, article: Any, published: Any = None) -> Any:
        kept, left_out = abstain(drafts, article, published)
        seen.update(facts=article, drafts=kept + left_out)
        return kept, left_out

    def local_said(article: Any, local: str, canonical: Any) -> Any:
        seen["local"] = local  # called once, with the local party, right after abstain
        return local_evidence(article, local, canonical)

    pipeline.abstain, pipeline.local_evidence = abstaining, local_said  # type: ignore[attr-defined]
    gaz = Gazetteer.build("DKI Jakarta", [])  # as extract builds it with no registry
    articles = []
    try:
        for case in labelled([CASES / f for f in folders]):
            seen.clear()
            ex = pipeline.extract(case.text, name=case.path.name, published=case.published)
            found = (
                candidates(seen["facts"], ex.meta.title, gaz, seen["drafts"])
                if "local" in seen
                else []  # a page listing a foreign government's ties, or no government of ours
            )
            spec = case.spec["records"]
            batch, stem = case.path.parent.name, case.path.stem
            articles.append(Article(batch, stem, spec, ex, found, seen.get("local")))
    finally:
        pipeline.abstain, pipeline.local_evidence = abstain, local_evidence  # type: ignore
    if cache is not None:
        cache.write_bytes(pickle.dumps(articles))
    return articles


# ---------------------------------------------------------------- the model


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(examples: list[tuple[list[str], bool]]) -> dict[str, float]:
    """Logistic regression by SGD in the examples' order, from zero: the same examples give
    the same weights, rounded to three places so the file is the same bytes."""
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    kept = {f for f, n in counts.items() if n >= MIN_COUNT}
    w: dict[str, float] = {}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for feats, label in examples:
            active = [f for f in feats if f in kept]
            p = _sigmoid(sum(w.get(f, 0.0) for f in active))
            g = (1.0 if label else 0.0) - p
            for f in active:
                old = w.get(f, 0.0)
                w[f] = old + rate * (g - L2 * old)
    # weights under PRUNE change no probability by more than a few thousandths: left out, so
    # the shipped file stays small
    return {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= PRUNE}


def train(
    articles: list[Article],
    every: bool = EVERY_PLACE,
    most: int = MOST,
    only_where_none: bool = ONLY_WHERE_NONE,
) -> dict[str, Any]:
    """The partner model and the per-type models over the articles' examples (`every`: all
    candidates, else only those the rules did not draft)."""
    examples = [e for a in articles for e in a.examples if every or not e[3]]
    partner = fit([(f, y) for f, y, _, _ in examples])
    positives = [(f, t) for f, y, t, _ in examples if y]
    types = sorted({t for _, t in positives if t})
    return {
        "version": 1,
        "threshold": THRESHOLD,
        "most": most,
        "only_where_none": only_where_none,
        "partner": partner,
        "types": {t: fit([(f, t == u) for f, u in positives]) for t in types},
    }


def scored(
    articles: list[Article], model: dict[str, Any] | None, cut: float | None = None
) -> Scores:
    """Field scores of the articles' drafts, with the model's proposals when given."""
    total = Scores()
    for a in articles:
        ex = a.extraction
        drafts = list(ex.drafts)
        if model is not None and a.local:
            drafts += propose(a.candidates, a.local, model, len(ex.drafts), cut)
        total.add(score(a.expected, to_json([replace(ex, drafts=drafts)])))
    return total


def _line(label: str, n: int, before: Scores, after: Scores) -> str:
    p0, r0, f0 = before.prf()
    p1, r1, f1 = after.prf()
    return (
        f"| {label} | {n} | {p0:.3f} / {r0:.3f} / {f0:.3f}, {len(before.invented)} inv | "
        f"{p1:.3f} / {r1:.3f} / {f1:.3f}, {len(after.invented)} inv | {f1 - f0:+.3f} |"
    )


def measure(articles: list[Article], cuts: tuple[float, ...] = (THRESHOLD,)) -> None:
    """Forward-chaining over real20..real35, then leave-one-batch-out over real1..real35."""
    written = [a for a in articles if a.batch in WRITTEN]
    by_batch = {b: [a for a in articles if a.batch == b] for b in REAL}
    header = "| batch | articles | rules alone P / R / F1 | rules + model | F1 change |"
    rule = "|---|---|---|---|---|"
    for title, folds in (
        ("forward-chaining", [(REAL[: k - 1], REAL[k - 1]) for k in range(20, 36)]),
        ("leave-one-batch-out", [([b for b in REAL if b != t], t) for t in REAL]),
    ):
        for cut in cuts:
            print(f"\n{title}, threshold {cut}\n{header}\n{rule}")
            pooled_before, pooled_after, n = Scores(), Scores(), 0
            for train_on, test in folds:
                model = train(written + [a for b in train_on for a in by_batch[b]])
                test_articles = by_batch[test]
                before, after = scored(test_articles, None), scored(test_articles, model, cut)
                print(_line(test, len(test_articles), before, after))
                pooled_before.add(before)
                pooled_after.add(after)
                n += len(test_articles)
            print(_line("**pooled**", n, pooled_before, pooled_after))


def fingerprint(articles: list[Article]) -> str:
    """A digest of what the model was trained on: every example's features and labels."""
    digest = hashlib.sha256()
    for a in articles:
        digest.update(json.dumps([a.batch, a.stem, a.examples], sort_keys=True).encode())
    return digest.hexdigest()[:16]


def model_bytes(articles: list[Article]) -> bytes:
    """The shipped file's bytes for these articles: the model and the digest of its examples."""
    model = train(articles)
    model["trained_on"] = fingerprint(articles)
    return (json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("measure", "build"):
        print(__doc__, file=sys.stderr)
        return 2
    cache = Path(argv[1]) if len(argv) > 1 and argv[1].endswith(".pkl") else None
    articles = run(REAL + WRITTEN, cache)
    if argv[0] == "measure":
        measure(articles, (THRESHOLD,) + tuple(float(c) for c in argv[2:]))
        return 0
    out = Path(argv[2]) if len(argv) > 2 else MODEL
    out.write_bytes(model_bytes(articles))
    print(f"{out}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

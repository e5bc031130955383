"""A learned keep/drop scorer over the drafts of `kerjasama extract`, measured batch-held-out.

    python bench/extract_scorer.py all [WORKDIR]        # everything below, about three minutes
    python bench/extract_scorer.py dump OUT.json DIR [DIR...]
    python bench/extract_scorer.py snapshot COMMIT DIR  # an older tree's src, ready to dump
    python bench/extract_scorer.py measure NOW.json [first_realN_COMMIT.json ...]

`dump` runs the extractor over labelled folders (as bench/extract_eval.py does) and keeps, per
article, the JSON drafts, the expected records, and one example per drafted record (label: the
scorer pairs it with an expected record, i.e. its partner is right) and per drafted date, sector
and signatory (label: it equals the paired record's), with the features of extract_features.py.

`measure` fits an L2 logistic regression (pure Python, full-batch gradient descent, a fixed
number of iterations from zero: deterministic) on some rounds and scores the others, dropping the
records and values whose probability is under a threshold, then re-scoring with
extract/scoring.py exactly as extract_eval.py does. Three ways of holding out:
- forward-chaining on today's rules: train on the rounds before, test the next;
- leave-one-round-out on today's rules;
- true first sight: `snapshot` exports the tree a round was first scored with (FIRST_SIGHT.md;
  grounds.py, which older trees lack, added from today's), `dump` runs it with PYTHONPATH on that
  tree; the scorer is trained on that tree's drafts of the earlier rounds (in-sample for it, as
  today's are for today's rules) and tested on the round it had never seen.
Today's rules were written on all 22 batches, so the first two are in-sample for the rules: their
drafts have few errors, and those the rules could not fix. Only the third measures what a
scorer would do on articles the rules never saw. Findings: bench/ANALYSIS.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

Example = tuple[dict[str, float], bool]
ROUNDS = [
    ["real1", "real2", "real3", "real4", "real5"],
    ["real6", "real7", "real8", "real9", "real10"],
    ["real11", "real12"],
    ["real13", "real14"],
    ["real15", "real16"],
    ["real17", "real18", "real19"],
    ["real20", "real21", "real22"],
]
# The rules each round was first scored with (tests/extract_cases/FIRST_SIGHT.md).
FIRST_SIGHT = {
    "real11": "a078b48",
    "real13": "6a4879e",
    "real15": "6affbb2",
    "real17": "71e680c",
    "real20": "c77f436",
}
L2 = 1.0
ITERATIONS = 400
RATE = 0.5
ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "extract_cases"


# ---------------------------------------------------------------- dump (runs the extractor)


def dump(out: Path, folders: list[Path]) -> int:
    """Every labelled article's drafts, examples and labels, as JSON."""
    import extract_features as ks

    import kerjasama_cli.extract as pipeline
    from kerjasama_cli.extract.grounds import grounds
    from kerjasama_cli.extract.mentions import SentenceReader
    from kerjasama_cli.extract.output import to_json
    from kerjasama_cli.extract.scoring import pair, same_person

    seen: dict[str, Any] = {}
    read = SentenceReader.read

    def reading(self: Any, *args: Any) -> Any:
        # the article is every sentence read, in order: for older trees (no abstain step) and
        # for drafts returned before it (a partner's page listing its own ties)
        facts = read(self, *args)
        seen.setdefault("read", []).append(facts)
        return facts

    SentenceReader.read = reading  # type: ignore[method-assign]
    original = getattr(pipeline, "abstain", None)
    if original is not None:

        def capture(drafts: Any, article: Any, published: Any = None) -> Any:
            seen["facts"] = article
            return original(drafts, article, published)

        pipeline.abstain = capture  # type: ignore[attr-defined]
    articles = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            expected_file = path.with_suffix(".json")
            if not expected_file.exists():
                continue
            spec = json.loads(expected_file.read_text(encoding="utf-8"))
            day = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
            seen.clear()
            extraction = pipeline.extract(
                path.read_text(encoding="utf-8"), name=path.name, published=day
            )
            rows = to_json([extraction])
            facts = seen.get("facts") or seen.get("read") or []
            drafts = extraction.drafts
            published = extraction.meta.published
            for draft in drafts:  # an older tree: its drafts' grounds read now, as today
                if not hasattr(draft, "read_from"):
                    draft.read_from = {}
                if not getattr(draft, "grounds", None):
                    draft.grounds = grounds(draft, facts, drafts, published)
            paired = {id(got): want for want, got in pair(spec["records"], rows) if got}
            common = ks.article_features(facts, drafts) if facts else {}
            records, values = [], []
            for i, (row, draft) in enumerate(zip(rows, drafts, strict=True)):
                want = paired.get(id(row))
                if not facts or not draft.partner:
                    continue
                feats = ks.record_features(draft, facts, drafts, extraction.meta.title, common)
                records.append([i, feats, want is not None])
                for name, value, vf in ks.value_features(
                    draft, facts, extraction.meta.title, published, feats
                ):
                    if name == "sectors":
                        right = want is not None and value in (want.get("sectors") or [])
                    elif name.endswith("signatory"):
                        right = bool(want and want.get(name)) and same_person(want[name], value)
                    else:
                        right = bool(want) and want.get(name) == value
                    values.append([i, name, value, vf, right])
            articles.append(
                {
                    "batch": folder.name,
                    "stem": path.stem,
                    "expected": spec["records"],
                    "rows": rows,
                    "records": records,
                    "values": values,
                }
            )
    out.write_text(json.dumps(articles), encoding="utf-8")
    print(f"{len(articles)} articles -> {out}")
    return 0


# ---------------------------------------------------------------- the model


def fit(examples: list[Example]) -> dict[str, float]:
    """Weights of an L2-penalised logistic regression (the bias unpenalised)."""
    names = sorted({k for f, _ in examples for k in f})
    w = dict.fromkeys(["bias", *names], 0.0)
    n = len(examples)
    if not n:
        return w
    for _ in range(ITERATIONS):
        grad = dict.fromkeys(w, 0.0)
        for features, label in examples:
            z = w["bias"] + sum(v * w[k] for k, v in features.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - (1.0 if label else 0.0)
            grad["bias"] += err
            for k, v in features.items():
                grad[k] += err * v
        for k in w:
            penalty = 0.0 if k == "bias" else L2 * w[k]
            w[k] -= RATE * (grad[k] + penalty) / n
    return {k: round(v, 4) for k, v in w.items() if v}


def prob(features: dict[str, float], w: dict[str, float]) -> float:
    z = w.get("bias", 0.0) + sum(v * w.get(k, 0.0) for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def auc(pairs: list[tuple[float, bool]]) -> float:
    """The chance a right example scores above a wrong one (0.5: no separation)."""
    right = sorted(p for p, y in pairs if y)
    wrong = [p for p, y in pairs if not y]
    if not right or not wrong:
        return float("nan")
    won = 0.0
    for p in wrong:
        above = len(right) - bisect.bisect_right(right, p)
        tied = bisect.bisect_right(right, p) - bisect.bisect_left(right, p)
        won += above + 0.5 * tied
    return won / (len(right) * len(wrong))


def examples(articles: list[dict], which: str) -> list[Example]:
    if which == "records":
        return [(f, y) for a in articles for _, f, y in a["records"]]
    return [(f, y) for a in articles for _, _, _, f, y in a["values"]]


# ---------------------------------------------------------------- scoring with drops


def apply(article: dict, wr: dict, wv: dict, tr: float, tv: float) -> list[dict]:
    """The article's drafts with the records and values under the thresholds taken out."""
    rows = [dict(r) for r in article["rows"]]
    gone = {i for i, f, _ in article["records"] if wr and prob(f, wr) < tr}
    for i, name, value, f, _ in article["values"]:
        if not wv or prob(f, wv) >= tv:
            continue
        if name == "sectors":
            rows[i]["sectors"] = [c for c in rows[i]["sectors"] if c != value]
        else:
            rows[i][name] = None
    return [r for i, r in enumerate(rows) if i not in gone]


GRID = [(0.0, 0.0), (0.7, 0.0), (0.8, 0.0), (0.0, 0.7), (0.0, 0.8), (0.7, 0.7)]
Split = tuple[str, list[dict], list[dict]]


def _cells(s: Any, n: int) -> str:
    p, r, f = s.prf()
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} inv {len(s.invented)}/{n}"


def run(title: str, splits: list[Split]) -> None:
    """Each split: fit on its training articles, score its test articles at every threshold
    pair of GRID; then the test articles of all splits pooled (micro, re-scored)."""
    from kerjasama_cli.extract.scoring import Scores, score

    print(f"\n## {title}\n")
    print(
        "| held out | wrong records (AUC) | wrong values (AUC) | "
        + " | ".join(
            "without" if key == (0.0, 0.0) else f"drop < {key[0]:.1f}/{key[1]:.1f}" for key in GRID
        )
        + " |"
    )
    print("|---" * (3 + len(GRID)) + "|")
    pooled = {key: Scores() for key in GRID}
    count, rec_all, val_all = 0, [], []
    for label, train, test in splits:
        wr, wv = fit(examples(train, "records")), fit(examples(train, "values"))
        rec = [(prob(f, wr), y) for f, y in examples(test, "records")]
        val = [(prob(f, wv), y) for f, y in examples(test, "values")]
        rec_all += rec
        val_all += val
        cells = []
        for key in GRID:
            s = Scores()
            for a in test:
                s.add(score(a["expected"], apply(a, wr, wv, *key)))
            pooled[key].add(s)
            cells.append(_cells(s, len(test)))
        count += len(test)
        print(f"| {label} | {_wrong(rec)} | {_wrong(val)} | " + " | ".join(cells) + " |")
    cells = [_cells(pooled[key], count) for key in GRID]
    print(f"| pooled | {_wrong(rec_all)} | {_wrong(val_all)} | " + " | ".join(cells) + " |")


def _wrong(pairs: list[tuple[float, bool]]) -> str:
    return f"{sum(1 for _, y in pairs if not y)}/{len(pairs)} ({auc(pairs):.2f})"


def _batches(articles: list[dict], names: list[str]) -> list[dict]:
    return [a for a in articles if a["batch"] in names]


def _name(group: list[str]) -> str:
    return group[0] if len(group) == 1 else f"{group[0]}-{group[-1][4:]}"


def measure(dump_path: Path, snapshots: list[Path]) -> int:
    """Forward-chaining and leave-one-round-out on one dump (today's rules), and true first
    sight on snapshots (each the dump of the rules a round was first scored with)."""
    now = json.loads(dump_path.read_text(encoding="utf-8"))
    forward: list[Split] = []
    for k in range(2, len(ROUNDS)):
        train = [b for r in ROUNDS[:k] for b in r]
        forward.append((_name(ROUNDS[k]), _batches(now, train), _batches(now, ROUNDS[k])))
    run(f"forward-chaining, today's rules ({dump_path.name})", forward)
    loro: list[Split] = []
    for k, held in enumerate(ROUNDS):
        train = [b for j, r in enumerate(ROUNDS) if j != k for b in r]
        loro.append((_name(held), _batches(now, train), _batches(now, held)))
    run("leave-one-round-out, today's rules", loro)
    if not snapshots:
        return 0
    first: list[Split] = []
    unseen: list[list[dict]] = []  # each snapshot's drafts of the round it had never seen
    for snap in snapshots:
        arts = json.loads(snap.read_text(encoding="utf-8"))
        k = next(i for i, r in enumerate(ROUNDS) if r[0] in snap.stem.split("_"))
        train = _batches(arts, [b for r in ROUNDS[:k] for b in r])
        first.append((f"{_name(ROUNDS[k])} ({snap.stem})", train, _batches(arts, ROUNDS[k])))
        unseen.append(first[-1][2])
    run(
        "first sight: each round's drafts by the rules it was first scored with, the scorer "
        "trained on the earlier rounds' drafts by the same rules",
        first,
    )
    # The errors of unseen text are what a scorer must learn: train also on the earlier
    # rounds' own first-sight drafts (the error rate it will meet).
    later = [
        (label, train + [a for past in unseen[:i] for a in past], test)
        for i, (label, train, test) in enumerate(first)
        if i
    ]
    run("first sight, trained also on the earlier rounds' first-sight drafts", later)
    return 0


_OLD_IMPORTS = {
    # grounds.py's imports that older trees do not offer, and what they were there
    "from kerjasama_cli.extract.assemble import LEAD_SENTENCES, Draft": (
        "from kerjasama_cli.extract.assemble import Draft\nLEAD_SENTENCES = 8"
    ),
    "from kerjasama_cli.extract.drafts import EXPORTED_TYPE": (
        'EXPORTED_TYPE = {"membership": "other", "agreement_word": "agreement"}'
    ),
}


def snapshot(commit: str, where: Path) -> Path:
    """The src of `commit` under `where`, with today's grounds.py where it had none."""
    where.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    extract = where / "src" / "kerjasama_cli" / "extract"
    if not (extract / "grounds.py").exists():
        text = (ROOT / "src" / "kerjasama_cli" / "extract" / "grounds.py").read_text("utf-8")
        lead = (extract / "lead_dates.py").exists()
        for old, new in _OLD_IMPORTS.items():
            if "LEAD_SENTENCES" in old and lead:
                continue
            text = text.replace(old, new)
        (extract / "grounds.py").write_text(text, encoding="utf-8")
    return where / "src"


def everything(work: Path) -> int:
    """Dump today's rules and each round's first-sight rules, then measure."""
    work.mkdir(parents=True, exist_ok=True)
    folders = [str(CASES / b) for r in ROUNDS for b in r]
    me = [sys.executable, str(Path(__file__).resolve())]
    now = work / "now.json"
    subprocess.run([*me, "dump", str(now), *folders], check=True)
    dumps = []
    for first, commit in FIRST_SIGHT.items():
        src = snapshot(commit, work / commit)
        out = work / f"first_{first}_{commit}.json"
        env = dict(os.environ, PYTHONPATH=str(src))
        subprocess.run([*me, "dump", str(out), *folders], check=True, env=env, cwd=work)
        dumps.append(out)
    return measure(now, dumps)


def main(argv: list[str]) -> int:
    if argv[:1] == ["all"]:
        if len(argv) > 1:
            return everything(Path(argv[1]))
        with tempfile.TemporaryDirectory() as work:
            return everything(Path(work))
    if len(argv) == 3 and argv[0] == "snapshot":
        print(snapshot(argv[1], Path(argv[2])))
        return 0
    if len(argv) >= 3 and argv[0] == "dump":
        return dump(Path(argv[1]), [Path(a) for a in argv[2:]])
    if len(argv) >= 2 and argv[0] == "measure":
        return measure(Path(argv[1]), [Path(a) for a in argv[2:]])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

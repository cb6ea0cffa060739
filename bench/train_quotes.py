"""`make train-quotes`: train the quote speaker model on PolNeAR's training split.

    python -m bench.train_quotes [--shared ../shared] [--folds 5] [--no-write] [--eval SET ...]

Reads ../shared/benchmarks/polnear-train (parsed once, cached under /tmp by bench.quotes_data),
lists every quote's candidates as the pipeline does (transforms.quotes.attribute), labels them
from the gold speaker, cross-validates a logistic regression by article, fits it on the whole
split and writes its weights to transforms/quotes/speaker_model.json. The training data is read
at training time only and nothing of it is written into the repository but the weights.
`--eval` runs the fitted model over other cached gold sets (never used to fit it).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.quotes_data import GoldArticle, parsed_set
from transforms.entities import extract_entities
from transforms.quotes.attribute import quote_runs, quotes_and_speakers, ranked_candidates
from transforms.quotes.model import MODEL_FILE, SpeakerModel

ROOT = Path(__file__).resolve().parent.parent
QUOTE_MATCH = 0.6


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Group:
    doc: str
    features: list[dict[str, float]]
    labels: list[int | None]  # 1 said it, 0 did not, None: left out of training (same entity)
    correct: list[bool]  # choosing this candidate gives the gold speaker
    weak: bool = False  # labelled from the parse, not from a gold name: left out of the accuracy


def _matches(score, surface: str, gold: str, lenient: bool) -> bool:
    pred, want = score.norm(surface), score.norm(gold)
    if not pred or not want:
        return False
    return pred == want or (lenient and len(want.split()) == 1 and pred.split()[-1:] == want.split())


def _align(score, runs: list[str], gold: list[dict]) -> dict[int, dict]:
    """Gold quote paired with each quoted run, as score.py pairs them (token Dice >= 0.6)."""
    pairs = score.greedy_pairs([{"text": t} for t in runs], gold,
                               lambda p, q: score.dice(score.tokens(p["text"]), score.tokens(q["text"])),
                               QUOTE_MATCH)
    return {i: gold[j] for i, j in pairs}


def groups_of(article: GoldArticle, score, model: SpeakerModel | None = None) -> list[Group]:
    """One group of candidates per quote with a named gold speaker (and, on PolNeAR, per quote
    whose source is a pronoun or description: `weak`). The quote before's speaker, a candidate
    of the next, is the gold one, or with `model` the one the model picks, as at run time."""
    doc = article.doc
    found = extract_entities(doc)
    att, kept = quote_runs(doc, found)
    aligned = _align(score, [q for _, q, _ in kept], article.quotes)
    lenient = not article.entities
    forms: dict[int, set[str]] = {}
    for m in att.coref.mentions:
        forms.setdefault(m.cluster, {found.entities[m.cluster].name}).add(m.text)

    def cluster_is(cluster: int | None, gold: str) -> bool:
        if cluster is None:
            return False
        aliases = set(next((e.get("aliases", []) for e in article.entities if e["name"] == gold), []))
        return any(_matches(score, s, g, lenient) for s in forms.get(cluster, ()) for g in {gold} | aliases)

    out: list[Group] = []
    previous, previous_paragraph = None, None
    for n, (run, _, kind) in enumerate(kept):
        gold = aligned.get(n, {}).get("speaker")
        ranked = ranked_candidates(att, run, kind, previous, previous_paragraph)
        if ranked is None:
            continue
        ctx, scored = ranked
        cluster = None
        if gold is not None and scored:
            anchor = min(ctx.tokens)
            own = [c.kind != "previous" and _matches(score, c.text, gold, lenient) for c, _ in scored]
            same = [cluster_is(c.cluster, gold) for c, _ in scored]
            labels: list[int | None] = [0] * len(scored)
            nearest = min((i for i, hit in enumerate(own) if hit),
                          key=lambda i: abs(scored[i][0].head.i - anchor), default=None)
            # The speaker of the quote before is the answer only where the quote names no one
            # itself; where it does, the named mention is what the model must learn to take.
            named_here = nearest is not None and bool(scored[nearest][0].cues)
            for i, (c, _) in enumerate(scored):
                if c.kind == "previous":
                    labels[i] = int(same[i] and not named_here)
                elif i == nearest:
                    labels[i] = 1
                elif own[i] or same[i]:
                    labels[i] = None
            out.append(Group(article.name, [f for _, f in scored], labels,
                             [a or b for a, b in zip(own, same, strict=True)]))
            cluster = next((c.cluster for c, _ in scored if c.cluster is not None and cluster_is(c.cluster, gold)), None)
        elif lenient and n in aligned and scored:
            # PolNeAR leaves the speaker out where its source is no name: a pronoun ("he said")
            # or a description ("the campaign said"). The one such phrase that is the subject of
            # a speech verb next to the quote is that source; the names around it are not.
            near = [i for i, (c, _) in enumerate(scored) if c.kind in {"pronoun", "noun"}
                    and any(q.place in {"govern", "after", "before"} for q in c.cues)]
            if len(near) == 1:
                source = scored[near[0]][0]
                labels = [0] * len(scored)
                labels[near[0]] = 1
                for i, (c, _) in enumerate(scored):
                    if i != near[0] and c.cluster is not None and c.cluster == source.cluster:
                        labels[i] = None
                out.append(Group(article.name, [f for _, f in scored], labels, [y == 1 for y in labels], weak=True))
                cluster = source.cluster
        if model is not None and scored:
            best, _ = max(scored, key=lambda cf: model.probability(cf[1]))
            cluster = best.cluster
        elif cluster is None and ctx.rule_head is not None:
            cluster = att.resolve(ctx.rule_head)[1]
        if cluster is not None:
            att.coref.note_speaker(cluster, run.outer_start)
            previous, previous_paragraph = cluster, run.paragraph
    return out


def _fit(groups: list[Group], c_value: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for g in groups:
        for f, y in zip(g.features, g.labels, strict=True):
            if y is not None:
                rows.append(f)
                labels.append(y)
    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c_value, max_iter=5000, solver="lbfgs")
    model.fit(x, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0],
                                                             strict=True) if abs(w) >= 1e-4}
    return SpeakerModel(weights, round(float(model.intercept_[0]), 4))


def accuracy(model: SpeakerModel, groups: list[Group]) -> tuple[float, float]:
    """(share of quotes whose top candidate is right, share with a right candidate at all)."""
    right = reachable = 0
    groups = [g for g in groups if not g.weak]
    for g in groups:
        scores = [model.probability(f) for f in g.features]
        best = max(range(len(scores)), key=scores.__getitem__)
        right += g.correct[best]
        reachable += any(g.correct)
    return right / max(1, len(groups)), reachable / max(1, len(groups))


def cross_validate(groups: list[Group], folds: int, c_value: float) -> float:
    docs = sorted({g.doc for g in groups})
    right = total = 0
    for k in range(folds):
        held = set(docs[k::folds])
        model = _fit([g for g in groups if g.doc not in held], c_value)
        test = [g for g in groups if g.doc in held]
        acc, _ = accuracy(model, test)
        scored = sum(not g.weak for g in test)
        right += acc * scored
        total += scored
    return right / total


def pipeline_scores(articles: list[GoldArticle], score, model: SpeakerModel) -> dict[str, float]:
    """Quote P/R/F1 and attribution of `quotes_and_speakers` as score.py counts them, with the
    article's own entity names and mentions standing in for the registry's."""
    tp = n_pred = n_gold = attr_ok = attr_n = 0
    for article in articles:
        quotes, found = quotes_and_speakers(article.doc, extract_entities(article.doc), indirect=False, model=model)
        pairs = score.greedy_pairs([{"text": q.text} for q in quotes], article.quotes,
                                   lambda p, q: score.dice(score.tokens(p["text"]), score.tokens(q["text"])),
                                   QUOTE_MATCH)
        n_pred, n_gold, tp = n_pred + len(quotes), n_gold + len(article.quotes), tp + len(pairs)
        lenient = not article.entities
        for i, j in pairs:
            gold, cluster = article.quotes[j]["speaker"], quotes[i].speaker_cluster
            if lenient and gold is None:
                continue
            attr_n += 1
            if gold is None or cluster is None:
                attr_ok += gold is None and cluster is None
                continue
            aliases = next((e.get("aliases", []) for e in article.entities if e["name"] == gold), [])
            surfaces = {found.entities[cluster].name} | {m.text for m in found.mentions if m.cluster == cluster}
            attr_ok += any(_matches(score, s, g, lenient) for s in surfaces for g in [gold, *aliases])
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {"P": p, "R": r, "F1": 2 * p * r / max(1e-9, p + r), "attribution": attr_ok / max(1, attr_n)}


def _set_folder(shared: Path, name: str) -> Path:
    return shared / "gold" if name == "gold" else shared / "benchmarks" / name


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "transforms" / "quotes" / MODEL_FILE,
                        help="where to write the weights (default: the shipped model)")
    parser.add_argument("--eval", nargs="*", default=[], help="other gold sets to measure the model on")
    args = parser.parse_args(argv)
    score = _scorer(args.shared)

    articles = parsed_set(_set_folder(args.shared, "polnear-train"))
    # Two passes: the first learns with the gold speaker of the quote before as a candidate; the
    # second sees the speaker the first model picks there, as the pipeline will.
    first = _fit([g for a in articles for g in groups_of(a, score)], args.c)
    groups = [g for a in articles for g in groups_of(a, score, first)]
    print(f"polnear-train: {sum(not g.weak for g in groups)} quotes with a named speaker, "
          f"{sum(g.weak for g in groups)} with a pronoun or description as source, "
          f"{sum(y is not None for g in groups for y in g.labels)} candidates", flush=True)
    if args.folds > 1:
        print(f"cross-validated top-1 accuracy ({args.folds} folds by article): "
              f"{cross_validate(groups, args.folds, args.c):.3f}", flush=True)
    model = _fit(groups, args.c)
    acc, reach = accuracy(model, groups)
    print(f"fit on all: top-1 accuracy {acc:.3f}, a right candidate listed for {reach:.3f}; "
          f"{len(model.weights)} weights")
    for name in args.eval:
        articles = parsed_set(_set_folder(args.shared, name))
        found = pipeline_scores(articles, score, model)
        print(f"{name}: " + " ".join(f"{k} {v:.3f}" for k, v in found.items()), flush=True)
    if not args.no_write:
        args.out.write_text(model.to_json() + "\n")
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())

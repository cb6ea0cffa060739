"""`make train-quotes`: train the quote speaker model on PolNeAR's training split.

    python -m bench.train_quotes [--shared ../shared] [--train SET ...] [--own-weight W] [--folds 5]
                                 [--leave-one-set-out [W ...]] [--no-write] [--eval SET ...]

Reads the training sets (default: ../shared/benchmarks/polnear-train; parsed once, cached under
/tmp by bench.quotes_data), lists every quote's candidates as the pipeline does
(transforms.quotes.attribute), labels them from the gold speaker, cross-validates a logistic
regression on PolNeAR by article, fits it on all the sets and writes its weights to
transforms/quotes/speaker_model.json. A set named in `--train` is ../shared/gold,
../shared/benchmarks/NAME or one of the project's own sets, bench/NAME; a quote of an own set
weighs `--own-weight` PolNeAR quotes and is on the training side of every fold. The training data
is read at training time only and nothing of it is written into the repository but the weights.

`--leave-one-set-out` is the honest measure of what the own sets add (its default `--train` is
polnear-train and the six own dev sets): each own set in turn is left out, a model is fitted on
the rest and run over it with the pipeline (`pipeline_scores`), beside the shipped model and one
fitted on the other sets (PolNeAR) alone. `--leave-one-set-out 1 3 5` gives the figures in
speaker_model.md (about 90 minutes on two cores).
`--eval` runs the fitted model over other cached gold sets (never used to fit it). The sealed
test sets (polnear-test, blind-wire, hold-wire) are never trained on: `--train` refuses them.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from bench.accuracy import DEVELOPED_ON
from bench.quotes_data import GoldArticle, parsed_set
from transforms.entities import extract_entities
from transforms.quotes.attribute import quote_runs, quotes_and_speakers, ranked_candidates
from transforms.quotes.model import MODEL_FILE, SpeakerModel, speaker_model

ROOT = Path(__file__).resolve().parent.parent
QUOTE_MATCH = 0.6
# PolNeAR's news is 2016 US politics; the own dev sets are wire copy of many outlets, written for
# the project (bench/*/README.md). Fitting on them as well did not help where it was held out
# (speaker_model.md), so the default stays PolNeAR alone.
OWN_DEV_SETS = ["own-wire", "fresh-wire", "probe-wire", "scout-wire", "check-wire", "field-wire"]
DEFAULT_TRAIN = ["polnear-train"]
LEAVE_ONE_OUT_TRAIN = ["polnear-train", *OWN_DEV_SETS]
# Test splits are measured, never fitted on (bench.accuracy lists which they are).
SEALED = {name for name, role in DEVELOPED_ON.items() if role == "test"}
DEFAULT_OWN_WEIGHT = 1.0


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
    weight: float = 1.0  # sample weight of each of its candidates in the fit


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

    rows, labels, weights = [], [], []
    for g in groups:
        for f, y in zip(g.features, g.labels, strict=True):
            if y is not None:
                rows.append(f)
                labels.append(y)
                weights.append(g.weight)
    vectorizer = DictVectorizer(sparse=False)
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c_value, max_iter=5000, solver="lbfgs")
    model.fit(x, labels, sample_weight=weights)
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


def cross_validate(groups: list[Group], folds: int, c_value: float, always: list[Group] = ()) -> float:
    """Top-1 accuracy on `groups`, folded by article; `always` is on the training side of every
    fold, so that the score stays one of `groups` (PolNeAR) whatever else is trained on."""
    docs = sorted({g.doc for g in groups})
    right = total = 0
    for k in range(folds):
        held = set(docs[k::folds])
        model = _fit([g for g in groups if g.doc not in held] + list(always), c_value)
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


@dataclass
class TrainingSet:
    name: str
    articles: list[GoldArticle]
    own: bool  # written for the project (bench/NAME): its quotes weigh --own-weight


def _set_folder(shared: Path, name: str) -> Path:
    """../shared/gold, ../shared/benchmarks/NAME or, for the project's own sets, bench/NAME."""
    if name == "gold":
        return shared / "gold"
    benchmark = shared / "benchmarks" / name
    return benchmark if benchmark.is_dir() else ROOT / "bench" / name


def training_sets(shared: Path, names: list[str]) -> list[TrainingSet]:
    sealed = sorted(SEALED.intersection(names))
    if sealed:
        raise SystemExit(f"refusing to train on the sealed test sets {', '.join(sealed)}")
    own_root = ROOT / "bench"
    return [TrainingSet(name, parsed_set(folder), folder.parent == own_root)
            for name, folder in ((n, _set_folder(shared, n)) for n in names)]


def labelled(sets: list[TrainingSet], score, model: SpeakerModel | None = None) -> dict[str, list[Group]]:
    """The groups of each set (`groups_of`), by the set's name."""
    return {ts.name: [g for a in ts.articles for g in groups_of(a, score, model)] for ts in sets}


def weighted(groups: dict[str, list[Group]], sets: list[TrainingSet], own_weight: float) -> list[Group]:
    """The groups of `sets`, those of the own sets weighing `own_weight`, so that a hundred own
    articles can count for more than their number beside PolNeAR's 840."""
    return [replace(g, weight=own_weight if ts.own else 1.0) for ts in sets for g in groups[ts.name]]


def two_pass_fit(sets: list[TrainingSet], first_groups: dict[str, list[Group]], score, c_value: float,
                 own_weight: float) -> tuple[SpeakerModel, dict[str, list[Group]]]:
    """The model fitted on `sets`, and its second-pass groups. The first pass learns with the gold
    speaker of the quote before as a candidate; the second sees the speaker the first model picks
    there, as the pipeline will. `first_groups` need no model, so they are listed once for all
    fits (and may hold more sets than `sets`)."""
    first = _fit(weighted(first_groups, sets, own_weight), c_value)
    groups = labelled(sets, score, first)
    return _fit(weighted(groups, sets, own_weight), c_value), groups


def _scores(found: dict[str, float]) -> str:
    return f"attribution {found['attribution']:.3f} quote F1 {found['F1']:.3f}"


def leave_one_set_out(sets: list[TrainingSet], score, c_value: float, own_weights: list[float]) -> None:
    """Prints the pipeline's scores on each own set with the shipped model, with one fitted on the
    other sets (PolNeAR) alone, and, for each own weight, with one fitted on all the sets but it,
    then the means over the own sets. The set left out is in neither pass of its model."""
    first_groups = labelled(sets, score)
    reference = [ts for ts in sets if not ts.own]
    reference_only, _ = two_pass_fit(reference, first_groups, score, c_value, 1.0)
    found: dict[str, list[dict[str, float]]] = {}
    for held in (ts for ts in sets if ts.own):
        models = {"shipped": speaker_model(), f"{'+'.join(ts.name for ts in reference)} only": reference_only}
        rest = [ts for ts in sets if ts is not held]
        for w in own_weights:
            models[f"own weight {w:g}"] = two_pass_fit(rest, first_groups, score, c_value, w)[0]
        for label, model in models.items():
            found.setdefault(label, []).append(pipeline_scores(held.articles, score, model))
            print(f"left out {held.name}, {label}: {_scores(found[label][-1])}", flush=True)
    for label, rows in found.items():
        mean = {k: sum(r[k] for r in rows) / len(rows) for k in ("attribution", "F1")}
        print(f"mean over the {len(rows)} own sets, {label}: {_scores(mean)}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--train", nargs="+",
                        help="sets to fit on: gold, a ../shared/benchmarks folder or an own set under bench/ "
                             "(default: polnear-train; with --leave-one-set-out, it and the six own dev sets)")
    parser.add_argument("--own-weight", type=float, default=DEFAULT_OWN_WEIGHT,
                        help="sample weight of a quote of an own set (a PolNeAR quote weighs 1)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--leave-one-set-out", nargs="*", type=float, metavar="W",
                        help="score each own set with a model fitted without it (own weights W, "
                             "default --own-weight), and stop")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "transforms" / "quotes" / MODEL_FILE,
                        help="where to write the weights (default: the shipped model)")
    parser.add_argument("--eval", nargs="*", default=[], help="other gold sets to measure the model on")
    args = parser.parse_args(argv)
    score = _scorer(args.shared)
    measuring = args.leave_one_set_out is not None
    sets = training_sets(args.shared, args.train or (LEAVE_ONE_OUT_TRAIN if measuring else DEFAULT_TRAIN))
    if measuring:
        leave_one_set_out(sets, score, args.c, args.leave_one_set_out or [args.own_weight])
        return

    model, groups = two_pass_fit(sets, labelled(sets, score), score, args.c, args.own_weight)
    for name, found in groups.items():
        print(f"{name}: {sum(not g.weak for g in found)} quotes with a named speaker, "
              f"{sum(g.weak for g in found)} with a pronoun or description as source, "
              f"{sum(y is not None for g in found for y in g.labels)} candidates", flush=True)
    reference = [ts.name for ts in sets if not ts.own]
    if args.folds > 1 and reference:
        own = weighted(groups, [ts for ts in sets if ts.own], args.own_weight)
        held_in_turn = [g for name in reference for g in groups[name]]
        print(f"cross-validated top-1 accuracy on {', '.join(reference)} ({args.folds} folds by article, "
              f"own sets always trained on): {cross_validate(held_in_turn, args.folds, args.c, own):.3f}",
              flush=True)
    for name, found in groups.items():
        acc, reach = accuracy(model, found)
        print(f"fit on all, {name}: top-1 accuracy {acc:.3f}, a right candidate listed for {reach:.3f}")
    print(f"{len(model.weights)} weights")
    for name in args.eval:
        found = pipeline_scores(parsed_set(_set_folder(args.shared, name)), score, model)
        print(f"{name}: " + " ".join(f"{k} {v:.3f}" for k, v in found.items()), flush=True)
    if not args.no_write:
        args.out.write_text(model.to_json() + "\n")
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())

"""The speaker model's trainer (bench/train_quotes.py): which sets it fits on, how the own sets
are weighted, and that leaving one set out keeps it out of both passes of its model. The
articles here are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import quotes_data, train_quotes
from bench.train_quotes import Group, TrainingSet
from transforms.quotes.model import SpeakerModel

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = {
    "t1.txt": (
        "LISBON (Wire) - Dock workers in Lisbon walked out on Tuesday after talks on pay broke down.\n\n"
        "\"We will stay out until the offer changes,\" said Marta Quintela, who leads the dockers' union.\n\n"
        "The port's director, Rui Sardinha, called the offer fair. \"The budget does not allow more "
        "than this,\" Sardinha told reporters.\n",
        [{"name": "Lisbon", "type": "GPE", "aliases": []},
         {"name": "Marta Quintela", "type": "PERSON", "aliases": []},
         {"name": "Rui Sardinha", "type": "PERSON", "aliases": ["Sardinha"]}],
        [{"text": "We will stay out until the offer changes", "speaker": "Marta Quintela"},
         {"text": "The budget does not allow more than this", "speaker": "Rui Sardinha"}],
    ),
    "t2.txt": (
        "TALLINN (Wire) - Estonia will open two new border posts next spring, the interior minister said.\n\n"
        "\"Traffic has doubled and the old posts cannot cope,\" Kadri Lepik told a news conference on "
        "Monday. Her deputy, Juhan Vaher, said the work would start in March.\n\n"
        "\"We expect the first lanes to open by May,\" Vaher said.\n",
        [{"name": "Tallinn", "type": "GPE", "aliases": []},
         {"name": "Estonia", "type": "GPE", "aliases": []},
         {"name": "Kadri Lepik", "type": "PERSON", "aliases": []},
         {"name": "Juhan Vaher", "type": "PERSON", "aliases": ["Vaher"]}],
        [{"text": "Traffic has doubled and the old posts cannot cope", "speaker": "Kadri Lepik"},
         {"text": "We expect the first lanes to open by May", "speaker": "Juhan Vaher"}],
    ),
}


def _shared() -> Path | None:
    """../shared beside the checkout or beside the worktrees' folder (its eval/score.py labels)."""
    return next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")
                 if (p / "eval" / "score.py").is_file()), None)


def _group(doc: str, features: list[dict[str, float]], labels: list[int]) -> Group:
    return Group(doc, features, labels, [y == 1 for y in labels])


def _contrary(g: Group) -> Group:
    """`g` of another article with the other candidate said to be the speaker."""
    return Group(g.doc + "-own", g.features, [1 - y for y in g.labels], [not c for c in g.correct])


def test_a_set_name_is_a_shared_set_a_benchmark_or_an_own_set(tmp_path):
    (tmp_path / "benchmarks" / "some-bench").mkdir(parents=True)
    assert train_quotes._set_folder(tmp_path, "gold") == tmp_path / "gold"
    assert train_quotes._set_folder(tmp_path, "some-bench") == tmp_path / "benchmarks" / "some-bench"
    assert train_quotes._set_folder(tmp_path, "own-wire") == ROOT / "bench" / "own-wire"


@pytest.mark.parametrize("name", ["polnear-test", "blind-wire", "hold-wire"])
def test_the_sealed_test_sets_are_never_trained_on(tmp_path, name):
    with pytest.raises(SystemExit, match=name):
        train_quotes.training_sets(tmp_path, ["gold", name])


def test_polnear_train_is_trained_on_and_the_six_own_dev_sets_are_measured_by_default():
    assert train_quotes.DEFAULT_TRAIN == ["polnear-train"]
    assert train_quotes.LEAVE_ONE_OUT_TRAIN[0] == "polnear-train"
    assert train_quotes.LEAVE_ONE_OUT_TRAIN[1:] == train_quotes.OWN_DEV_SETS
    assert len(train_quotes.OWN_DEV_SETS) == 6
    assert not train_quotes.SEALED.intersection(train_quotes.LEAVE_ONE_OUT_TRAIN)
    assert all((ROOT / "bench" / name / "gold.jsonl").is_file() for name in train_quotes.OWN_DEV_SETS)


def test_only_the_own_sets_groups_weigh_the_own_weight():
    sets = [TrainingSet("reference", [], own=False), TrainingSet("mine", [], own=True)]
    groups = {"reference": [_group("r", [{"a": 1.0}], [1])], "mine": [_group("m", [{"a": 1.0}], [1])]}
    assert [g.weight for g in train_quotes.weighted(groups, sets, 4.0)] == [1.0, 4.0]
    assert groups["mine"][0].weight == 1.0  # the listed groups stay as they are, for the next fit


def test_the_own_weight_can_outvote_the_larger_set():
    # The reference says feature "a" marks the speaker three times; the own set says "b" once.
    reference = [_group(f"r{i}", [{"a": 1.0}, {"b": 1.0}], [1, 0]) for i in range(3)]
    own = [_group("m", [{"a": 1.0}, {"b": 1.0}], [0, 1])]

    def prefers_b(weight: float) -> bool:
        sets = [TrainingSet("reference", [], own=False), TrainingSet("mine", [], own=True)]
        model = train_quotes._fit(train_quotes.weighted({"reference": reference, "mine": own}, sets, weight), 1.0)
        return model.probability({"b": 1.0}) > model.probability({"a": 1.0})

    assert not prefers_b(1.0)
    assert prefers_b(10.0)


def test_the_cross_validation_scores_only_the_folded_groups():
    reference = [_group(f"r{i}", [{"a": 1.0}, {"b": 1.0}], [1, 0]) for i in range(4)]
    contrary = [_contrary(g) for g in reference]
    assert train_quotes.cross_validate(reference, 2, 1.0) == 1.0
    # Many contrary own groups always on the training side make every held-out PolNeAR quote wrong.
    assert train_quotes.cross_validate(reference, 2, 1.0, always=contrary * 5) == 0.0


def test_a_set_left_out_is_in_neither_pass_of_its_model(monkeypatch, capsys):
    sets = [TrainingSet("reference", [], own=False), TrainingSet("one", [], own=True),
            TrainingSet("two", [], own=True)]
    fitted_on: list[tuple[list[str], float]] = []

    def fake_fit(fit_sets, first_groups, score, c_value, own_weight):
        fitted_on.append(([ts.name for ts in fit_sets], own_weight))
        return SpeakerModel({}, 0.0), {}

    monkeypatch.setattr(train_quotes, "labelled", lambda fit_sets, score, model=None: {})
    monkeypatch.setattr(train_quotes, "two_pass_fit", fake_fit)
    monkeypatch.setattr(train_quotes, "pipeline_scores", lambda articles, score, model: {"attribution": 1.0, "F1": 1.0})
    train_quotes.leave_one_set_out(sets, None, 1.0, [1.0, 3.0])
    assert fitted_on == [(["reference"], 1.0),
                         (["reference", "two"], 1.0), (["reference", "two"], 3.0),
                         (["reference", "one"], 1.0), (["reference", "one"], 3.0)]
    printed = capsys.readouterr().out
    assert "left out one, reference only" in printed and "left out two, own weight 3" in printed
    assert "mean over the 2 own sets, own weight 1" in printed


def test_an_own_set_folder_trains_a_model_in_two_passes(nlp, tmp_path, monkeypatch):
    shared = _shared()
    if shared is None:
        pytest.skip("no ../shared/eval/score.py beside this checkout")
    monkeypatch.setattr(quotes_data, "CACHE", tmp_path / "cache")
    folder = tmp_path / "tiny-wire"
    (folder / "docs").mkdir(parents=True)
    for name, (text, _, _) in ARTICLES.items():
        (folder / "docs" / name).write_text(text)
    (folder / "gold.jsonl").write_text("".join(
        json.dumps({"doc": name, "entities": entities, "quotes": quotes}) + "\n"
        for name, (_, entities, quotes) in ARTICLES.items()))
    score = train_quotes._scorer(shared)
    tiny = TrainingSet("tiny-wire", quotes_data.parsed_set(folder), own=True)
    assert all(a.entities for a in tiny.articles)  # gold names, not PolNeAR's lenient matching

    model, groups = train_quotes.two_pass_fit([tiny], train_quotes.labelled([tiny], score), score, 1.0, 3.0)
    named = [g for g in groups["tiny-wire"] if not g.weak]
    assert len(named) == 4
    assert all(1 in g.labels for g in named)
    assert model.weights
    assert train_quotes.accuracy(model, named)[0] == 1.0

"""The project's own gold sets (bench/own-wire, bench/fresh-wire, bench/blind-wire, bench/probe-wire) hold to ../shared/gold/FORMAT.md, so that
`make eval` scores them against annotations that can be matched at all."""

import json
import re
from pathlib import Path

import pytest

from bench.accuracy import OWN_SETS

ENTITY_TYPES = {"PERSON", "ORG", "GPE"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _records(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


SETS = [folder for folder in OWN_SETS if (folder / "gold.jsonl").is_file()]


@pytest.mark.parametrize("folder", SETS, ids=lambda folder: folder.name)
def test_every_doc_has_one_gold_line(folder):
    docs = sorted(path.name for path in (folder / "docs").glob("*.txt"))
    annotated = [record["doc"] for record in _records(folder)]
    assert sorted(annotated) == docs


@pytest.mark.parametrize("folder", SETS, ids=lambda folder: folder.name)
def test_annotations_are_exact_text_of_their_doc(folder):
    for record in _records(folder):
        text = (folder / "docs" / record["doc"]).read_text(encoding="utf-8")
        names = {entity["name"] for entity in record["entities"]}
        for entity in record["entities"]:
            assert entity["type"] in ENTITY_TYPES, (record["doc"], entity)
            surfaces = [entity["name"], *entity["aliases"]]
            assert all(alias in text for alias in entity["aliases"]), (record["doc"], entity)
            assert any(surface in text for surface in surfaces), (record["doc"], entity)
        for quote in record["quotes"]:
            assert quote["text"] in text, (record["doc"], quote["text"])
            assert len(quote["text"].split()) >= 3, (record["doc"], quote["text"])
            assert quote["speaker"] is None or quote["speaker"] in names, (record["doc"], quote["speaker"])
        for event in record["events"]:
            for sentence in [event["evidence"], *event["also"]]:
                assert sentence in text, (record["doc"], sentence)
            assert event["date"] is None or ISO_DATE.fullmatch(event["date"]), (record["doc"], event["date"])
        assert record["published"] is None or ISO_DATE.fullmatch(record["published"]), record["doc"]


@pytest.mark.parametrize("folder", SETS, ids=lambda folder: folder.name)
def test_a_canonical_name_has_one_type_across_docs(folder):
    types: dict[str, set[str]] = {}
    for record in _records(folder):
        for entity in record["entities"]:
            types.setdefault(entity["name"], set()).add(entity["type"])
    assert {name: kinds for name, kinds in types.items() if len(kinds) > 1} == {}

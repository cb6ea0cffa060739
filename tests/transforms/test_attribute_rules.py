"""The array version of the model's attribute_ruler gives every token what the stock one gives."""

from __future__ import annotations

import pytest
import spacy

from flows.nlp import load_pipeline, split_glued_words
from tests.articles import BRIDGE, FERRY, HARBOUR, LIBRARY, SCHOOL
from tests.conftest import MODEL, SEEDS
from transforms.attribute_rules import compile_rules

# Sentences that reach the word-specific rules: contractions, "gonna", "ain't", spaces.
TRICKY = [
    "I ain't gonna sign it, and we don't wanna wait, y'all said.",
    "She'd've gone; he's got to, hasn't he? They're gotta be kidding.",
    "  Leading spaces,\n\n\ntrailing ones  \n",
    "Mr. O'Neil's team can't, won't and shan't agree -- 'tis so.",
    "",
    "\n",
    "U.S. officials met at 9 a.m. on Jan. 23, 2026 in Washington, D.C.",
]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(MODEL)
    split_glued_words(nlp)
    nlp.add_pipe("newsfacts_line_breaks", before="parser")
    return nlp


def token_attributes(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_the_pipeline_uses_the_array_rules_in_place_of_the_stock_component(nlp):
    assert "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index("newsfacts_attribute_rules") < nlp.pipe_names.index("lemmatizer")


def test_every_token_gets_the_stock_attributes(nlp, stock):
    texts = [HARBOUR, BRIDGE, LIBRARY, FERRY, SCHOOL, *TRICKY,
             *(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file())]
    compared = 0
    for expected, got in zip(stock.pipe(texts), nlp.pipe(texts), strict=True):
        assert token_attributes(got) == token_attributes(expected)
        compared += len(got)
    assert compared > 1500


def test_a_rule_with_an_unsupported_feature_keeps_the_stock_component():
    nlp = spacy.load(MODEL)
    ruler = nlp.get_pipe("attribute_ruler")
    assert compile_rules(ruler) is not None
    ruler.add([[{"LOWER": "foo", "OP": "+"}]], {"LEMMA": "foo"})
    assert compile_rules(ruler) is None


def test_a_model_whose_rules_cannot_be_compiled_loads_with_its_own_ruler(monkeypatch):
    import flows.nlp

    monkeypatch.setattr(flows.nlp, "compile_rules", lambda ruler: None)
    load_pipeline.cache_clear()
    try:
        nlp = load_pipeline(MODEL)
        assert "attribute_ruler" in nlp.pipe_names
        assert "newsfacts_attribute_rules" not in nlp.pipe_names
        assert nlp("They're gonna meet.")[1].lemma_ == "be"
    finally:
        load_pipeline.cache_clear()

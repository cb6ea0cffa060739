"""Wire copy and results pages: headlines in capitals, scores after names, names inside numbers."""

import pytest

from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.wire import shouted_names, strip_scores


def _entities(nlp, text):
    return {(e.name, e.label) for e in extract_entities(nlp(text)).entities}


@pytest.mark.parametrize(
    "surface, label, kept",
    [
        ("Denmark 1", "FAC", "Denmark"),            # a place the gazetteer knows, whatever the label
        ("Anna Kowalski 6-2 6-3", "PERSON", "Anna Kowalski"),
        ("Norway 3-1", "GPE", "Norway"),
        ("Channel 4", "ORG", "Channel 4"),           # an organisation's number is its name
        ("Apollo 11", "PRODUCT", "Apollo 11"),
        ("Steelworkers Local 3664", "ORG", "Steelworkers Local 3664"),
    ],
)
def test_a_score_is_cut_off_the_name_it_follows(surface, label, kept):
    (cand,) = strip_scores([Candidate(10, 10 + len(surface), surface, label)])
    assert cand.text == kept
    assert cand.end - cand.start == len(kept)


HEADLINE_ARTICLE = (
    "ATHLETICS - NEW WORLD MARK FOR KENYAN RUNNER IN LYON .\n\n"
    "LYON 2024-07-09\n\n"
    "Marie Dubois set a new world mark over 5,000 metres in Lyon on Tuesday , her coach said .\n"
)


def test_shouted_headline_words_are_not_names_but_known_places_are(nlp):
    found = _entities(nlp, HEADLINE_ARTICLE)
    names = {name.lower() for name, _ in found}
    assert not any("athletics" in n or "runner" in n for n in names), found
    assert ("Marie Dubois", "PERSON") in found
    assert any(name.lower() == "lyon" and label == "GPE" for name, label in found)


def test_a_shouted_name_also_written_in_mixed_case_is_kept():
    text = "TENNIS - PETE SAMPRAS WINS\n\nPete Sampras won on Sunday.\n"
    loud = Candidate(text.index("PETE"), text.index("PETE") + 11, "PETE SAMPRAS", "ORG")
    quiet = Candidate(text.index("Pete"), text.index("Pete") + 11, "Pete Sampras", "PERSON")
    kept = shouted_names(text, [loud, quiet])
    assert [(c.text, c.label) for c in kept] == [("PETE SAMPRAS", "PERSON"), ("Pete Sampras", "PERSON")]


def test_an_article_all_in_capitals_is_left_as_it_is():
    text = "MINISTER JOHN OKAFOR MET THE DELEGATION IN ABUJA ON MONDAY .\n"
    cand = Candidate(text.index("JOHN"), text.index("JOHN") + 11, "JOHN OKAFOR", "PERSON")
    assert shouted_names(text, [cand]) == [cand]


@pytest.mark.parametrize(
    "text, teams",
    [
        ("Results on Saturday :\n\nPeru 15 Chile 10\n\nNorway 22 Sweden 19\n", {"Peru", "Chile", "Norway", "Sweden"}),
        ("Italy beat Austria 2-1 in Turin on Sunday , and Greece drew 0-0 with Portugal .",
         {"Italy", "Austria", "Greece", "Portugal"}),
    ],
)
def test_teams_in_a_results_line_are_found_without_their_scores(nlp, text, teams):
    found = _entities(nlp, text)
    names = {name for name, _ in found}
    assert teams <= names, found
    assert not any(ch.isdigit() for name in names for ch in name), found


"""Names the model runs together in a list, and a shop's name it cuts at its "'s"."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.listed_names import listed_names


def _bodies(nlp, text):
    found = extract_entities(nlp(text))
    return {e.name for e in found.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("Harlow Foods, which supplies ready meals to Tesco, Marks & Spencer and Sainsbury's, employs 9,400 people.",
         {"Harlow Foods", "Tesco", "Marks & Spencer", "Sainsbury's"}),
        ("Rothschild & Co and Jefferies are advising Harlow Foods, while Goldman Sachs and Evercore are advising "
         "Conagra.", {"Rothschild & Co", "Jefferies", "Goldman Sachs", "Evercore"}),
    ],
)
def test_a_list_of_companies_is_several_bodies(nlp, text, bodies):
    found = _bodies(nlp, text)
    assert bodies <= found, found
    assert not any("," in name or " and " in name for name in found), found


@pytest.mark.parametrize(
    "name", ["Science and Technology Committee", "Department of Health and Social Care", "Marks & Spencer",
             "Law and Justice", "The Globe and Mail", "National Security and Investment Act"],
)
def test_one_body_whose_name_holds_an_and_stays_whole(name):
    cand = Candidate(0, len(name), name, "ORG")
    assert listed_names([cand]) == [cand]


def test_a_firms_possessive_before_a_noun_stays_a_possessive(nlp):
    found = _bodies(nlp, "Harlow Foods's chief executive said sales rose. Sainsbury's said its sales fell.")
    assert "Sainsbury's" in found and "Harlow Foods" in found, found


def test_a_citys_possessive_before_a_quote_stays_the_city(nlp):
    text = 'The envoy reaffirmed Cairo\'s "full backing for a ceasefire" in the talks, the ministry said.'
    assert typed_entities(nlp, text) == {("Cairo", "GPE")}


def test_a_region_and_its_head_read_as_one_body_are_a_place_and_a_person(nlp):
    text = "On Friday the governor received the head of Ingushetia, Ali-Bek Tsechoyev, in Nalchik."
    doc = nlp(text)
    at = text.index("Ingushetia")
    doc.ents = [doc.char_span(at, text.index(", in"), label="ORG")]  # as the model reads it at times
    found = {(e.name, e.label) for e in extract_entities(doc).entities}
    assert {("Ingushetia", "GPE"), ("Ali-Bek Tsechoyev", "PERSON")} <= found


def test_bodies_named_after_people_in_a_list_stay_bodies():
    # two schools named after saints: no region in the list, so no part is read again as a person
    text = "Giovanni Bosco and Annunziata"
    parts = listed_names([Candidate(0, len(text), text, "ORG")])
    assert [(c.text, c.label) for c in parts] == [("Giovanni Bosco", "ORG"), ("Annunziata", "ORG")]

"""Things named like organisations or people: weapons, models, products, laws, and nationality adjectives."""

import pytest

from transforms.entities import extract_entities
from transforms.entities.things import law_name, model_shaped

_SCORED = {"PERSON", "ORG", "GPE"}


def _labels(nlp, text):
    """Every scored label each surface form of `text` receives."""
    found: dict[str, set[str]] = {}
    for m in extract_entities(nlp(text)).mentions:
        found.setdefault(m.text, set()).add(m.label)
    return found


def _scored(nlp, text):
    return {name for name, labels in _labels(nlp, text).items() if labels & _SCORED}


@pytest.mark.parametrize(
    "text, thing",
    [
        ("The army said it needed more Patriot systems before the winter.", "Patriot"),
        ("Officials said the regiment would receive forty Leopard tanks next month.", "Leopard"),
        ("The ministry said it had bought new H20 processors for its laboratories.", "H20"),
        ("The brigade fired two Iskander-M missiles at the depot overnight.", "Iskander-M"),
        ("Pilots began training on the F-16 jets in Denmark last spring.", "F-16"),
        ("Gunners launched S-400 interceptors from a field near the border.", "S-400"),
        ("Air defences shot down three Kh-101s over the river on Sunday.", "Kh-101s"),
        ("The army said one Vetrov medium-range ballistic missile was launched.", "Vetrov"),
        ("Kyiv asked again for long-range Taurus cruise missiles.", "Taurus"),
        ("Testers said the Korvo Navigator 7 (KN7) browser crashed often.", "KN7"),
        ("The regulator said the K7 browser stored passwords without encryption.", "K7"),
        ("Analysts expect Fernwood X3 phones to sell well in Asia.", "X3"),  # the maker, Fernwood, stays
    ],
)
def test_a_named_weapon_or_model_is_no_person_organisation_or_place(nlp, text, thing):
    scored = _scored(nlp, text)
    assert not any(thing in name for name in scored), scored


@pytest.mark.parametrize(
    "text, maker",
    [
        # The maker acts elsewhere in the article: the name before the noun is the maker's.
        ("Vantora said on Monday that demand was strong. Vantora chips are made in Taiwan.", "Vantora"),
        ("Shares of Brellix Corp. rose 4%. Analysts said Brellix processors sold out.", "Brellix"),
        ("Kestrel Dynamics's chief executive said the Kestrel drones would fly next year.", "Kestrel"),
        # An armed group that acts in the article keeps its name before its weapons.
        ("Hezbollah fired dozens of rockets at Haifa. Hezbollah rockets hit a school.", "Hezbollah"),
        ("The Rapid Support Forces (RSF) shelled the city. RSF drones struck a market.", "RSF"),
    ],
)
def test_a_maker_that_acts_in_the_article_stays_an_organisation(nlp, text, maker):
    labels = _labels(nlp, text)
    assert any(maker in name and found & {"ORG"} for name, found in labels.items()), labels


def test_the_army_that_fires_a_weapon_is_kept(nlp):
    text = "Ukraine fired Storm Shadow missiles at a Russian headquarters in Crimea, officials in Kyiv said."
    scored = _scored(nlp, text)
    assert "Ukraine" in scored and "Kyiv" in scored, scored
    assert not any("Storm" in name for name in scored), scored


@pytest.mark.parametrize(
    "text, law",
    [
        ("Critics said the Clean Rivers Act would cost farmers billions.", "Clean Rivers Act"),
        ("Both sides signed the Lisbon Fisheries Agreement in 2019.", "Lisbon Fisheries Agreement"),
        ("The Digital Services Tax took effect in April.", "Digital Services Tax"),
    ],
)
def test_a_law_tax_or_treaty_is_no_organisation(nlp, text, law):
    labels = _labels(nlp, text)
    assert not any(law in name and found & {"ORG", "PERSON"} for name, found in labels.items()), labels


@pytest.mark.parametrize(
    "text, expected",
    [("F-16", True), ("Iskander-M", True), ("iPhone", True), ("H20", True), ("IE9", True),
     ("Patriot", False), ("Reuters", False), ("Jean-Luc", False), ("NATO", False)],
)
def test_model_shaped(text, expected):
    assert model_shaped(text) is expected


@pytest.mark.parametrize(
    "words, expected",
    [(["Inflation", "Reduction", "Act"], True), (["Paris", "Agreement"], True), (["ACT"], False),
     (["Capital", "ACT"], False), (["World", "Food", "Programme"], False), (["School", "of", "Law"], False), (["Act"], False)],
)
def test_law_name(words, expected):
    assert law_name(words) is expected



@pytest.mark.parametrize(
    "text, owner, index",
    [
        ("Markets in Mumbai rose on Friday. The BSE Sensex closed 310 points higher in late trade.", "BSE", "Sensex"),
        ("In Tokyo, the Nikkei Stock Average slipped 0.9% as exporters weakened.", "Nikkei", "Average"),
        ("The Dow Jones Industrial Average fell 120 points in New York on Tuesday.", None, "Average"),
    ],
)
def test_a_stock_index_is_no_body_but_its_one_word_owner_is(nlp, text, owner, index):
    labels = _labels(nlp, text)
    assert not any(index in name for name, found in labels.items() if found & _SCORED), labels
    if owner is not None:
        assert labels.get(owner) == {"ORG"}, labels


@pytest.mark.parametrize("text, name, label", [
    ("The governor met the chief minister at Raj Bhavan on Monday.", "Raj Bhavan", "PERSON"),
    ("The two presidents held talks at Vilnius Castle on Tuesday.", "Vilnius Castle", "PERSON"),
    ("He met senior officers at the Police Administration Building on Sunday.", "Police Administration Building", "ORG"),
    ("A bomb damaged the Drina-Lim canal near the village on Friday.", "Drina-Lim", "ORG"),
])
def test_buildings_and_routes_named_by_their_ends_are_no_entities(nlp, text, name, label):
    doc = nlp(text)
    at = text.index(name)
    doc.ents = [doc.char_span(at, at + len(name), label=label)]  # as the model reads them
    assert not any(e.label in {"PERSON", "ORG", "GPE"} for e in extract_entities(doc).entities)


def test_a_persons_surname_that_is_a_buildings_word_stays_a_persons(nlp):
    assert ("Barbara Castle", "PERSON") in {(e.name, e.label) for e in extract_entities(
        nlp("Barbara Castle, the employment minister, met union leaders on Monday.")).entities}


def test_a_title_alone_read_as_a_person_is_no_building():
    # a name of no words once its title is off ("Rep." before a line break) must not break the step
    from transforms.entities.candidates import Candidate
    from transforms.entities.facilities import facilities
    assert [c.label for c in facilities("Rep. said", [Candidate(0, 4, "Rep.", "PERSON")])] == ["PERSON"]

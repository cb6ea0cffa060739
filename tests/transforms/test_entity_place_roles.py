"""Names the model types as people that the article only uses as places: sentences written for the class."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate


def _labels(nlp, text):
    return {m.text: m.label for m in extract_entities(nlp(text)).mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An air strike on tents in Khan Younis killed four people on Saturday, rescuers said.", "Khan Younis"),
        ("Artillery shelled houses near Bint Jbeil overnight, the army said.", "Bint Jbeil"),
        ("The sheriff of Franklin County said deputies arrested two men.", "Franklin County"),
        ("Voters in Kanbalu Township queued for hours on Sunday.", "Kanbalu Township"),
        # a conjunct stands where the first one does; a shelled or captured name is a place
        ("Fighting continued near Novopil and Bilohirka, the army said.", "Bilohirka"),
        ("Russian forces shelled Vasylivka and Kamianske overnight.", "Vasylivka"),
    ],
)
def test_a_name_only_used_as_where_things_happen_is_a_place(nlp, text, place):
    assert _labels(nlp, text).get(place) == "GPE"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a name set in the area around it by apposition
        ("A drone strike on a car in Hula, in Marjayoun district, killed a man on Monday.", "Hula"),
        ("Gunmen stormed a market in Bukavu Ngomo, a fishing village in Fizi territory, on Tuesday.", "Bukavu Ngomo"),
        ("Police said attackers burned a checkpoint in Jani Khel, Bannu district, before dawn.", "Jani Khel"),
        # the seat of an area, attacked again later: what was attacked says nothing either way
        ("Gunmen raided a barracks in Bunu Kasim, headquarters of Guzamala district. \"Bunu Kasim has been "
         "attacked four times this year,\" the governor said.", "Bunu Kasim"),
        # the area of a place noun, and a Spanish name opened by its article
        ("Rebels ambushed a patrol in the rural area of Abel Tamayo on Sunday.", "Abel Tamayo"),
        ("Dissidents attacked the police post in El Carmelo, a hamlet in the municipality of Suárez.", "El Carmelo"),
        # a body's type the model gave a town's name, where the wounded were taken
        ("Nine people were wounded and taken to a hospital in Mawlaik Shan.", "Mawlaik Shan"),
    ],
)
def test_a_name_placed_in_an_area_is_a_place(nlp, text, place):
    assert _labels(nlp, text).get(place) == "GPE"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the same given-name-first shape, acting or titled somewhere in the article
        ("Khan Ahmed, a farmer, said he lost his crops. Many trust in Khan Ahmed.", "Khan Ahmed"),
        ("Voters had faith in Governor Jane Whitfield, polls showed.", "Governor Jane Whitfield"),
    ],
)
def test_a_person_who_acts_or_is_titled_stays_a_person(nlp, text, person):
    assert _labels(nlp, text).get(person) == "PERSON"


def test_an_organisation_named_for_a_district_stays_an_organisation(nlp):
    text = "The Irving Independent School District closed its schools on Monday."
    assert _labels(nlp, text).get("Irving Independent School District") == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a town the model types a person in one sentence and an organisation in another: one thing,
        # whichever label its other mentions carry
        ("Ukraine's drones struck a depot in Sudzhanka, the source said. Sudzhanka lies 10 km from the border. "
         "Fires in Sudzhanka burned for hours.", "Sudzhanka", None),
        # a company's short name typed a place once and a company twice
        ("Brannock said profits fell. Brannock shares slid 4%. Analysts expect Brannock to cut jobs.",
         "Brannock", "ORG"),
    ],
)
def test_one_word_is_one_thing_of_the_article(nlp, text, name, label):
    found = extract_entities(nlp(text))
    labels = {found.entities[m.cluster].label for m in found.mentions if m.text == name}
    assert len(labels) == 1 and "PERSON" not in labels and (label is None or labels == {label})


def test_a_surname_of_a_person_named_in_full_stays_a_person(nlp):
    found = extract_entities(nlp("Marco Lopes said he would run. Lopes is popular in the north."))
    assert {found.entities[m.cluster].label for m in found.mentions if m.text == "Lopes"} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a unit's word in lower case after the name, of any country's second level
        ("Three farmers were killed in Ngaoundal, Djerem department, on Friday.", "Djerem"),
        ("Gunmen attacked a school in Waripa district, Nduga regency, Highland Papua, police said.", "Nduga"),
        # the name that closes an address is the place above the one before it
        ("Gunmen attacked a school in Waripa district, Nduga regency, Highland Papua, police said.", "Highland Papua"),
        ("Rebels fired on a post in Sugapa district, Intan Jaya regency, Central Papua, the military said.",
         "Central Papua"),
    ],
)
def test_units_and_addresses_make_places(nlp, text, place):
    assert _labels(nlp, text).get(place) == "GPE"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("In Kyiv, Zelensky said the talks would resume.", "Zelensky", "PERSON"),
        ("Shelling hit Rylsk in the Kursk region, Governor Alexander Khinshtein said.", "Alexander Khinshtein",
         "PERSON"),
        ("The Los Angeles County district attorney Maria Okafor said the case was closed.", "Maria Okafor", "PERSON"),
        # a people's adjective before a unit's word is no place's name
        ("Kigali must withdraw its troops from Congolese territory, she said.", "Congolese", "NORP"),
        ("The Catholic parish opened a shelter on Monday.", "Catholic", "NORP"),
    ],
)
def test_a_name_after_a_place_that_ends_no_address_keeps_its_type(nlp, text, name, label):
    assert {m_label for m_text, m_label in _labels(nlp, text).items() if m_text.endswith(name)} == {label}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Jihadist violence has spread across the Sahel and into coastal West Africa.", "Sahel"),
        ("Jihadist violence has spread across the Sahel and into coastal West Africa.", "West Africa"),
        ("Exports to Asia and Europe rose, while Africa lagged.", "Asia"),
    ],
)
def test_a_region_of_the_world_is_an_area_not_a_state(nlp, text, region):
    assert _labels(nlp, text).get(region) == "LOC"


def test_a_country_named_for_its_continent_stays_a_state(nlp):
    labels = _labels(nlp, "South Africa and the Central African Republic signed a trade deal.")
    assert labels.get("South Africa") == "GPE"


@pytest.mark.parametrize("text, place, label", [
    ("The railway will run between the border town of Thakhek and Cha Lo.", "Cha Lo", "PERSON"),
])
def test_a_name_coordinated_with_a_place_where_the_pair_is_is_a_place(nlp, text, place, label):
    doc = nlp(text)
    at = text.index(place)
    doc.ents = [e for e in doc.ents if e.end_char <= at or e.start_char >= at + len(place)] \
        + [doc.char_span(at, at + len(place), label=label)]
    doc.ents = sorted(doc.ents, key=lambda e: e.start)
    assert (place, "GPE") in {(e.name, e.label) for e in extract_entities(doc).entities}


def test_people_coordinated_in_talks_stay_people(nlp):
    assert {("Ruslan Dzarakhov", "PERSON"), ("Kandahar", "GPE")} <= typed_entities(
        nlp, "The talks between Ruslan Dzarakhov and Kandahar elders took place in Kandahar on Monday.")


def test_a_titled_person_after_a_place_and_a_comma_stays_a_person(nlp):
    # the parse the model gives such a line at times: the person joined to the place before the comma
    from spacy.tokens import Doc

    from transforms.entities.place_roles import places_named_with_places
    words = ["In", "Taipei", ",", "Officer", "Karen", "Liao", "said", "orders", "doubled", "."]
    heads = [6, 0, 1, 5, 5, 1, 6, 8, 6, 6]
    deps = ["prep", "pobj", "punct", "compound", "compound", "conj", "ROOT", "nsubj", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, True, True, True, False, False],
              heads=heads, deps=deps)
    text = doc.text
    cands = [Candidate(3, 9, "Taipei", "GPE"), Candidate(text.index("Officer"), text.index(" said"), "Officer Karen Liao",
                                                         "PERSON")]
    assert [c.label for c in places_named_with_places(doc, cands)] == ["GPE", "PERSON"]

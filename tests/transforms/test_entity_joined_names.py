"""Names the tokenizer splits at their hyphens and the model cuts, reads as a person's or misses: izafe
names of bodies and places, and a body's acronym with its branch's letters."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.cut_names import acronyms_with_their_branch


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Police blamed Lashkar-e-Jhangvi for the bombing of the shrine.", "Lashkar-e-Jhangvi", "ORG"),
        ("The Jaish-e-Adl group said it had planted the device.", "Jaish-e-Adl", "ORG"),
        ("Supporters of Pakistan Tehreek-e-Insaf marched on the capital.", "Pakistan Tehreek-e-Insaf", "ORG"),
        ("A bomb went off at a school in Pul-e-Alam on Sunday.", "Pul-e-Alam", "GPE"),
        ("Jamaat-ud-Dawa said on Monday that its offices had been sealed.", "Jamaat-ud-Dawa", "ORG"),
        # a person's given name of that shape, with a title before it and a surname after it
        ("Provincial Home Minister Zia-ul-Hassan Lanjar visited the police station on Sunday. \"We will find "
         "them,\" Lanjar said.", "Zia-ul-Hassan Lanjar", "PERSON"),
    ],
)
def test_an_izafe_name_is_whole_a_body_or_where_something_happens(nlp, text, name, label):
    found = typed_entities(nlp, text)
    assert (name, label) in found, found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fighters of the SPLM-N shelled the outskirts of Dilling overnight.", "SPLM-N"),
        ("The SPLM-IO said its forces had pulled back from the river port.", "SPLM-IO"),
    ],
)
def test_a_bodys_acronym_keeps_its_branchs_letters(nlp, text, name):
    found = typed_entities(nlp, text)
    assert (name, "ORG") in found, found
    assert (name.split("-")[0], "ORG") not in found, found


def test_an_acronym_with_a_model_letter_before_a_weapon_noun_is_a_thing(nlp):
    found = typed_entities(nlp, "Read more: Madrid to send four more IRIS-T launchers to Kyiv")
    assert not any(name.startswith("IRIS") and label == "ORG" for name, label in found), found


@pytest.mark.parametrize(
    "text, place, acronym",
    [
        ("Police in Khyber Pakhtunkhwa arrested three men. The KP government said the men had planned an attack "
         "in Peshawar.", "Khyber Pakhtunkhwa", "KP"),
        ("Bushfires spread across New South Wales overnight. NSW fire crews said two homes had burned near Dubbo.",
         "New South Wales", "NSW"),
        ("Floods hit the Central African Republic in July. Aid trucks bound for the CAR were stuck at the border "
         "for a week.", "Central African Republic", "CAR"),
    ],
)
def test_an_acronym_of_a_place_named_in_full_is_that_place(nlp, text, place, acronym):
    found = extract_entities(nlp(text))
    (entity,) = [e for e in found.entities if e.name == place]
    assert entity.label == "GPE"
    assert acronym in {m.text for m in found.mentions if found.entities[m.cluster] is entity}, found
    assert not any(e.name not in {place, "Peshawar", "Dubbo"} and e.label == "GPE" for e in found.entities), found


def test_two_letters_of_a_body_stay_the_bodys_beside_a_place_of_the_same_initials(nlp):
    found = typed_entities(nlp, "Fighting in Upper Nile forced 4,000 people from their homes, the UN said. "
                                "The UN asked for access to Nasir.")
    assert ("UN", "ORG") in found, found


def test_a_body_named_for_where_it_acts_is_whole_where_its_acronym_spells_it(nlp):
    found = extract_entities(nlp("Eight soldiers were killed when Al Qaeda in the Arabian Peninsula fighters attacked "
                                 "a checkpoint. Analysts said AQAP was exploiting the feud. Al Qaeda has lost ground "
                                 "since 2020."))
    assert [(e.name, e.label) for e in found.entities] == [("Al Qaeda in the Arabian Peninsula", "ORG")], found


def test_a_movements_members_by_its_name_are_the_movement(nlp):
    found = extract_entities(nlp("Officials said the Houthi militia had fired two drones. The Iran-backed Houthis, "
                                 "who control the capital, denied it."))
    (movement,) = [e for e in found.entities if e.label == "ORG"]
    assert {m.text for m in found.mentions if found.entities[m.cluster] is movement} == {"Houthi", "Houthis"}, found
    assert not any(e.label == "PERSON" for e in found.entities), found


def test_a_bodys_name_the_model_read_as_a_place_keeps_its_acronym(nlp):
    found = typed_entities(nlp, "The pact lets the Republic of Fiji Military Forces (RFMF) train with the navy. "
                                "Leaders of the Pacific Islands Forum (PIF) meet in Honiara next month.")
    assert {("Republic of Fiji Military Forces", "ORG"), ("Pacific Islands Forum", "ORG")} <= found, found


def test_a_hyphened_word_of_a_long_form_gives_one_letter_to_its_acronym(nlp):
    found = extract_entities(nlp("The minister called on the Organization for Security and Co-operation in Europe "
                                 "on Wednesday to plan a mission. The OSCE has people on the ground."))
    assert [(e.name, e.label) for e in found.entities if e.label == "ORG"] == [
        ("Organization for Security and Co-operation in Europe", "ORG")], found


def test_an_acronym_cut_before_the_hyphened_word_the_article_names_it_with_is_whole():
    text = "KOR-Umoja claimed the raid. The KOR-Umoja rebel movement said its fighters had withdrawn."
    first, second = text.index("KOR-Umoja"), text.index("KOR-Umoja", 10)
    cands = [Candidate(first, first + 9, "KOR-Umoja", "ORG"), Candidate(second, second + 3, "KOR", "ORG")]
    assert [c.text for c in acronyms_with_their_branch(text, cands)] == ["KOR-Umoja", "KOR-Umoja"]
    # "US-China talks": no name of the article is the joined form
    text = "The US-China talks ended. The US said it would reply."
    assert [c.text for c in acronyms_with_their_branch(text, [Candidate(4, 6, "US", "ORG")])] == ["US"]


def test_an_acronym_always_written_with_its_hyphened_word_is_whole_with_it():
    text = "Fighters of SLC-Dhulbahante attacked the post. SLC-Dhulbahante said two of its men had died."
    first, second = text.index("SLC-Dhulbahante"), text.index("SLC-Dhulbahante", 10)
    cands = [Candidate(first, first + 3, "SLC", "ORG"), Candidate(second, second + 3, "SLC", "ORG")]
    assert [c.text for c in acronyms_with_their_branch(text, cands)] == ["SLC-Dhulbahante", "SLC-Dhulbahante"]


def test_an_acronym_before_a_hyphened_place_stays_apart_from_it():
    text = "The EU-Moldova summit opened in Chisinau. The EU said it would pay for the power line."
    start = text.index("EU-Moldova")
    cands = [Candidate(start, start + 2, "EU", "ORG")]
    assert [c.text for c in acronyms_with_their_branch(text, cands)] == ["EU"]


def test_a_romance_institutions_head_read_as_a_place_runs_on_through_its_name(nlp):
    # the model reads the head alone as a place and leaves the rest untagged
    text = "Ana Ruiz, an infectious disease specialist at the Universidad Mayor de San Andrés in La Paz, led the trial."
    assert ("Universidad Mayor de San Andrés", "ORG") in typed_entities(nlp, text)

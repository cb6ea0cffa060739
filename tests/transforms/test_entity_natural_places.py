"""Seas, straits, rivers, plains and regions of the world: natural places (LOC), which no state governs
as such and the entity tables leave out of their people, bodies and states."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities


@pytest.mark.parametrize(
    "text, name",
    [
        # the head word of a water or a landform closes the name
        ("Drones struck a freighter in the Bab el-Mandeb Strait.", "Bab el-Mandeb Strait"),
        # a channel named for the land beside it, and "the Channel" alone
        ("A cargo ship was hit near the Mozambique Channel, while a tanker sank further south.", "Mozambique Channel"),
        ("Migrants crossed the Channel in small boats.", "Channel"),
        # a lower-case noun of land or water after the name, and a direction from a name with "the"
        ("Farmers on the Ruzizi plain lost their crops, and talks on the Syr Darya basin resumed.", "Ruzizi"),
        ("Farmers on the Ruzizi plain lost their crops, and talks on the Syr Darya basin resumed.", "Syr Darya"),
        ("Hundreds fled east of the Euphrates after the raid.", "Euphrates"),
        # regions of the world whatever the model typed
        ("Tensions grew in the Indo-Pacific this year.", "Indo-Pacific"),
    ],
)
def test_natural_places_are_no_states_bodies_or_people(nlp, text, name):
    assert not {label for n, label in typed_entities(nlp, text) if n == name} & {"GPE", "ORG", "PERSON"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        # a broadcaster's channel is a body
        ("The Discovery Channel will air the film.", "Discovery Channel", "ORG"),
        # a town south of which things happen
        ("Fighting raged south of Kherson on Monday.", "Kherson", "GPE"),
    ],
)
def test_bodies_and_towns_near_such_words_keep_their_type(nlp, text, name, label):
    assert (name, label) in typed_entities(nlp, text)


def test_islands_are_governed_places(nlp):
    found = typed_entities(nlp, "The Leeds-based airline flies to more than 100 destinations. Demand for Spain and "
                                "the Canary Islands remained strong.")
    assert ("Canary Islands", "GPE") in found


def test_a_place_the_model_cut_at_its_inner_arabic_article_is_one_place(nlp):
    found = typed_entities(nlp, "Troops opened fire near an aid point in the Tal as-Zaatar neighbourhood of Rafah "
                                "on Wednesday.")
    assert ("Tal as-Zaatar", "GPE") in found
    assert ("Tal", "GPE") not in found


@pytest.mark.parametrize(
    "text, landform",
    [
        ("The rover drilled a core near Sapphire Canyon last spring.", "Sapphire Canyon"),
        ("The lander touched down inside Gale crater in 2012.", "Gale"),
    ],
)
def test_a_canyon_or_a_crater_is_a_natural_place(nlp, text, landform):
    found = typed_entities(nlp, text)
    assert not any(name == landform and label in {"PERSON", "ORG", "GPE"} for name, label in found), found


def test_a_name_before_mountains_or_hills_in_lower_case_is_a_natural_place(nlp):
    text = "Jets struck a hideout in the Qarachogh mountains on Friday."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Qarachogh"), text.index("Qarachogh") + 9, label="ORG")]
    assert [(e.name, e.label) for e in extract_entities(doc).entities] == [("Qarachogh", "LOC")]

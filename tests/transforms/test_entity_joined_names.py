"""Names the tokenizer splits at their hyphens and the model cuts, reads as a person's or misses: izafe
names of bodies and places, and a body's acronym with its branch's letters."""

import pytest

from tests.entities import typed_entities


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Police blamed Lashkar-e-Jhangvi for the bombing of the shrine.", "Lashkar-e-Jhangvi", "ORG"),
        ("The Jaish-e-Adl group said it had planted the device.", "Jaish-e-Adl", "ORG"),
        ("Supporters of Pakistan Tehreek-e-Insaf marched on the capital.", "Pakistan Tehreek-e-Insaf", "ORG"),
        ("A bomb went off at a school in Pul-e-Alam on Sunday.", "Pul-e-Alam", "GPE"),
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

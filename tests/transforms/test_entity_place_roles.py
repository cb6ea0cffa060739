"""Names the model types as people that the article only uses as places: sentences written for the class."""

import pytest

from transforms.entities import extract_entities


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

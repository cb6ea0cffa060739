"""A quote whose speaker is a role ("the mayor said") goes to the person the article named in it."""

import pytest

from transforms.entities import extract_entities
from transforms.quotes import extract_quotes


def _speakers(nlp, text):
    doc = nlp(text)
    found = extract_entities(doc)
    return [
        found.entities[q.speaker_cluster].name if q.speaker_cluster is not None else None
        for q in extract_quotes(doc, found, indirect=False)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # passive predicate nominal ("was elected mayor"), then "the city's mayor"
        ('Karel Dvorak was elected mayor of Ostrava last spring. On Monday the city\'s mayor said: '
         '"The tram line will be finished before the winter."',
         ["Karel Dvorak"]),
        # copula ("is the governor"), then the role alone
        ('Miriam Osei is the governor of the central bank. "Inflation will fall below four percent '
         'by the end of next year," the governor told reporters.',
         ["Miriam Osei"]),
        # relative clause ("who is the coach")
        ('Tomas Lind, who is the coach of the national team, picked three new players. '
         '"They earned their places with a great season in the league," the coach said.',
         ["Tomas Lind"]),
        # "served as"
        ('Elena Petrova served as treasurer of the charity for ten years. "We never spent a cent '
         'that was not accounted for," the treasurer said in an interview.',
         ["Elena Petrova"]),
        # two people hold the role and nothing in "the mayor" picks one: no speaker rather than a guess
        ('Anna Berg, the mayor of Lund, met Ola Stam, the mayor of Malmo, on Tuesday. '
         '"We will cooperate on transport," the mayor said.',
         [None]),
    ],
)
def test_role_resolves_to_named_holder(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the bare surname is tagged NORP (it is also a nationality word)
        ('The investor Mark Cuban spoke at the forum. "Nobody wants to hear about taxes on a Sunday," '
         'Cuban said.',
         ["Mark Cuban"]),
        # the bare surname is tagged NORP after a verb-first attribution
        ('Roman Sarkisian, a historian, studies the region. Sarkisian added, "The border has been '
         'disputed for a century and no treaty has changed that."',
         ["Roman Sarkisian"]),
    ],
)
def test_surname_mistagged_goes_to_named_person(nlp, text, expected):
    assert _speakers(nlp, text) == expected

"""A role noun as the speaker ("the judge said", "the mayor said:") is the person the article named in
that role, whatever form the role took there: a title before the name ("Justice", "Gov."), the noun
before it ("state senator"), or a role the name stands in apposition to ("the mayor of X, Jane Doe").
Sentences written for the case."""

import pytest

from transforms.entities import extract_entities
from transforms.quotes import quotes_and_speakers


def _speaker_of(nlp, text, opening):
    doc = nlp(text)
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    hits = [q for q in quotes if q.text.startswith(opening)]
    assert len(hits) == 1, f"no single quote opens with {opening!r}: {[q.text for q in quotes]}"
    cluster = hits[0].speaker_cluster
    return found.entities[cluster].name if cluster is not None else None


ROLES = [
    # a title before the name, and the role noun news uses for that title afterwards
    (
        "A court in Mombasa on Thursday blocked the sale of the port's container terminal. Justice Amina "
        "Wekesa said the tender had broken procurement law.\n\n\"No public asset may be sold in a closed "
        "room,\" the judge said in her ruling.",
        "No public asset",
        "Amina Wekesa",
    ),
    (
        "Gov. Harold Pryce signed the water bill on Monday after months of delay.\n\n\"Farmers have waited "
        "long enough for this,\" the governor said at the signing.",
        "Farmers have waited",
        "Harold Pryce",
    ),
    # the role named in an "of" phrase with the name in apposition, then a colon introduction
    (
        "The mayor of Eastbrook, Nadia Keller, opposed the closure of the rail depot. Workers marched on "
        "the town hall on Friday.\n\nThe mayor said on Saturday: \"We will fight for every one of these "
        "jobs.\"",
        "We will fight",
        "Nadia Keller",
    ),
    # the noun right before the name is the role, not the words that qualify it
    (
        "Former state senator Lionel Marsh won the primary on Tuesday by eleven points.\n\n\"The voters "
        "asked for change and they will get it,\" the senator said.",
        "The voters asked",
        "Lionel Marsh",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ROLES)
def test_a_role_noun_speaks_for_the_person_named_in_that_role(nlp, text, opening, speaker):
    assert _speaker_of(nlp, text, opening) == speaker


def test_a_body_named_by_a_common_noun_is_not_the_person_named_for_a_modifier(nlp):
    text = (
        "Former state senator Lionel Marsh won the primary on Tuesday.\n\nThe state's election board "
        "wrote on its website: \"Every ballot has now been counted twice and the result stands.\""
    )
    assert _speaker_of(nlp, text, "Every ballot") != "Lionel Marsh"

"""Small places the model cannot know, read as people or bodies: where an act happens says what they are."""

import pytest

from transforms.entities import extract_entities


def _entities(nlp, text):
    return {(e.name, e.label) for e in extract_entities(nlp(text)).entities}


@pytest.mark.parametrize(
    "text, place",
    [
        # "in" or "towards" after a verb, "to" after a verb of going
        ("Gunmen killed four farmers in Tadokuri late on Sunday, local officials said.", "Tadokuri"),
        ("Flights were diverted to Umbaresh after the runway was damaged.", "Umbaresh"),
        ("Troops pursued the raiders towards Kilambo on Friday.", "Kilambo"),
        # the residents of a place, an island of a place
        ("Residents of Ondoroko said the water had run out.", "Ondoroko"),
        ("Fighters stormed a post on the island of Mbereke in Lac province.", "Mbereke"),
    ],
)
def test_a_name_news_seldom_writes_is_a_place_where_an_act_happens(nlp, text, place):
    assert (place, "GPE") in _entities(nlp, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        # names English writes often keep the model's reading
        ("The senator served in Congress for a decade.", "Congress", "ORG"),
        ("Fighting in Hamas ranks, he was wounded twice.", "Hamas", "ORG"),
        # a house of parliament takes "the"; a town seldom does
        ("The bill passed in the Storting by 90 votes to 79 on Tuesday.", "Storting", "ORG"),
    ],
)
def test_names_english_writes_often_keep_their_type(nlp, text, name, label):
    assert (name, label) in _entities(nlp, text)

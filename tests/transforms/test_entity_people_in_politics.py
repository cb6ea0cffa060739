"""Classes of error met on real political news: a politician whose surname is also a small town
abroad, a senator's party tag read as an acronym, a title-case headline's preposition run into a
name, and a person's name the model read as a body in a list of people."""

import pytest

from transforms.entities import extract_entities


def _entities(nlp, text):
    return {(e.name, e.label) for e in extract_entities(nlp(text)).entities}


@pytest.mark.parametrize(
    "text, name",
    [
        # "Bush" is also a town in Egypt, "Rubio" one in Venezuela, "Obama" one in Japan
        ("The Bush administration defended the tax cuts, and allies of Bush in the Senate praised them.", "Bush"),
        ("Voters who backed Rubio in the primary now lean toward the governor, and Rubio's donors have gone "
         "quiet.", "Rubio"),
        ("Republicans doubt that Obama can sell the deal, and what Obama says about it will matter.", "Obama"),
        # "in" before a possessive puts what the person owns somewhere, not the person
        ("Voters have lost faith in Obama's promises, and Obama knows it.", "Obama"),
    ],
)
def test_a_surname_that_is_a_town_abroad_stays_the_person(nlp, text, name):
    assert (name, "PERSON") in _entities(nlp, text)


@pytest.mark.parametrize(
    "text, place",
    [
        # guards: the town in a story of its country, in an address, and where something happens
        ("Venezuelan troops entered Rubio on Monday, residents said.", "Rubio"),
        ("The blast in Druzhkivka damaged a school.", "Druzhkivka"),
    ],
)
def test_a_town_of_the_story_stays_the_town(nlp, text, place):
    assert (place, "GPE") in _entities(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The plan was backed by Sen. Dana Whitfield (R-TX) and two colleagues.", "Dana Whitfield"),
        ("Critics include Sen. Marco Rubio (R-FL) and several governors.", "Marco Rubio"),
    ],
)
def test_a_party_tag_is_no_acronym_of_a_body(nlp, text, person):
    assert (person, "PERSON") in _entities(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Rand Paul Lands A Punch On Donald Trump", "Donald Trump"),
        ("Why The Governor's Attacks On Hillary Clinton Could Backfire", "Hillary Clinton"),
    ],
)
def test_a_headline_preposition_is_no_given_name(nlp, text, person):
    assert (person, "PERSON") in _entities(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("At the forum, Jeb Bush, Ben Carson and Carly Fiorina took questions on trade.", "Carly Fiorina"),
        ("Donald Trump, Ben Carson, and Carly Fiorina criticised the decision.", "Carly Fiorina"),
    ],
)
def test_a_name_in_a_list_of_people_is_a_person(nlp, text, person):
    assert (person, "PERSON") in _entities(nlp, text)


def test_a_company_in_a_list_of_people_stays_the_company(nlp):
    assert ("Microsoft", "ORG") in _entities(nlp, "Tim Cook, Satya Nadella and Microsoft met the president.")


@pytest.mark.parametrize(
    "text, seat",
    [
        ("The two leaders met at the White House on Monday.", "White House"),
        ("Protesters gathered outside the Kremlin on Sunday.", "Kremlin"),
        ("Reporters waited in Downing Street for the prime minister's statement.", "Downing Street"),
    ],
)
def test_a_seat_of_power_is_the_office_wherever_it_stands(nlp, text, seat):
    assert (seat, "ORG") in _entities(nlp, text)

"""Where an attack happened: the most specific place the sentence gives it."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

THURSDAY = date(2026, 11, 26)


def _place(nlp, text: str, event_type: str = "ASSAULT") -> str | None:
    doc = nlp(text)
    found = extract_entities(doc)
    event = next(e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == event_type)
    if event.location_cluster is not None:
        return found.entities[event.location_cluster].name
    return event.location_text


@pytest.mark.parametrize(
    "text, place",
    [
        # the port, not the sea it lies on
        ("Ukrainian drones struck an oil depot in the Baltic Sea port of Ust-Luga overnight, officials said.",
         "Ust-Luga"),
        # a spot by a named town
        ("A drone strike on a motorbike on the outskirts of Marjayoun killed one man on Sunday.", "Marjayoun"),
        ("An airstrike on a school west of Deir al-Balah killed six people on Monday.", "Deir al-Balah"),
        # "X township", "X village": the settlement, not the region around it
        ("In neighbouring Sagaing region, army artillery shelled Pale township on Friday, killing two farmers.",
         "Pale"),
        # a town's quarter, named before the town, even where a headline named the town
        ("Israeli strike on Gaza City school kills seven\n\nAn Israeli air strike on a school in the Tuffah "
         "neighbourhood of eastern Gaza City killed seven people on Monday.", "Tuffah"),
        ("An Israeli strike hit Gaza City on Monday, killing five people. The missile struck a house in the "
         "Zeitoun neighbourhood of the city.", "Zeitoun"),
        ("Later on Monday, a drone strike killed two men near the eastern edge of the Shujaiya area of Gaza City.",
         "Shujaiya"),
        # where the attack the toll came from took place
        ("Two soldiers were killed on Sunday when gunmen attacked a checkpoint in Guihulngan City.",
         "Guihulngan City"),
        # a region's adjective before "the town of X" names no place
        ("Two people were killed and five injured when drones hit the northern Crimean town of Dzhankoi overnight.",
         "Dzhankoi"),
    ],
)
def test_most_specific_place(nlp, text, place):
    assert _place(nlp, text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # the village, with the district, township or territory it lies in said after it
        ("A drone strike on a pickup truck in Deir Mimas, in Marjayoun district, killed two men on Friday.",
         "Deir Mimas"),
        ("A guided bomb hit a clinic in the village of Zolota Balka, in Beryslav district, on Saturday, "
         "wounding five people.", "Zolota Balka"),
        ("Fighters attacked a school in Kitshanga, a farming village in Masisi territory, on Monday, killing three.",
         "Kitshanga"),
        ("A jet bombed a school in Nyaung Pin village in Magway region's Saw Township on Sunday, killing four.",
         "Nyaung Pin"),
        ("Militants stormed a police post in Mir Ali, North Waziristan district, killing two officers.", "Mir Ali"),
        # alone, the district is the place
        ("Artillery shelled Marjayoun district overnight, wounding three farmers.", "Marjayoun"),
    ],
)
def test_the_village_not_the_area_it_lies_in(nlp, text, place):
    assert _place(nlp, text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a region in the lead, the village in the next sentence
        ("An air strike by Sudan's army on a village in North Darfur state killed at least 14 people on Sunday, "
         "residents said.\n\nThe bombs hit a market in the village of Kutum, where families had gathered.", "Kutum"),
        # a country named first stays the place
        ("Russian missiles struck Ukraine's power grid overnight, officials said.\n\n"
         "The missiles hit a power plant near the city of Burshtyn.", "Ukraine"),
    ],
)
def test_place_over_sentences(nlp, text, place):
    assert _place(nlp, text) == place


@pytest.mark.parametrize(
    "text, place",
    [
        ("Clashes erupt in Sudan as Jeddah talks resume", "Jeddah"),
        ("The Geneva talks between Armenia and Azerbaijan ended on Friday.", "Geneva"),
    ],
)
def test_talks_named_after_their_city_are_held_there(nlp, text, place):
    doc = nlp(text)
    found = extract_entities(doc)
    event = next(e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == "CONSULT")
    names = {found.entities[c].name for c in (event.actor_cluster, event.target_cluster) if c is not None}
    assert found.entities[event.location_cluster].name == place
    assert place not in names


@pytest.mark.parametrize(
    "text, place",
    [
        # a settlement noun of any kind before "of" names where the attack was
        ("The governor said that a drone had hit a fuel depot in the settlement of Tetkino, near the border.",
         "Tetkino"),
        ("Shells struck a school in the hamlet of Dorenka on Monday, officials said.", "Dorenka"),
        ("A rocket hit a clinic in the camp of Zamzara overnight, aid workers said.", "Zamzara"),
    ],
)
def test_a_settlement_of_any_kind_is_the_place(nlp, text, place):
    assert _place(nlp, text) == place


def _consult(nlp, text: str):
    doc = nlp(text)
    found = extract_entities(doc)
    event = next(e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == "CONSULT")
    name = found.entities[event.location_cluster].name if event.location_cluster is not None else event.location_text
    actor = found.entities[event.actor_cluster].name if event.actor_cluster is not None else event.actor_text
    return name, actor


@pytest.mark.parametrize(
    "text",
    [
        # a call is held nowhere, whatever place the sentence or the one before names
        "The port of Gdansk reopened on Monday.\n\nLater, Prime Minister Donald Tusk spoke by phone with "
        "Chancellor Friedrich Merz about the border, his office said.",
        "President William Ruto held a video call with Prime Minister Abiy Ahmed on Tuesday about the dam, "
        "known in Ethiopia as GERD.",
        # the visitor's country is who came, not where they met
        "President Gustavo Petro held talks with visiting Ecuadorean President Daniel Noboa on Friday.",
    ],
)
def test_talks_at_a_distance_or_with_a_visitor_have_no_borrowed_place(nlp, text):
    assert _consult(nlp, text)[0] is None


def test_the_one_a_relative_clause_hangs_on_held_the_talks(nlp):
    text = ("The UN envoy Volker Perthes, who held talks with Egypt's ambassador, Ahmed Fouad, in Cairo on Monday, "
            "urged both sides to return to the table.")
    assert _consult(nlp, text) == ("Cairo", "Volker Perthes")


def test_where_an_attack_took_place_is_its_place_and_where_the_wounded_were_taken_is_not(nlp):
    text = ("The attack took place in the village of Hrakove on Monday, killing two people.\n\n"
            "Five more people were wounded and taken to hospital in Chuhuiv, officials said.")
    assert _place(nlp, text) == "Hrakove"


def test_a_village_named_like_a_far_town_is_the_village(nlp):
    # "Yoro" is also a town in Honduras: in a story about Mali the village is where it happened
    text = ("Mali: gunmen kill 12 in attack on market in Mopti region\n\nGunmen attacked the village of Yoro in "
            "central Mali on Sunday, killing 12 traders, officials in Bamako said.")
    assert _place(nlp, text) == "Yoro"


@pytest.mark.parametrize(
    "text, place",
    [
        ("The prime minister met the opposition leaders at Government House in Lae on Wednesday.", "Lae"),
        ("The two presidents met at the Union Buildings in Pretoria on Wednesday to discuss trade.", "Pretoria"),
    ],
)
def test_a_meeting_in_a_building_of_a_town_took_place_in_the_town(nlp, text, place):
    assert _place(nlp, text, "CONSULT") == place

"""Wire copy and results pages: headlines in capitals, scores after names, names inside numbers."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.wire import shouted_names, strip_scores


@pytest.mark.parametrize(
    "surface, label, kept",
    [
        ("Denmark 1", "FAC", "Denmark"),            # a place the gazetteer knows, whatever the label
        ("Anna Kowalski 6-2 6-3", "PERSON", "Anna Kowalski"),
        ("Norway 3-1", "GPE", "Norway"),
        ("Channel 4", "ORG", "Channel 4"),           # an organisation's number is its name
        ("Apollo 11", "PRODUCT", "Apollo 11"),
        ("Steelworkers Local 3664", "ORG", "Steelworkers Local 3664"),
    ],
)
def test_a_score_is_cut_off_the_name_it_follows(surface, label, kept):
    (cand,) = strip_scores([Candidate(10, 10 + len(surface), surface, label)])
    assert cand.text == kept
    assert cand.end - cand.start == len(kept)


HEADLINE_ARTICLE = (
    "ATHLETICS - NEW WORLD MARK FOR KENYAN RUNNER IN LYON .\n\n"
    "LYON 2024-07-09\n\n"
    "Marie Dubois set a new world mark over 5,000 metres in Lyon on Tuesday , her coach said .\n"
)


def test_shouted_headline_words_are_not_names_but_known_places_are(nlp):
    found = typed_entities(nlp, HEADLINE_ARTICLE)
    names = {name.lower() for name, _ in found}
    assert not any("athletics" in n or "runner" in n for n in names), found
    assert ("Marie Dubois", "PERSON") in found
    assert any(name.lower() == "lyon" and label == "GPE" for name, label in found)


def test_a_shouted_name_also_written_in_mixed_case_is_kept():
    text = "TENNIS - PETE SAMPRAS WINS\n\nPete Sampras won on Sunday.\n"
    loud = Candidate(text.index("PETE"), text.index("PETE") + 11, "PETE SAMPRAS", "ORG")
    quiet = Candidate(text.index("Pete"), text.index("Pete") + 11, "Pete Sampras", "PERSON")
    kept = shouted_names(text, [loud, quiet])
    assert [(c.text, c.label) for c in kept] == [("PETE SAMPRAS", "PERSON"), ("Pete Sampras", "PERSON")]


def test_a_shouted_masthead_takes_the_label_the_story_gives_its_name_most_often():
    text = ("STEPPE WIRE\n\nASTANA (Steppe Wire) - Grain exports rose, Steppe Wire reported. "
            "All rights belong to Steppe Wire.\n")
    at = [i for i in range(len(text)) if text.startswith("Steppe Wire", i)]
    cands = [Candidate(0, 11, "STEPPE WIRE", "ORG"), Candidate(at[0], at[0] + 11, "Steppe Wire", "ORG"),
             Candidate(at[1], at[1] + 11, "Steppe Wire", "ORG"), Candidate(at[2], at[2] + 11, "Steppe Wire", "GPE")]
    assert shouted_names(text, cands)[0].label == "ORG"


def test_an_article_all_in_capitals_is_left_as_it_is():
    text = "MINISTER JOHN OKAFOR MET THE DELEGATION IN ABUJA ON MONDAY .\n"
    cand = Candidate(text.index("JOHN"), text.index("JOHN") + 11, "JOHN OKAFOR", "PERSON")
    assert shouted_names(text, [cand]) == [cand]


@pytest.mark.parametrize(
    "text, teams",
    [
        ("Results on Saturday :\n\nPeru 15 Chile 10\n\nNorway 22 Sweden 19\n", {"Peru", "Chile", "Norway", "Sweden"}),
        ("Italy beat Austria 2-1 in Turin on Sunday , and Greece drew 0-0 with Portugal .",
         {"Italy", "Austria", "Greece", "Portugal"}),
    ],
)
def test_teams_in_a_results_line_are_found_without_their_scores(nlp, text, teams):
    found = typed_entities(nlp, text)
    names = {name for name, _ in found}
    assert teams <= names, found
    assert not any(ch.isdigit() for name in names for ch in name), found



# Wire items in the style of agency copy of the 1990s: a headline in capitals, a dateline, results lines.
_RESULTS_ITEM = """SOCCER - ROVERS SNATCH LATE WIN OVER CITY.
MANCHESTER 1996-09-14
Blackburn Rovers beat Manchester City 2-1 on Saturday with a late goal from striker Alan Shearer.
English premier league results on Saturday:
Leeds 2 Aston Villa 0
Sheffield Wednesday 0 Everton 0
Wimbledon 4 Tottenham 2
"""
_TENNIS_ITEM = """TENNIS - SELES BEATS HINGIS IN TORONTO FINAL.
TORONTO 1996-08-18
Monica Seles of the United States beat Switzerland's Martina Hingis 6-3 6-2 in the final on Sunday.
"""
_CRICKET_ITEM = """CRICKET - HOSTS LOSE BY NINE WICKETS.
LONDON 1996-08-26
Pakistan beat England by nine wickets in the third test on Monday to win the series 2-0.
"""
_NEWS_ITEM = """RUSSIA SAYS TALKS TO RESUME NEXT WEEK.
MOSCOW 1996-08-22
Fighting in the capital has killed hundreds of civilians this month, the Red Cross said.
Security chief Alexander Lebed told Interfax news agency that talks would resume.
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (_RESULTS_ITEM, {("Blackburn Rovers", "ORG"), ("Manchester City", "ORG"), ("Leeds", "ORG"),
                         ("Aston Villa", "ORG"), ("Sheffield Wednesday", "ORG"), ("Everton", "ORG"),
                         ("Wimbledon", "ORG"), ("Tottenham", "ORG"), ("Alan Shearer", "PERSON")}),
        (_TENNIS_ITEM, {("Monica Seles", "PERSON"), ("Martina Hingis", "PERSON"), ("Switzerland", "GPE")}),
        (_CRICKET_ITEM, {("Pakistan", "ORG"), ("England", "ORG")}),
        (_NEWS_ITEM, {("Red Cross", "ORG"), ("Interfax", "ORG"), ("Alexander Lebed", "PERSON")}),
        # A market report's movers are companies; a test between two countries in a story of innings, teams.
        ("MANILA 1996-12-03\nPhilippine shares ended lower on Tuesday.\nAyala Land fell 0.25 pesos, while Petron "
         "gained 1.50, brokers said.", {("Ayala Land", "ORG")}),
        ("Scoreboard of the third test between England and Pakistan on Thursday:\nEngland first innings 278 for 5",
         {("England", "ORG"), ("Pakistan", "ORG")}),
    ],
)
def test_teams_and_names_of_wire_items(nlp, text, expected):
    found = {(e.name, e.label) for e in extract_entities(nlp(text)).entities}
    assert expected <= found, found


def test_a_dateline_and_a_headline_name_one_place(nlp):
    entities = extract_entities(nlp(_TENNIS_ITEM)).entities
    assert [e.label for e in entities if e.name.lower() == "toronto"] == ["GPE"]


def test_a_press_release_headline_keeps_only_the_names_its_story_writes(nlp):
    text = ("Norvik Foods Reports Record Sales and Agrees to Buy Fjord Dairy for $400 Million\n\n"
            "Norvik Foods said on Tuesday that it would buy Fjord Dairy, a rival based in Bergen, for $400 million.")
    mentions = {m.text for m in extract_entities(nlp(text)).mentions}
    assert {"Norvik Foods", "Fjord Dairy"} <= mentions, mentions
    assert not mentions & {"Agrees", "Norvik Foods Reports", "Record Sales"}, mentions


def test_a_headline_in_title_case_below_the_masthead_names_only_what_the_story_names(nlp):
    text = ("The Daily Courier\n\nDrone Strike Kills Four at Bus Depot in Border Town of Vesk, Mayor Says\n\n"
            "Four people were killed when a drone hit a bus depot in the town of Vesk on Friday morning, the mayor "
            "said in a statement.\n")
    names = {name for name, _ in typed_entities(nlp, text)}
    assert "Vesk" in names and not any("Kills" in name or "Says" in name for name in names)


@pytest.mark.parametrize(
    "text, places",
    [
        ("PORT-AU-PRINCE, Haiti - Gunmen killed at least 12 people in an overnight attack, police said on Sunday.\n",
         {"PORT-AU-PRINCE", "Haiti"}),
        ("SAINT-DENIS, Reunion - A cyclone hit the island on Monday, officials said.\n", {"SAINT-DENIS", "Reunion"}),
        ("EL OBEID / KADUGLI - Shelling killed four people on Friday, residents said.\n", {"EL OBEID", "KADUGLI"}),
    ],
)
def test_the_places_of_a_dateline_are_whole(nlp, text, places):
    found = {(m.text, m.label) for m in extract_entities(nlp(text)).mentions}
    assert {(place, "GPE") for place in places} <= found, found
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize("dateline", ["TAIPEI - ", "TAIPEI, 3 April - ", "TAIPEI, Taiwan, April 3 (Reuters) - "])
def test_a_name_run_into_a_dateline_is_the_storys_first(nlp, dateline):
    text = (f"Profit jumps at chip firm\n\n{dateline}Orvane Corp. said on Thursday its first-quarter profit rose "
            "41 percent, helped by orders from cloud providers.\n")
    found = typed_entities(nlp, text)
    assert ("Orvane Corp.", "ORG") in found and ("Taipei", "GPE") in {(n.title(), label) for n, label in found}


@pytest.mark.parametrize("place", ["TURBAT", "GWADAR", "ZHOB"])
def test_a_dateline_closed_by_a_colon_is_its_place(nlp, place):
    text = f"Blast kills three in market\n\n{place}: At least three people were killed when a bomb went off in a market."
    assert (place, "GPE") in typed_entities(nlp, text)


@pytest.mark.parametrize("dateline", ["SAN ISIDRO TALAVERA, Nueva Ecija (PhilStar / 4 June) — ",
                                      "KOTO MAMBANGO, Lanao del Sur - ", "KIBWEZI NDOGO, Kenya - "])
def test_a_dateline_town_the_gazetteer_does_not_know_is_a_place_before_a_known_one(nlp, dateline):
    text = f"Floods cut off villages\n\n{dateline}Floodwater cut off four villages on Monday, officials said.\n"
    town = dateline.split(",")[0]
    found = {(m.text, m.label) for m in extract_entities(nlp(text)).mentions}
    assert (town, "GPE") in found, found


def test_a_datelines_place_stops_at_the_dash_before_the_sentences_count(nlp):
    found = typed_entities(nlp, "ERBIL, Kurdistan Region - Three Yazidi families returned to Sinjar on Sunday.")
    assert ("Kurdistan Region", "GPE") in found, found

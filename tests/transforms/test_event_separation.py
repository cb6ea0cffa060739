"""Which sentences tell another event than the ones before them, and which words tell none: each case
is an article or a sentence written for the class it tests."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

FRIDAY = date(2026, 10, 16)


def _events(nlp, text, event_type):
    doc = nlp(text)
    found = extract_entities(doc)
    return found, [e for e in extract_events(doc, found, published=FRIDAY) if e.event_type == event_type]


def _name(found, cluster, text):
    return found.entities[cluster].name if cluster is not None else text


LEAD = ("Russian missiles struck the city of Poltava overnight, killing five people and injuring 11, the regional "
        "governor said.\n\n")


@pytest.mark.parametrize(
    "second",
    [
        # the writer marks the sentence as another event
        "Separately, a Russian glide bomb hit the village of Kozacha Lopan, injuring two women.",
        "Elsewhere, Russian artillery shelled the village of Velyka Pysarivka, damaging a school.",
        "In a separate attack, a drone struck a car near the village of Myropillia, wounding its driver.",
        "Also on Thursday, Russian troops shelled the village of Velyka Pysarivka, wounding a farmer.",
        # "also" on the verb of force
        "Russian forces also attacked Krasnopillia hromada with guided bombs, damaging a bridge.",
        # another region named at the start
        "In neighbouring Kharkiv Oblast, a guided bomb hit a house in the village of Zolochiv, injuring a man.",
        # the national tally of the night
        "Nationwide, Russia launched 86 drones and four missiles against Ukraine overnight, the air force said.",
        "Across the country, Russian forces fired 90 drones overnight, according to the air force.",
    ],
)
def test_a_sentence_marked_as_another_attack_is_another_event(nlp, second):
    _, assaults = _events(nlp, LEAD + second, "ASSAULT")
    assert len(assaults) == 2


@pytest.mark.parametrize(
    "second",
    [
        # more of the same attack: "also" on a toll, a definite attack noun, or a verb of force at no other place
        "Two firefighters were also killed, the governor said.",
        "The strike also damaged a power substation and a kindergarten.",
        "A second missile also hit a kindergarten.",
    ],
)
def test_more_about_the_attack_stays_one_event(nlp, second):
    _, assaults = _events(nlp, LEAD + second, "ASSAULT")
    assert len(assaults) == 1


def test_a_national_tally_takes_in_no_village_attack(nlp):
    text = ("Nationwide, Russia launched 86 drones and four missiles against Ukraine overnight, the air force "
            "said.\n\nIn the Sumy region, a drone hit a house in the village of Bilopillia, injuring three people.")
    _, assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 2


def test_an_attack_in_another_town_with_its_own_toll_is_another_event(nlp):
    text = ("A drone struck a cattle market in Rutshuru on Wednesday, local sources said.\n\n"
            "In Ituri province, suspected rebels killed at least seven people in an attack on the village of "
            "Ndalya, a local official said.")
    _, assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 2


def test_shells_landing_on_a_market_of_the_town_are_the_same_attack(nlp):
    text = ("At least nine civilians were killed on Saturday when the rebels shelled the town of Dilling, local "
            "authorities said.\n\nThe governor said that artillery shells landed on the Souq al-Nur market.")
    _, assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 1


@pytest.mark.parametrize(
    "text, event_type",
    [
        # the place is the attack's, not the talks'
        ("Talks resume after an Israeli raid in Quneitra that killed four", "CONSULT"),
        # the place is the strikes', not the meeting's
        ("Israeli strikes hit the town of Nabatieh on Friday, hours after officers from both countries met "
         "under the auspices of the monitoring committee.", "CONSULT"),
        # the place is the meeting's, not the clashes'
        ("The foreign ministers of Kenya and Somalia met in Nairobi on Thursday as fresh clashes were reported "
         "in the south of the country.", "ASSAULT"),
    ],
)
def test_a_place_of_the_other_event_is_not_this_ones(nlp, text, event_type):
    found, events = _events(nlp, text, event_type)
    assert [_name(found, e.location_cluster, e.location_text) for e in events] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        # a rate, a statistic
        "The World Health Organization says malaria kills about 600,000 people each year.",
        "Officials said the artillery fires 40 shells a day at the town.",
        # a plan, not an attack
        "The chancellor faces a backlash over a plan to raid pension savings.",
        "Police foiled a plot to kill the governor, officials said on Monday.",
        # an attack noun that names a kind of thing
        "The opposition said the tax cut would hand the government an easy attack line.",
        "The unit received ten new attack helicopters on Tuesday.",
        # a name written in capitals inside a sentence
        "The chancellor met bankers at 11 Downing Street on Monday.",
    ],
)
def test_words_of_force_that_tell_no_attack(nlp, text):
    _, assaults = _events(nlp, text, "ASSAULT")
    assert assaults == []


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Syrian and Israeli officials met in Paris on Monday for a new round of talks.", ["Syria", "Israel"]),
        ("The foreign ministers of Kenya and Ethiopia met in Nairobi on Thursday.", ["Kenya", "Ethiopia"]),
        ("Earlier on Thursday, Lebanese and Israeli officers attended a meeting in the town of Naqoura.",
         ["Lebanon", "Israel"]),
    ],
)
def test_parties_joined_in_the_subject_are_actor_and_target(nlp, text, parties):
    found, consults = _events(nlp, text, "CONSULT")
    assert [[_name(found, e.actor_cluster, e.actor_text), _name(found, e.target_cluster, e.target_text)]
            for e in consults] == [parties]


def test_a_delegation_and_its_leader_are_one_party(nlp):
    text = "A Hamas delegation led by Khalil al-Hayya met Egypt's intelligence chief in Cairo on Tuesday."
    found, consults = _events(nlp, text, "CONSULT")
    assert _name(found, consults[0].target_cluster, consults[0].target_text) != "Hamas"


@pytest.mark.parametrize(
    "text, n",
    [
        # a meal that is a meeting
        ("At a closed-door lunch on Wednesday, Republican senators pressed the majority leader on abortion.", 1),
        ("President Emmanuel Macron held a working dinner with Chancellor Olaf Scholz in Paris on Tuesday.", 1),
        ("The price of a school lunch rose on Monday.", 0),
        # a state of business, not a meeting told
        ("The drugmaker said it was in talks with two Indian manufacturers about production.", 0),
        # one body meeting alone
        ("The agency's advisory committee is due to review the vaccine at a meeting in March, a spokesperson said.",
         0),
        ("The Food and Drug Administration will discuss the application at a meeting in June.", 0),
    ],
)
def test_what_counts_as_a_meeting(nlp, text, n):
    _, consults = _events(nlp, text, "CONSULT")
    assert len(consults) == n


def test_negotiators_named_by_an_agent_are_actor_and_target(nlp):
    text = "The budget deal, negotiated by Senators Susan Collins and Tim Kaine, would fund the agencies."
    found, consults = _events(nlp, text, "CONSULT")
    assert [(_name(found, e.actor_cluster, e.actor_text), _name(found, e.target_cluster, e.target_text))
            for e in consults] == [("Susan Collins", "Tim Kaine")]


def test_meetings_of_one_pair_on_two_days_are_two_events(nlp):
    text = ("Senator Susan Collins met Senator Tim Kaine on Tuesday to discuss the budget, aides said.\n\n"
            "Collins met with Kaine and Treasury Secretary Scott Bessent on Wednesday afternoon.")
    _, consults = _events(nlp, text, "CONSULT")
    assert len(consults) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # a visit told by "travelled to", with its place
        ("Meanwhile, the UN's aid chief, Tom Fletcher, travelled to Kassala in eastern Sudan on Tuesday.",
         [("Tom Fletcher", "Kassala")]),
        # no person travelling, no visit
        ("Refugees travelled to Chad on foot, aid workers said.", []),
    ],
)
def test_a_person_travelling_to_a_place_visits_it(nlp, text, expected):
    found, consults = _events(nlp, text, "CONSULT")
    assert [(_name(found, e.actor_cluster, e.actor_text), _name(found, e.location_cluster, e.location_text))
            for e in consults] == expected


def test_the_sentence_naming_both_parties_orders_them(nlp):
    text = ("Kenya, Ethiopia ministers meet in Nairobi\n\n"
            "The foreign ministers of Kenya and Ethiopia met in Nairobi on Thursday for talks on the border.")
    found, consults = _events(nlp, text, "CONSULT")
    assert [(_name(found, e.actor_cluster, e.actor_text), _name(found, e.target_cluster, e.target_text))
            for e in consults] == [("Kenya", "Ethiopia")]


@pytest.mark.parametrize(
    "text, n",
    [
        # fighting told as going on is not the strike of a day with its toll
        ("Ukrainian troops are fighting to hold a line of villages south of Pokrovsk, the army said.\n\n"
         "In the town itself, a Russian drone struck the bus station on Monday, killing three people.", 2),
        ("Sudanese soldiers are fighting the paramilitaries around El Fasher, residents said. An artillery shell "
         "hit the city's main hospital on Sunday morning, killing five patients.", 2),
        ("Russian forces are attacking Kostiantynivka from three sides, the governor said.\n\n"
         "A guided bomb hit a school in the town on Saturday, killing two teachers.", 2),
        # one attack told in the past stays one with its toll
        ("Russian drones struck the bus station in Pokrovsk on Monday. The drones hit the station's waiting "
         "hall, killing three people.", 1),
    ],
)
def test_ongoing_fighting_is_not_a_strike_of_a_day(nlp, text, n):
    _, assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == n


@pytest.mark.parametrize(
    "text",
    [
        # an attack told with no place, then one "also" done to a named place
        "A guided bomb struck the town's market on Tuesday, killing two people.\n\n"
        "The city of Zaporizhzhia was also hit by drones overnight, injuring six.",
    ],
)
def test_an_also_attack_on_a_named_place_after_one_with_none_is_another_event(nlp, text):
    _, assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 2


def test_the_series_an_attack_is_the_latest_of_is_no_event_of_its_own(nlp):
    text = ("Gunmen killed six farmers and wounded three in an overnight raid on a village in the north, officials "
            "said on Wednesday, the latest in a string of attacks on farming communities near the border.")
    _, events = _events(nlp, text, "ASSAULT")
    assert len(events) == 1, [(e.sentence[:50], e.killed) for e in events]


"""Which sentences of an article report one event, and which words state none: each case is an
article written for the class it tests."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

MONDAY = date(2025, 6, 2)


def _events(nlp, text, event_type, published=None):
    doc = nlp(text)
    return [e for e in extract_events(doc, extract_entities(doc), published=published or MONDAY)
            if e.event_type == event_type]


def test_calls_between_other_parties_are_other_meetings(nlp):
    text = (
        "Leaders meet as the crisis deepens\n\n"
        "President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Sunday, the Elysee said.\n\n"
        "Separately, Prime Minister Mark Carney met President Claudia Sheinbaum in Ottawa on Monday."
    )
    consults = _events(nlp, text, "CONSULT")
    assert len(consults) == 2
    assert any("Carney" in e.sentence for e in consults)


def test_one_meeting_told_twice_stays_one(nlp):
    text = (
        "Prime Minister Mark Carney met President Claudia Sheinbaum in Ottawa on Monday.\n\n"
        "Carney and Sheinbaum discussed tariffs during the meeting, officials said."
    )
    assert len(_events(nlp, text, "CONSULT")) == 1


def test_an_overnight_attack_told_by_headline_and_lead_is_one_event(nlp):
    # The headline names the region, the lead the towns in it with the same toll; a bomb on a village of
    # the next region, with its own toll, is another attack.
    text = (
        "Russian attack on Sumy Oblast kills 3, injures 9\n\n"
        "Russian forces hit the city of Shostka and nearby villages in Sumy Oblast with drones overnight, "
        "killing three people and injuring nine, the governor said.\n\n"
        "In neighbouring Kharkiv Oblast, a Russian guided bomb hit a shop in the village of Zolochiv in "
        "Bohodukhiv district, injuring two people, Governor Oleh Syniehubov said."
    )
    assaults = _events(nlp, text, "ASSAULT")
    assert sorted((e.injured, e.killed) for e in assaults) == [(2, None), (9, 3)]


def test_other_injury_count_is_another_attack(nlp):
    text = (
        "Russian drones struck Kherson on Monday, injuring seven people, the governor said. "
        "A guided bomb hit a school in the town of Bilozerka, injuring two teachers, officials said."
    )
    assaults = _events(nlp, text, "ASSAULT")
    assert sorted(e.injured for e in assaults) == [2, 7]


def test_weapon_the_parse_hung_elsewhere_still_hits(nlp):
    text = ("In neighbouring Sumy region, a Russian glide bomb hit a warehouse in the village of Velyka "
            "Pysarivka on Monday, injuring four workers, the governor said.")
    assaults = _events(nlp, text, "ASSAULT")
    assert [e.injured for e in assaults] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "A Downing Street spokeswoman said the prime minister would attend the summit.",
        "Members of the Shelling Victims Association gathered in Kharkiv on Monday.",
        "The Raid Group, an investment firm, bought a stake in the company on Monday.",
        "Officers from the Attack Response Unit patrolled Summit County on Monday.",
    ],
)
def test_words_of_a_name_state_no_attack(nlp, text):
    assert _events(nlp, text, "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("President Gustavo Petro, who spoke to Prime Minister Mark Carney on Friday, said trade would grow.",
         "Gustavo Petro", "Mark Carney"),
        ("Foreign Minister Penny Wong talked to Wang Yi in Beijing on Monday.", "Penny Wong", "Wang Yi"),
    ],
)
def test_parties_of_a_call_in_a_relative_clause_or_with_to(nlp, text, actor, target):
    doc = nlp(text)
    found = extract_entities(doc)
    (consult,) = [e for e in extract_events(doc, found, published=MONDAY) if e.event_type == "CONSULT"]
    names = {e.cluster: e.name for e in found.entities}
    assert (names.get(consult.actor_cluster), names.get(consult.target_cluster)) == (actor, target)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary blocked a meeting between EU ministers and Ukraine in Brussels on Monday.",
        "Opposition parties boycotted talks with the government in Dhaka on Monday.",
        "Police prevented an attack on the embassy in Nairobi on Monday.",
    ],
)
def test_an_event_someone_blocked_did_not_happen(nlp, text):
    doc = nlp(text)
    assert [e for e in extract_events(doc, extract_entities(doc), published=MONDAY)
            if e.event_type in {"CONSULT", "ASSAULT"}] == []


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a headline names the region, the story the town: the town
        ("Drone attack on Sumy Oblast kills 3\n\nRussian drones hit the town of Shostka in Sumy Oblast on "
         "Monday, killing three people, the governor said.", "Shostka"),
        # no headline: the place the first report gives stays, though a later sentence is narrower
        ("Peace talks between Armenia and Azerbaijan began on Monday in Kazakhstan.\n\nThe talks in Almaty "
         "went on into the night.", "Kazakhstan"),
    ],
)
def test_the_story_not_the_headline_gives_the_place(nlp, text, location):
    doc = nlp(text)
    found = extract_entities(doc)
    events = [e for e in extract_events(doc, found, published=MONDAY) if e.event_type in {"ASSAULT", "CONSULT"}]
    assert [e.location_text or found.entities[e.location_cluster].name for e in events] == [location]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Moscow launched 40 drones at Odesa overnight, killing two people, officials said.", "ASSAULT", "Russia"),
        ("Nairobi held talks with the rebel leader Samuel Okoth in Mombasa on Monday.", "CONSULT", "Kenya"),
        # a capital attacked is the place of the attack, not its country acting
        ("Russian drones struck Kyiv on Monday, killing two people.", "ASSAULT", "Russia"),
    ],
)
def test_a_capital_acting_is_its_country(nlp, text, event_type, actor):
    doc = nlp(text)
    found = extract_entities(doc)
    (event,) = [e for e in extract_events(doc, found, published=MONDAY) if e.event_type == event_type]
    assert (event.actor_text or found.entities[event.actor_cluster].name) == actor


@pytest.mark.parametrize(
    "text, killed",
    [
        # the weapons of the attack just reported
        ("An air strike by Sudan's army on a village in North Darfur state killed at least 14 people on "
         "Sunday, residents said.\n\nThe bombs hit a market in the village of Kutum, where families had gathered.",
         14),
        # a toll that adds to the one before
        ("Russian forces shelled the town of Kupiansk in Kharkiv Oblast overnight, killing three people.\n\n"
         "A man and his daughter were killed when a shell struck their home in the village of Petropavlivka in "
         "Kupiansk district.\n\nTwo more people died after a drone hit a car on the outskirts of Balakliia.", 3),
    ],
)
def test_later_sentences_of_one_attack_join_it(nlp, text, killed):
    assaults = _events(nlp, text, "ASSAULT")
    assert [e.killed for e in assaults] == [killed]


def test_a_routine_of_shelling_is_no_attack(nlp):
    text = "Kherson lies across the river from Russian positions and is shelled almost daily."
    assert _events(nlp, text, "ASSAULT") == []


def test_a_clause_with_its_own_subject_keeps_its_own_actor(nlp):
    text = "A farmer was killed when a shell struck his house in the village of Tiahynka, Oleksandr Prokudin said."
    doc = nlp(text)
    found = extract_entities(doc)
    event = next(e for e in extract_events(doc, found, published=MONDAY) if e.event_type == "ASSAULT")
    actor = found.entities[event.actor_cluster].name if event.actor_cluster is not None else event.actor_text
    assert actor is None


def test_a_later_meeting_with_a_new_party_is_another_meeting(nlp):
    text = (
        "President Joseph Aoun received US envoy Morgan Ortagus at the palace in Baabda on Tuesday.\n\n"
        "Ortagus later met Speaker Nabih Berri at his residence in Ain el-Tineh."
    )
    assert len(_events(nlp, text, "CONSULT")) == 2


@pytest.mark.parametrize(
    "text, n",
    [
        ("Fighting has moved to the Darfur region over the past year, with both sides massing troops.", 0),
        ("Russian forces have shelled the villages of Kherson Oblast for months.", 0),
        # a span inside one day is still that day's attack
        ("Russian forces shelled Kherson for two hours on Monday, killing three people.", 1),
    ],
)
def test_force_over_a_span_of_time_is_no_attack_of_a_day(nlp, text, n):
    assert len(_events(nlp, text, "ASSAULT")) == n


@pytest.mark.parametrize(
    "text, n",
    [
        ("Libya agreed to hand over two men suspected of bombing an airliner over Niger in 1989.", 0),
        ("Parliament demanded that Moscow admit its troops killed 4,000 prisoners during World War Two.", 0),
        ("Kenya and Somalia held talks on the maritime border in 2014.", 0),
        # a day makes it the news of the day
        ("Gunmen bombed a bus in Niger on Monday, killing four people.", 1),
    ],
)
def test_history_recalled_is_no_event(nlp, text, n):
    assert len(_events(nlp, text, "ASSAULT") + _events(nlp, text, "CONSULT")) == n


@pytest.mark.parametrize(
    "second, third",
    [
        ("Separately, a glide bomb hit the village of Bilozerka, killing one woman.",
         "In another attack, forces shelled Dolyna, wounding two men."),
        ("Elsewhere, artillery struck a bakery in Orlivka, killing a baker.",
         "Also on Monday, drones hit a bus depot in Tarasivka, wounding two drivers."),
    ],
)
def test_an_attack_the_article_marks_as_another_is_its_own_event(nlp, second, third):
    text = ("Russian drones struck an apartment block in Sumy overnight, killing three people, the governor "
            f"said.\n\n{second}\n\n{third}\n\nThe attack on Sumy also damaged a school.")
    assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 3


def test_fighting_under_way_and_a_strike_of_a_day_are_two_events(nlp):
    text = (
        "Defenders hold on as Russia presses near Orlivka\n\n"
        "Ukrainian troops are fighting to hold a line of hamlets south of Orlivka in the Donetsk region, where "
        "Russian units have advanced in recent weeks.\n\n"
        "A Russian drone struck a bus stop in the town of Orlivka on Wednesday morning, killing three women, the "
        "regional governor said."
    )
    attacks = _events(nlp, text, "ASSAULT")
    assert len(attacks) == 2
    assert [e.killed for e in attacks if "bus stop" in e.sentence] == [3]


def test_force_under_way_placed_nowhere_is_said_of_the_attack(nlp):
    text = (
        "At least nine civilians were killed on Saturday when militia fighters shelled a market in the town of "
        "Dalbeh, the health ministry said.\n\n"
        '"The militia is deliberately targeting civilians," the ministry said.'
    )
    assert len(_events(nlp, text, "ASSAULT")) == 1


def test_a_call_held_later_with_someone_new_is_another_meeting(nlp):
    text = (
        "Foreign Minister Lena Adler hosted her Polish and Czech counterparts in Vienna on Wednesday for talks "
        "on energy.\n\n"
        "Adler later held a phone call with Secretary of State Marco Rubio to brief him, the ministry said."
    )
    consults = _events(nlp, text, "CONSULT")
    assert len(consults) == 2, [e.sentence for e in consults]


def test_a_toll_of_the_raid_joins_the_raid_not_an_earlier_attack(nlp):
    text = (
        "Gunmen fired on a bus near the town of Kafue on Saturday, police said.\n\n"
        "Soldiers raided the Mtendere settlement on Sunday. Three suspects were killed in the raid, the army said."
    )
    assaults = _events(nlp, text, "ASSAULT")
    raid = next(e for e in assaults if "raided" in e.sentence)
    bus = next(e for e in assaults if "bus" in e.sentence)
    assert raid.killed == 3 and bus.killed is None


def test_a_war_count_over_years_is_no_attack_and_no_toll(nlp):
    text = (
        "Militants attacked an army post in the village of Gajiram on Monday, killing nine soldiers.\n\n"
        "Thousands of people have been killed and displaced in the region since 2012, while the conflict "
        "has killed more than 35,000 people since 2009, according to the UN."
    )
    assaults = _events(nlp, text, "ASSAULT")
    assert [e.killed for e in assaults] == [9]


def test_a_headline_of_two_attacks_gives_each_its_place_and_toll(nlp):
    text = (
        "Rebels kill seven soldiers in raid on army post, car bomb hits Bossaso\n\n"
        "Rebel fighters stormed an army post in the Nugal region on Monday, killing seven soldiers, officials said.\n\n"
        "The rebels attacked the post in the town of Garowe at dawn. Four more soldiers were wounded and taken "
        "to hospital in Bossaso, an officer said. The group claimed the raid, saying it had killed dozens of "
        "soldiers.\n\n"
        "Earlier on Monday, a car bomb exploded near a market in Bossaso, killing two civilians, police said."
    )
    doc = nlp(text)
    found = extract_entities(doc)

    def where(e):
        return found.entities[e.location_cluster].name if e.location_cluster is not None else e.location_text

    assaults = [e for e in extract_events(doc, found, published=MONDAY) if e.event_type == "ASSAULT"]
    # the raid: its town, its own toll (not the rebels' claim), its wounded (not where they were treated)
    assert [(e.killed, e.injured, where(e)) for e in assaults] == [(7, 4, "Garowe"), (2, None, "Bossaso")]


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # victims named one by one, and counted with their conjuncts
        ("A drone hit a bus stop in the town of Marhanets on Tuesday, injuring a 71-year-old man, the governor said.",
         None, 1),
        ("On Wednesday, a drone struck a van near the village of Krasnopillia, wounding its driver and killing a "
         "passenger.", 1, 1),
        ("A mortar round landed near a school in the village of Velykyi Burluk on Thursday, injuring three "
         "teachers and a pupil.", None, 4),
    ],
)
def test_victims_named_one_by_one_are_counted(nlp, text, killed, injured):
    [attack] = _events(nlp, text, "ASSAULT")
    assert (attack.killed, attack.injured) == (killed, injured)


def test_two_districts_each_with_its_toll_are_two_attacks(nlp):
    text = (
        "Gunmen attacked a checkpoint in Shangla district on Monday, killing four policemen, officials said.\n\n"
        "Militants ambushed a convoy in Kohistan district on Monday, killing two soldiers, the army said."
    )
    assert len(_events(nlp, text, "ASSAULT")) == 2


def test_a_nights_barrage_over_the_country_is_apart_from_the_strike_on_a_town(nlp):
    text = (
        "Russian guided bombs kill three in Kramatorsk\n\n"
        "Russian guided bombs struck the center of Kramatorsk on Monday morning, killing three people, the "
        "governor said.\n\n"
        "Overnight, Russia launched 140 attack drones and four ballistic missiles against Ukraine, the air force said."
    )
    assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 2
    assert [e.killed for e in assaults] == [3, None]


def test_a_barrage_told_twice_with_no_town_stays_one_attack(nlp):
    text = (
        "Russia launched its heaviest attack of the month on the power grid overnight, officials said.\n\n"
        "The air force said Russia launched 90 missiles and 300 attack drones at the country. "
        "Six people were wounded, officials said."
    )
    assert len(_events(nlp, text, "ASSAULT")) == 1


@pytest.mark.parametrize(
    "text, place",
    [
        # bombs or explosives dropped on a place are an attack on it
        ("A drone dropped two grenades on a market in Kamanyola on Sunday, wounding six traders.", "Kamanyola"),
        ("An army aircraft dropped bombs on Ma Lay village at dawn on Friday, killing five people.", "Ma Lay"),
    ],
)
def test_munitions_dropped_on_a_place_are_an_attack(nlp, text, place):
    doc = nlp(text)
    found = extract_entities(doc)
    [attack] = [e for e in extract_events(doc, found, published=MONDAY) if e.event_type == "ASSAULT"]
    where = found.entities[attack.location_cluster].name if attack.location_cluster is not None else attack.location_text
    assert where == place


def test_prices_or_leaflets_dropped_are_no_attack(nlp):
    assert _events(nlp, "Prices dropped sharply on Monday. The plane dropped leaflets over the town.", "ASSAULT") == []



@pytest.mark.parametrize(
    "above",
    [
        "",
        # a caption written like a paragraph: in the present, or closed by the day the picture was taken
        "Soldiers patrol the road to the border post near the town of Karimama in northern Benin, in a file "
        "photo.\n\n",
        "Mourners gathered outside the barracks in Kandi after the bodies were brought back on October 11, 2026.\n\n",
        # or without a verb of its own
        "Smoke over the burned border post near the town of Karimama after the raid on Sunday night.\n\n",
        # a standfirst in the present above the page's date line
        "The army says the attackers crossed from the west on motorbikes and burned two vehicles before they "
        "fled.\n\nPublished on: 12/10/2026 - 09:14\n\n",
    ],
)
def test_the_sentence_an_event_is_cited_by_is_the_storys_not_the_headlines(nlp, above):
    text = ("Lakeside Radio\nAfrica\n\nGunmen kill seven guards in raid on border post near Karimama\n\n" + above +
            "Seven border guards were killed and four wounded on Sunday when gunmen attacked a post near the town "
            "of Karimama, the army said.\n\nThe Rebel Front claimed the attack in a message on Monday.")
    doc = nlp(text)
    assaults = [e for e in extract_events(doc, extract_entities(doc)) if e.event_type == "ASSAULT"]
    assert [e.sentence.split()[:3] for e in assaults] == [["Seven", "border", "guards"]]


def test_a_lead_that_reports_in_the_present_is_the_storys_first_sentence(nlp):
    # "..., X reports": the agency's own lead, below the date line, is no standfirst
    text = ("Lakeside Radio\nAfrica\n\nGunmen kill seven guards in raid on border post near Karimama\n\n"
            "12/10/2026 09:14\n\nSeven border guards were killed and four wounded on Sunday when gunmen attacked a "
            "post near the town of Karimama, Lakeside Radio reports, citing the army.\n\n"
            "The Rebel Front claimed the attack in a message on Monday.")
    doc = nlp(text)
    assaults = [e for e in extract_events(doc, extract_entities(doc)) if e.event_type == "ASSAULT"]
    assert [e.sentence.split()[:3] for e in assaults] == [["Seven", "border", "guards"]]


def test_a_crosshead_over_the_storys_paragraphs_is_not_the_sentence_an_event_is_cited_by(nlp):
    text = ("Juba Wire\n\nFloods cut roads in Western Equatoria\n\nFloods cut the road between Yambio and Maridi "
            "on Tuesday, leaving 40 lorries stranded, the state government said.\n\nWani meets UN envoy Lee in Yambio\n\n"
            "On Thursday, Governor Mary Wani met the UN envoy, Tom Lee, in Yambio to discuss aid deliveries.")
    doc = nlp(text)
    meetings = [e for e in extract_events(doc, extract_entities(doc)) if e.event_type == "CONSULT"]
    assert [e.sentence.split()[:3] for e in meetings] == [["On", "Thursday,", "Governor"]]


def test_an_overnight_attack_and_its_hour_the_night_before_are_one_attack(nlp):
    text = ("Gunmen killed six people in an overnight attack on the village of Kabo, in Nigeria's Zamfara State, "
            "officials said on Sunday.\n\nThe attackers arrived around 11 p.m. on Saturday and set fire to 20 homes, "
            "a local official said.")
    assert [a.killed for a in _events(nlp, text, "ASSAULT", date(2025, 3, 17))] == [6]


def test_a_summarys_point_and_the_meeting_the_story_tells_are_one_meeting(nlp):
    text = ("Key points:\n• Manipur's governor and the Zomi Revolutionary Front's leader met for the first time since the truce\n"
            "• Two soldiers were hurt in a clash near the border\n\n"
            "Two soldiers were wounded in a clash with rebels near the border town of Moreh on Monday, the army said.\n\n"
            "On Tuesday, Governor Anna Kipgen met Thangboi Haokip, the leader of the rebel front, in Imphal.")
    meetings = _events(nlp, text, "CONSULT", date(2025, 3, 19))
    assert len(meetings) == 1
    assert "Imphal" in text[meetings[0].start_char : meetings[0].end_char]


def test_a_standfirsts_own_meeting_does_not_take_in_the_one_the_story_opens_with(nlp):
    text = ("Gas exporters agree to hold output steady\n\n"
            "Qatar's energy minister Saad Al-Kaabi met Algeria's Mohamed Arkab in Doha a day before the video meeting\n\n"
            "DOHA: Qatar, Algeria and five other members of the Gas Exporting Countries Forum agreed at a video "
            "meeting on Thursday to keep their export targets unchanged, the forum said.\n\n"
            "The meeting followed talks in Doha on Wednesday between Saad Al-Kaabi and Mohamed Arkab, who discussed "
            "prices, the state news agency reported.")
    assert len(_events(nlp, text, "CONSULT", date(2025, 3, 14))) == 2

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events, geocode
from transforms.gazetteer import country_for_adjective

FRIDAY = date(2025, 3, 14)


def _events(nlp, text, published=FRIDAY):
    doc = nlp(text)
    return extract_events(doc, extract_entities(doc), published=published)


def _of_type(events, event_type):
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Syrian troops shelled the village of Tal Rifaat on Monday.", "ASSAULT"),
        ("A missile strike on Odesa damaged the port on Thursday.", "ASSAULT"),
        ("Gunmen attacked a police post in Kano on Tuesday.", "ASSAULT"),
        ("Foreign ministers of Japan and India held talks in Tokyo on Wednesday.", "CONSULT"),
        ("Chancellor Olaf Scholz visited Warsaw on Monday.", "CONSULT"),
        ("Kenya and Ethiopia signed an agreement on water sharing in Nairobi on Monday.", "AGREE"),
        ("Thousands of farmers protested in Brussels on Thursday.", "PROTEST"),
        ("Police arrested two journalists in Minsk on Tuesday.", "COERCE"),
        ("Venezuela accused Guyana of provoking the dispute on Monday.", "ACCUSE"),
        ("Iran threatened Israel with retaliation on Wednesday.", "THREATEN"),
        ("The European Union imposed sanctions on Belarus on Monday.", "SANCTION"),
        ("Pakistan rejected the proposal by India on Tuesday.", "REJECT"),
    ],
)
def test_type_families(nlp, text, event_type):
    assert event_type in {e.event_type for e in _events(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Prices hit a record high in Tokyo on Monday.",
        "The ministers met the deadline for the budget in Paris on Monday.",
        "Moscow agreed to a request not to strike Kyiv for seven days.",
        "Ukraine did not report large-scale attacks on the capital on Monday.",
        "The truce means a pause in strikes on the energy grid of Ukraine since Sunday.",
        "Kyiv would respond if Russia again attacks Ukrainian cities.",
    ],
)
def test_no_assault(nlp, text):
    assert _of_type(_events(nlp, text), "ASSAULT") == []


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("A missile strike on Odesa killed six people and injured 12 others.", 6, 12),
        ("Russian artillery shelled a market in Kherson. Three people were killed.", 3, None),
        ("Russian drones attacked Kharkiv, killing four people and injuring at least 19.", 4, 19),
        ("An air strike on Gaza killed a dozen people.", 12, None),
        ("At least one person was killed and over 30 were injured in the attack on Lviv.", 1, 30),
        ("Dozens of people were injured in the bombing in Mogadishu.", None, 12),
        ("Seven people, including two children, were killed in a drone attack on Sumy.", 7, None),
    ],
)
def test_casualties(nlp, text, killed, injured):
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert len(events) == 1
    assert (events[0].killed, events[0].injured) == (killed, injured)


def test_casualties_in_the_next_sentence_join_the_attack(nlp):
    text = ("Russian forces shelled a market in Kherson on Tuesday, officials said. "
            "At least 15 others were injured.")
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert len(events) == 1
    assert events[0].injured == 15


def test_weapon_counts_and_mode(nlp):
    events = _of_type(_events(nlp, "Russia attacked Ukraine with 450 drones and 71 missiles on Tuesday."), "ASSAULT")
    assert events[0].quantities == ((450, "drones"), (71, "missiles"))
    assert events[0].mode == "drone"


@pytest.mark.parametrize(
    "text, event_type, expected, precision",
    [
        ("Russian drones attacked Kyiv early on Wednesday.", "ASSAULT", date(2025, 3, 12), "day"),
        ("Russia struck Kharkiv overnight Thursday into Friday.", "ASSAULT", FRIDAY, "day"),
        ("The two leaders met in Geneva on Jan. 23.", "CONSULT", date(2025, 1, 23), "day"),
        ("Negotiators held talks in Doha last month.", "CONSULT", date(2025, 2, 1), "month"),
        ("Negotiators will meet in Doha on Monday.", "CONSULT", date(2025, 3, 17), "day"),
    ],
)
def test_event_dates(nlp, text, event_type, expected, precision):
    event = _of_type(_events(nlp, text), event_type)[0]
    assert (event.event_date, event.date_precision) == (expected, precision)


def test_date_of_the_reporting_verb_is_not_the_event_date(nlp):
    event = _of_type(_events(nlp, "The minister said on Friday that talks in Doha had ended."), "CONSULT")[0]
    assert event.event_date is None


def test_planned_and_denied_talks_are_kept_with_status(nlp):
    planned = _of_type(_events(nlp, "New talks between Sudan and Chad will take place in Cairo next week."), "CONSULT")
    denied = _of_type(_events(nlp, "There was no direct dialogue between Serbia and Kosovo."), "CONSULT")
    assert [e.status for e in planned] == ["planned"]
    assert [e.status for e in denied] == ["denied"]


def test_actor_from_nationality_and_place(nlp):
    event = _of_type(_events(nlp, "Russian forces shelled a market in Kherson on Wednesday."), "ASSAULT")[0]
    assert event.actor_text == "Russia"
    assert event.country_code == "UA"
    assert event.latitude is not None


def test_sentences_about_one_attack_give_one_event(nlp):
    text = (
        "Russian drones attacked Odesa early on Friday, killing three people. "
        "The strikes damaged the port, the governor said. "
        "Recovery work after the attack continued in the city."
    )
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert len(events) == 1
    assert events[0].killed == 3


def test_attacks_on_different_days_stay_apart(nlp):
    text = (
        "On Sunday, Russia struck a bus in Dnipro, killing 12. "
        "On Tuesday, Russian forces shelled a market in Kherson, killing six."
    )
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert sorted(e.killed for e in events) == [6, 12]


def test_talks_in_different_places_stay_apart(nlp):
    text = (
        "Envoys of Qatar and Egypt held talks in Doha on Monday. "
        "Separately, the Turkish minister visited Baghdad on Thursday."
    )
    events = _of_type(_events(nlp, text), "CONSULT")
    assert len(events) == 2


@pytest.mark.parametrize(
    "word, country",
    [("Russian", "Russia"), ("Ukrainian", "Ukraine"), ("Israeli", "Israel"), ("Sudanese", "Sudan"),
     ("Qatari", "Qatar"), ("American", "United States"), ("Chinese", "China"), ("Emirati", "United Arab Emirates"),
     ("Palestinian", "Palestinian Territory"), ("North Korean", "North Korea"), ("Catholic", None),
     ("Western", None),
     # the first word of one country's longer name and of no other place's; not one that opens several
     ("Saudi", "Saudi Arabia"), ("South", None), ("North", None)],
)
def test_country_for_adjective(word, country):
    assert country_for_adjective(word) == country


@pytest.mark.parametrize(
    "name, code, is_country",
    [("Kharkiv", "UA", False), ("Ukraine", "UA", True), ("Abu Dhabi", "AE", False), ("el-Fasher", "SD", False),
     ("Dnipropetrovsk region", "UA", False), ("the Tula region", "RU", False), ("Florida", "US", False)],
)
def test_geocode(name, code, is_country):
    found = geocode(name)
    assert (found[0], found[3]) == (code, is_country)


@pytest.mark.parametrize(
    "text, expected, status",
    [
        ("The third day of a new round of peace talks between Armenia and Azerbaijan got underway on Tuesday "
         "in Vienna.", date(2025, 3, 11), "occurred"),
        ("The second day of a renewed round of three-way negotiations involving Serbia, Kosovo and the European "
         "Union aimed at normalising relations opened on Monday in Brussels.", date(2025, 3, 10), "occurred"),
        ("A round of talks between Chad and Niger ended on Wednesday in Niamey.", date(2025, 3, 12), "occurred"),
        ("The last session of a week of talks between Peru and Chile wrapped up on Thursday in Lima.",
         date(2025, 3, 13), "occurred"),
        ("The first day of a fresh round of negotiations between Israel and Hamas will begin in Cairo on Monday.",
         date(2025, 3, 17), "planned"),
        ("The minister who attended the talks in Doha began a tour of the region on Wednesday.", None, "occurred"),
    ],
)
def test_date_of_an_occurrence_verb_over_the_trigger(nlp, text, expected, status):
    event = _of_type(_events(nlp, text), "CONSULT")[0]
    assert (event.event_date, event.status) == (expected, status)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Headline without a date, then the lead: the lead's day is the day of the talks.
        ("Armenia and Azerbaijan Talks Resume in Geneva\n"
         "The second day of a renewed round of negotiations between Armenia and Azerbaijan got underway on "
         "Thursday in Geneva.\n"
         "The delegations opened this round of talks on Wednesday in the Swiss city.", date(2025, 3, 13)),
        ("Envoys of Qatar and Egypt met in Doha on Tuesday.\n"
         "The envoys of Qatar and Egypt had first met on Monday, an official said.", date(2025, 3, 11)),
    ],
)
def test_merged_talks_take_the_date_of_the_first_report(nlp, text, expected):
    events = _of_type(_events(nlp, text), "CONSULT")
    assert [e.event_date for e in events][:1] == [expected]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Negotiations involving Serbia, Kosovo and the European Union resumed in Brussels on Monday.",
         "Serbia", "Kosovo"),
        ("Talks including Sudan, Chad and Egypt were held in Cairo on Monday.", "Sudan", "Chad"),
        ("Talks on ending Armenia's war with Azerbaijan will take place in Vienna this week.",
         "Armenia", "Azerbaijan"),
        ("Talks among Serbian, Croatian and Hungarian officials opened in Budapest on Monday.", "Serbia", "Croatia"),
    ],
)
def test_first_named_party_of_multilateral_talks(nlp, text, actor, target):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "CONSULT")
    assert _party_names(found, events) == [(actor, target)]


def _party_names(found, events):
    def name(text, cluster):
        return text or (found.entities[cluster].name if cluster is not None else None)

    return [(name(e.actor_text, e.actor_cluster), name(e.target_text, e.target_cluster)) for e in events]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks between Armenia and Azerbaijan opened in Vienna on Monday. "
         "The bilateral negotiations, first held on Jan. 12 in Vienna, have made little progress.",
         [("Armenia", "Azerbaijan"), ("Armenia", "Azerbaijan")]),
        ("Talks between Armenia and Azerbaijan opened in Vienna on Monday. "
         "Separate negotiations, first held on Jan. 12 in Vienna, have made little progress.",
         [("Armenia", "Azerbaijan"), (None, None)]),
        ("Talks between Armenia and Azerbaijan opened in Vienna on Monday. "
         "The next round of peace talks in Geneva is scheduled to end on Friday.",
         [("Armenia", "Azerbaijan"), ("Armenia", "Azerbaijan")]),
    ],
)
def test_multilateral_talks_take_the_parties_named_before(nlp, text, expected):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "CONSULT")
    assert _party_names(found, events) == expected


@pytest.mark.parametrize(
    "text, actors",
    [
        ("Russian drones attacked Odesa on Friday. In Kharkiv, a bus was hit on Thursday, killing two people.",
         ["Russia", "Russia"]),
        ("Russian drones attacked Odesa on Friday. Ukrainian drones struck Belgorod on Thursday. "
         "In Kharkiv, a bus was hit on Wednesday, killing two people.",
         ["Russia", "Ukraine", None]),
        ("Russian drones attacked Odesa on Friday. On Thursday, an explosion in a market in Lviv killed two.",
         ["Russia", None]),
    ],
)
def test_attack_without_perpetrator_is_the_sole_attackers(nlp, text, actors):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "ASSAULT")
    assert [actor for actor, _ in _party_names(found, events)] == actors


def test_sole_attacker_is_not_given_a_bare_mention(nlp):
    doc = nlp("Russian drones attacked Odesa on Friday. The senator answered with repeated attacks on the party.")
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "ASSAULT")
    assert [actor for actor, _ in _party_names(found, events)] == ["Russia", None]


def _names(found, event):
    def name(text, cluster):
        return text or (found.entities[cluster].name if cluster is not None else None)

    return (name(event.actor_text, event.actor_cluster), name(event.target_text, event.target_cluster),
            name(event.location_text, event.location_cluster))


@pytest.mark.parametrize(
    "text, actor, place",
    [
        # passives: the by-agent is the actor
        ("The fuel depot in Tula was attacked by Ukrainian drones on Tuesday.", "Ukraine", "Tula"),
        ("Three soldiers were killed by a roadside bomb near Mosul on Sunday.", None, "Mosul"),
        # nouns with their arguments
        ("The downing of 20 drones over the Belgorod region was reported on Monday.", None, "Belgorod"),
        ("Clashes in the city of Pokrovsk continued on Sunday.", None, "Pokrovsk"),
        ("Strike on hospital in Sumy kills four", None, "Sumy"),
        # phrasal and light verbs
        ("Shells rained on the village of Bilozerka on Tuesday.", None, "Bilozerka"),
        ("Indian and Pakistani troops exchanged fire near Poonch on Wednesday.", "India", "Poonch"),
        ("Russian troops pushed across the border into the Sumy region on Friday.", "Russia", "Sumy"),
        ("Explosions were heard over Odesa on Thursday night.", None, "Odesa"),
        ("A rocket slammed into an apartment block in Zaporizhzhia on Monday.", None, "Zaporizhzhia"),
        # interceptions report the attack of whoever sent the munitions
        ("Twelve Russian missiles were shot down over the Kyiv region on Monday.", "Russia", "Kyiv"),
        ("Russia says shoots down 19 Ukrainian drones overnight", "Ukraine", None),
        ("Ukraine's air force said it downed 45 of 60 drones launched by Russia overnight.", "Russia", None),
        ("At least 12 people were killed when a bomber blew himself up at a market in Baidoa on Monday.", None,
         "Baidoa"),
        ("Two soldiers were killed by an explosive device outside of the city of Kandahar on Monday.", None,
         "Kandahar"),
        # PLOVER ASSAULT modes beyond strikes
        ("Gunmen kidnapped six aid workers in Kidal on Monday.", None, "Kidal"),
        ("Rebel fighters captured the town of Bunagana on Tuesday.", None, "Bunagana"),
        ("Since the RSF ousted the army from Nyala, survivors have reported killings.", "RSF", "Nyala"),
    ],
)
def test_attacks_without_a_listed_verb(nlp, text, actor, place):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "ASSAULT")
    assert len(events) == 1
    got_actor, _, got_place = _names(found, events[0])
    assert got_actor == actor
    assert place is None or got_place == place


@pytest.mark.parametrize(
    "text, actor, status",
    [
        ("Erdogan spoke by phone with Putin on Tuesday.", "Erdogan", "occurred"),
        ("Macron told the Polish president during a meeting in Paris on Monday that France would help.",
         "Macron", "occurred"),
        ("The German chancellor was in Ankara on Tuesday.", "Germany", "occurred"),
        ("Qatar hosted the Egyptian foreign minister on Monday.", "Qatar", "occurred"),
        ("Envoys of Chad and Niger held talks in Niamey on Thursday.", None, "occurred"),
        ("The Kenyan president telephoned Abiy Ahmed on Wednesday.", "Kenya", "occurred"),
        ("A delegation of Kenyan officials held talks with Somali leaders in Mogadishu on Monday.", "Kenya",
         "occurred"),
        ("The emir of Qatar launched a mediation effort between Chad and Sudan on Saturday.", "Qatar", "occurred"),
        ("Macron will meet Scholz in Berlin next week.", "Macron", "planned"),
    ],
)
def test_meetings_stated_as_contact(nlp, text, actor, status):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "CONSULT")
    assert [e.status for e in events] == [status]
    assert actor is None or _names(found, events[0])[0] == actor


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Russia's war with Ukraine has dragged on for years.", "ASSAULT"),
        ("The talks come at a fraught time for the region.", "ASSAULT"),
        ("The meeting was the first since Russia launched its full-scale invasion four years ago.", "ASSAULT"),
        ("Russia struck a deal with Iran on Monday.", "ASSAULT"),
        ("Workers began a general strike in Lagos on Monday.", "ASSAULT"),
        ("Iran threatened to shell towns across the border on Monday.", "ASSAULT"),
        ("The minister refused to meet the Turkish envoy in Rome on Monday.", "CONSULT"),
        ("The French minister cancelled a planned visit to Haiti on Sunday.", "CONSULT"),
        ("The cabinet met on Sunday to approve the budget.", "CONSULT"),
        ("The minister spoke to reporters in Brussels on Monday.", "CONSULT"),
        ("The ambassador gave a press conference in Cairo on Sunday.", "CONSULT"),
        ("The foreign minister spoke to the BBC in London on Monday.", "CONSULT"),
        ("The general spoke on the front line near Bakhmut on Monday.", "CONSULT"),
        ("Zelensky spoke in a video address from Kyiv on Monday.", "CONSULT"),
        ("Thousands are trapped in Nyala, a town recently seized by the rebels.", "ASSAULT"),
        ("A strong earthquake struck the Kermadec Islands on Monday.", "ASSAULT"),
        ("A fire broke out in a warehouse in Lagos on Monday.", "ASSAULT"),
    ],
)
def test_false_events(nlp, text, event_type):
    assert _of_type(_events(nlp, text), event_type) == []


@pytest.mark.parametrize(
    "text, place, country",
    [
        # village > region > country, and the village lies in the region's country
        ("Russian shelling killed two people in the village of Bilozerka in the Kherson region on Tuesday.",
         "Bilozerka", "UA"),
        ("Russian drones struck the Kharkiv region overnight on Tuesday.", "Kharkiv", "UA"),
        ("A Russian drone attack killed seven in Ukraine's Kharkiv on Saturday.", "Kharkiv", "UA"),
        ("Russian drone attack kills seven in Ukraine’s Kharkiv", "Kharkiv", "UA"),
        ("An air strike hit a market in the Idlib province of Syria on Monday.", "Idlib", "SY"),
        ("Militants attacked a checkpoint in Khyber Pakhtunkhwa province on Monday.", "Khyber Pakhtunkhwa", "PK"),
    ],
)
def test_place_is_the_most_specific_with_its_country(nlp, text, place, country):
    doc = nlp(text)
    found = extract_entities(doc)
    events = _of_type(extract_events(doc, found, published=FRIDAY), "ASSAULT")
    assert (_names(found, events[0])[2], events[0].country_code) == (place, country)


@pytest.mark.parametrize(
    "text, tolls",
    [
        ("One person was killed and seven others injured in the attack on Dnipro on Monday.", [(1, 7)]),
        ("Three people were killed and 15 wounded in Russian shelling of Kherson on Wednesday.", [(3, 15)]),
        # a toll in the headline joins the attack of the lead
        ("Five dead in Kramatorsk\nRussian missiles struck the centre of Kramatorsk on Thursday.", [(5, None)]),
        # a toll in the next sentence joins it
        ("Russian drones hit Sumy on Thursday. Dozens of people were injured.", [(None, 12)]),
        ("A local journalist was killed in a car bomb explosion in Mogadishu on Monday.", [(1, None)]),
        ("A detained activist died after torture by prison guards in Tabriz on Monday.", [(1, None)]),
        # a toll of another day and place in the same paragraph stays apart
        ("Russian drones hit Sumy on Thursday, killing three people. "
         "On Monday, two people were killed in Lviv.", [(3, None)]),
    ],
)
def test_tolls(nlp, text, tolls):
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert [(e.killed, e.injured) for e in events] == tolls


@pytest.mark.parametrize(
    "text, tolls",
    [
        # one paragraph of a witness's words between the attack and its toll
        ("A shell hit the bus station in Kupiansk on Thursday morning, officials said.\n\n"
         "A driver who saw it said: \"It came without warning. There was smoke everywhere.\"\n\n"
         "Three people were killed and eleven were injured, the regional governor said.", [(3, 11)]),
        ("Gunmen stormed a church in the village of Essakane on Sunday.\n\n"
         "The mayor called it a cowardly act against worshippers.\n\n"
         "At least seven people were killed, a security source said.", [(7, None)]),
        # two paragraphs between: too far to be told as the same attack
        ("Gunmen stormed a church in the village of Essakane on Sunday.\n\n"
         "The mayor called it a cowardly act against worshippers.\n\n"
         "The region has seen a wave of displacement this year.\n\n"
         "At least seven people were killed, a security source said.", [(None, None)]),
        # the toll of another town after the paragraph between stays apart
        ("Gunmen stormed a church in the village of Essakane on Sunday.\n\n"
         "The mayor called it a cowardly act against worshippers.\n\n"
         "In Djibo, at least seven people were killed on Monday, a security source said.", [(None, None)]),
    ],
)
def test_a_toll_after_a_paragraph_between(nlp, text, tolls):
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert [(e.killed, e.injured) for e in events][:1] == tolls


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Ethiopia demanded the immediate release of its nationals on Monday.", "DEMAND"),
        ("The rebels released 40 hostages in Goma on Monday.", "RETREAT"),
        ("Japan provided emergency aid to Myanmar on Tuesday.", "AID"),
        ("Brazil and Argentina shared intelligence on the smuggling ring on Monday.", "COOPERATE"),
        ("Indian and French warships began joint naval exercises off Goa on Monday.", "COOPERATE"),
        ("China began military drills near Taiwan on Monday.", "MOBILIZE"),
        ("Japan halted economic aid to Myanmar on Tuesday.", "SANCTION"),
        ("Canada said on Tuesday that Haiti must hold elections this year.", "DEMAND"),
        # future tense: a cooperative act is an agreement, a coercive one a threat (PLOVER)
        ("Japan will provide emergency aid to Myanmar, the ministry said on Tuesday.", "AGREE"),
        ("The rebels said on Monday they are willing to release the hostages.", "AGREE"),
        ("The junta said on Monday it will arrest the strike leaders.", "THREATEN"),
        ("The president praised Kenya's role in the region on Tuesday.", "SUPPORT"),
        ("The government lifted the curfew in Dhaka on Monday.", "CONCEDE"),
        ("China deployed warships near Taiwan on Monday.", "MOBILIZE"),
        ("Police detained two journalists in Minsk on Tuesday.", "COERCE"),
        ("Hungary vetoed the proposal on Monday.", "REJECT"),
        ("Lithuania expelled three Russian diplomats on Monday.", "SANCTION"),
        ("Thousands of teachers marched in Santiago on Thursday.", "PROTEST"),
    ],
)
def test_plover_types_from_the_codebook(nlp, text, event_type):
    assert event_type in {e.event_type for e in _events(nlp, text)}


def test_background_invasion_stays_apart_from_the_days_attack(nlp):
    text = ("The summit was the first since Russia launched its full-scale invasion four years ago. "
            "During the summit, Russian drones struck Kharkiv, killing two people.")
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert [(e.sentence.startswith("During"), e.killed) for e in events] == [(True, 2)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Drones hit Odesa port\nPublished 8:00 am Friday, February 6, 2026\n\n"
         "Russian drones struck the port of Odesa on Monday, killing two people.", date(2026, 2, 2)),
        ("ODESA, Feb. 6, 2026 (Reuters) - Russian drones struck the port of Odesa on Monday, killing two people.",
         date(2026, 2, 2)),
    ],
)
def test_an_article_that_states_its_publication_day_dates_its_weekdays(nlp, text, expected):
    doc = nlp(text)
    events = _of_type(extract_events(doc, extract_entities(doc)), "ASSAULT")
    assert [e.event_date for e in events] == [expected]


@pytest.mark.parametrize("text", [
    "President Mwangi visited the injured at the district hospital on Monday.",
    "President Mwangi, who visited the wounded guards in hospital, said the attack would be punished.",
])
def test_an_official_visiting_the_wounded_holds_no_meeting(nlp, text):
    doc = nlp(text)
    events = [e for e in extract_events(doc, extract_entities(doc)) if e.event_type == "CONSULT"
              and "visited" in e.sentence]
    assert events == [], events


@pytest.mark.parametrize("text", [
    "Brasov is best known as a pilgrimage site for Catholic believers who visit the tomb of Bishop Anton Durcovici "
    "each autumn.",
    "The delegation visited the ruins of the old citadel in Aleppo on Tuesday.",
    "President Mwangi visited the genocide memorial in the capital on Monday.",
])
def test_a_visit_to_a_site_holds_no_meeting(nlp, text):
    doc = nlp(text)
    assert [e for e in extract_events(doc, extract_entities(doc)) if e.event_type == "CONSULT"] == []


def test_a_passive_toll_whose_clause_names_the_arms_is_an_attack(nlp):
    # "killed" alone may be an accident's; the when-clause under the verb joined to it names attackers and a grenade
    text = ("A border guard was killed and three others were wounded when unknown attackers threw a grenade into the "
            "yard of the post in Zivinice late on Sunday, police said.")
    events = _of_type(_events(nlp, text), "ASSAULT")
    assert [(e.killed, e.injured) for e in events] == [(1, 3)]


@pytest.mark.parametrize("text, killed", [
    # the police kill too: a subject that enforces the law, an operation of the police or the army
    ("On Sunday, officers killed two suspected members of the Los Cuervos gang in a shootout in Tela, police said.", 2),
    ("Six people, including a 12-year-old girl, were killed on Tuesday during a police operation against a drug gang "
     "in the Alemao favela.", 6),
    ("The army said its units had carried out an operation on Tuesday in the hills near Kaya, killing an unspecified "
     "number of fighters.", None),
    # a shootout is the event's toll unless it answers an attack told before
    ("Two suspects were killed in a shootout with police in Tela on Monday.", 2),
])
def test_force_used_by_security_forces_is_an_attack(nlp, text, killed):
    assert [e.killed for e in _of_type(_events(nlp, text), "ASSAULT")] == [killed]


def test_an_operation_that_is_no_force_tells_no_attack(nlp):
    assert _of_type(_events(nlp, "Three workers were killed in an operation to clear the blocked mine shaft on Monday."),
                    "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Late on Friday, unidentified men hurled a petrol bomb at the house of a village councillor in Kalaiya, injuring "
    "his son, police said.",
    "Two men on a motorcycle threw a grenade into the courtyard of the market in Kalaiya on Friday.",
])
def test_a_bomb_thrown_is_an_attack(nlp, text):
    assert len(_of_type(_events(nlp, text), "ASSAULT")) == 1


def test_stones_thrown_are_no_attack(nlp):
    assert _of_type(_events(nlp, "Fans threw bottles onto the pitch in Kalaiya on Friday."), "ASSAULT") == []


def test_the_sentences_own_event_is_told_by_its_verb_not_by_an_attack_it_recalls(nlp):
    text = "On Monday, the security service said two suspects in the attack were killed in a shootout in Tula."
    assert [e.trigger for e in _of_type(_events(nlp, text), "ASSAULT")] == ["killed"]



def test_what_such_events_are_is_no_event(nlp):
    text = "Attacks on police in Ingushetia have become rare in recent years, but agencies have reported several arrests."
    assert _of_type(_events(nlp, text), "ASSAULT") == []


@pytest.mark.parametrize("text, killed", [
    ("In the port's industrial zone, a 61-year-old security guard was killed late on Monday when a group of youths "
     "set fire to a timber warehouse, prosecutors said.", 1),
    ("Rioters torched two police stations in Kisumu on Tuesday.", None),
])
def test_arson_is_an_attack(nlp, text, killed):
    assert [e.killed for e in _of_type(_events(nlp, text), "ASSAULT")] == [killed]


def test_a_deadline_set_is_no_attack(nlp):
    assert _of_type(_events(nlp, "The ministry set a deadline of March for the reforms in Kisumu."), "ASSAULT") == []


@pytest.mark.parametrize("text, killed, injured", [
    ("An explosive device went off near a bus stop in Quetta on Wednesday, killing three people.", 3, None),
    ("On Tuesday, a roadside bomb damaged an army truck near Quetta, injuring four soldiers.", None, 4),
])
def test_a_bomb_that_went_off_or_damaged_something_is_an_attack(nlp, text, killed, injured):
    attacks = _of_type(_events(nlp, text), "ASSAULT")
    assert [(a.killed, a.injured) for a in attacks] == [(killed, injured)]


@pytest.mark.parametrize("text", [
    "The fire alarm went off in a school in Quetta on Wednesday.",
    "Heavy rain damaged dozens of homes in Quetta on Tuesday.",
])
def test_what_went_off_or_damaged_without_arms_is_no_attack(nlp, text):
    assert not _of_type(_events(nlp, text), "ASSAULT")


def test_an_attack_told_by_a_verb_joined_to_another_takes_its_day(nlp):
    # "stop" also suppresses attacks ("to stop the attacks"); here it is a verb beside the attack
    text = "Gunmen stopped a minibus near Quetta on Wednesday and opened fire on the passengers, killing four people."
    attacks = _of_type(_events(nlp, text), "ASSAULT")
    assert [(a.killed, a.event_date) for a in attacks] == [(4, date(2025, 3, 12))]


def test_shots_fired_at_people_are_an_attack_and_a_warning_shot_is_none(nlp):
    text = "Two police officers were wounded after shots were fired at a checkpoint in Quetta on Monday night."
    assert [a.injured for a in _of_type(_events(nlp, text), "ASSAULT")] == [2]
    assert not _of_type(_events(nlp, "He fired a warning shot in Quetta on Monday."), "ASSAULT")


def test_headlines_under_a_related_news_label_are_the_pages_links(nlp):
    from transforms.furniture import related_listings
    text = ("Gunmen attacked a police post in Quetta on Wednesday, killing two officers.\n\nRelated news:\n"
            "Four killed in market shooting in Sibi\nMinister meets tribal elders in Turbat")
    listed = related_listings(text)
    assert [text[a:b] for a, b in listed] == ["Four killed in market shooting in Sibi",
                                              "Minister meets tribal elders in Turbat"]

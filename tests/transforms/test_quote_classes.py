"""Speakers by class of attribution (#19), one row per case, sentences written for the case: speech
verbs of news copy beyond 'said' ("pressed", "fired back", "as X put it"), and a quote signed on the
line below it ("- Jane Doe")."""

import pytest

from transforms.entities import extract_entities
from transforms.quotes import quotes_and_speakers


def _speaker_of(nlp, text, opening):
    """The entity name of the quote's speaker, else the speaker's words where no entity holds them."""
    doc = nlp(text)
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    hits = [q for q in quotes if q.text.startswith(opening)]
    assert len(hits) == 1, f"no single quote opens with {opening!r}: {[q.text for q in quotes]}"
    cluster = hits[0].speaker_cluster
    return found.entities[cluster].name if cluster is not None else hits[0].speaker_text


# A debate or interview reported verb by verb: the quote is the subject's of the verb after it, not
# the other person's of the sentence before.
SPEECH_VERBS = [
    (
        'Governor Tom Reyes said on Sunday that the budget was fair. "Nobody will pay more tax next year," '
        'Reyes said. "The deficit will be gone by 2030."\n\n"Will you veto the bill if it reaches your desk?" '
        'host Paula Grant pressed.\n\n"I will not," Reyes answered.',
        "Will you veto",
        "Paula Grant",
    ),
    (
        'Prime Minister Ana Holt spoke first. "This coalition has delivered," Holt said. "We built the '
        'bridges we promised."\n\n"The only thing you built is debt," opposition leader Victor Lund fired '
        'back.',
        "The only thing you built",
        "Victor Lund",
    ),
    (
        'Mayor Carla Ruiz defended the budget. "Every line of it has been checked twice," Ruiz said.\n\n'
        '"That figure is simply wrong," Councillor Jonas Weber interjected.',
        "That figure is simply",
        "Jonas Weber",
    ),
    (
        'Defence Minister Petra Novak said the army was ready. "We have never been stronger," Novak said.'
        '\n\n"I told you they would not last a week," Sara Idris gloated after the vote.',
        "I told you they",
        "Sara Idris",
    ),
]


@pytest.mark.parametrize("text, opening, expected", SPEECH_VERBS)
def test_news_speech_verbs(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


# A quote that stands alone in its paragraph and is signed on the next line, after a dash.
SIGNED = [
    (
        'The week in quotes\n\n"We will rebuild every school that was destroyed, whatever it costs."\n\n'
        '- Mark Ellison, the education minister.\n\n'
        '"Nobody in this town has slept properly since the storm."\n\n— Rita Okafor, a nurse in Dunmore.',
        "Nobody in this town",
        "Rita Okafor",
    ),
    (
        'Heard at the summit\n\nPresident Leon Varga opened the talks on Monday.\n\n'
        '"The border is not for sale and never will be."\n\n—Foreign Minister Ilse Brandt, to reporters.',
        "The border is not",
        "Ilse Brandt",
    ),
]


@pytest.mark.parametrize("text, opening, expected", SIGNED)
def test_signed_quotes(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


# Two people in the sentence: the quote is the subject's of the speech verb it hangs from, even where
# a long appositive cuts the name off its verb in the parse, not the person of a clause of time under it.
TWO_PEOPLE = [
    (
        'Governor Erik Halvorsen took questions in Tromsdal on Monday.\n\n"This is a serious plan from a '
        'serious team," Halvorsen, the region\'s longest-serving governor and the clear favourite in the '
        'northern districts in most surveys since the spring floods, said when Ekdahl asked him a question.',
        "This is a serious plan",
        "Erik Halvorsen",
    ),
    (
        'Economy Minister Jan Berg spoke after the central bank raised rates.\n\n"The inflation fight is not '
        'over yet," central bank governor Maria Keller said as Berg asked reporters to be patient.',
        "The inflation fight",
        "Maria Keller",
    ),
    (
        'Prime Minister Leon Varga spoke first. After Varga asked the economist whether the plan would work, '
        'O’Rourke replied, "If I had to bet today, I would bet against it."',
        "If I had to bet",
        "O’Rourke",
    ),
    # 'said it was ... but added': the parse hangs the second verb under what was said
    (
        'Opposition leader Mya Thandar spoke to reporters in Yangon on Monday. Addressing cheering supporters '
        'outside the party office, Thandar, 64, said it was too early to claim victory but added, "I think you '
        'all know what the results will show."',
        "I think you all know",
        "Mya Thandar",
    ),
    # ', adding, "..."' after what was said: the sayer's, not the subject of the reported clause
    (
        'Governor Lee Hart told the Daily Courier that Mayor Tom Quill "had a foolish plan for the harbour," '
        'adding, "He lost the port workers and he lost the town."',
        "He lost the port workers",
        "Lee Hart",
    ),
    # a capitalised pronoun after a quote closed by '!' opens the next sentence: not the attribution
    (
        'The emails show a warm relationship. In 2011, after Ruth Okafor fell ill, Daniel Pryce emailed her '
        'his best wishes, telling her, "you are the best minister we have and we need you back soon!" She '
        'replied that it was "a privilege to work with you."',
        "you are the best minister",
        "Daniel Pryce",
    ),
    # the name before a role noun the parse takes for the subject
    (
        'Party officials said turnout was high. "He asked me what it would take to win here," Maria Delgado, '
        'the chairwoman of Arizona\'s Pima County Democrats, recalled of a meeting in June.',
        "He asked me what",
        "Maria Delgado",
    ),
    (
        'The talks ended without a deal on Friday. As Rhea Banerjee, a professor of trade law at the '
        'University of Leeds and author of two books on tariffs, put it, "Both sides wanted a photograph more '
        'than an agreement."',
        "Both sides wanted",
        "Rhea Banerjee",
    ),
]


@pytest.mark.parametrize("text, opening, expected", TWO_PEOPLE)
def test_two_people_in_a_sentence(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


# Institutions as speakers: a lede's "a rights group said" named in the next paragraph as the subject
# ("The X said in a statement"); "the group said" later is that organisation, not nobody.
INSTITUTIONS = [
    (
        'GOMA, Congo (Reuters) - Rebels shelled a camp for displaced people near Goma on Friday, killing at '
        'least 11 people, a local rights group said.\n\nThe Kivu Civil Society Forum said in a statement that '
        'most of the dead were children.\n\n"The camp was full of families who had nowhere else to go," the '
        'group said.',
        "The camp was full",
        "Kivu Civil Society Forum",
    ),
]


@pytest.mark.parametrize("text, opening, expected", INSTITUTIONS)
def test_institutions_named_after_the_lede(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


# A role noun as the speaker ("the judge said", "the mayor said:") is the person the article named in
# that role, whatever form the role took: a title before the name ("Justice", "Gov."), the noun before
# it ("state senator"), or a role the name stands in apposition to ("the mayor of X, Jane Doe").
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


# Who an unnamed person is: 'he' after "a bus operator ... told reporters" is that operator, even two
# sentences of quote later and with "operator" also a word for companies; a thing ("a convoy had been
# stuck") introduces nobody; "the source" after "a source in the ministry" is that source, not the person
# an earlier line called a source; a town whose first word is a given name is never 'she'.
UNNAMED = [
    (
        "Transport minister Paul Brandt said fares would rise in March.\n\n"
        "A bus operator from the northern depot, who asked not to be named, told reporters the drivers "
        'were exhausted.\n\n"We work double shifts. Nobody pays us for the second one," he said.',
        "We work double shifts",
        None,
    ),
    (
        "Maria Soto, a spokeswoman for the relief agency, said on Monday that a convoy of nine lorries had "
        'been stuck at the bridge for a week.\n\n"We need the road open before the rains," she said.',
        "We need the road open",
        "Maria Soto",
    ),
    (
        "Source: Henrik Dahl, the regional governor, on Telegram.\n\nA source in the defence ministry told "
        'the paper that the depot had burned for hours. The source said: "Every depot near the border is '
        'a target."',
        "Every depot near the border",
        None,
    ),
    (
        "Nora Lind, a spokeswoman for the aid group, spoke on Monday.\n\nSanta Clara has been cut off by "
        'floods for a week.\n\n"We have the food but no road," she said.',
        "We have the food",
        "Nora Lind",
    ),
]


@pytest.mark.parametrize("text, opening, expected", UNNAMED)
def test_unnamed_people_and_things(nlp, text, opening, expected):
    doc = nlp(text)
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    (quote,) = [q for q in quotes if q.text.startswith(opening)]
    cluster = quote.speaker_cluster
    assert (found.entities[cluster].name if cluster is not None else None) == expected


# A second speech verb that the parse hangs under the reported clause: its subject is the speaker of
# the main verb when the clause's own subject is a thing.
REPORTED_CLAUSE = [
    (
        "Savings chief Owen Price said in a statement that the new bonds were “a vital source of funding "
        "for homes” and urged the government to “move with great care”.",
        "move with great care",
        "Owen Price",
    ),
    (
        "Union leader Greta Holm said on Friday that cash Vostranias were “the only savings most members "
        "have” and warned ministers against “a raid on thrift”.",
        "a raid on thrift",
        "Greta Holm",
    ),
]


@pytest.mark.parametrize("text, opening, expected", REPORTED_CLAUSE)
def test_a_second_speech_verb_under_the_reported_clause(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


# A rank is an officer's: "Lieutenant Jane Doe" is later "the officer". The given name the model leaves
# before a long surname belongs to the name.
OFFICERS = [
    (
        "The Kasai army spokesman, Lieutenant Didier Mbuyi Kalonji, confirmed the ambush near the river."
        '\n\n"The raiders were pushed back across the border," said the officer.',
        "The raiders were pushed",
        "Didier Mbuyi Kalonji",
    ),
    (
        "Colonel Didier Ngoy Kasongo, who commands the Ituri police, said the camp was secure.\n\n"
        '"Nobody will enter it without our permission," the officer told reporters.',
        "Nobody will enter it",
        "Didier Ngoy Kasongo",
    ),
]


@pytest.mark.parametrize("text, opening, expected", OFFICERS)
def test_a_ranked_officer_is_the_officer(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


def test_an_office_with_its_short_form_before_a_name_is_the_holders_role(nlp):
    text = ("According to Station House Officer (SHO) Imran Khan Afridi, about 20 militants attacked the post "
            'at night.\n\n"Our men held the gate until help came," the SHO told reporters.')
    doc = nlp(text)
    found = extract_entities(doc)
    assert not any("Officer" in e.name or e.name == "SHO" for e in found.entities)
    assert _speaker_of(nlp, text, "Our men held the gate") == "Imran Khan Afridi"


# An agency that reports, citing a source: the quote is the source's, the agency only carries it.
CITED = [
    ('Tass reported, citing the Russian Defence Ministry, that air defences had "destroyed every drone" over '
     "the city.", "destroyed every drone", "Russian Defence Ministry"),
    ('Interfax said, citing the Emergencies Ministry, that "more than 40 homes were damaged" in the raid.',
     "more than 40 homes", "Emergencies Ministry"),
]


@pytest.mark.parametrize("text, opening, expected", CITED)
def test_what_an_agency_reports_citing_a_source_is_the_sources(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        # an unnamed spokesperson, named again as "the spokesperson" or by a pronoun, speaks for the body
        ("A spokesperson for Nordvik Cargo said the damaged vessel would sail once repairs were finished. "
         '"The crew are safe and the cargo is intact," the spokesperson added.', "The crew are safe", "Nordvik Cargo"),
        ('A Brennock Rail spokesman declined to give a date for the reopening. "Repairs take as long as they '
         'take," he said.', "Repairs take", "Brennock Rail"),
        # but someone named in between is who "she" is
        ("A spokeswoman for Brennock Rail said the line was shut. Engineer Maria Vance inspected the bridge. "
         '"The steel is sound," she said.', "The steel is sound", "Maria Vance"),
    ],
)
def test_an_unnamed_spokesperson_referred_back_to_speaks_for_the_body(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        # an office a sentence gives a person with "as", whatever its verb, is later "the <office>"
        ('Incumbent Rosa Vell won a third term as mayor of Carrow on Tuesday. Her rival conceded at midnight. '
         '"This city chose to keep building," the mayor told a crowd.', "This city chose", "Rosa Vell"),
        ('Dmitri Orlov was sworn in as governor of the province on Monday. Protesters gathered outside. '
         '"I will serve every district," the governor said.', "I will serve", "Dmitri Orlov"),
    ],
)
def test_an_office_given_with_as_is_the_role_noun_s_holder(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


@pytest.mark.parametrize(
    "text, opening, expected",
    [
        # business news refers back to a company by what it does
        ('Economists at Norland Savings Bank said the decision was expected. "The bank is in no hurry," the '
         'lender said in a note to clients.', "The bank is in no hurry", "Norland Savings Bank"),
        ('Velmora Motors cut its forecast on Monday. "Demand in Europe has stalled," the carmaker said.',
         "Demand in Europe", "Velmora Motors"),
    ],
)
def test_a_company_referred_back_to_by_its_trade(nlp, text, opening, expected):
    assert _speaker_of(nlp, text, opening) == expected


def test_a_headline_quote_repeated_in_the_body_is_the_body_speaker_s(nlp):
    text = ("'No one will silence us': farmers block roads in Tarvel\n\n"
            "Hundreds of tractors blocked the ring road on Monday.\n\n"
            '"No one will silence us," said Piotr Halas, who farms wheat north of the city.')
    doc = nlp(text)
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    speakers = [found.entities[q.speaker_cluster].name if q.speaker_cluster is not None else None for q in quotes
                if q.text.startswith("No one will silence us")]
    assert speakers == ["Piotr Halas", "Piotr Halas"]


def test_a_body_described_with_a_noun_is_that_noun_later_not_its_modifier(nlp):
    text = ("Militia fighters attacked a camp near the town of Djala on Sunday, killing seven people, according to "
            "MINUDEK, the UN peacekeeping mission in the country.\n\n"
            '"We condemn this attack in the strongest terms," the UN mission said.')
    assert _speaker_of(nlp, text, "We condemn this attack") == "MINUDEK"


def test_the_office_after_his_office_is_his(nlp):
    text = ("Envoy Tom Reyes met Prime Minister Ana Holt in Lisbon on Sunday. The Harbour Union protested outside. "
            "Holt told him the deal was close, according to her office.\n\n"
            '"The prime minister wants an agreement this week," the office said in a statement.')
    assert _speaker_of(nlp, text, "The prime minister wants") == "Ana Holt"


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        # an undertaking reported inside someone's speech: the quoted words are the reporter's
        ('Mediator Grace Otieno said after the talks that both delegations had agreed on "a ceasefire that '
         'can be checked on the ground".', "a ceasefire", "Grace Otieno"),
        ('The finance minister, Pieter Walraven, told reporters the coalition partners had pledged "no new '
         'taxes on working families this year".', "no new taxes", "Pieter Walraven"),
        # an undertaking that is the sentence's own verb keeps its subject
        ('Karin Holt vowed "to finish the bridge before the winter comes".', "to finish", "Karin Holt"),
    ],
)
def test_a_quote_under_a_reported_undertaking_is_the_reporters(nlp, text, opening, speaker):
    assert _speaker_of(nlp, text, opening) == speaker


def test_the_statement_speaks_for_whoever_issued_it(nlp):
    text = ('The drone struck the depot before dawn, the Northern Province Administration said in a statement, '
            'adding that nine people were hurt.\n\n"The attackers picked a target with no guards and many '
            'workers. This is a crime against civilians," the statement said.\n')
    assert _speaker_of(nlp, text, "The attackers picked") == "Northern Province Administration"


def test_a_statement_nobody_issued_before_has_no_speaker(nlp):
    text = ('Crowds gathered outside the court on Monday.\n\n"We will appeal the ruling at once," the statement '
            'said.\n')
    assert _speaker_of(nlp, text, "We will appeal") in {None, "the statement"}


def test_an_outlet_named_after_its_noun_is_the_speaker(nlp):
    text = ('The ministry did not comment. State-run newspaper The Morning Herald of Kandor reported that soldiers '
            'had destroyed "bandit hideouts and weapons caches" near the border.')
    assert _speaker_of(nlp, text, "bandit hideouts") == "Morning Herald of Kandor"


def test_a_seat_of_power_and_its_nickname_speak_as_one_office(nlp):
    text = ('A Downing Street spokeswoman sought to calm the backbenches on Wednesday. A No 10 spokesperson said: '
            '"The prime minister values every colleague who voted with the government."\n\nLater, ministers met '
            'rebels in Downing Street.')
    doc = nlp(text)
    found = extract_entities(doc)
    seat = next(e for e in found.entities if e.name == "Downing Street")
    assert seat.label == "ORG" and "No 10" in seat.aliases
    assert _speaker_of(nlp, text, "The prime minister values") == "Downing Street"


def test_a_relative_clause_speaks_for_the_name_it_describes(nlp):
    # "who said": the relative pronoun stands for the name the clause describes
    text = ('The trip came after Reyes spoke with Finance Minister Tomas Okafor, who said on Monday that the talks '
            'were "frank and useful."')
    assert _speaker_of(nlp, text, "frank and useful") == "Tomas Okafor"


def test_adding_to_a_sum_is_no_speech(nlp):
    text = ('Chief executive Dana Wirth told analysts on a call that the purchase would be paid for in cash and '
            'would add to revenue "from the third year onwards".')
    assert _speaker_of(nlp, text, "from the third year") == "Dana Wirth"


def test_a_name_the_model_misses_is_a_person_by_its_description(nlp):
    text = ('Soldiers shelled the market at noon, residents said.\n\nMa Thida Soe Myint, a nurse at the clinic, said '
            'the wounded had no beds. "We ran out of bandages by the evening," she told a local radio station.')
    doc = nlp(text)
    people = {e.name for e in extract_entities(doc).entities if e.label == "PERSON"}
    assert "Ma Thida Soe Myint" in people
    assert _speaker_of(nlp, text, "We ran out of bandages") == "Ma Thida Soe Myint"


def test_a_double_barrelled_name_the_model_misses_is_a_person_by_its_description(nlp):
    text = ('The premier flew home on Friday.\n\nDr Sefo Tuilagi-Vaai, a regional trade researcher at the '
            'University of the Coast, said the trip showed the island was "keeping every door open".')
    assert _speaker_of(nlp, text, "keeping every door open") == "Sefo Tuilagi-Vaai"


def test_a_surname_first_name_speaks_by_its_first_word(nlp):
    text = ('Prime Minister Hayama Ritsuko met her Canadian counterpart in Osaka on Monday.\n\nThe two leaders '
            'agreed to speed up talks on a trade deal.\n\nHayama told reporters that the partnership had reached '
            '"a new level of trust".\n')
    assert _speaker_of(nlp, text, "a new level of trust") == "Hayama Ritsuko"

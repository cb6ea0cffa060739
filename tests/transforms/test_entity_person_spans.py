"""Persons' names the model cut: a given name left before a name of two or more words."""

import pytest
from spacy.tokens import Span

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.cut_names import surnames_joined
from transforms.entities.person_spans import extend_given_names, whole_person_names
from transforms.entities.span_repairs import repair_spans
from transforms.entities.untagged import untagged_names


def _persons(nlp, text):
    return {e.name for e in extract_entities(nlp(text)).entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("The provincial army spokesman, Lieutenant Didier Mbala Kanku, confirmed the clash.", "Didier Mbala Kanku"),
        ("The regional spokesman, Colonel Didier Lukusa Mbuyi, said the road was open.", "Didier Lukusa Mbuyi"),
        ("The Chinese envoy later met Senior General Min Aung Hlaing in Naypyitaw.", "Min Aung Hlaing"),
    ],
)
def test_a_given_name_left_before_a_full_name_joins_it(nlp, text, person):
    assert person in _persons(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a title, a nationality or a place before the name stays out of the person's name
        ("The spokesman, Lieutenant Didier Mbala Kanku, confirmed the clash.", "Lieutenant Didier Mbala Kanku"),
        ("The Kenyan runner Mary Wanjiru Keitany won the race on Sunday.", "Kenyan Mary Wanjiru Keitany"),
    ],
)
def test_titles_and_nationalities_do_not_join_the_name(nlp, text, person):
    assert person not in _persons(nlp, text)


def test_a_given_name_opening_the_sentence_before_an_introduced_surname_joins_it(nlp):
    # the model tags only the surname of a name that opens the sentence and is introduced by its role
    assert "Enver Solomon" in _persons(nlp, "Enver Solomon, the director of the Shelter Fund, said the vote was a blow.")


@pytest.mark.parametrize(
    "text, person",
    [
        # the honorific is a title: the mention holds it, the name does not ("U Kyaw" is Kyaw)
        ("Militia spokesman U Khaing Tun said the strike was revenge for the advance.", "Khaing Tun"),
        ("The AA spokesman U Khaing Soe said the attack was revenge for the advance.", "Khaing Soe"),
        ('"The roof fell on the hall," said U Kyaw Min Naing, a village elder, who added that the wounded had '
         "been taken away.", "Kyaw Min Naing"),
    ],
)
def test_a_name_opened_by_a_burmese_honorific_is_a_person(nlp, text, person):
    assert person in _persons(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        # a given name that is also a country's name opens a person's name
        ("Defense Minister Israel Katz said the army would keep striking.", "Israel Katz"),
        ("Finance Minister Jordan Pike said taxes would rise next year.", "Jordan Pike"),
        ("Chad Okoro scored twice before half-time.", "Chad Okoro"),
    ],
)
def test_a_given_name_that_names_a_country_opens_a_person(nlp, text, person):
    assert person in _persons(nlp, text)


@pytest.mark.parametrize(
    "text, person, absent",
    [
        # a rank run into the service's name is the person's title, and the service alone names no one
        ('"We held the line," said Army Capt. Daniel Ruiz, who led the unit.', "Daniel Ruiz", "Army Capt"),
        ('"It was quiet," said Navy Lt. Cmdr. Sara Holm.', "Sara Holm", "Navy Lt"),
        # a speech verb fronted before the name is no given name, though "Said" is one
        ('Said Maria Lenz, a neighbour: "He was kind to everyone."', "Maria Lenz", "Said Maria Lenz"),
    ],
)
def test_ranks_and_fronted_verbs_stay_out_of_a_name(nlp, text, person, absent):
    names = {e.name for e in extract_entities(nlp(text)).entities}
    assert person in names and absent not in names, names


def test_an_untagged_speaker_named_again_by_surname_is_a_person(nlp):
    doc = nlp("“The lads showed character,” Kike Setién said.\n\nSetién was asked about the table.")
    doc.ents = ()  # as where the model misses the name
    assert [(c.text, c.label) for c in untagged_names(doc)] == [("Kike Setién", "PERSON")]
    body = nlp("Human Rights Watch said on Monday that the raids were unlawful.")
    body.ents = ()
    assert untagged_names(body) == []


@pytest.mark.parametrize(
    "text, cut, whole",
    [
        # a second surname the model left untagged, and a double-barrelled one split at its hyphen
        ("Secretary Omar García Harfuch met the envoy on Monday.", "Omar García", "Omar García Harfuch"),
        ("Chief Executive Dana O'Leary-Marsh said the ruling was fair.", "Dana O'Leary", "Dana O'Leary-Marsh"),
        # a title after the name is no surname
        ("Mirebalais Mayor Wilner Pierre said the town was calm.", "Wilner Pierre", "Wilner Pierre"),
    ],
)
def test_a_persons_name_cut_before_its_last_surname_is_whole(nlp, text, cut, whole):
    doc = nlp(text)
    start = text.index(cut)
    [person] = repair_spans(doc, text, [Candidate(start, start + len(cut), cut, "PERSON")])
    assert person.text == whole


def test_an_untagged_double_barrelled_name_is_whole(nlp):
    doc = nlp("Marta Okafor-Lindqvist, a lawyer for the residents, called the ruling fair.")
    doc.ents = ()  # as where the model misses the name
    assert [c.text for c in untagged_names(doc)] == ["Marta Okafor-Lindqvist"]


@pytest.mark.parametrize(
    "text, person",
    [
        # first names no list knows, between a title and the rest of the name the model tagged
        ("Maj. Gen. Abdulsalami Garba Yakubu met officials in the capital.", "Abdulsalami Garba Yakubu"),
        ("Ulang County Commissioner Gatluak Nyang Chuol said by phone that nine people died.",
         "Gatluak Nyang Chuol"),
        ("Col. Mahamadou Issoufou Kane told reporters the road was closed.", "Mahamadou Issoufou Kane"),
        ("The group's president Dr Raja Shah Nizam Raja Ahmad said the case was clear.", "Raja Shah Nizam Raja Ahmad"),
        # a Malaysian honorific between the office and the name is a title, not a name
        ("Judge Datuk Noorazlina Abdul Wahab ruled that the evidence was sound.", "Noorazlina Abdul Wahab"),
    ],
)
def test_first_names_between_a_title_and_the_name_join_it(nlp, text, person):
    assert person in _persons(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Foreign Minister Sergei Lavrov met President Xi Jinping in Beijing.", "Xi Jinping"),
        ("Kenya Police Service Inspector Jane Wambui said the men fled.", "Jane Wambui"),
        ("Kharkiv Governor Oleh Syniehubov said two people were hurt.", "Oleh Syniehubov"),
    ],
)
def test_a_place_or_body_before_a_title_stays_out_of_the_name(nlp, text, person):
    assert person in _persons(nlp, text)



@pytest.mark.parametrize(
    "text, surname, person",
    [
        ("Dr Tevita Folau-Lolohea, a marine researcher, said the reef had recovered.", "Folau-Lolohea",
         "Tevita Folau-Lolohea"),
        ("Ms Mele Vaipulu told the inquiry the port would reopen.", "Vaipulu", "Mele Vaipulu"),
    ],
)
def test_a_title_before_an_unknown_given_name_opens_the_persons_name(nlp, text, surname, person):
    # the model tagged the surname alone, as a body: the word between the title and it is the given name
    doc = nlp(text)
    doc.ents = []
    start = text.index(surname)
    [found] = extend_given_names(doc, [Candidate(start, start + len(surname), surname, "ORG")])
    assert (found.text, found.label) == (person, "PERSON")


def test_a_given_name_opening_the_sentence_joins_a_surname_its_role_follows(nlp):
    text = ("Three neighbors were hurt by shrapnel.\n\nOleksandr Prokopenko, head of the district council, wrote on "
            'Telegram:\n\n"They shell us every night. Leave while the roads are open."')
    assert "Oleksandr Prokopenko" in {e.name for e in extract_entities(nlp(text)).entities}


@pytest.mark.parametrize(
    "text, person",
    [
        # a place's title before an untagged name: the place opens the run, the title says who follows
        ("Kharkiv Mayor Ihor Terekhov said rescuers had pulled two people alive from the rubble.", "Ihor Terekhov"),
        # a name after a role, read as a people's, with the surname the model left out
        ("BJP spokesperson Sunil Raina Bhat said statehood would come soon.", "Sunil Raina Bhat"),
        # a speaker after a quote's closing mark, read as a work of art
        ('Analysts had expected less. "The bank is now more worried about growth," Adaeze Nwachukwu-Reyes, chief '
         'economist at Lagos-based Halden Brook Securities, told BusinessDay.', "Adaeze Nwachukwu-Reyes"),
    ],
)
def test_a_persons_name_the_model_missed_or_misread_around_a_title_or_a_quote(nlp, text, person):
    assert (person, "PERSON") in typed_entities(nlp, text)


def test_a_title_and_given_name_after_a_quote_stay_the_person_named_in_full(nlp):
    text = ("The committee's chair, Dame Karen Whitlow, said the ministry had missed its target.\n\n"
            '"We asked for a plan and were handed a leaflet," Dame Karen told the minister.')
    found = typed_entities(nlp, text)
    assert not any(name == "Dame Karen" for name, _ in found)


def test_two_pieces_of_a_name_with_an_untagged_word_between_are_one_person(nlp):
    found = typed_entities(nlp, "Several shops were looted in the night, army spokesman in Tanganyika Lt. Jean-Claude "
                                "Mbuyi Kalala said.")
    assert ("Jean-Claude Mbuyi Kalala", "PERSON") in found and ("Kalala", "PERSON") not in found


def _piece(text, words, label="PERSON"):
    start = text.index(words)
    return Candidate(start, start + len(words), words, label)


@pytest.mark.parametrize(
    "text, pieces, person",
    [
        # a hyphened given name cut at its hyphen
        ("Treasurer Oh Seung-ah told the board the bond sale had been delayed.", [("Oh Seung", "PERSON")],
         "Oh Seung-ah"),
        # surnames the model left out after the given names
        ('"We were not ready," Governor Sofía Andrea Cuesta Palacios said at a briefing.',
         [("Sofía Andrea", "PERSON")], "Sofía Andrea Cuesta Palacios"),
        # two pieces side by side, an apposition after them
        ('"Costs will rise," said Dewi Lestari Handoko, an analyst at a broker.',
         [("Dewi Lestari", "PERSON"), ("Handoko", "PERSON")], "Dewi Lestari Handoko"),
        # pieces read as bodies after a person's role
        ('"The melt has doubled," said co-author Pipaluk Rosing Kreutzmann, a glaciologist at the survey.',
         [("Pipaluk", "ORG"), ("Kreutzmann", "ORG")], "Pipaluk Rosing Kreutzmann"),
        # a surname alone, in apposition to a role, after the given name the model left out
        ("The decree was read out by her spokesperson, Garba Yakubu Danjuma.", [("Yakubu Danjuma", "PERSON")],
         "Garba Yakubu Danjuma"),
    ],
)
def test_a_name_cut_in_pieces_is_made_whole(nlp, text, pieces, person):
    found = whole_person_names(nlp(text), [_piece(text, words, label) for words, label in pieces])
    assert [(c.text, c.label) for c in found] == [(person, "PERSON")]


@pytest.mark.parametrize(
    "text, piece",
    [
        # guards: a caption's word after the name, a post-nominal, a place after a preposition
        ("Students at the school met Hassan Abdi Image", "Hassan Abdi"),
        ("Judge Helen Marsh KC said the evidence was overwhelming.", "Helen Marsh"),
        ('"Costs will rise," said Dewi Handoko in Surabaya.', "Dewi Handoko"),
        # a hyphened noun after a prize's name is no syllable of a given name
        ("The author, a Man Booker Prize-winner, signed copies.", "Man Booker Prize"),
    ],
)
def test_words_that_are_no_part_of_a_name_stay_out(nlp, text, piece):
    found = whole_person_names(nlp(text), [_piece(text, piece)])
    assert [c.text for c in found] == [piece]


def test_a_person_named_with_a_nickname_in_quotes_is_whole(nlp):
    text = ('The clash pits the sons of jailed trafficker Rafael "El Gallo" Quintana against fighters loyal to '
            'Ismael "El Mayo" Zambada. Zambada was arrested last year.')
    found = extract_entities(nlp(text))
    people = {m.text: found.entities[m.cluster].name for m in found.mentions if found.entities[m.cluster].label == "PERSON"}
    assert 'Ismael "El Mayo" Zambada' in people and people["Zambada"] == people['Ismael "El Mayo" Zambada']
    assert 'Rafael "El Gallo" Quintana' in people


def test_an_untagged_name_of_rare_words_after_said_is_a_persons(nlp):
    text = ('"The road was empty for hours," said Gemechu Tolera Bayisa, whose cousin was among the dead. '
            '"Nobody came."')
    assert ("Gemechu Tolera Bayisa", "PERSON") in typed_entities(nlp, text)


def test_a_philippine_abbreviated_maria_opens_a_nicknamed_name(nlp):
    text = '"Property carried the quarter," said Ma. Lourdes "Lulu" Santiago-Reyes, head of research at a brokerage.'
    names = {m.text for m in extract_entities(nlp(text)).mentions}
    assert 'Ma. Lourdes "Lulu" Santiago-Reyes' in names, names


def test_a_name_cut_into_a_place_and_a_person_is_the_person_the_article_names_in_full(nlp):
    # the caption's "Isabel" is read as a place, "Moreno Ruiz" as a person; the story names her in full
    text = ("Isabel Moreno Ruiz waves to supporters in Seville on Sunday night.\n\n"
            "Isabel Moreno Ruiz won a third term as mayor, the count showed.")
    assert typed_entities(nlp, text) >= {("Isabel Moreno Ruiz", "PERSON")}
    assert not {name for name, _ in typed_entities(nlp, text)} & {"Isabel", "Moreno Ruiz"}


def test_a_country_beside_a_persons_full_name_elsewhere_stays_a_country(nlp):
    text = ("Georgia Lindqvist-Moreau toured Tbilisi on Monday.\n\n"
            "Georgia Lindqvist-Moreau, the envoy, said Georgia must reform.")
    assert ("Georgia", "GPE") in typed_entities(nlp, text)


def test_a_first_name_alone_in_a_headline_is_the_person_named_in_full_below(nlp):
    text = ("Ruto, Prabowo sign fisheries pact in Nairobi\n\n"
            "Kenyan President William Ruto and Indonesian President Prabowo Subianto signed a fisheries pact "
            "on Friday.")
    people = {e.name: e for e in extract_entities(nlp(text)).entities if e.label == "PERSON"}
    assert "Prabowo Subianto" in people, people
    assert "Prabowo" in people["Prabowo Subianto"].aliases, people
    assert not any(e.name == "Prabowo" for e in extract_entities(nlp(text)).entities), people


@pytest.mark.parametrize(
    "text, person",
    [
        ("A shopkeeper who gave only her first name, Olena, told reporters the sirens had sounded twice.", "Olena"),
        ("\u201cThe windows came in,\u201d she said. My neighbour on the third floor, Mykola, never came down.", "Mykola"),
    ],
)
def test_a_given_name_in_apposition_to_a_person_is_a_person(nlp, text, person):
    found = typed_entities(nlp, text)
    assert (person, "PERSON") in found, found


def test_an_untagged_name_with_a_double_barrelled_surname_is_a_person(nlp):
    doc = nlp("Traders had priced in a pause. Meera Sandhu-Whitmore, senior economist at Northgate Research, "
              "said the split vote was a warning.")
    doc.ents = []  # as the model leaves such a name when it knows neither half
    found = [(c.text, c.label) for c in untagged_names(doc)]
    assert ("Meera Sandhu-Whitmore", "PERSON") in found, found


def test_a_given_name_before_a_tagged_double_barrelled_surname_opens_the_name(nlp):
    doc = nlp("Other funds may follow. Ingvild Aasheim-Kristoffersen, head of responsible investment at Nordvik "
              "Kapital, said the dams were the largest risk they held.")
    start = doc.text.index("Aasheim")
    surname = doc.char_span(start, start + len("Aasheim-Kristoffersen"))
    doc.ents = [Span(doc, surname.start, surname.end, label="PERSON")]  # as the model tags such a name
    cands = extend_given_names(doc, [Candidate(surname.start_char, surname.end_char, surname.text, "PERSON")])
    assert [(c.text, c.label) for c in cands] == [("Ingvild Aasheim-Kristoffersen", "PERSON")], cands


def test_a_given_name_and_a_surname_read_as_two_names_before_an_age_are_one_person(nlp):
    doc = nlp("Hanna Ostapchuk, 51, a baker whose shop faces the ruined block, said the blast shook the street.")
    # as the model reads such a name: a town and a body
    cands = surnames_joined(doc, [Candidate(0, 5, "Hanna", "GPE"), Candidate(6, 15, "Ostapchuk", "ORG")])
    assert [(c.text, c.label) for c in cands] == [("Hanna Ostapchuk", "PERSON")], cands


def test_an_untagged_name_of_a_body_that_speaks_is_a_person(nlp):
    from spacy.tokens import Span

    from transforms.entities.untagged import untagged_names

    doc = nlp("Zhaksylyk Nurzhaubay of the Steppe Rights Bureau, which works from Almaty, said families had been "
              "searched.")
    body = next(i for i, t in enumerate(doc) if t.text == "Steppe")
    doc.ents = [Span(doc, body, body + 3, "ORG")]  # the model's reading of the body alone
    found = [(c.text, c.label) for c in untagged_names(doc)]
    assert ("Zhaksylyk Nurzhaubay", "PERSON") in found, found


def test_a_double_barrelled_surname_cut_at_its_hyphen_is_the_person_named_in_full():
    from transforms.entities.candidates import Candidate
    from transforms.entities.person_spans import names_given_whole_elsewhere

    text = "Foreign Minister Hanne Brandt-Oyelaran met him. \"We are ready,\" Brandt-Oyelaran told journalists."
    cut = text.rindex("Brandt")
    cands = [Candidate(17, 38, "Hanne Brandt-Oyelaran", "PERSON"), Candidate(cut, cut + 6, "Brandt", "ORG")]
    assert [(c.text, c.label) for c in names_given_whole_elsewhere(text, cands)] == [
        ("Hanne Brandt-Oyelaran", "PERSON"), ("Brandt-Oyelaran", "PERSON")]


def test_a_title_opens_a_name_the_model_cut_before_a_surname_that_is_also_a_town(nlp):
    # "Hassan" is a town of Karnataka too; after a titled name it is the name's last word
    doc = nlp("The envoy carried a message from President Halima Suluwe Hassan. The two discussed trade.")
    first = next(t.i for t in doc if t.text == "Halima")
    doc.ents = [Span(doc, first, first + 2, label="PERSON"), Span(doc, first + 2, first + 3, label="PERSON")]
    found = extract_entities(doc)
    assert {found.entities[m.cluster].name for m in found.mentions} == {"Halima Suluwe Hassan"}


def test_two_pieces_of_a_name_with_a_particle_are_one_person(nlp):
    # the model's two readings overlap at the middle name, and the run of capitals stops at "de"
    text = "The state works secretary, Col. Rogério Augusto Lima de Castro, defended the plan on Tuesday."
    doc = nlp(text)
    given = next(t.i for t in doc if t.text == "Rogério")
    doc.ents = [Span(doc, given, given + 2, label="PERSON"), Span(doc, given + 2, given + 5, label="PERSON")]
    found = extract_entities(doc)
    assert {found.entities[m.cluster].name for m in found.mentions} == {"Rogério Augusto Lima de Castro"}


@pytest.mark.parametrize("full, short", [
    ("Rogério Augusto Lima de Castro", "Lima de Castro"),
    ("Fernando Antônio Braga de Oliveira", "Braga de Oliveira"),
])
def test_two_surnames_joined_by_a_particle_name_the_person_again(nlp, full, short):
    # the first surname is also a given name ("Lima", "Braga"): the particle makes the pair a surname
    doc = nlp(f"The works secretary, Col. {full}, defended the plan. On Friday, {short} met union leaders at the hall.")
    found = extract_entities(doc)
    assert {found.entities[m.cluster].name for m in found.mentions if m.label == "PERSON"} == {full}


def test_an_initial_glued_to_a_name_is_a_word_of_its_own_to_the_tokenizer(nlp):
    # Mongolian news glues the father's initial to the name; the tokenizer splits it, the text keeps no space
    doc = nlp("The governor, D.Ganbold, met the U.S.Army liaison.")
    assert [t.text for t in doc][3:5] == ["D.", "Ganbold"]
    assert "U.S.Army" in [t.text for t in doc]
    assert ("D.Ganbold", "PERSON") in typed_entities(nlp, "The governor, D.Ganbold, met farmers in Khovd on Monday.")


@pytest.mark.parametrize("text, full, short", [
    ("Jonathan Pellworth, the harbour master, opened the dock on Monday. J. Pellworth said it had cost too much.",
     "Jonathan Pellworth", "J. Pellworth"),
    ("The hearing opened with a speech by the mining minister, Dorjiin Ganbold. Later, D.Ganbold told reporters the mine would reopen.",
     "Dorjiin Ganbold", "D.Ganbold"),
])
def test_an_initial_and_a_surname_name_the_full_name_of_that_initial(nlp, text, full, short):
    found = extract_entities(nlp(text))
    names = {found.entities[m.cluster].name for m in found.mentions if m.text == short}
    assert names == {full}


def test_a_body_run_into_a_name_with_a_glued_initial_gives_both(nlp):
    doc = nlp("Chairman of the Khovd Citizens Assembly D.Ganbold said the budget was ready.")
    start = next(t.i for t in doc if t.text == "the")
    end = next(t.i for t in doc if t.text == "Ganbold") + 1
    doc.ents = [Span(doc, start, end, label="ORG")]
    found = {(e.name, e.label) for e in extract_entities(doc).entities}
    assert {("Khovd Citizens Assembly", "ORG"), ("D.Ganbold", "PERSON")} <= found


def test_a_titled_given_name_takes_the_double_barrelled_surname_the_model_left_out(nlp):
    text = "Chief Superintendent Gareth Doherty-Breslin, the district commander, said the road was reopened."
    doc = nlp(text)
    at = text.index("Superintendent")
    doc.ents = [doc.char_span(at, text.index(" Doherty"), label="PERSON")]  # as the model reads it at times
    assert {(e.name, e.label) for e in extract_entities(doc).entities} == {("Gareth Doherty-Breslin", "PERSON")}


def test_a_chief_constable_is_titled(nlp):
    assert ("Ailbhe Corrigan", "PERSON") in typed_entities(
        nlp, "Chief Constable Ailbhe Corrigan said two officers had been hurt in the blast.")

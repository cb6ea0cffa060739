"""Titles before a person's name: part of the mention, not of the name."""

import pytest
from spacy.tokens import Doc, Span

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate, name_tokens
from transforms.entities.offices import people_behind_a_title_or_party
from transforms.entities.untagged import untagged_names


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Vice President Alma Reyes visited the plant on Monday.", "Vice President Alma Reyes", "Alma Reyes"),
        ("Representative Tom Okafor voted against the bill.", "Representative Tom Okafor", "Tom Okafor"),
        ("The ruling was written by Justice Helen Marsh last year.", "Justice Helen Marsh", "Helen Marsh"),
        ("Professor Ines Duarte studies glaciers in Chile.", "Professor Ines Duarte", "Ines Duarte"),
        # an air force's ranks, of two words
        ("The air force said its jets struck camps in the forest. Its spokesperson, Air Commodore Tunde "
         "Egbuson, said the raid followed weeks of surveillance.", "Air Commodore Tunde Egbuson", "Tunde Egbuson"),
        ("Wing Commander Ayesha Khattak told reporters that two pilots had returned safely, while Group Captain Musa "
         "Abubakar Dantata said the raids would continue.", "Captain Musa Abubakar Dantata", "Musa Abubakar Dantata"),
        # Not a title: a place before a name stays out of the mention and out of the name.
        ("The visit of Ambassador to Canada Rita Moss was cut short.", "Rita Moss", "Rita Moss"),
    ],
)
def test_a_persons_mention_holds_the_titles_before_it_and_the_name_does_not(nlp, text, mention, name):
    found = extract_entities(nlp(text))
    by_text = {m.text: found.entities[m.cluster] for m in found.mentions}
    assert mention in by_text, list(by_text)
    assert by_text[mention].name == name
    assert by_text[mention].label == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        # ranks are titles: out of the name
        ("Maj. Oumar Diallo told reporters the road was open.", "Oumar Diallo"),
        ("Brig. Gen. Ahmed Musa said the troops had withdrawn.", "Ahmed Musa"),
        # a name after an office is a person's, whatever the model tagged it
        ("Chad's President Mahamat Idriss Déby Itno received the delegation.", "Mahamat Idriss Déby Itno"),
        ("Director General Tedros Adhanom Ghebreyesus said the outbreak was contained.", "Tedros Adhanom Ghebreyesus"),
        # a person named in apposition after a region is its office holder, not a place of its address
        ("The governor of the Northwest Region, Emmanuel Ndongo Mvondo, visited the wounded.", "Emmanuel Ndongo Mvondo"),
    ],
)
def test_a_name_after_a_title_or_rank_is_a_persons(nlp, text, name):
    found = extract_entities(nlp(text))
    assert {e.name: e.label for e in found.entities}.get(name) == "PERSON"
    assert not any(e.label == "PERSON" and e.name in {"Brig", "Maj"} for e in found.entities)


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Foreign Ministry said on Monday that talks had stalled.", "Foreign Ministry"),
        ("President Amara Sow's FEMA team arrived on Tuesday.", "FEMA"),
    ],
)
def test_a_body_after_a_title_word_stays_a_body(nlp, text, body):
    found = extract_entities(nlp(text))
    assert {e.name: e.label for e in found.entities}.get(body) == "ORG"


@pytest.mark.parametrize(
    "text, country, office",
    [
        ("Liu Wen held a call with U.S. Treasury Secretary Dana Hale on Sunday.", "United States", "U.S. Treasury"),
        ("The envoy met U.S. Commerce Secretary Dana Hale in Geneva.", "United States", "U.S. Commerce"),
    ],
)
def test_a_portfolio_between_a_country_and_a_title_is_no_body(nlp, text, country, office):
    names = {(e.name, e.label) for e in extract_entities(nlp(text)).entities}
    assert (country, "GPE") in names and not any(name == office for name, _ in names)


def test_the_department_of_a_portfolio_stays_a_body(nlp):
    names = {(e.name, e.label) for e in extract_entities(
        nlp("The U.S. Treasury Department said in a statement that the talks went well.")).entities}
    assert ("U.S. Treasury Department", "ORG") in names


@pytest.mark.parametrize(
    "text, person",
    [
        ("Opposition trade spokesperson Tamahina Rewi-Hale said the deal was weak.", "Tamahina Rewi-Hale"),
        ("Opposition foreign affairs spokesperson Tamati Rewa-Hale said the aid was late.", "Tamati Rewa-Hale"),
    ],
)
def test_a_name_after_a_role_in_lower_case_is_a_persons(nlp, text, person):
    assert (person, "PERSON") in {(e.name, e.label) for e in extract_entities(nlp(text)).entities}


def test_an_office_that_speaks_is_no_name_the_model_missed(nlp):
    # the parse of a wire story: "Minority Leader" the subject, its holder in apposition, left untagged;
    # "Leader" alone again later. The office is no person.
    words = ["Minority", "Leader", "Ana", "Holt", "said", "it", "passed", ".", "Leader", "Tom", "Reyes", "agreed", "."]
    heads = [1, 4, 3, 1, 4, 6, 4, 4, 10, 10, 11, 11, 11]
    deps = ["compound", "nsubj", "compound", "appos", "ROOT", "nsubj", "ccomp", "punct", "compound", "compound",
            "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    lemmas = [{"said": "say", "passed": "pass", "agreed": "agree"}.get(w, w.lower()) for w in words]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 7 + [True] + [False] * 4)
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 9, 11, label="PERSON")]
    assert not any(c.text == "Minority Leader" for c in untagged_names(doc))


@pytest.mark.parametrize(
    "text, name",
    [
        # letters after a name for a Senior Counsel, a member of a parliament
        ("Counsel for Brightmoor, Hannah bin Salleh SC, had argued for a lower fine.", "Hannah bin Salleh"),
        ("Health spokesperson Fiona Grant MSP said the plan lacked targets.", "Fiona Grant"),
    ],
)
def test_post_nominal_letters_leave_a_person(nlp, text, name):
    assert (name, "PERSON") in {(e.name, e.label) for e in extract_entities(nlp(text)).entities}


@pytest.mark.parametrize(
    "glued, person",
    [("Commissioner Mateja Vrhovnik", "Mateja Vrhovnik"), ("Conservative Brent Halloran-Yip", "Brent Halloran-Yip")],
)
def test_a_persons_name_read_as_a_body_with_a_title_or_party_word_before_it_is_the_persons(glued, person):
    text = f"The seat went to {glued} on Monday night."
    start = text.index(glued)
    found = people_behind_a_title_or_party([Candidate(start, start + len(glued), glued, "ORG")])
    assert [(c.label, name_tokens(c.text)) for c in found] == [("PERSON", person.split())]


@pytest.mark.parametrize(
    "text, person, rank",
    [
        ("DSP Imran Qureshi told reporters the blast killed three officers.", "Imran Qureshi", "DSP"),
        ("The IGP, Ahmad Raza Khan, visited the site on Monday.", "Ahmad Raza Khan", "IGP"),
    ],
)
def test_a_police_rank_in_letters_is_a_title_not_a_body(nlp, text, person, rank):
    entities = typed_entities(nlp, text)
    assert (person, "PERSON") in entities and (rank, "ORG") not in entities


def test_a_name_after_a_title_read_as_an_event_is_a_persons(nlp):
    # the model tags "Hyacinth Ode" an event
    text = "Governor Hyacinth Ode, who toured the camp on Monday afternoon, later flew to Lagos."
    assert ("Hyacinth Ode", "PERSON") in typed_entities(nlp, text)


def test_a_nationality_and_a_portfolio_before_a_title_are_no_body(nlp):
    text = "Ghanaian Foreign Affairs Minister Kwame Ofori-Atta arrived in Seoul on Monday."
    assert typed_entities(nlp, text) == {("Ghanaian", "NORP"), ("Kwame Ofori-Atta", "PERSON"), ("Seoul", "GPE")}


def test_a_chief_ministers_letters_before_the_name_are_a_title(nlp):
    text = ("Four policemen killed in Bannu attack; CM says attackers 'will find no refuge'\n\n"
            "Chief Minister Sohail Afridi condemned the attack on Monday.")
    assert typed_entities(nlp, text) == {("Bannu", "GPE"), ("Sohail Afridi", "PERSON")}


def test_a_titled_persons_surname_spelt_like_a_city_is_no_body(nlp):
    # GeoNames lists "Kabulo" among the spellings of Kabul
    text = '"We need roads before we need promises," said Governor Moise Kabulo after the meeting.'
    assert ("Moise Kabulo", "PERSON") in typed_entities(nlp, text)


def test_indias_union_before_a_portfolio_and_a_title_is_part_of_the_office(nlp):
    found = typed_entities(nlp, "The chief minister met Union Home Minister Amit Shah in New Delhi on Monday.")
    assert ("Amit Shah", "PERSON") in found, found
    assert not any(name.startswith("Union") for name, _ in found), found


@pytest.mark.parametrize(
    "text, body",
    [
        ("Three people were pulled from the rubble, the Lebanese Civil Defence said.", "Lebanese Civil Defence"),
        ("The Syrian Civil Defence said its crews worked through the night.", "Syrian Civil Defence"),
    ],
)
def test_a_portfolio_that_closes_a_bodys_name_stays_in_it(nlp, text, body):
    found = typed_entities(nlp, text)
    assert (body, "ORG") in found, found


def test_the_holder_named_after_an_office_of_a_body_is_the_person(nlp):
    text = "The clash broke out at noon, said Rangamati Superintendent of Police Tanvir Hasan Chowdhury."
    found = typed_entities(nlp, text)
    assert ("Tanvir Hasan Chowdhury", "PERSON") in found, found
    assert not any(label == "PERSON" and "Superintendent" in name for name, label in found), found


def test_a_place_before_its_governors_title_is_the_place(nlp):
    found = typed_entities(nlp, "Separately, Nineveh Governor Ahmed al-Jubouri met Kurdish officials in Erbil on Monday.")
    assert ("Nineveh", "GPE") in found, found
    assert ("Ahmed al-Jubouri", "PERSON") in found, found


def test_a_society_is_no_persons_name_after_its_country(nlp):
    found = typed_entities(nlp, "The Palestine Red Crescent Society said its medics treated six people.")
    assert ("Palestine Red Crescent Society", "ORG") in found, found


def test_the_holder_of_an_office_of_a_body_the_model_tagged_is_a_person(nlp):
    doc = nlp("Member of the National Assembly Sajidullah Jan Turi said he would raise the killings on Friday.")
    body = doc.char_span(doc.text.index("the National"), doc.text.index(" Sajidullah"))
    doc.ents = [Span(doc, body.start, body.end, label="ORG")]  # as the model reads it, the name left untagged
    found = [(c.text, c.label) for c in untagged_names(doc)]
    assert ("Sajidullah Jan Turi", "PERSON") in found, found


def test_a_priests_title_is_no_person(nlp):
    found = typed_entities(nlp, "Rev. Fr. Jonathan Pillado-Uy, convenor of the peace network, urged both sides "
                                "to talk.")
    assert ("Jonathan Pillado-Uy", "PERSON") in found, found
    assert not any(name in {"Fr", "Fr."} for name, _ in found), found


def test_an_office_and_its_remit_in_brackets_before_a_name_are_no_bodies(nlp):
    found = typed_entities(nlp, "The bomb was planted by a squad of rebels, said Inspector-General (Operations) "
                                "Sanjeev Kumar Ekka.")
    assert ("Sanjeev Kumar Ekka", "PERSON") in found, found
    assert not any(label == "ORG" for _, label in found), found


@pytest.mark.parametrize("tagged", [True, False])
def test_a_title_with_of_police_opens_the_name_and_names_no_town(nlp, tagged):
    # "Police" is a town of Poland too; here it closes the title
    doc = nlp("Deputy Superintendent of Police Ramesh Kumar Thapa-Karki said four officers were hurt.")
    if not tagged:
        doc.ents = []  # as the model leaves such a line at times
    found = extract_entities(doc)
    assert {(e.name, e.label) for e in found.entities} == {("Ramesh Kumar Thapa-Karki", "PERSON")}


def test_a_place_before_a_title_is_the_place_and_the_name_after_the_title_a_person(nlp):
    text = ("The gunmen fled towards the border, Jorhat Superintendent of Police Hiranyajyoti Bora-Gogoi told "
            "reporters on Tuesday.")
    doc = nlp(text)
    at = text.index("Jorhat")
    doc.ents = [doc.char_span(at, at + len("Jorhat Superintendent"), label="PERSON")]  # as the model reads it
    found = extract_entities(doc)
    assert {(e.name, e.label) for e in found.entities} >= {("Jorhat", "GPE"), ("Hiranyajyoti Bora-Gogoi", "PERSON")}
    assert not any("Superintendent" in e.name for e in found.entities)


@pytest.mark.parametrize("text, person", [
    ("A spokesman for the border police in Kunar province, Mawlawi Zabihullah Noorzai, said the gunmen fled.",
     "Zabihullah Noorzai"),
    ("The cleric Maulana Fazal Karim Durrani condemned the bombing on Friday.", "Fazal Karim Durrani"),
    ("Coun. Ana Kowalczyk-Reimer (St. Vital) said property taxes would rise.", "Ana Kowalczyk-Reimer"),
])
def test_clerics_and_councillors_honorifics_open_no_name(nlp, text, person):
    # (a place's address before the name made the cleric a place; "Coun" was read as a person)
    found = typed_entities(nlp, text)
    assert (person, "PERSON") in found
    assert not any(name.startswith(("Mawlawi", "Maulana", "Coun")) for name, _ in found)

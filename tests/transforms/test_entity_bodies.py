"""State bodies keyed by their country: the ministries of two countries stay apart across articles,
and one country's body meets itself under its other names."""

from datetime import UTC, datetime

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.bodies import body_key, with_state_countries
from transforms.resolve import EntityRegistry


@pytest.mark.parametrize(
    "name, key",
    [
        ("Ministry of Defence", (None, "defense ministry")),
        ("Defense Ministry", (None, "defense ministry")),
        ("Chilean Ministry of Foreign Affairs", ("CL", "foreign ministry")),
        ("Security Service of Ukraine", ("UA", "security service")),
        ("Norwegian Armed Forces", ("NO", "armed forces")),
        ("Lagos State Assembly", None),  # a state's, not a country's
        ("Bank of Canada", None),  # no state body's word
    ],
)
def test_body_key(name, key):
    assert body_key(name) == key


def _ids(nlp, *texts: str) -> list[dict[str, str]]:
    """Per article, entity name -> dataset id, resolved in order through one registry."""
    registry = EntityRegistry()
    result = []
    for n, text in enumerate(texts):
        doc = nlp(text)
        found = with_state_countries(doc, extract_entities(doc))
        ids = registry.resolve_article(f"a{n}", datetime(2026, 3, 1, tzinfo=UTC), found)
        result.append({e.name: ids[e.cluster] for e in found.entities})
    return result


def test_one_body_of_two_countries_stays_two_entities(nlp):
    first, second = _ids(
        nlp,
        "Chile's Foreign Ministry said the talks would resume in Santiago on Friday.",
        "Peru's Foreign Ministry recalled its ambassador from Lima's neighbour on Monday.",
    )
    # each named the same way in every article: its nationality, "Ministry of", its portfolio
    assert first["Chilean Ministry of Foreign Affairs"] != second["Peruvian Ministry of Foreign Affairs"]


def test_one_countrys_body_links_under_its_other_names(nlp):
    first, second = _ids(
        nlp,
        "The Norwegian Ministry of Defence said two frigates had left Bergen.",
        "Norway's Defense Ministry confirmed the frigates were in the North Sea on Tuesday.",
    )
    assert first["Norwegian Ministry of Defense"] == second["Norwegian Ministry of Defense"]


def test_a_body_without_its_country_keeps_its_name_key(nlp):
    first, second = _ids(
        nlp,
        "The Interior Ministry said the border crossing had reopened.",
        "The Interior Ministry extended the curfew by a week.",
    )
    assert first["Interior Ministry"] == second["Interior Ministry"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Russia's Defence Ministry said air defences downed 40 drones.", "Russian Ministry of Defense"),
        ("Lebanon's Health Ministry said five people were killed.", "Lebanese Ministry of Health"),
        ("The Ministry of Foreign Affairs of Kenya issued a statement.", "Kenyan Ministry of Foreign Affairs"),
        ("China's Ministry of Commerce announced new export controls.", "Chinese Ministry of Commerce"),
        # two portfolios keep the "and" between them
        ("Ghana's Ministry of Energy and Mines signed the licence on Friday.", "Ghanaian Ministry of Energy and Mines"),
    ],
)
def test_a_countrys_ministry_has_one_name_however_written(nlp, text, name):
    doc = nlp(text)
    assert name in {e.name for e in with_state_countries(doc, extract_entities(doc)).entities}


def test_two_countries_bodies_of_one_name_in_one_article_are_two_entities(nlp):
    doc = nlp("Japan's Foreign Ministry said Ito urged China to lift its ban on seafood. China's Foreign Ministry "
              "quoted Li as saying that Japan had to act first.")
    found = with_state_countries(doc, extract_entities(doc))
    ministries = {e.name: e.country for e in found.entities if "Ministry" in e.name}
    assert ministries == {"Japanese Ministry of Foreign Affairs": "JP", "Chinese Ministry of Foreign Affairs": "CN"}
    held = {found.entities[m.cluster].country for m in found.mentions if m.text == "Foreign Ministry"}
    assert held == {"JP", "CN"}


def test_a_state_body_named_without_its_country_does_not_join_one_of_a_country(nlp):
    first, second = _ids(
        nlp,
        "Foreign Minister Ana Lenz met her Finnish counterpart in Vilnius on Monday, the Foreign Ministry said.",
        "Japan's Foreign Ministry said Ito urged China to lift its ban on seafood imports.",
    )
    assert first["Foreign Ministry"] != second["Japanese Ministry of Foreign Affairs"]


@pytest.mark.parametrize(
    "text, body",
    [
        # a name before "party" is the party's, a given name or none
        ("The court banned three parties at the request of the ruling Bright Horizon party.", "Bright Horizon"),
        # a trade word closing a company's name
        ("The drug was developed by Pune-based Kestrel Biologics, which plans a larger trial.", "Kestrel Biologics"),
        # no person is a "which"
        ("Vorna Kraft, which operates the plant, said it had prepared for an eruption.", "Vorna Kraft"),
    ],
)
def test_what_the_words_after_a_name_say_makes_it_a_body(nlp, text, body):
    assert (body, "ORG") in typed_entities(nlp, text)


def test_a_body_and_the_name_it_is_known_by_are_one(nlp):
    text = ("Rates were left unchanged by the Reserve Bank's Monetary Policy Committee, known as Copol, on "
            "Tuesday. Copol meets again in July.")
    found = extract_entities(nlp(text))
    assert {found.entities[m.cluster].name for m in found.mentions if m.text == "Copol"} == {"Monetary Policy Committee"}


@pytest.mark.parametrize(
    "text, body",
    [
        # a company closed by its legal form, which the model left untagged at the sentence's start
        ("Altiplano Boro SAC rejected the claims in a short statement on Friday.", "Altiplano Boro SAC"),
        # a body's name closed by "Cell"
        ("The Security Media Unit and the Joint Operations Cell said the raid killed two.", "Joint Operations Cell"),
        # a state's body after the state's possessive
        ("Ukraine's General Staff gave a different account. It said drones had struck the airfield.", "General Staff"),
    ],
)
def test_untagged_bodies_closed_by_a_legal_form_or_a_bodys_word(nlp, text, body):
    assert (body, "ORG") in typed_entities(nlp, text)


def test_a_long_form_before_its_acronym_that_holds_a_body_and_a_place_is_a_body(nlp):
    text = "A spokesman for the UN Mission in South Sudan (UNMISS) said patrols resumed in Bor."
    assert ("UN Mission in South Sudan", "ORG") in typed_entities(nlp, text)


def test_a_body_before_the_title_of_who_presides_over_it_is_the_body_and_its_head_word_is_it_again(nlp):
    found = extract_entities(nlp("On Monday, House of Federation Speaker Almaz Tesfaye hosted two regional "
                                 "presidents in Addis Ababa. A statement from the House said the talks would resume."))
    names = {(e.name, e.label) for e in found.entities}
    assert ("House of Federation", "ORG") in names, names
    assert ("Almaz Tesfaye", "PERSON") in names, names
    assert not any(name in {"House", "House of Federation Speaker"} for name, _ in names), names


@pytest.mark.parametrize(
    "text, word",
    [
        ("Elders met the envoy at the Chief Minister's House in Peshawar on Wednesday.", "House"),
        ("Protesters gathered outside the President's Residence in Juba after dark.", "Residence"),
    ],
)
def test_an_office_holders_residence_is_no_body(nlp, text, word):
    assert not any(name == word for name, label in typed_entities(nlp, text) if label in {"ORG", "GPE", "PERSON"})


@pytest.mark.parametrize(
    "text, journal",
    [
        ("The study, published in Nature Astronomy on Monday, found a second planet.", "Nature Astronomy"),
        ("Writing in the journal Ocean Letters, the team said the eel was new to science.", "Ocean Letters"),
        ("The results, described on Wednesday in Marine Biology Reports, surprised the crew.",
         "Marine Biology Reports"),
    ],
)
def test_where_a_study_is_published_is_a_journal(nlp, text, journal):
    assert (journal, "ORG") in typed_entities(nlp, text)


def test_a_ministry_of_a_list_of_portfolios_cut_inside_the_list_is_whole(nlp):
    text = "The Tonga Ministry of Lands, Survey and the Environment said in a statement that it would act."
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index("Tonga"), text.index(" and the"), label="ORG")]  # as the model reads it
    assert {(e.name, e.label) for e in extract_entities(doc).entities} == {
        ("Tonga Ministry of Lands, Survey and the Environment", "ORG")}

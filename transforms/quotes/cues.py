"""The rules that tie a quoted run to its cue and the cue's subject.

News style puts the attribution right after the quote ('"...," he said'), else a speech verb
governs the quote ("X said the talks were 'productive'"), stands later or earlier in the same
sentence, or a colon introduces it ("X on the summit: '...'"). `Attributor.cue_for(run)` finds
that cue and the head of its subject; `Attributor.resolve(head)` (speaker_phrases.py) maps the head
to an entity.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Token

from transforms.coref import SPEAKER_LABELS, ArticleCoref, participle_subject
from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities
from transforms.lexicon.entities import WIRE_SERVICES
from transforms.lexicon.speech import (
    BACK_VERBS,
    QUOTE_VERBS,
    SPEECH_ACT_VERBS,
    STATEMENT_NOUNS,
    UNDERTAKING_VERBS,
)
from transforms.quotes.missed import speaker_noun
from transforms.quotes.spans import Marked
from transforms.quotes.speaker_phrases import SUBJECT_DEPS as _SUBJECT_DEPS
from transforms.quotes.speaker_phrases import SpeakerPhrases

# A verb without its own subject shares the subject of the verb or noun phrase it hangs from.
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "dobj", "pobj", "prep", "pcomp"})
# Pronouns that, capitalised after a quote closed by '.?!', open a new sentence ("I" is always capitalised).
_NEW_SENTENCE_PRONOUNS = frozenset({"He", "She", "They", "We", "It"})
# Words that open a clause of time or manner under another speech verb: "said when X asked".
_TIME_MARKS = frozenset({"when", "after", "as", "before", "while", "once"})
# A wire dateline opens the lede: "KYIV, Ukraine (Reuters) - ", "LONDON, June 24 (AP) — ",
# "(The Outlet) ". The parser makes its place the subject of the lede's verb.
DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)*"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:-{1,2}|—|–)[ \t]+"
    r"|\([^)\n]{1,40}\)[ \t]+(?=[A-Z]))",
    re.MULTILINE,
)
# Bylines and credits name the writer, never a speaker: "By Jane Doe", "(Reporting by Jane Doe;
# Editing by John Roe)", "Photo: Jane Doe/AP".
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:By|BY) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*[ \t]*$|\((?:Reporting|Writing|Additional reporting|Editing)[^)\n]*\)"
    r"|^[ \t]*(?:Photo|Image|Picture)s?(?: credit)?:[^\n]*$",
    re.MULTILINE,
)


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


# ---- attribution --------------------------------------------------------------------------------
def _antecedent(noun: Token) -> Token:
    """Who a relative "who" stands for. The parse hangs the clause on the nearest noun, which is often
    a place in the description set off before it ("Jane Doe, a chemist at a lab in Basel, who said ..."
    can hang 'who said' on Basel): a place does not speak, so climb past it to the description's noun,
    and from a description to the name it describes."""
    node = noun
    for _ in range(4):
        if node.ent_type_ not in _PLACE_TYPES or node.dep_ != "pobj":
            break
        node = node.head.head
        while node.dep_ in {"acl", "prep"} and node.head.i != node.i:
            node = node.head
    return node.head if node.dep_ == "appos" else node


def _verb_like(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that heads a clause with a subject: "The
    ministry notes, ...", "She writes: ..." ('notes', 'writes' tagged NOUN)."""
    return token.pos_ in {"VERB", "AUX"} or (
        token.pos_ == "NOUN" and token.dep_ == "ROOT"
        and any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "ccomp" for c in token.children)
    )


def _phrasal_cue(verb: Token) -> bool:
    """A verb that is speech with its particle or object: "fired back", "hit back", "as she put it"."""
    lemma = verb.lemma_.lower()
    if lemma in BACK_VERBS:
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children)
    return lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ == "as" for c in verb.children)


# words of a title that may stand between a speech verb and the name it introduces ("said Col. Dr. Jane Doe")
_TITLE_REACH = 4


def reported_by_object(verb: Token) -> Token | None:
    """The speaker of "the agency quoted X as saying", "cited X as saying": the object, not the
    subject, who only reports the words."""
    if verb.lemma_.lower() not in {"quote", "cite"}:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return obj if obj is not None and as_saying else None


class Attributor(SpeakerPhrases):
    def __init__(self, doc: Doc, found: ArticleEntities, runs: list[Marked]) -> None:
        self.doc = doc
        self.found = found
        self.runs = runs
        self.in_quote = [False] * len(doc)
        for r in runs:
            span = doc.char_span(r.outer_start, r.outer_end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = True
        text = doc_index(doc).text
        self.datelines = [(m.start(), m.end()) for pattern in (DATELINE, CREDIT_LINE) for m in pattern.finditer(text)]
        # a quote's words, a dateline's place and agency and a byline's writer are nobody's antecedent
        self.coref = ArticleCoref(doc, found, excluded=[(r.outer_start, r.outer_end) for r in runs] + self.datelines)
        self._starts = doc.to_array("IDX").tolist()

    def in_dateline(self, token: Token) -> bool:
        """Whether `token` is in a dateline or a credit line."""
        return any(a <= token.idx < b for a, b in self.datelines)

    def token_at(self, char: int) -> Token | None:
        i = bisect_left(self._starts, char + 1) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    # cue verbs and their subjects
    def is_cue(self, token: Token, verbs: frozenset[str] = QUOTE_VERBS) -> bool:
        lemma = token.lemma_.lower()
        if lemma == "continue" and any(c.dep_ in {"xcomp", "dobj"} for c in token.children):
            return False  # "polls continuing to show ...": not "he continued, '...'"
        if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in token.children):
            return False  # "the deal will add to earnings": a sum, not "she added to reporters"
        if lemma not in verbs and not _phrasal_cue(token):
            return False
        if token.dep_ == "advcl" and any(c.lower_ in _TIME_MARKS for c in token.children) \
                and token.head.lemma_.lower() in verbs:
            return False  # '"...," Jane Doe said when John Roe asked her': the question is not the quote's
        return _verb_like(token) and not self.in_quote[token.i]

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of `verb`, climbing to the verb it shares one with: "visited Kyiv and said",
        "issued a statement confirming ...", "stated, highlighting ..."."""
        cited = self._cited_by_outlet(verb)
        if cited is not None:
            return cited
        node = verb
        put_by = next((o for a in verb.children if a.lower_ == "as" for o in a.children if o.dep_ == "pobj"), None)
        if put_by is not None and verb.lemma_.lower() == "put":
            return put_by  # "As Jane Doe, a professor of law, put it, ...": the parse makes her the object of 'as'
        if verb.head.dep_ == "ccomp" and self.is_cue(verb.head.head) and (
                verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "conj" and (any(
                    c.dep_ in _SUBJECT_DEPS and self._mute(c) for c in verb.head.children)
                    or (verb.tag_ == "VBD" and verb.head.tag_ == "VB"))):
            # 'X said it was too early but added, "..."', 'X told them that Y "...," adding, "..."',
            # 'X said that the bonds were "..." and urged ...': the parse hangs the second speech verb
            # under what X said, whose subject is not X and speaks for nobody; 'X said the board would
            # appeal and called it "..."': a past tense joined to what "would" opens is X's own verb
            node = verb.head.head
        elif verb.dep_ == "ccomp" and self.is_cue(verb.head) and any(
                c.dep_ in _SUBJECT_DEPS and self._mute(c) for c in verb.children):
            # 'X told reporters that the raids revealed "..."': a thing that reveals speaks for nobody; X does
            node = verb.head
        for _ in range(5):
            quoted = reported_by_object(node)
            if quoted is not None:
                return None if self.in_quote[quoted.i] else quoted
            if _verb_like(node):
                for child in node.children:
                    named = participle_subject(child)
                    if named is not None and not self.in_quote[named.i]:
                        return named
                    if child.dep_ in _SUBJECT_DEPS and not self.in_quote[child.i]:
                        if child.tag_ == "WP" and node.dep_ == "relcl" and node.i == verb.i:
                            # "X, who said ...": the speech verb's own clause; not a "which" (a thing
                            # as often as a body) nor a clause reached from another verb ("who ... when asked")
                            return _antecedent(node.head)
                        if child.lower_ == "which" and node.dep_ == "relcl" and node.i == verb.i \
                                and (body := self._mention_at(_antecedent(node.head))) is not None and body.label == "ORG" \
                                and any(c.dep_ == "prep" and any(o.lemma_.lower() in STATEMENT_NOUNS for o in c.children)
                                        for c in node.children):
                            # "the Competition and Markets Authority, which said in a statement ...": a body's
                            # own statement (a "which" alone is a thing's as often as a body's)
                            return _antecedent(node.head)
                        if self.in_dateline(child):
                            # "BEIJING (AP) — ministry spokesperson He Lan told ...": the subject is
                            # the last phrase set after the dateline
                            later = [a for a in child.children if a.dep_ == "appos" and not self.in_dateline(a)]
                            return later[-1] if later else None
                        if self._mention_at(child) is None:
                            # 'said co-author Prof Jane Doe': of two subjects the parse gives, the named one
                            named = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.i > child.i
                                          and not self.in_quote[c.i] and self._mention_at(c) is not None), None)
                            if named is not None:
                                return named
                        return child
                if node.pos_ == "NOUN":
                    # the mis-tagged verb's subject hangs from it as a modifier before it
                    for child in node.lefts:
                        if child.dep_ in {"nmod", "compound"} and not self.in_quote[child.i]:
                            return child
            if node.dep_ == "relcl":
                return node.head
            if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
                return self._post_posed(verb)
            node = node.head
        return None

    def _post_posed(self, verb: Token) -> Token | None:
        """The name right after a quote when the speech verb after it has no subject in the parse:
        '"...," Jane Doe, the party's candidate in the state since 2019, said' (a long appositive
        cuts the name off its verb)."""
        i = verb.i - 1
        while i >= 0 and not self.in_quote[i] and not self.doc[i].is_sent_start:
            i -= 1
        if i < 0 or not self.in_quote[i]:
            return self._name_right_before(verb)
        first = next((t for t in self.doc[i + 1 : verb.i] if not t.is_punct), None)
        if first is None:
            return self._named_right_after(verb)
        if any(t.pos_ == "VERB" and t.dep_ not in {"pcomp", "acl", "amod"} for t in self.doc[first.i : verb.i]):
            return None
        if first.pos_ == "PROPN":
            return first if self._mention_at(first) is not None else None
        # '"...," the union's chairman, Jane Doe, told ...': the parse hangs the phrase on a verb inside
        # the quote; its one word whose head lies outside it heads the speaker's phrase
        roots = [t for t in self.doc[first.i : verb.i] if not t.is_punct and not first.i <= t.head.i < verb.i]
        return roots[0] if len(roots) == 1 and roots[0].pos_ == "NOUN" else None

    def _named_right_after(self, verb: Token) -> Token | None:
        """The person or body named right after a speech verb that follows the closing mark:
        '"...?" said Ana das Neves dos Reis' where the parse reads a particle of the name ("dos") as a
        verb and leaves the speech verb without a subject; a title may stand before the name."""
        for token in self.doc[verb.i + 1 : verb.i + 1 + _TITLE_REACH]:
            mention = self._mention_at(token)
            if mention is not None:
                if mention.label not in {"PERSON", "ORG"}:
                    return None
                span = self.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
                return None if span is None else span.root
            if not token.text[:1].isupper() and token.text != ".":
                return None
        return None

    def _name_right_before(self, verb: Token) -> Token | None:
        """The name right before a speech verb the parse left without a subject, after a clause that opens
        the sentence: 'Asked about the levies imposed under President X, Chief Financial Officer Y said ...'
        (the parse hangs Y on X as an apposition)."""
        at = verb.i - 1
        if at > 0 and self.doc[at].text == ")":
            while at > 0 and self.doc[at].text != "(" and verb.i - at < 8:
                at -= 1  # "Y (the name in its own script) said"
            at -= 1
        if at < 0:
            return None
        name = self.doc[at]
        if name.pos_ != "PROPN" or self.in_quote[name.i] or name.dep_ not in {"appos", "conj", "pobj", "dobj"}:
            return None
        if self._mention_at(name) is None:
            return None
        first = name.i
        while first > 0 and (self.doc[first - 1].text[:1].isupper() or self.doc[first - 1].text in {"-", "."}) \
                and name.i - first < 8:
            first -= 1  # back over the name and its capitalised title: "Chief Financial Officer Y"
        return name if first > 0 and self.doc[first - 1].text == "," else None

    def according_to(self, token: Token) -> Token | None:
        if token.lower_ != "according":
            return None
        for child in token.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    def speaker_from_cue(self, token: Token) -> tuple[Token, str] | None:
        """(speaker head, cue lemma) when `token` is a speech verb with a subject or 'according to'."""
        obj = self.according_to(token)
        if obj is not None:
            return obj, "according to"
        if self.is_cue(token):
            subject = self.subject_of(token)
            if subject is not None:
                return subject, token.lemma_.lower()
        return None

    def _cited_by_outlet(self, verb: Token) -> Token | None:
        """The source an outlet cites for what it reports: in "Interfax reported, citing the defence
        ministry, that ..." the quote is the ministry's, the agency only carries it."""
        outlet = verb.lemma_.lower() == "report" or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.text in WIRE_SERVICES for c in verb.children)
        if not outlet:
            return None
        for token in verb.sent:
            if token.lower_ == "citing" and token.i > verb.i and not self.in_quote[token.i]:
                return next((o for o in token.children if o.dep_ == "dobj" and not self.in_quote[o.i]), None)
        return None

    def _mute(self, subject: Token) -> bool:
        """A subject that speaks for nobody: "it", "there", or a thing that is neither a person's or an
        organisation's name nor a word for someone who speaks ("the bonds", "cash savings accounts")."""
        if subject.lower_ in {"it", "there", "this", "that"}:
            return True
        if subject.pos_ not in {"NOUN", "PROPN"} or speaker_noun(subject):
            return False
        mention = self._mention_at(subject)
        return mention is None or mention.label not in SPEAKER_LABELS - {"GPE"}

    # finding the cue of one quoted run
    def cue_for(self, run: Marked) -> tuple[Token, str] | None:
        doc = self.doc
        span = doc.char_span(run.start, run.end, alignment_mode="expand")
        if span is None:
            return None
        inside = {t.i for t in span}
        text = doc_index(doc).text
        after_ok = not run.closed or not text[run.start : run.end].rstrip().endswith(".") or (
            text[run.outer_end : run.outer_end + 3].strip()[:1].islower()
        )
        after = self.after_segment(run) if after_ok else []
        governed = self._governing_cue(span, inside)
        # A fragment running on into its sentence ('confirming that "all were returned" on
        # Monday, the rebels said') belongs to the speech verb above it, not to the one after it.
        if governed is not None and not text[run.start : run.end].rstrip().endswith((",", ".", "?", "!")):
            return governed
        # 0. news style puts the attribution right after the quote: '"...," he said', '"...," as X said'
        for t in after[:5]:
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        # 1. the speech verb governing the quote ("X said the talks were 'productive'")
        if governed is not None:
            return governed
        # 2. a speech verb later in the sentence after the quote
        for t in after:
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        # 3. a speech verb in the same sentence before the quote, or a colon introduction
        before = self.segment(run.outer_start, forward=False)
        for t in reversed(before):
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        if before and doc_index(doc).text[before[-1].idx : run.outer_start].strip().endswith(":"):
            for t in before:
                if t.dep_ in _SUBJECT_DEPS or t.dep_ == "ROOT" and t.pos_ in {"PROPN", "NOUN"}:
                    return t, "colon"
            m = self._first_mention(before, SPEAKER_LABELS)
            if m is not None:
                tok = self.token_at(m.start_char)
                if tok is not None:
                    return tok, "colon"
        return None

    def after_segment(self, run: Marked) -> list[Token]:
        """The words after a closed quote up to the sentence end, unless they introduce the next
        quote: after '"Why now?"' the words 'Mills then writes back, "..."' are the next
        quote's attribution, not this one's (a split quote ends in a comma, not in '.?!')."""
        if not run.closed:
            return []
        after = self.segment(run.outer_end, forward=True)
        text = doc_index(self.doc).text
        if after and text[run.start : run.end].rstrip().endswith((".", "?", "!")) and after[0].pos_ == "PRON" \
                and after[0].text in _NEW_SENTENCE_PRONOUNS:
            return []  # '"... long run!" She replied that ...': a new sentence, not the attribution
        if after and text[run.start : run.end].rstrip().endswith((".", "?", "!")) and after[-1].text in {",", ":"}:
            nxt = after[-1].i + 1
            if nxt < len(self.doc) and self.in_quote[nxt]:
                return []
        return after

    def _governing_cue(self, span, inside: set[int]) -> tuple[Token, str] | None:
        """The nearest speech verb (or 'according to') above the quote in the parse, with its subject;
        past an undertaking reported in a clause of a speech verb, that verb's."""
        for t in span:
            if t.head.i in inside:
                continue
            node, below = t.head, t
            undertaking = act = None
            for _ in range(8):
                if node.i in inside:
                    break
                if act is None and below.dep_ not in _SUBJECT_DEPS:
                    act = self.speech_act(node)
                hit = self.speaker_from_cue(node)
                if hit is not None and below.dep_ == "conj" and below.pos_ == "VERB" and not self.is_cue(below):
                    # "the rebels had responded to ... and had killed '...'": a deed joined to a speech verb
                    # does not speak; the verb that reports both does
                    hit = None
                if hit is not None and node.lemma_.lower() in UNDERTAKING_VERBS and undertaking is None and (
                        node.dep_ == "ccomp" or (node.dep_ == "relcl" and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in node.children))):
                    # ("said after the talks that both sides agreed" is parsed as a clause of "talks")
                    undertaking = hit
                elif hit is not None:
                    return act or hit
                for child in node.children:
                    if child.dep_ == "prep":
                        hit = self.according_to(child)
                        if hit is not None:
                            return act or (hit, "according to")
                if node.head.i == node.i:
                    break
                node, below = node.head, node
            if undertaking is not None:
                return undertaking
        return None

    def speech_act(self, verb: Token) -> tuple[Token, str] | None:
        """The named person or body who performs a speech act on the quoted words ("raised", "directed
        that", "expressed"), with the act's lemma: inside a report of it ("the ministry said X raised
        '...'", "according to the ministry, X directed that '...'") the words are X's."""
        if verb.lemma_.lower() not in SPEECH_ACT_VERBS or self.in_quote[verb.i]:
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return None
        if subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = _antecedent(verb.head)  # "X, who offered support for '...'"
        mention = self._mention_at(subject)
        if subject.pos_ != "PROPN" or mention is None or mention.label not in {"PERSON", "ORG"}:
            return None
        return subject, verb.lemma_.lower()

    def segment(self, char: int, *, forward: bool) -> list[Token]:
        """Tokens outside quotes next to `char`, up to the next quote or sentence end (or start)."""
        doc = self.doc
        tok = self.token_at(char if forward else char - 1)
        if tok is None:
            return []
        out: list[Token] = []
        i = tok.i if forward else tok.i
        if forward and tok.idx < char:
            i += 1
        step = 1 if forward else -1
        while 0 <= i < len(doc):
            t = doc[i]
            if self.in_quote[t.i] or "\n" in t.text:
                break
            if forward:
                out.append(t)
                if t.text in {".", "!", "?"} or t.is_sent_end:
                    break
            else:
                if t.text in {".", "!", "?"} and out:
                    break
                out.append(t)
                if t.is_sent_start:
                    break
            i += step
        return out if forward else list(reversed(out))

"""What a quoted run is: a direct quote, a partial quote woven into a sentence, or no quote at
all (a title, slogan or label in marks)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.doc_index import doc_index, sentence_of
from transforms.lexicon.speech import SPEECH_VERBS
from transforms.quotes.cues import Attributor
from transforms.quotes.spans import Marked

_WORD = re.compile(r"\w+")


def is_partial(text: str, run: Marked, doc: Doc, attributor: Attributor) -> bool:
    """A fragment woven into the sentence rather than a quoted sentence of its own.

    '"A," he said, "b."' is two direct quotes: after a comma or colon a quote stands alone.
    """
    tok = attributor.token_at(run.outer_start)
    if tok is None:
        return False
    sent_start = sentence_of(tok).start_char
    article = doc_index(doc).text
    lead = article[max(sent_start, _paragraph_start(article, run.outer_start)) : run.outer_start].strip()
    if lead.endswith((":", ",")):
        return False
    if text.lstrip("[(…. ")[:1].islower():
        return True
    if not lead:
        return False
    last = attributor.token_at(run.outer_start - 1)
    while last is not None and last.is_punct and last.i > 0:
        last = last.doc[last.i - 1]
    return not (last is not None and last.lemma_.lower() in SPEECH_VERBS)


def _paragraph_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


# Words a title leaves in lower case: "Man of the World", "Failure to Adjust".
_MINOR_WORDS = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off", "on", "or",
    "over", "per", "so", "the", "to", "up", "via", "vs", "with", "yet",
})
# A word keeps its apostrophe ("It's", "Don't"): split there, its "s" or "t" would read as a
# lower-case word.
_TITLE_WORD = re.compile(r"[\w’']+")
# A transcript excerpt opens with its speaker's label in capitals: "MODERATOR: ...", "MR. SMITH: ...".
_TRANSCRIPT_LABEL = re.compile(r"^(?:[A-Z][A-Z.'’\-]*\s){0,3}[A-Z][A-Z.'’\-]+:\s")
# What names a thing rather than reports speech: "what he called 'X'", "a plan dubbed 'X'".
# Longer runs after an article are fragments of speech ('a "gift to the banks that caused it"').
_SCARE_WORDS = 3
_NAMING_VERBS = frozenset({"call", "dub", "nickname", "name", "title", "label", "brand", "term"})


def looks_like_title(text: str) -> bool:
    """'Gone With the Wind', 'Man of the World,', 'It's Time For A Change': names of works,
    shows, slogans and headlines in title case, not speech. Every word but the minor ones
    (articles, short prepositions) is capitalised; numbers count as capitalised."""
    words = _TITLE_WORD.findall(text)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    lower = [w for w in words if not (w[:1].isupper() or w[:1].isdigit()) and w.lower() not in _MINOR_WORDS]
    return not lower and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 2


def is_transcript(text: str) -> bool:
    """'MODERATOR: Thank you ...': an excerpt of a transcript or document in marks, lines of
    several speakers, not one speaker's quote."""
    return _TRANSCRIPT_LABEL.match(text) is not None


def is_modifier(text: str, run: Marked, attributor: Attributor) -> bool:
    """A run in marks that modifies the common noun after it, 'the "pay as you go" rule', 'its
    "Buy Local First" campaign', '"Sunday Night Live" ratings': a label or name, not a quote."""
    doc = attributor.doc
    after = attributor.token_at(run.outer_end)
    while after is not None and (after.idx < run.outer_end or after.is_quote or after.text in {"'", "''"}):
        after = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if after is None or after.pos_ != "NOUN" or not after.text[:1].islower() or after.dep_ == "npadvmod":
        return False
    if looks_like_title(text):
        return True
    inside = doc.char_span(run.start, run.end, alignment_mode="expand") or ()
    if any(t.head.i == after.i and t.dep_ in {"compound", "amod", "nmod", "nummod"} for t in inside):
        return True
    before = attributor.token_at(run.outer_start - 1)
    while before is not None and before.is_punct and before.i > 0 and before.idx >= run.outer_start - 2:
        before = doc[before.i - 1]
    return before is not None and (before.tag_ in {"DT", "PRP$", "POS"} or before.dep_ in {"det", "poss"})


def is_scare_label(text: str, run: Marked, attributor: Attributor) -> bool:
    """'a "quid pro quo"', 'the "angry young voter"': a short noun phrase in marks right after
    an article is a label held at a distance (a scare quote), not words given to a speaker."""
    if len(_WORD.findall(text)) > _SCARE_WORDS:
        return False
    before = attributor.token_at(run.outer_start - 1)
    if before is None or before.lower_ not in {"a", "an", "the"}:
        return False
    inside = attributor.doc.char_span(run.start, run.end, alignment_mode="expand")
    if inside is None or any(t.pos_ in {"VERB", "AUX", "PRON"} for t in inside):
        return False
    # 'She said a "broader review" is needed': inside the clause a speech verb reports, the
    # words are the speaker's.
    return not any(t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS for t in inside.root.ancestors)


def is_named_by(run: Marked, attributor: Attributor) -> bool:
    """'what he called "Acme Partners Inc."': a name given with a naming verb, in title case."""
    before = attributor.token_at(run.outer_start - 1)
    while before is not None and before.is_punct and before.i > 0:
        before = before.doc[before.i - 1]
    return before is not None and before.lemma_.lower() in _NAMING_VERBS


def is_subheading(text: str, run: Marked, attributor: Attributor) -> bool:
    """A short verbless phrase in marks that is a paragraph of its own: a subheading that
    borrows a phrase ('"A steady hand."'), not a quote a speaker gives in the story."""
    article = attributor.doc.text
    start = article.rfind("\n", 0, run.outer_start) + 1
    end = article.find("\n", run.outer_end)
    rest = article[run.outer_end : len(article) if end < 0 else end]
    if article[start : run.outer_start].strip() or rest.strip(" .") or len(_WORD.findall(text)) > _SCARE_WORDS + 1:
        return False
    inside = attributor.doc.char_span(run.start, run.end, alignment_mode="expand")
    return inside is not None and not any(t.pos_ in {"VERB", "AUX"} for t in inside)


def is_appositive_title(text: str, run: Marked, attributor: Attributor) -> bool:
    """'on his weekly show, "Mornings with Ann Lee," he said': a title set off by commas after
    the noun it names."""
    if not looks_like_title(text):
        return False
    before = attributor.token_at(run.outer_start - 1)
    while before is not None and before.i > 0 and (before.is_punct or before.idx >= run.outer_start):
        before = attributor.doc[before.i - 1]
    return before is not None and before.pos_ == "NOUN" and attributor.doc.text[before.idx + len(before):run.outer_start].strip() == ","


def kind_of(text: str, run: Marked, doc: Doc, attributor: Attributor) -> str | None:
    """'direct', 'partial', or None where the run in marks is not a quote of a speaker: a
    title, slogan or nickname woven into the sentence, a label modifying a noun, a transcript
    excerpt."""
    if is_transcript(text) or is_subheading(text, run, attributor) or is_appositive_title(text, run, attributor):
        return None
    partial = is_partial(text, run, doc, attributor)
    if partial and (looks_like_title(text) or is_modifier(text, run, attributor)
                    or is_scare_label(text, run, attributor)):
        return None
    if not partial and looks_like_title(text) and (is_modifier(text, run, attributor) or is_named_by(run, attributor)):
        return None
    return "partial" if partial else "direct"

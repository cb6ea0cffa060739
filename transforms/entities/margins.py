"""The page's margins: the lines around a story that are no sentences of it.

Above the first paragraph and below the last, a web page carries the outlet's name, the reporter's
name with a date, a role or a place filed from, a section label and picture credits, in more shapes
than a pattern of each can keep up with ("Jane Roe | 16.02.2027", "Jane Roe, Political Reporter",
"Health 17/02/2027 • Jane Roe", "The Example Times"). What they share is that they are lines without
a finite verb and no sentence's full stop outside the story's paragraphs (a caption without a verb,
"Jane Roe, a nurse, at the clinic.", still ends as a sentence does). A person or a body named only there is the page's, not
the story's. A line that lists a record under a label ("Referee: Jane Roe", "Media contact:" over a
name) names people of the story and stays, unless its label is a credit's ("By:", "Photo:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from spacy.tokens import Doc

from transforms.doc_index import doc_index
from transforms.entities.candidates import Candidate
from transforms.entities.sports import is_results_line
from transforms.furniture import RELATED_LABEL, related_listings, story_end
from transforms.lexicon.speech import SPEECH_VERBS

# A paragraph of the story: a sentence's length and a sentence's end.
_STORY_WORDS = 12
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
# A finite verb: a headline or a caption has one ("Rebels seize town", "Residents gather outside"); a
# byline's participle ("Posted", "Updated") is none.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "Label: names" or a label line ending in a colon over the names.
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][\w ]{0,30}?)\s*:\s*(?P<rest>.*)$")
_CREDIT_LABEL_WORDS = frozenset({
    "by", "photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "image", "images",
    "credit", "credits", "source", "video", "illustration", "writer", "reporter", "correspondent", "editor",
})
_MARGIN_LABELS = frozenset({"PERSON", "ORG"})
# Below the story, the page speaks of itself in sentences too: to its members and subscribers, of its
# reporters and its rights ("Become a member of X to ...", "Ann Roe is a reporter at X covering ...",
# "This article was first published in X", "© 2027 X. All rights reserved.").
_PAGE_ABOUT_ITSELF = re.compile(
    r"(?i)\b(?:become a (?:member|subscriber)|subscribe\b|support (?:our|independent) journalism|"
    r"first published (?:in|by|on)|is an? (?:[\w-]+ ){0,3}(?:reporter|correspondent|editor|writer|journalist) "
    r"(?:at|for|with)\b|all rights reserved|copyright\b|unauthori[sz]ed use|catch all the|sign up for)|©")


def story_line(line: str) -> bool:
    """A paragraph of the story: a sentence's length and a sentence's end."""
    return len(line.split()) >= _STORY_WORDS and SENTENCE_END.search(line) is not None


def opens_a_listed_headline(text: str, start: int) -> bool:
    """Whether a name opens a headline listed under a label of related stories ("Read also" then "Putin
    discusses ..."): a headline's subject, who does what it tells, whatever else the word is in English."""
    return any(start == line_start or text[line_start:start].strip() in {"-", "•", "*", "–"}
               for line_start, _ in related_listings(text))


def story_start(text: str) -> int:
    """Where the story's first paragraph starts: above it stand the headline, the standfirst and the page's
    labels ("DAWN", "Pakistan | Balochistan")."""
    start = 0
    for line in text.split("\n"):
        if story_line(line):
            return start
        start += len(line) + 1
    return 0


# What only a picture's caption says of itself: "in a file photo", "in this photograph", "pictured"; and the
# day it was taken, year and all, which closes it ("... in Kherson Oblast on March 1, 2027.").
_CAPTION_WORDS = re.compile(r"(?i)\b(?:(?:file|this|a|the)\s+(?:photo|photograph|picture|image)|pictured)\b"
                            r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\.\s*$"
                            r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\.\s*$")
# The page's date line: short, with a year or a time ("Published On 4 Mar 2027", "15.01.2027 11:42").
_DATE_LINE = re.compile(r"^(?=.{0,60}$).*(?:\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b)")
# A caption tells what the picture shows in the simple present ("Rescuers search the rubble ..."), and a
# standfirst what is new ("The civil defence says ..."), where a story's first sentence reports in the past
# or the perfect.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def lead_start(doc: Doc) -> int:
    """Where the story's first sentence starts, past the pictures' captions and the standfirst above it that
    are written like paragraphs ("Rescuers search the rubble of a building in X on Monday.", "The civil
    defence says ..." over the date line); 0 where no line is a story's. Found once per Doc: event merging
    and each event's representative sentence ask for it."""
    if _LEAD_KEY not in doc.user_data:
        doc.user_data[_LEAD_KEY] = _lead_start(doc)
    return doc.user_data[_LEAD_KEY]


_LEAD_KEY = "newsfacts.lead_start"


def _lead_start(doc: Doc) -> int:
    lines = doc_index(doc).text.split("\n")
    start = 0
    for i, line in enumerate(lines):
        if story_line(line) and not _caption(doc, start, line, lines[i + 1 :]):
            return start
        start += len(line) + 1
    return 0


def _caption(doc: Doc, start: int, line: str, below: list[str]) -> bool:
    if _CAPTION_WORDS.search(line):
        return True
    span = doc.char_span(start, start + len(line), alignment_mode="expand")
    root = next(iter(span.sents)).root if span is not None and len(span) else None
    if root is not None and not any(t.tag_ in _FINITE_TAGS for t in span):
        return True  # no finite verb: what a picture shows ("Fire at the fuel terminal after the strikes.")
    if root is None or root.tag_ not in _PRESENT_TAGS:
        return False
    if root.lemma_.lower() not in SPEECH_VERBS:
        return True  # what a picture shows
    # "X says ..." is the standfirst where the page's date line comes below it, before the story
    return any(_DATE_LINE.match(next_line.strip()) for next_line in takewhile(lambda ln: not story_line(ln), below))


def _listing(line: str, previous: str) -> bool:
    """A record: a line of results, or one under a label ("Referee: Jane Roe (England)", a name under
    "Media contact:")."""
    if is_results_line(line):
        return True  # "Leeds 2 Aston Villa 0": the teams of the story's results
    if previous.rstrip().endswith(":") and not _LABEL.match(line) and not RELATED_LABEL.match(previous):
        # (the headlines under "Read also:" are links, no record)
        label = previous.strip().rstrip(":").split()
        return bool(label) and label[-1].lower() not in _CREDIT_LABEL_WORDS
    match = _LABEL.match(line)
    return match is not None and bool(match["rest"]) and \
        match["label"].split()[-1].lower() not in _CREDIT_LABEL_WORDS


# The small words a headline in title case may leave in lower case.
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by", "with"})


def title_case_headline(line: str) -> bool:
    """Whether a line has four words or more, each capitalised but the small ones, and ends in no full
    stop: a headline in title case, whose capitals say nothing of names."""
    line = line.strip()
    words = [w for w in re.findall(r"[\w'’-]+", line) if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 4 and not line.endswith(".") and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def margin_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the lines above the story's first paragraph and below its last that have
    no finite verb and list no record; none where no line reads as a paragraph."""
    text = doc_index(doc).text
    spans, start = [], 0
    # the related stories' headlines after the story are the page's list of links, not its margins
    end = story_end(text)
    for line in text[:end].split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    about_itself = {i for i, (a, b) in enumerate(spans) if _PAGE_ABOUT_ITSELF.search(text, a, b)}
    story = [i for i, (a, b) in enumerate(spans) if story_line(text[a:b]) and i not in about_itself]
    if not story:
        return []
    margins = []
    previous = ""
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        if i > story[-1] and i in about_itself:
            margins.append((a, b))
        elif line.strip() and (i < story[0] or i > story[-1]) and not SENTENCE_END.search(line) \
                and not _listing(line, previous):
            words = doc.char_span(a, b, alignment_mode="expand")
            # (a bullet or a dash the tagger takes for a verb is none: "Business 04/03 • Ann Roe")
            if words is not None and not any(t.tag_ in _FINITE_TAGS and t.is_alpha for t in words):
                margins.append((a, b))
        if line.strip():
            previous = line
    # (but one in title case, whose capitals the model reads as names, is: "Port Opens New Grain Terminal")
    start = end
    for line in text[end:].split("\n"):
        if title_case_headline(line):
            margins.append((start, start + len(line)))
        start += len(line) + 1
    return margins


def only_in_margins(group: Sequence[Candidate], label: str, margins: Sequence[tuple[int, int]]) -> bool:
    """True when a person or a body is named only in the page's margins (see `margin_lines`)."""
    return label in _MARGIN_LABELS and bool(margins) and all(
        any(a <= cand.start < b for a, b in margins) for cand in group)

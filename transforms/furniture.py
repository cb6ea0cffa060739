"""Page furniture in a story's lines: what a web page or a wire feed puts around the story.

Prompts to share and subscribe, copyright lines, related links, picture and wire credits and
bylines are dropped line by line; the byline's names, or a wire credit's reporters, are the
article's author. Each rule matches a whole line (or a bracketed credit inside one), so a story
sentence that merely starts like furniture stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LINE_LEAD = r"^[\s\-–—•·*»>|#]*"
# Whole lines that are page furniture, not story: prompts to share, comment, subscribe or send
# tips, links to elsewhere, copyright lines and credits of contributors. Each alternative must
# match the whole line, so a story sentence that merely starts with "Share" or "Follow" stays.
_BOILERPLATE_LINE = re.compile(
    _LINE_LEAD
    + r"""(?:
      source\s+link
    | this\s+(?:article|story)\s+is\s+(?:part\s+of|from)\s.{1,60}
    | read\s+(?:more|next|also)\b.{0,160}
    | (?:related|recommended|more\s+from\s.{0,60}|more\s+on\s+this(?:\s+story)?|most\s+(?:read|popular)|trending)
      (?:\s+(?:stories|articles|news|coverage|content|reading|links|topics))?
    | share(?:\s+(?:(?:this|the)\s+)?(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+(?:\s+\w+)?)?\W*
      (?:copied!?|copy\s+link)?
    | (?:copy\s+link|link\s+copied|copied)
    | (?:leave|post|add|write)\s+a\s+(?:comment|reply)\b.{0,80}
    | (?:view|show|see|read|load)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.{0,40}
    | \d*\s*comments?
    | join\s+the\s+(?:conversation|discussion)\b.{0,100}
    | your\s+email\s+address\s+will\s+not\s+be\s+published.{0,100}
    | required\s+fields\s+are\s+marked.{0,10}
    | (?:sign\s+up|subscribe|register)\b.{0,120}\b(?:newsletters?|inbox|updates|alerts|briefing|email)\b.{0,100}
    | (?:email\s+)?newsletters?(?:\s+sign[\s-]?up)?
    | (?:got|have)\s+a\s+(?:news\s+)?tip\b.{0,160}
    | (?:send|email)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips?\b.{0,160}
    | follow\s+us\s+on\b.{0,100}
    | follow\s+[\w.@'’-]+(?:\s+[\w.@'’-]+)?\s+on\s+[\w+-]+(?:\s*(?:,|and|&|\|)\s*[\w+-]+){0,5}
    | (?:like|follow)\s+.{1,60}?\s+on\s+(?:facebook|x|twitter|instagram|telegram|tiktok|youtube|linkedin|threads|bluesky)
      \b.{0,160}
    | share(?:\s+(?:this|on))?\s*:\s*(?:[\w.+-]+\s*[|,/·•]?\s*){1,10}
    | (?:(?:facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest|threads|bluesky|instagram|youtube|tiktok|print|messenger|flipboard|copy\s+link)\s*[|,/·•]?\s*){2,12}
    | click\s+here\b.{0,120}
    | our\s+standards\s*:.{0,80}
    | explore\s+more\s+on\s+th(?:is|ese)\s+topics?\b.{0,300}
    | (?:topics|tags)\s*:.{0,300}
    | advertisement|sponsored(?:\s+content)?|ad
    | (?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4})\b.{0,150}
    | .{0,150}\ball\s+rights\s+reserved\b.{0,20}
    | we\s+want\s+to\s+hear\s+from\s+you\b.{0,150}
    | a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared|was\s+published)\s+in\s+print\b.{0,300}
    | (?:additional\s+)?reporting\s+by\s.{0,200}
    | (?:writing|editing|edited|compiled)\s+by:?\s.{0,200}
    | contributing:.{0,200}
    | [\w\s.,'’&-]{0,120}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)
    | [\w\s,'’&-]{0,120}\bcontributed(?:\s+reporting)?\s+from\s+[A-Z][\w\s.,'’-]{0,60}
    | [\w\s,'’&-]{0,80}\b(?:writers?|correspondents?|reporters?)\s+(?-i:(?:[A-Z][\w'’.-]*\s+(?:and\s+)?){1,6})
      reported\s+from\s+(?-i:[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3})
    | (?:with\s+)?(?:additional\s+)?assistance\s+(?:from|by)\s.{0,200}
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that open a list of other stories or the comment section: nothing after them is the story.
_END_OF_STORY = re.compile(
    _LINE_LEAD
    + r"(?:related(?:\s+(?:stories|articles|coverage|content|reading)(?:\s+from\s.{1,60})?)?|recommended(?:\s+\w+)?|"
    r"more\s+from\s.{0,60}|more\s+on\s+this(?:\s+story)?|most\s+(?:read|popular)|leave\s+a\s+(?:comment|reply)|"
    r"\d*\s*comments?|source\s+link)\W*$",
    re.IGNORECASE,
)
# A picture's credit on a line of its own: a label, then names only ("Photo: Jane Roe/AP", "Photograph:
# John Doe/Getty Images", "Image by Ana Ruiz for Example News"). A caption that opens with the label is a
# sentence (lower-case words) and stays.
# The lower-case particles of names: "Ana de Souza", "Jan van Dijk", "Omar bin Said".
_PARTICLE_WORDS = r"de|da|di|du|del|della|der|den|van|von|la|le|al|el|bin|ibn|dos|das"
# A name's particle in a credit, apart or hyphenated: "Ana de Souza", "Ahmed al-Mahdi".
_CREDIT_PARTICLE = rf"(?:(?:{_PARTICLE_WORDS})\s+|(?:al|el|ad|as|ash|at)-)?"
_CREDIT_NAMES = (rf"{_CREDIT_PARTICLE}[A-Z][\w.'’&-]*(?:(?:\s*[/,&|]\s*|\s+)(?:(?:and|via|for|of|the)\s+)?"
                 rf"{_CREDIT_PARTICLE}[A-Z][\w.'’&-]*){{0,8}}")
_PICTURE_WORDS = r"photo(?:graph)?s?|pictures?|images?|credits?"
_PHOTO_CREDIT_LINE = re.compile(
    _LINE_LEAD + rf"(?i:{_PICTURE_WORDS}|photo\s+credits?|illustrations?)"
    rf"\s*(?::|\b(?i:by)\b)\s*{_CREDIT_NAMES}(?:[ \t]*/[ \t]*picture[ \t]+alliance)?\W*$"
)
# Credits in parentheses, on a line of their own or run into the story's text: an agency's credit
# closing a caption ("(AP Photo/Jane Roe)", "(Photo: Ana Ruiz/AFP)") and a wire story's credit line
# ("(Reporting by Jane Roe in Lagos; Editing by John Doe)", "[Additional reporting by ...]").
_CREDIT_NOTE = re.compile(
    r"\s*\((?:[A-Z][\w.&-]*\s+){1,3}(?i:(?:file\s+)?photo)\)\s*$"  # "(PTI photo)", "(AFP file photo)"
    r"|"
    rf"\s*\((?:[A-Z][\w.&-]*\s+)*(?i:photo|photograph|pictures?|image)\s*(?:/|:|\b(?i:by)\b)\s*{_CREDIT_NAMES}\)"
    r"|\s*[(\[](?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\s[^()\[\]]{0,250}[)\]]"
    # a caption's closing credit without a label, a source and where it was published: "(City Council / Facebook)",
    # after its sentence or the date the picture was taken ("..., 17 May 2027 (Agency / Jane Roe)")
    rf"|(?<=[.!?\d])\s*\((?=[^()]*/){_CREDIT_NAMES}\)\s*$"
    # or the photographer's name alone, after the caption's full stop: "... on Monday. (Jane Roe)"
    r"|(?<=[.!?])[ \t]*\([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\)[ \t]*$"
)
# A picture's credit run into the end of its caption, after the caption's last sentence or name:
# "... on Friday. Photo by Jane Roe / Example Gazette", "... on Friday. | Jane Roe/AFP via Getty Images",
# "Ann Lee Photographer: Jane Roe/Bloomberg", "... on Friday. © Jane Roe / AFP", "REUTERS/Jane Roe",
# "[File: Jane Roe/AFP]", "(Example News: Jane Roe)", "... on Friday. Photo credit: Jane Roe | Example Daily".
# A label, a bar, a copyright sign, an agency's slash or a bracket must open it: a caption's own closing
# words are not a credit. After a label the credit names an agency or a publisher ("/", "via", " | "): an
# encyclopedia's "Image: Jane Roe." names the picture's author, whom its annotators count as an entity.
_AGENCIES = r"(?:REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|XINHUA|Xinhua|ANADOLU|Anadolu|UPI|ANP|dpa|DPA|Yonhap|Kyodo)"
_PICTURE_LABEL = rf"(?i:{_PICTURE_WORDS}|photo\s+credits?|photographer|file(?:\s+photo)?|source|copyright)"
# Picture agencies whose name alone closes a caption: "... on Friday. Getty Images", "... AFP via Getty Images".
_PICTURE_AGENCIES = rf"(?:{_AGENCIES}|Getty[ \t]+Images|Shutterstock|Alamy)(?:[ \t]+via[ \t]+Getty[ \t]+Images)?"
_TRAILING_CREDIT = re.compile(
    rf"(?:(?<=[.!?])[ \t]+(?:\|[ \t]*)?(?:{_PICTURE_LABEL}\s*(?::|\b(?i:by)\b:?)\s*(?=[^\n]*(?:/|\svia\s|\s\|\s))|©[ \t]*)"
    rf"|(?<=[.!?])[ \t]+\|[ \t]*(?=[^|\n]*/)"
    rf"|(?<=[.!?])[ \t]+\|[ \t]*{_PICTURE_LABEL}[ \t]*:[ \t]*"  # "... on Friday. | Photo Credit: Special Arrangement"
    rf"|(?<=\w)[ \t]+{_PICTURE_LABEL}:[ \t]*(?=[^\n]*/)"
    rf"|(?<=[.!?])[ \t]+{_AGENCIES}(?:[ \t]+Photo)?[ \t]*/[ \t]*"
    # names with a slash, or a picture's label with "by" or "courtesy of", after the caption's last sentence
    rf"|(?<=[.!?])[ \t]+(?:[-–—][ \t]*)?(?=[^\n]*/)"
    rf"|(?<=[.!?])[ \t]+(?={_PICTURE_AGENCIES}[ \t]*$)"
    # a label and the names set apart by bars: "... on Monday. PHOTO | JANE ROE | AFP"
    rf"|(?<=[.!?])[ \t]+{_PICTURE_LABEL}[ \t]*\|[ \t]*"
    rf"|(?<=[.!?])[ \t]+(?:[-–—][ \t]*)?(?i:(?:staff[ \t]+)?(?:{_PICTURE_WORDS})[ \t]+(?:by|courtesy[ \t]+of)):?[ \t]+"
    # an outlet's or a desk's own picture: "... on Monday. Post Photo: Jane Roe", "... Staff Photo: Jane Roe"
    rf"|(?<=[.!?])[ \t]+(?:[A-Z][\w.&-]*[ \t]+){{1,2}}(?i:photo|photograph|picture)[ \t]*:[ \t]*)"
    rf"{_CREDIT_NAMES}(?:[ \t]*/[ \t]*(?:dpa|picture[ \t]+alliance))*(?:[ \t]+Purchase[ \t]+Licensing[ \t]+Rights)?[ \t]*$"
    rf"|[ \t]*\[(?:File:[ \t]*)?{_CREDIT_NAMES}/{_CREDIT_NAMES}\][ \t]*$"
    rf"|(?<=[.!?])[ \t]*\((?:[A-Z][\w.&-]*[ \t]+){{0,3}}[A-Z][\w.&-]*:[ \t]*{_CREDIT_NAMES}\)[ \t]*$"
)
# The reporters of a wire story's credit: "Reporting by Jane Roe in Lagos and John Doe; Editing by ..."
# names the authors ("Additional reporting by" names contributors); where they filed from is no part of
# their names.
_REPORTING_CREDIT = re.compile(r"\W*reporting\s+by\s+(?P<names>[^;()\[\]]+)", re.IGNORECASE)
_OTHER_CREDITS = re.compile(r"(?i)[;,]?\s*\b(?:editing|edited|writing|written|compiled)\s+by\b")
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# A contributor's byline ("By Jane Roe and John Doe, Reuters"): names are capitalised words.
_PARTICLE = rf"(?:(?:{_PARTICLE_WORDS}|ap)\s+)?"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_PARTICLE}[A-Z][\w'’.-]*){{0,3}}"
# A section's label may stand before it ("Health / By ..."), and the reporter's beat after "By" ("By
# political reporter Jane Roe").
_BYLINE = re.compile(
    rf"^\s*(?:[^/|\n]{{1,40}}[/|]\s*)?(?i:(?:written\s+)?by|author):?\s+(?:(?:[a-z-]+\s+){{0,2}}(?i:reporter|correspondent|editor|writer)\s+)?"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\b(?i:and)\b|&)\s*{_NAME}){{0,4}})"
    rf"(?:\s*[|–—·/-]\s*.{{0,60}}|\s*,\s*{_NAME}|\s*\((?i:with)\s[^()]{{1,60}}\))?\s*$"
)
# The date a byline's line states of the story, which dates its "on Saturday"s.
_STATED_DATE = re.compile(r"(?i)\b(?:published|posted|(?:last\s+)?updated)\b\s*:?[^\n]*$")
# Bylines sit at the top or the bottom of a story; elsewhere "By ..." is a sentence. Below a section
# label, a date, a headline and a standfirst, a "By" line, or a bare one with the date, is the fifth or sixth.
_BYLINE_WINDOW = 4
_BY_LINE_WINDOW = 6
# A byline without "By": reporters with where they filed from ("Jane Roe in Kyiv and John Doe in
# Lviv") or with the outlet after a bar ("Jane Roe | The Herald").
_REPORTER = rf"[A-Z][\w'’.-]+(?:\s+{_PARTICLE}[A-Z][\w'’.-]+){{1,2}}?"
_FILED_IN = r"(?:\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
# What a reporter is, on the byline's line or the line under it ("Jane Roe Political editor", "Jane Roe\n
# Africa correspondent, Example News"), or a social handle after the name ("Jane Roe @janeroe").
_ROLE = (r"(?:[\w’'-]+\s+){0,3}(?i:correspondent|editor|reporter|writer|journalist|columnist|contributor|"
         r"analyst|photographer|producer)s?\b[^.!?]{0,60}")
_ROLE_LINE = re.compile(rf"^\s*{_ROLE}$")
# A reporter's note under the story: "Jane Roe is a political reporter at Example News.", "Jane Roe can be
# reached at jroe@example.com." Only among the last lines: higher up, such a sentence is news.
_BIO_LINE = re.compile(
    rf"^\s*(?P<names>{_REPORTER})\s+(?:(?:is|was)\s+(?:an?|the|our)\s+{_ROLE}|can\s+be\s+(?:reached|contacted|emailed)\s+at\b)"
    r"[^\n]{0,150}$"
)
# A date or time line under a lone name: "December 1, 2026", "Wed 2 Dec 2026 22.14 GMT", "3 hours ago".
_DATE_LINE = re.compile(r"^(?=.{0,60}$).*(?:\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\bago\b)")
# The story's date after the reporter's name on the byline's line, set apart by spaces or a comma: "Jane Roe
# Aug 3, 2027", "Jane Roe, 3 August 2027 09:10".
_DATE_AFTER_NAME = r"(?:[ \t]{2,}|[ \t]*,[ \t]*)(?=[^\n]{0,30}\b(?:19|20)\d\d\b)[\w .,:]{4,40}"
_DATED_LINE_END = re.compile(_DATE_AFTER_NAME + r"\s*$")
_BARE_BYLINE = re.compile(
    rf"^\s*(?P<names>{_REPORTER}{_FILED_IN}(?:\s*(?:,|\band\b|&)\s*{_REPORTER}{_FILED_IN}){{0,3}})"
    rf"(?P<outlet>\s*[|–—·/]\s*.{{1,100}}|\s*,?\s+{_ROLE}|(?:\s+@[\w./-]+)+|{_DATE_AFTER_NAME})?\s*$"
)


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is page furniture (share, comment, newsletter prompts, credits of
    contributors and pictures)."""
    return len(line) <= 300 and (_BOILERPLATE_LINE.match(line) is not None or _PHOTO_CREDIT_LINE.match(line) is not None)


def without_credit_notes(line: str) -> tuple[str, str | None]:
    """`line` without the credits it holds, in parentheses or closing a caption, and the reporters they
    name: "Rescuers at the scene. (AP Photo/Jane Roe)" -> ("Rescuers at the scene.", None)."""
    line = _TRAILING_CREDIT.sub("", line) if len(line) <= 600 else line
    line = _without_signature(line)
    if "(" not in line and "[" not in line:
        return line, None
    names = next((found for m in _CREDIT_NOTE.finditer(line) if (found := reporting_credit_names(m.group()))), None)
    return _CREDIT_NOTE.sub("", line), names


# A caption's closing signature: the photographer's name, a comma and the outlet, no verb ("... on Tuesday.
# Jane Roe, The Example Herald").
_SIGNATURE = re.compile(r"(?<=[.!?])[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,2}),[ \t]+"
                        r"(?:The[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,4}[ \t]*$")


def _without_signature(line: str) -> str:
    from transforms.entities.names import is_given_name

    m = _SIGNATURE.search(line) if len(line) <= 600 else None
    return line[: m.start()] if m is not None and is_given_name(m.group("name").split()[0]) else line


def reporting_credit_names(line: str) -> str | None:
    """The reporters of a wire credit, without where they filed from: "(Reporting by Jane Roe in
    Lagos and John Doe; Editing by Ann Lee)" -> "Jane Roe and John Doe"; None for other text."""
    match = _REPORTING_CREDIT.match(line.strip(" ([")) if len(line) <= 300 else None
    if match is None:
        return None
    names = _FILED_FROM.sub("", _OTHER_CREDITS.split(match.group("names"))[0]).strip(" ,.")
    return names if byline_names(f"By {names}") else None


def byline_names(line: str) -> str | None:
    """The names of a byline line ("By Jane Roe and John Doe" -> "Jane Roe and John Doe"), else None."""
    match = _BYLINE.match(line) if len(line) <= 160 else None
    return match.group("names").strip() if match else None


def bare_byline_names(line: str, next_line: str = "") -> str | None:
    """The reporters of a byline written without "By" ("Jane Roe in Kyiv and John Doe in Lviv",
    "Jane Roe | The Herald", "Jane Roe Political editor", "Jane Roe @janeroe"), else None. Something
    beside the names must mark it a byline (a place filed from, a bar, a role, a handle, a second
    reporter, or a role or a date on `next_line`) and every name must open with a known given name."""
    match = _BARE_BYLINE.match(line) if len(line) <= 160 else None
    if match is None:
        return None
    names = [_FILED_FROM.sub("", n).strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match["names"])]
    under = len(names) == 1 and (_ROLE_LINE.match(next_line) or _DATE_LINE.match(next_line.strip()))
    marked = match["outlet"] or under or len(names) > 1 or re.search(r"\sin\s", match["names"])
    # The name and place lists load only for lines shaped like this.
    from transforms.entities.names import is_given_name
    from transforms.gazetteer import lookup_place

    if not marked:
        return None
    # A reporter and the outlet after a bar ("Lwazi Mthembu | News24") need no known given name, only
    # no place in the name ("Ukraine Talks | Live").
    lone_with_outlet = match["outlet"] and len(names) == 1 and len(names[0].split()) == 2 and not any(
        lookup_place(w) for w in names[0].split())
    if not lone_with_outlet and not all(is_given_name(n.split()[0]) for n in names):
        return None
    return " and ".join(names)


# A link to another story in the page: a label, then that story's headline ("Read also: ...", "ALSO READ | ...").
_RELATED_WORDS = r"(?i:read\s+(?:more|next|also)|also\s+read|see\s+also|related(?:\s+(?:news|stories|articles|coverage))?)"
_RELATED_LINK = re.compile(_LINE_LEAD + _RELATED_WORDS + r"\s*[:|–—-]\s*(?P<headline>\S.{0,200}?)\s*$")
# The same label on a line of its own, the headlines on the lines under it ("Also read:\nHeadline\nHeadline").
RELATED_LABEL = re.compile(_LINE_LEAD + _RELATED_WORDS + r"\s*[:|–—-]?\s*$")
# The heading under which `clean_lines` keeps the headlines of the other stories a page links to.
RELATED_HEADING = "Related coverage:"
# A headline is short and ends without a sentence's full stop ("About the author" notes end with one).
_HEADLINE_WORDS = 25


def _related_headlines(lines: Sequence[str]) -> list[str]:
    """The headlines listed under a "Related" marker: the lines up to the first blank line after them,
    without their bullets, page furniture aside."""
    found: list[str] = []
    for line in lines:
        if not line.strip():
            if found:
                break
            continue
        headline = re.sub(_LINE_LEAD, "", line).strip()
        if is_boilerplate_line(line) or _END_OF_STORY.match(line) or len(headline.split()) > _HEADLINE_WORDS \
                or headline.endswith("."):
            continue
        found.append(headline)
    return found


def related_listings(text: str) -> list[tuple[int, int]]:
    """The character spans of the headlines listed under a label of related stories on a line of its own
    ("Also read:" then a headline a line, up to a blank line): the page's links, whose attacks and quotes
    belong to other stories. The lines stay where they are: the model reads the names in them in place."""
    spans: list[tuple[int, int]] = []
    start, listing = 0, False
    for line in text.split("\n"):
        if RELATED_LABEL.match(line):
            listing = True
        elif listing and line.strip():
            spans.append((start, start + len(line)))
        else:
            listing = False
        start += len(line) + 1
    return spans


def story_end(text: str) -> int:
    """Where the story's own text ends: before the headlines of other stories that `clean_lines` keeps last
    (their names belong to the page; their attacks and quotes to other stories)."""
    at = text.rfind("\n" + RELATED_HEADING + "\n")
    return len(text) if at < 0 else at


def clean_lines(lines: Sequence[str]) -> tuple[list[str], str | None]:
    """Drop boilerplate and byline lines and the picture credits that close captions; cut at a marker
    that opens related links or comments when it sits in the last third. The headlines of related
    stories ("Read also: ...", the lines under "Related") are kept last, under `RELATED_HEADING`: the
    page names their people and places too. Returns the kept lines and the first byline's names, else
    the reporters of a wire credit line ("Reporting by ...")."""
    kept = list(lines)
    n = len(kept)
    cut = n
    for i in range(n - 1, (2 * n) // 3 - 1, -1):
        if _END_OF_STORY.match(kept[i]):
            cut = i
    listed_after = _related_headlines(kept[cut + 1 :])
    kept = kept[:cut]
    related: list[str] = []
    # Share buttons between the headline and the byline do not count towards the window.
    filled = [i for i, line in enumerate(kept) if line.strip() and not is_boilerplate_line(line)]
    edges = set(filled[:_BYLINE_WINDOW] + filled[-_BYLINE_WINDOW:])
    by_edges = set(filled[:_BY_LINE_WINDOW] + filled[-_BY_LINE_WINDOW:])
    last = set(filled[-_BYLINE_WINDOW:])
    author = credited = None
    result = []
    for i, line in enumerate(kept):
        if (link := _RELATED_LINK.match(line)) is not None:
            related.append(link.group("headline"))
            continue
        if RELATED_LABEL.match(line):
            result.append(line)  # kept: it marks the headlines under it (see `related_listings`)
            continue
        if is_boilerplate_line(line):
            credited = credited or reporting_credit_names(line)
            continue
        after = next((kept[j] for j in filled if j > i), "")
        names = (byline_names(line) if i in by_edges else None) \
            or (bare_byline_names(line, after) if (i in edges or (i in by_edges and _DATED_LINE_END.search(line)))
                and i != filled[0] else None) \
            or (bio.group("names") if i in last and (bio := _BIO_LINE.match(line)) else None)
        if names:
            author = author or names
            if (stated := _STATED_DATE.search(line)) is not None:
                result.append(stated.group(0))  # "Jane Roe / Example News / Updated: Dec 2, 2026": the date stays
            elif (dated := _DATED_LINE_END.search(line)) is not None:
                result.append(dated.group(0).strip(" \t,"))  # "Jane Roe   Aug 3, 2027": so does the story's date
            continue
        line, names = without_credit_notes(line)
        credited = credited or names
        if line.strip() or not kept[i].strip():
            result.append(line)
    if related or listed_after:
        result += ["", RELATED_HEADING, *related, *listed_after]
    return result, author or credited

"""Plain text: decoding, cleaning, language and front matter."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.articles import BRIDGE, FRENCH, HARBOUR
from transforms.formats import parse_published, parse_text
from transforms.furniture import bare_byline_names, byline_names
from transforms.ingest import (
    ArticleRecord,
    Rejection,
    article_from_bytes,
    article_from_text,
    article_id_for,
    clean_text,
    detect_language,
)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Body line.\n\nSource link", "Body line."),
        ("Body line.\nLeave a comment\n\n", "Body line."),
        ("Body line.\nShare this article\nSource link\n", "Body line."),
        ("Source link is in the first line.\nBody.", "Source link is in the first line.\nBody."),
        ("Body line.\n- Share:\nMore body.", "Body line.\nMore body."),
        ("Body line.\nSign up for our daily newsletter to get the news in your inbox.\nMore.", "Body line.\nMore."),
        ("Body line.\nGot a tip? Email news@example.org\nMore.", "Body line.\nMore."),
        ("Body.\nReporting by Jane Roe; Editing by John Doe", "Body."),
        ("Body.\nAnna Lee and Tom Ward contributed reporting.", "Body."),
        ("Body.\n\u00a9 2026 Example News. All rights reserved.", "Body."),
        # the headlines of related stories stay, last, under one heading
        ("A.\nB.\nC.\nD.\nRelated\nOther story one\nOther story two",
         "A.\nB.\nC.\nD.\n\nRelated coverage:\nOther story one\nOther story two"),
        ("A.\nRead also: Floods cut the coast road\nB.\nC.", "A.\nB.\nC.\n\nRelated coverage:\nFloods cut the coast road"),
        ("A.\nRelated: Three hurt in market blast\nB.\nC.", "A.\nB.\nC.\n\nRelated coverage:\nThree hurt in market blast"),
        ("A.\nB.\nC.\nD.\nRELATED STORIES FROM THE EXAMPLE HERALD\nFerry strike ends", "A.\nB.\nC.\nD.\n\n"
         "Related coverage:\nFerry strike ends"),
        ("A.\nB.\nC.\nD.\nE.\nF.\nG.\nH.\nI.\nJ.\nK.\nL.\nRelated\n- Other story one\n\nAbout the author\n"
         "Jane Roe writes on farming.\n\n3 comments", "A.\nB.\nC.\nD.\nE.\nF.\nG.\nH.\nI.\nJ.\nK.\nL.\n\n"
         "Related coverage:\nOther story one"),
        ("Share prices fell 5% on Monday.\nFollow the money, he said.", "Share prices fell 5% on Monday.\nFollow the money, he said."),
        ("\u201cLeave a comment,\u201d he said.\nBody.", "\u201cLeave a comment,\u201d he said.\nBody."),
        ("One.\n\n\n\nTwo.", "One.\n\nTwo."),
        # share and follow widgets: the platforms a page offers, after a prompt or alone
        ("Body.\nShare: Facebook X WhatsApp Email\nMore.", "Body.\nMore."),
        ("Body.\nShare this: Facebook | X | Telegram", "Body."),
        ("Body.\nThis article is part of Harbour Ledger Pro\nMore.", "Body.\nMore."),
        ("Body.\nEmail | Facebook | Bluesky | LinkedIn\nMore.", "Body.\nMore."),
        ("Body.\nFollow Harbour Daily on WhatsApp and Telegram", "Body."),
        ("Body.\nLike Kenya on Facebook, follow @HarbourDaily on X to stay informed.\nMore.", "Body.\nMore."),
        ("Body.\nFollow The Harbour Daily on Facebook and X for the latest news.", "Body."),
        ("He would like to meet the rebels on Friday, he said on X.\nBody.",
         "He would like to meet the rebels on Friday, he said on X.\nBody."),
        ("Facebook and X removed the posts on Monday.\nBody.", "Facebook and X removed the posts on Monday.\nBody."),
        # a print edition's note, the print headline in it
        ("Body.\nA version of this article appears in print on March 3, 2026, Section B, Page 2 of the national "
         "edition with the headline: Mayor Backs Ferry Plan For Bay.", "Body."),
    ],
)
def test_clean_text_drops_boilerplate_lines_and_keeps_the_story(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Jane Roe", "Jane Roe"),
        ("By Jane Roe and John Doe | Reuters", "Jane Roe and John Doe"),
        ("By Anna Lee and Pierre de Montclair", "Anna Lee and Pierre de Montclair"),
        ("By Rhys ap Owen", "Rhys ap Owen"),
        ("BY ANNA LEE | Staff writer", "ANNA LEE"),
        ("By Monday, Russia had struck twenty cities.", None),
        ("By the end of the week the talks had stalled", None),
        # a reporter's beat after "By", a section's label before it
        ("By political reporter Anna Lee", "Anna Lee"),
        ("Health & Science / By medical reporter Tom Ward", "Tom Ward"),
        ("By Jane Roe · Example News", "Jane Roe"),
        ("By: Jane Roe", "Jane Roe"),
        ("Written by Anna Lee", "Anna Lee"),
        ("BY ANNA LEE AND TOM WARD", "ANNA LEE AND TOM WARD"),
    ],
)
def test_byline_names(line, expected):
    assert byline_names(line) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        # credit lines of pictures and of a wire story's reporters
        ("Body.\nPhoto: Lena Brandt/AP", "Body."),
        ("Body.\nPhotograph: Omar Haddad/Getty Images\nMore.", "Body.\nMore."),
        ("Image: Carla Mendes\nBody.", "Body."),
        ("Body.\nCredit: Pavel Orlov/Example Wire via Getty Images", "Body."),
        ("Body.\nPhoto by Ines Duarte for The Example Times", "Body."),
        ("Body.\n(AP Photo/Lena Brandt)\nMore.", "Body.\nMore."),
        ("Body.\n(Reporting by Anna Lee in Lagos and Tom Ward; Editing by Ruth Kim)", "Body."),
        ("Body.\n[Additional reporting by Anna Lee]", "Body."),
        ("Body.\n— With assistance from Ruth Kim", "Body."),
        ("Body.\nWith additional assistance by Ruth Kim and Tom Ward.", "Body."),
        ("Body.\nStaff writer Anna Lee contributed from Lagos.", "Body."),
        ("Body.\nShare Article via Email\nMore.", "Body.\nMore."),
        ("Body.\nOur Standards: The Example Wire Trust Principles.", "Body."),
        # a caption's closing credit naming a source and where it posted the picture
        ("Smoke over the port on Monday. (Regional Fire Service / Facebook)\nBody.",
         "Smoke over the port on Monday.\nBody."),
        ("Boys carry water past a shelled clinic in Khan Younis, 4 March 2027 (Example Agency / Lina Haddad)\nBody.",
         "Boys carry water past a shelled clinic in Khan Younis, 4 March 2027\nBody."),
        # a credit closing a caption goes, the caption stays
        ("Rescuers dig through the rubble in Hatay. (AP Photo/Lena Brandt)\nBody.",
         "Rescuers dig through the rubble in Hatay.\nBody."),
        ("Body.\nVoters queue in Lagos. (Photo: Omar Haddad/AFP)", "Body.\nVoters queue in Lagos."),
        # a credit run into the end of its caption after a label, a bar, a copyright sign or an agency's slash
        ("Body.\nVoters queue in Lagos on Friday. Photo by Ines Duarte / The Example Gazette",
         "Body.\nVoters queue in Lagos on Friday."),
        ("Body.\nFarmers march in Lyon on Monday. | Pavel Orlov/AFP via Getty Images", "Body.\nFarmers march in Lyon on Monday."),
        ("Body.\nMedics carry a wounded man to a helicopter in Gumla on Friday. | Photo Credit: Special Arrangement",
         "Body.\nMedics carry a wounded man to a helicopter in Gumla on Friday."),
        # a photographer's signature and the outlet, after a comma
        ("Body.\nThe senator greets supporters in Lincoln on Tuesday. Marcus Ellery, The Example Courier",
         "Body.\nThe senator greets supporters in Lincoln on Tuesday."),
        ("Body.\nHe thanked voters. Jane Doe, the mayor, said nothing.", "Body.\nHe thanked voters. Jane Doe, the mayor, said nothing."),
        ("Body.\nThe minister defends the budget. Image: Carla Mendes/dpa/picture alliance",
         "Body.\nThe minister defends the budget."),
        ("Body.\nMore.\nMore.\nMore.\nMore.\nRuth Kim Photographer: Lena Brandt/Bloomberg\nMore.\nMore.\nMore.\nEnd.",
         "Body.\nMore.\nMore.\nMore.\nMore.\nRuth Kim\nMore.\nMore.\nMore.\nEnd."),
        ("Body.\nTroops patrol near the border, May 3, 2026. REUTERS/Omar Haddad Purchase Licensing Rights",
         "Body.\nTroops patrol near the border, May 3, 2026."),
        ("Body.\nA checkpoint near the river, in a file photo. © Tom Ward / AFP", "Body.\nA checkpoint near the river, in a file photo."),
        ("Body.\nFamilies queue for water in May 2026 [File: Anna Lee/AFP]", "Body.\nFamilies queue for water in May 2026"),
        ("Body.\nThe minister says prices will fall. (Example News: Tom Ward)", "Body.\nThe minister says prices will fall."),
        # a photographer's name with a particle, and an agency's photo without a name
        ("Body.\nSupporters rally in the square on Friday. (Photo by Omar al-Rashid/AFP via Getty Images)",
         "Body.\nSupporters rally in the square on Friday."),
        ("Body.\nPolice cordon off the road near the village on Saturday. (PTI photo)",
         "Body.\nPolice cordon off the road near the village on Saturday."),
        # a credit run into the next line's text by the page's extraction: the credit goes, the text stays
        ("Body.\n(Additional reporting by Anna Lee, editing by Tom Ward)Editor's note: the story was updated.",
         "Body.\nEditor's note: the story was updated."),
        # story lines that open with the same words stay
        ("Photo: Firefighters battle a blaze in the old town.\nBody.",
         "Photo: Firefighters battle a blaze in the old town.\nBody."),
        ("Photos show the damage to the bridge.", "Photos show the damage to the bridge."),
        ("Images from the scene were shared widely.", "Images from the scene were shared widely."),
        ("(Corrects the date in the second paragraph)\nBody.", "(Corrects the date in the second paragraph)\nBody."),
        ("The mayor (pictured) spoke first.", "The mayor (pictured) spoke first."),
        ("Prices rose by a third (from 30 / 40 before).", "Prices rose by a third (from 30 / 40 before)."),
        ("He thanked his helpers for their assistance.", "He thanked his helpers for their assistance."),
        ("The minister thanked the crowd. Photo opportunities followed.",
         "The minister thanked the crowd. Photo opportunities followed."),
        ("The poll cited Reuters. AP/Ipsos polling showed a lead.", "The poll cited Reuters. AP/Ipsos polling showed a lead."),
        ("She showed the photo: a girl in a red coat.", "She showed the photo: a girl in a red coat."),
        # an encyclopedia's credit names the picture's author, no agency: it stays
        ("The robots competed in the capital this week. Image: Ruth Kimball.",
         "The robots competed in the capital this week. Image: Ruth Kimball."),
        ("He holds a stake in it (Example Holdings: 40 percent).", "He holds a stake in it (Example Holdings: 40 percent)."),
        # names with a slash after the caption's last sentence, in brackets or not
        ("Body.\nMigrants wait at the border post at dusk. Helena Marsh/Example Wire", "Body.\nMigrants wait at the border post at dusk."),
        ("Body.\nThe ferry docks at dawn. (Kofi Mensah/The Harbour Times)", "Body.\nThe ferry docks at dawn."),
        ("Body.\nDivers inspect the pier. Handout/Harbour Board of Trustees", "Body.\nDivers inspect the pier."),
        # a picture's label with "by" or "courtesy of" after it, in any case
        ("Body.\nThe governor leaves the court, March 2, 2027. — Picture by Ruth Kimball", "Body.\nThe governor leaves the court, March 2, 2027."),
        ("Body.\nVolunteers clear the road on Sunday. Photo courtesy of Lakeside Rescue Team", "Body.\nVolunteers clear the road on Sunday."),
        ("Body.\nThe old depot has stood empty since 2011. STAFF PHOTO BY TOM WARD", "Body.\nThe old depot has stood empty since 2011."),
        ("Body.\nEdited by: Ruth Kim", "Body."),
        # a picture agency's name alone closing a caption, and a source's label with a slash after it
        ("Body.\nGulls circle the trawler at dawn. Getty Images\nMore.", "Body.\nGulls circle the trawler at dawn.\nMore."),
        ("Body.\nCrews repair the line. AFP via Getty Images", "Body.\nCrews repair the line."),
        ("Body.\nThe mayor greets voters in Tartu. Source: Mari Lepp/Example Radio", "Body.\nThe mayor greets voters in Tartu."),
        # a contributor's line saying where they reported from
        ("Body.\nExample Herald staff writer Ana Ruiz reported from Quito.", "Body."),
        ("Body.\nCorrespondents Ana Ruiz and Tom Ward reported from Goma, Congo.", "Body."),
        # a picture's label and names set apart by bars, an agency's credit after a dash, a photo agency's
        # name before its distributor's
        ("Body.\nCrowds wait at the gate on March 7. PHOTO | ANNA ROE | AFP", "Body.\nCrowds wait at the gate on March 7."),
        ("Body.\nGuards stand at a checkpoint. — Reuters/File", "Body.\nGuards stand at a checkpoint."),
        ("Body.\nImage: Jan Nowak-Lis/NurPhoto/picture alliance\nMore.", "Body.\nMore."),
        # a broadcaster's author line with the agencies it drew on
        ("Body.\nAuthor Magda Lis-Keller (with AFP, Reuters)\nMore.", "Body.\nMore."),
        # a list of the story's topic tags
        ("Body.\nExplore more on these topics: Jane Roe, Budget, Example Institute", "Body."),
        ("Body.\nTopics: Harbours, Shipping", "Body."),
        # a two-word label before names set apart by a bar, and a copyright label before an agency's slash
        ("Body.\nStalls burn on Tom Mboya Street on May 3. Photo credit: Wanjiru Kamau Njeri | Example Daily",
         "Body.\nStalls burn on Tom Mboya Street on May 3."),
        ("Body.\nA midwife weighs a baby in Koudougou. Copyright: Example Alliance/Adama Traore-Kabore",
         "Body.\nA midwife weighs a baby in Koudougou."),
        # a picture label with "by" and a colon, and an outlet's own picture label
        ("Body.\nA nurse takes a sample in Oruro. Photo by: Example Aid / Ana Lucía Flores-Quispe",
         "Body.\nA nurse takes a sample in Oruro."),
        ("Body.\nGuards stand at the depot gate on Monday. Post Photo: Ramesh Lal Thapa-Karki",
         "Body.\nGuards stand at the depot gate on Monday."),
        # a slash inside the caption's own words is no credit
        ("The town fell on Monday. Fighters of the M23/AFC alliance hold it.", "The town fell on Monday. Fighters of the M23/AFC alliance hold it."),
    ],
)
def test_credit_lines_and_caption_credits_are_dropped(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Our reporter said the talks failed. A wire agency reported from Kyiv that the talks failed.",
        "Topics were discussed at length by the ministers.",
        "The source said the convoy left at dawn.",
        "The author of the report, Jan Lis, said it was late.",
    ],
)
def test_story_lines_like_credits_stay(line):
    assert clean_text(f"Body.\n{line}") == f"Body.\n{line}"


def test_the_reporters_of_a_wire_credit_line_become_the_author_when_there_is_no_byline():
    text = HARBOUR + "\n\n(Reporting by Anna Lee in Lagos and Tom Ward; Editing by Ruth Kim)"
    outcome = article_from_text(text, source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.author == "Anna Lee and Tom Ward"
    assert "Reporting" not in outcome.text
    credited = article_from_text(HARBOUR + "\n\n(Additional reporting by Anna Lee, editing by Tom Ward)", source="c.txt")
    assert credited.author is None  # contributors, not the authors
    bylined = article_from_text("By Jane Roe\n\n" + text, source="b.txt")
    assert bylined.author == "Jane Roe"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Maria Lopez in Kyiv and Tom Ward in Lviv", "Maria Lopez and Tom Ward"),
        ("Sipho Ndlovu | The Coastal Herald", "Sipho Ndlovu"),
        ("Maria Lopez and Tom Ward", "Maria Lopez and Tom Ward"),
        # a role, a handle, or a role or date line under a lone name marks it a byline
        ("Maria Lopez Chief political correspondent", "Maria Lopez"),
        ("Tom Ward @tomward", "Tom Ward"),
        ("Maria Lopez\nEurope editor, Example News", "Maria Lopez"),
        ("Tom Ward\nMarch 4, 2026", "Tom Ward"),
        ("Tom Ward\nFri 6 Mar 2026 08.10 CET", "Tom Ward"),
    ],
)
def test_a_byline_without_by_under_the_headline_becomes_the_author(byline, author):
    outcome = article_from_text(f"Harbour reopens after storm\n\n{byline}\n\n" + HARBOUR, source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.author == author
    assert byline not in outcome.text


@pytest.mark.parametrize(
    "line",
    [
        "Ukraine Peace Talks | Live updates",
        "Senate Passes Budget Bill | Politics",
        "Officials Say More Talks Needed",
        "Maria Lopez",
        "Maria Lopez\nThe harbour master said the quay was safe.",
    ],
)
def test_a_title_case_line_under_the_headline_stays(line):
    outcome = article_from_text(f"Harbour reopens after storm\n\n{line}\n\n" + HARBOUR, source="a.txt")
    assert line in outcome.text


def test_a_byline_at_the_top_becomes_the_author_and_leaves_the_text():
    outcome = article_from_text("By Jane Roe\n\n" + HARBOUR, source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.author == "Jane Roe"
    assert outcome.text == HARBOUR


def test_mojibake_is_repaired_and_curly_quotes_are_kept():
    broken = "The Kremlin\u00e2\u20ac\u2122s spokesman said \u00e2\u20ac\u0153no\u00e2\u20ac\u009d."
    assert clean_text(broken) == "The Kremlin\u2019s spokesman said \u201cno\u201d."


def test_same_text_same_id_whatever_the_whitespace():
    assert article_id_for("The  talks began.\n") == article_id_for("The talks began.")
    assert article_id_for("The talks began.") != article_id_for("The talks ended.")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"Source link\nShare this article\n", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable"),
        (FRENCH.encode(), "unsupported_language"),
    ],
)
def test_bad_bytes_are_rejected_with_a_reason(data, reason):
    outcome = article_from_bytes(data, source="x.txt")
    assert isinstance(outcome, Rejection)
    assert outcome.reason == reason


def test_over_the_size_limit_is_rejected():
    outcome = article_from_bytes(HARBOUR.encode(), source="x.txt", max_bytes=100)
    assert isinstance(outcome, Rejection) and outcome.reason == "too_large"


@pytest.mark.parametrize(
    "data",
    [HARBOUR.encode("utf-8"), HARBOUR.encode("utf-8-sig"), HARBOUR.encode("utf-16"),
     HARBOUR.replace("\n", "\r\n").encode("utf-8")],
)
def test_encodings_decode_to_the_same_article(data):
    outcome = article_from_bytes(data, source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.text == HARBOUR


def test_a_legacy_encoding_is_detected():
    text = "The caf\u00e9 on the square re-opened on Monday after the flood, its owner said. " * 5
    outcome = article_from_bytes(text.encode("cp1252"), source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert "caf\u00e9" in outcome.text


def test_good_bytes_become_an_article():
    outcome = article_from_bytes(b"Kyiv was quiet on Monday.\n", source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.text == "Kyiv was quiet on Monday."
    assert outcome.source == "a.txt"
    assert outcome.title is None and outcome.published_at is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (HARBOUR, "en"),
        (FRENCH, "fr"),
        ("Die Stadtverwaltung hat am Montag angekündigt, dass die alte Brücke über den Fluss im kommenden "
         "Frühjahr saniert wird. Nach Angaben des Bürgermeisters dauern die Arbeiten etwa acht Monate.", "de"),
        ("El ayuntamiento anunció el lunes que el viejo puente sobre el río será renovado la próxima "
         "primavera. Según el alcalde, las obras durarán unos ocho meses y costarán doce millones.", "es"),
        ("Urząd miasta ogłosił w poniedziałek, że stary most na rzece zostanie całkowicie "
         "wyremontowany na wiosnę. Według burmistrza prace potrwają około ośmiu miesięcy.", "pl"),
        # An English story under a Dutch masthead and menu is English; a Dutch story under an English
        # menu is Dutch.
        ("Het Nieuwsblad van de Kust | Nieuws uit de regio | Binnenland en buitenland | Sport en cultuur | "
         "Lees ook: De gemeente wil de oude haven van de stad vernieuwen en zoekt daarvoor geld bij de "
         "provincie en het rijk.\n\n" + HARBOUR * 3, "en"),
        ("Home | World | Business | Sport | Culture\n\nDe gemeenteraad heeft maandag besloten dat de oude "
         "brug over de rivier in het voorjaar wordt gerenoveerd. Volgens de burgemeester duren de werken "
         "ongeveer acht maanden en kosten ze twaalf miljoen euro. " * 4, "nl"),
        # Too short to judge: kept, language unknown.
        ("Kyiv was quiet on Monday.", None),
        ("Le conseil a vot\u00e9 mardi.", None),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_a_short_non_english_text_is_not_rejected():
    assert isinstance(article_from_text("Le conseil a vot\u00e9 mardi.", source="a.txt"), ArticleRecord)


def test_front_matter_gives_metadata_and_leaves_the_text():
    data = (
        "---\ntitle: Harbour wall to be rebuilt\nurl: https://example.org/harbour\n"
        "published: 2026-02-03T09:30:00+01:00\noutlet: Port Elm Gazette\nauthor: Jane Roe\n---\n" + HARBOUR
    ).encode()
    [outcome] = parse_text(data, source="a.md")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.text == HARBOUR
    assert outcome.title == "Harbour wall to be rebuilt"
    assert outcome.url == "https://example.org/harbour"
    assert outcome.outlet == "Port Elm Gazette" and outcome.author == "Jane Roe"
    assert outcome.published_at == datetime(2026, 2, 3, 8, 30, tzinfo=UTC)
    assert outcome.published_at.utcoffset() == timedelta(hours=1)


def test_a_sidecar_wins_over_front_matter():
    data = ("---\ntitle: Old title\n---\n" + BRIDGE).encode()
    [outcome] = parse_text(data, source="b.txt", sidecar={"title": "Bridge closed", "published": "2026-01-05"})
    assert outcome.title == "Bridge closed"
    assert outcome.published_at == datetime(2026, 1, 5, tzinfo=UTC)


def test_a_dash_rule_that_is_not_front_matter_is_kept():
    data = ("---\n" + BRIDGE).encode()
    [outcome] = parse_text(data, source="b.txt")
    assert outcome.text.endswith(BRIDGE.split("\n")[-1])
    assert outcome.title is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-02-04", datetime(2026, 2, 4, tzinfo=UTC)),
        ("2026-02-04 10:00", datetime(2026, 2, 4, 10, tzinfo=UTC)),
        ("9999-12-31T23:00:00-05:00", None),
        ("0001-01-01", None),
        ("1066-10-14", None),
        ("2400-01-01T00:00:00Z", None),
        (10**30, None),
        (-(10**15), None),
        ("2026-02-30", None),
        ("4" * 5000, None),
        ("2026-02-04T10:00:00Z", datetime(2026, 2, 4, 10, tzinfo=UTC)),
        ("Wed, 04 Feb 2026 10:00:00 +0200", datetime(2026, 2, 4, 10, tzinfo=timezone(timedelta(hours=2)))),
        (date(2026, 2, 4), datetime(2026, 2, 4, tzinfo=UTC)),
        (datetime(2026, 2, 4, 10), datetime(2026, 2, 4, 10, tzinfo=UTC)),
        (1770199200, datetime(2026, 2, 4, 10, tzinfo=UTC)),
        (1770199200000, datetime(2026, 2, 4, 10, tzinfo=UTC)),
        ("not a date", None),
        (None, None),
    ],
)
def test_parse_published(value, expected):
    """Every time is aware (naive ones taken as UTC) and in range, so later steps may compare
    and shift them; an impossible one is None, not an error."""
    found = parse_published(value)
    assert found == expected
    assert found is None or found.tzinfo is not None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ruth Kimball / EWN / Updated: Dec 2, 2026, 06:14 IST", "Ruth Kimball"),
        ("Anna Lee · Example News · Posted: Dec 1, 2026 4:00 AM EST | Last Updated: 2 hours ago", "Anna Lee"),
        # the story's date after the name, set apart by spaces or a comma
        ("Farid Rahimov-Karimov   Aug 3, 2027", "Farid Rahimov-Karimov"),
        ("Anna Lee, 3 August 2027 09:10", "Anna Lee"),
        ("Anna Lee visited Paris in 2027", None),
    ],
)
def test_bare_bylines_with_the_outlet_between_dots_or_slashes(line, expected):
    assert bare_byline_names(line) == expected


def test_a_by_line_below_a_label_a_date_a_headline_and_a_standfirst_is_a_byline():
    raw = ("NEWS\n2 December 2026\n\nFarm output rises\n\nThe harvest beat forecasts.\n\nBy Helena Marsh\n\n"
           + "\n\n".join(f"Body {n}." for n in range(6)))
    assert "Helena Marsh" not in clean_text(raw)


def test_a_photographers_name_closing_a_caption_goes():
    raw = "Body.\nThe senator speaks to reporters on Monday. (Greg Hollander)\nMore.\nMore.\nMore.\nEnd."
    assert "Hollander" not in clean_text(raw)
    assert "He met the senator (John Smith) on Monday." in clean_text("Body.\nHe met the senator (John Smith) on Monday.")


def test_a_bylines_stated_date_stays_when_the_byline_goes():
    raw = ("Two soldiers killed in ambush\n\nRuth Kimball / EWN / Updated: Dec 27, 2026, 06:14 IST\n\n"
           + "\n\n".join(f"Body {n} on Saturday." for n in range(6)))
    cleaned = clean_text(raw)
    assert "Ruth Kimball" not in cleaned and "Updated: Dec 27, 2026" in cleaned


def test_a_reporters_note_under_the_story_goes_and_the_same_sentence_in_it_stays():
    note = "Helena Marsh is a political reporter at The Example Ledger."
    story = "\n\n".join(f"Body {n}." for n in range(6))
    assert "Helena Marsh" not in clean_text(f"Headline\n\n{story}\n\n{note}\n\nHelena Marsh can be reached at hm@example.org.")
    assert note in clean_text(f"Headline\n\n{note}\n\n{story}")


def test_a_bare_byline_with_its_date_under_the_masthead_section_headline_and_standfirst_is_no_text():
    raw = ("Steppe Courier\nKazakhstan | Economy\n\nGrain exports hit a record\n\nFarmers sold more wheat abroad "
           "than ever, the ministry says.\n\nFarid Rahimov-Karimov   Aug 3, 2027\n\nA combine in a field near Kostanay.\n\n"
           + HARBOUR)
    text = clean_text(raw)
    assert "Rahimov" not in text and "Aug 3, 2027" in text  # the story's date stays: it dates "on Sunday"

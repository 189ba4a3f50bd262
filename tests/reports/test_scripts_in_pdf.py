"""Arabic, emoji and accents in the PDFs: joined, right to left, in fonts that hold them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_helpers import NOW, WEEK, stamp

from cimicdesk.domain.enums import LiaisonType, ParticipantKind
from cimicdesk.domain.records import Contact, LiaisonEntry, Participant
from cimicdesk.reports import commands, layout, script_text
from cimicdesk.reports.script_text import (
    EMOJI_FONT,
    RightToLeftParagraph,
    drawn_width,
    joined,
    markup,
    visual,
)
from cimicdesk.store.contacts import save_contact
from cimicdesk.store.liaison import save_liaison
from cimicdesk.store.report_drafts import ReportDraft, save_draft

PLACE = "الجنينة"
CIVIL = "اجتمعنا مع لجنة المياه في القرية لمناقشة إصلاح المضخة اليدوية التي تعطلت منذ أسبوعين."


@pytest.fixture(autouse=True)
def fonts():
    layout.register_fonts()
    script_text.register_emoji_font()


def test_arabic_is_joined_reversed_and_its_brackets_mirrored():
    shown = visual("مياه (SRCS)")
    assert "(SRCS)" in shown  # the brackets face the right way once reversed
    letters = [c for c in shown if "\u0600" <= c <= "\u06ff"]
    assert letters == []  # every Arabic letter in its joined (presentation) form
    assert shown.endswith("\ufee9\ufe8e\ufef4\ufee3")  # م ي ا ه, drawn right to left
    assert visual("Bria, Ouaka") == "Bria, Ouaka"


def test_allah_is_spelled_out_not_a_ligature_the_font_lacks():
    shown = visual("عبد الله")
    assert "\ufdf2" not in shown
    assert all(ord(c) in script_text._glyphs(layout.FONT) for c in shown if c != " ")


def test_emoji_the_main_font_lacks_are_set_in_the_emoji_font():
    text = markup("Cheffe 👍 & 😀 <b>", layout.FONT)
    assert f'<font name="{EMOJI_FONT}">👍</font>' in text
    assert "😀" in text and f'<font name="{EMOJI_FONT}">😀' not in text  # DejaVu has it
    assert "&amp;" in text and "&lt;b&gt;" in text  # escaped: user text is not markup
    assert "\ufe0f" not in markup("⚠️", layout.FONT)  # a variation selector draws nothing


arabic_words = st.lists(
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=9),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(words=arabic_words, width=st.integers(min_value=40, max_value=300))
def test_right_to_left_lines_keep_reading_order_and_fit(words, width):
    style = layout.styles().body
    paragraph = RightToLeftParagraph(" ".join(words), style)
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph._lines
    assert " ".join(lines).split() == words  # top to bottom, in the order written
    assert height == len(lines) * style.leading
    for line in lines:
        assert len(line.split()) == 1 or drawn_width(line, style.fontName, style.fontSize) <= (
            width
        )


def test_a_long_arabic_paragraph_splits_across_pages_in_order():
    style = layout.styles().body
    paragraph = RightToLeftParagraph(" ".join([CIVIL] * 30), style)
    paragraph.wrap(200, 10_000)
    first, rest = paragraph.split(200, style.leading * 5)
    first.wrap(200, 10_000)
    rest.wrap(200, 10_000)
    assert len(first._lines) == 5
    assert first._lines + rest._lines == paragraph._lines


def test_a_sitrep_prints_arabic_and_emoji_with_fonts_that_hold_them(store, tmp_path):
    person = save_contact(store, Contact(name="عبد الله محمد", position="مدير الفرع 👍"))
    save_liaison(
        store,
        LiaisonEntry(
            start=stamp(18),
            entry_type=LiaisonType.COORDINATION,
            place=PLACE,
            purpose="إصلاح مضخة المياه 💧 and the school roof",
            info_received=CIVIL,
            participants=[Participant(kind=ParticipantKind.CONTACT, target_id=person.id)],
        ),
    )
    save_draft(
        store,
        ReportDraft(
            kind="unit_sitrep",
            period_start="2026-11-16",
            period_end="2026-11-22",
            civil_situation=f"{CIVIL}\n\nLe marché de Ndélé a rouvert 🙂.",
        ),
    )
    out = commands.write_sitrep(store, tmp_path / "sitrep.pdf", week=WEEK, now=NOW)
    reader = PdfReader(out)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any(EMOJI_FONT in name for name in fonts)  # 👍 and 🙂 were set in it
    assert any("DejaVuSans" in name for name in fonts)
    # pypdf reads right-to-left runs back into reading order: the joined letters, each
    # word whole and the words in the order written, line after line.
    printed = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert joined(PLACE) in printed
    assert joined(CIVIL) in printed  # the civil situation, one paragraph in order
    assert "Ndélé" in printed

"""Text of any script in the PDFs: Arabic joined and right to left, emoji in their own font.

reportlab draws characters one by one, left to right, in one font. Arabic letters must
take their joined forms (arabic_reshaper) and a right-to-left line must be laid out in
visual order (python-bidi); DejaVu Sans, the reports' font, has the joined forms but few
emoji, so the characters it lacks are set in Noto Emoji (shipped, OFL).

A right-to-left paragraph cannot be reordered before reportlab wraps it (its lines would
come out bottom first): RightToLeftParagraph breaks the lines itself, in reading order,
and reorders each line alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display  # the algorithm that mirrors brackets too
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph

EMOJI_FONT = "NotoEmoji"
_EMOJI_FILE = "NotoEmoji-Regular.ttf"
# Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Emoji variation selectors and joiners: no glyph in either font, nothing to draw.
_INVISIBLE = dict.fromkeys(map(ord, "\ufe0e\ufe0f\u200d"))


def has_rtl(value: str) -> bool:
    return bool(_RTL.search(value))


# Joined letter forms only: DejaVu Sans lacks some ligatures (Allah, U+FDF2), which
# would print as empty boxes.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"support_ligatures": False})


def joined(text: str) -> str:
    """Arabic letters in the forms they take in a word (initial, medial, final)."""
    shaped: str = _RESHAPER.reshape(text)
    return shaped


def visual(line: str, base: str | None = None) -> str:
    """One line as it is drawn: Arabic letters joined, right-to-left runs reversed (and
    their brackets mirrored). base: 'R' or 'L' for the paragraph's direction, None to
    take the line's own (its first letter's)."""
    if not has_rtl(line):
        return line
    shown: str = (
        get_display(_RESHAPER.reshape(line), base_dir=base)
        if base
        else get_display(_RESHAPER.reshape(line))
    )
    return shown


def right_to_left(line: str) -> bool:
    """Whether a line reads right to left: its first letter is Arabic or Hebrew."""
    for char in line:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def register_emoji_font() -> None:
    if EMOJI_FONT in pdfmetrics.getRegisteredFontNames():
        return
    with resources.as_file(resources.files("cimicdesk.reports") / "fonts" / _EMOJI_FILE) as path:
        pdfmetrics.registerFont(TTFont(EMOJI_FONT, str(path)))


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def markup(value: str, font_name: str, base: str | None = None) -> str:
    """Paragraph markup of plain text (one line or several): escaped, right-to-left lines
    in visual order, characters `font_name` lacks set in the emoji font where it has them."""
    if max(value, default="") < "\u0250":  # Latin letters only (most text): all in DejaVu
        return escape(value).replace("\n", "<br/>")
    lines = []
    for line in value.translate(_INVISIBLE).split("\n"):
        lines.append(
            "".join(
                f'<font name="{EMOJI_FONT}">{escape(run)}</font>' if fallback else escape(run)
                for fallback, run in _runs(visual(line, base), font_name)
            )
        )
    return "<br/>".join(lines)


def _runs(line: str, font_name: str) -> list[tuple[bool, str]]:
    """The line cut where the font changes: (set in the emoji font, text) runs."""
    register_emoji_font()
    main, emoji = _glyphs(font_name), _glyphs(EMOJI_FONT)
    runs: list[tuple[bool, str]] = []
    for char in line:
        fallback = ord(char) not in main and ord(char) in emoji
        if runs and runs[-1][0] == fallback:
            runs[-1] = (fallback, runs[-1][1] + char)
        else:
            runs.append((fallback, char))
    return runs


def drawn_width(line: str, font_name: str, size: float) -> float:
    """The width of a line as markup() has it drawn (joined letters, emoji font)."""
    width: float = sum(
        pdfmetrics.stringWidth(run, EMOJI_FONT if fallback else font_name, size)
        for fallback, run in _runs(joined(line.translate(_INVISIBLE)), font_name)
    )
    return width


class RightToLeftParagraph(Flowable):
    """A paragraph holding right-to-left text: broken into lines in reading order, each
    line then reordered for drawing and aligned to the side it starts from."""

    def __init__(self, value: str, style: ParagraphStyle):
        super().__init__()
        self.value = value
        self.style = style
        self.base = "R" if right_to_left(value) else "L"  # one direction for every line
        self._lines: list[str] = []

    def _break(self, width: float) -> list[str]:
        font, size = self.style.fontName, self.style.fontSize
        room = max(width - self.style.leftIndent - self.style.rightIndent, size)
        lines: list[str] = []
        for raw in self.value.split("\n"):
            current = ""
            for word in raw.split():
                trial = f"{current} {word}" if current else word
                if current and drawn_width(trial, font, size) > room:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        return lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = self._break(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._break(avail_width)
        fit = int(avail_height // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return [
            RightToLeftParagraph("\n".join(lines[:fit]), self.style),
            RightToLeftParagraph("\n".join(lines[fit:]), self.style),
        ]

    def draw(self) -> None:
        y = self.height
        align = TA_RIGHT if self.base == "R" else TA_LEFT
        style = ParagraphStyle(f"{self.style.name}-line", parent=self.style, alignment=align)
        for line in self._lines:
            drawn = Paragraph(markup(line, style.fontName, self.base), style)
            _, height = drawn.wrap(self.width, self.style.leading * 2)
            y -= self.style.leading
            drawn.drawOn(self.canv, 0, y + self.style.leading - height)

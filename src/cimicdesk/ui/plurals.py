"""The English plural forms of the window's counts, read from their source text.

The window writes a count as Qt's plural form with the English alternatives inline:
tr("%Ln record(s)", "", n), tr("%Ln liaison entr(y|ies)", "", n). Its catalogues
(resources/translations/cimicdesk_en.ts, _fr.ts) hold the forms of every count they
knew when they were last updated; a count added since, or a catalogue that did not load,
would show its source: "200 liaison entr(y|ies)". EnglishPlurals answers last, after
the catalogues, for any count they lack: '1 liaison entry', '200 liaison entries'.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

# '(y|ies)' for another ending, '(s)' for a regular plural (as
# packaging/update_translations.py reads them to fill the English catalogue).
ALTERNATIVES = re.compile(r"\((\w*)\|(\w*)\)")
REGULAR = re.compile(r"\(s\)")


def english_forms(source: str) -> tuple[str, str]:
    """('%Ln record', '%Ln records') of '%Ln record(s)'."""
    one = REGULAR.sub("", ALTERNATIVES.sub(r"\1", source))
    many = REGULAR.sub("s", ALTERNATIVES.sub(r"\2", source))
    return one, many


def has_forms(source: str) -> bool:
    """Whether a text carries its plural alternatives ('(s)', '(y|ies)')."""
    return bool(REGULAR.search(source) or ALTERNATIVES.search(source))


class EnglishPlurals(QTranslator):
    """A translator for the counts alone: the singular for 1, the plural otherwise;
    None (no translation) for anything else, so the source or a catalogue is shown."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, /, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or not has_forms(source):
            return None
        one, many = english_forms(source)
        return one if n == 1 else many

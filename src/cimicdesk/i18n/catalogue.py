"""The catalogue of texts below the window: one Texts per language, passed explicitly.

Texts("fr") renders messages (i18n.message) with the compiled gettext catalogue
(locale/<lang>/LC_MESSAGES/cimicdesk.mo, compiled from the .po by packaging/build_qt.py),
translates labels (context: the enumeration's name) and writes numbers, amounts and dates
as the language does, through Babel. English is the source language: its catalogue is
empty and the ids are the English. Nothing here holds a current language: callers pass
the Texts they were given.
"""

from __future__ import annotations

import gettext
import string
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from cimicdesk.i18n.message import Label, Message, Money

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"
DOMAIN = "cimicdesk"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
# Babel's locale for each language: British English writes '23 Nov 2026', as staffs do.
_BABEL_LOCALE = {"en": "en_GB", "fr": "fr_FR"}
# Amounts carry the ISO code, not a symbol: 'USD 12,500', '12 500 USD'.
_MONEY_PATTERN = {"en": "¤¤ #,##0", "fr": "#,##0\u00a0¤¤"}
_FORMATTER = string.Formatter()
# The date type by another name: inside Texts, `date` is the method.
Day = date


class CatalogueMissingError(RuntimeError):
    """The compiled catalogue of a language is not there: run packaging/build_qt.py."""


def check_language(code: str | None) -> str:
    """A language code normalised ('FR' -> 'fr'); ValueError naming the ones offered."""
    normal = (code or SOURCE_LANGUAGE).strip().lower()
    if normal not in LANGUAGES:
        raise ValueError(f"'{code}' is not a language offered: {', '.join(LANGUAGES)}")
    return normal


class Texts:
    """Everything the layers below the window say, in one language."""

    def __init__(self, language: str):
        self.language = check_language(language)
        self.locale = _BABEL_LOCALE[self.language]
        if self.language == SOURCE_LANGUAGE:
            self._catalogue: gettext.NullTranslations = gettext.NullTranslations()
        else:
            try:
                self._catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[self.language])
            except OSError as exc:
                raise CatalogueMissingError(
                    f"no compiled catalogue for {self.language} in {LOCALE_DIR}: "
                    "run python packaging/build_qt.py"
                ) from exc

    def __repr__(self) -> str:
        return f"Texts({self.language!r})"

    # --- messages -------------------------------------------------------------------

    def template(self, message: Message) -> str:
        """The message's text in this language, before its parameters are filled in."""
        catalogue = self._catalogue
        if message.plural is not None:
            if message.context is not None:
                return catalogue.npgettext(
                    message.context, message.text, message.plural, message.count
                )
            return catalogue.ngettext(message.text, message.plural, message.count)
        if message.context is not None:
            return catalogue.pgettext(message.context, message.text)
        return catalogue.gettext(message.text)

    def render(self, message: Message | str | None) -> str:
        """A message in this language; text (an officer's) comes back untouched."""
        if message is None:
            return ""
        if isinstance(message, str):
            return message
        template = self.template(message)
        if not message.params:
            return template
        values = {name: self.value(value) for name, value in message.params.items()}
        # Only {name} fields: a format spec or an attribute in a translation is refused
        # here rather than run (a translator's typo must not raise in the middle of a save).
        parts = []
        for literal, name, _spec, _conversion in _FORMATTER.parse(template):
            parts.append(literal)
            if name is not None:
                parts.append(values.get(name, "{" + name + "}"))
        return "".join(parts)

    def value(self, value: Any) -> str:
        """One parameter of a message, as this language writes it."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value if not isinstance(value, Enum) else self.label(value)
        if isinstance(value, Message):
            return self.render(value)
        if isinstance(value, Label):
            return self.label(value)
        if isinstance(value, Money):
            return self.money(value.amount, value.currency)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        if isinstance(value, datetime | date):
            return self.date(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.value(item) for item in value)
        return str(value)

    # --- labels ----------------------------------------------------------------------

    def label(self, member: Any) -> str:
        """A label (an enumeration member's, or a Label) in this language."""
        text = getattr(member, "label", None)
        if text is None:
            return str(member)
        kind = member.kind if isinstance(member, Label) else type(member).__name__
        return self.label_text(text, kind)

    def label_text(self, text: str, kind: str) -> str:
        """The English label `text` of a kind ('QipStatus', 'Subcategory'…) translated."""
        if not text:
            return text
        return self._catalogue.pgettext(kind, text)

    # --- numbers, amounts, dates -----------------------------------------------------

    def number(self, value: float) -> str:
        """A number with its thousands grouped ('12,500', '12 500'); whole unless it has
        a fraction, shown to at most two places."""
        return format_decimal(value, format="#,##0.##", locale=self.locale)

    def amount(self, value: float) -> str:
        """An amount without its currency: '25,200', '25,200.50' (cents only when there
        are some); '25 200,50' in French."""
        return format_decimal(value, format=_with_cents("#,##0", value), locale=self.locale)

    def money(self, amount: float, currency: str = "USD") -> str:
        """'USD 12,500' or '12 500 USD'; cents only when there are some."""
        pattern = _with_cents(_MONEY_PATTERN[self.language], amount)
        return format_currency(
            amount, currency, format=pattern, locale=self.locale, currency_digits=False
        )

    def date(self, value: date) -> str:
        """'23 Nov 2026' (English) or '23 nov. 2026' (French)."""
        return format_date(value, "d MMM y", locale=self.locale)

    def day_month(self, value: Day) -> str:
        """'23 Nov' or '23 nov.'."""
        return format_date(value, "d MMM", locale=self.locale)

    def weekday_day(self, value: Day) -> str:
        """'Mon 16' or 'lun. 16': a day on a chart's axis."""
        return format_date(value, "EEE d", locale=self.locale)


def _with_cents(pattern: str, value: float) -> str:
    """The number pattern with two decimals when the amount has cents."""
    return pattern.replace("#,##0", "#,##0.00") if round(value * 100) % 100 else pattern


@cache
def texts(language: str) -> Texts:
    """The Texts of a language (loaded once)."""
    return Texts(check_language(language))

"""A message born below the window: its English id (the gettext msgid) and its parameters.

Lower layers never build a finished sentence. They return msg("The date '{value}' is not
YYYY-MM-DD.", value=text); the window or a report renders it in its language with
i18n.catalogue.Texts.render, and str() gives the English (command line, logs).

Parameters are rendered by type, never translated when they are what an officer typed:
- str: inserted as it is (names, places, narratives: the officer's words);
- Message: rendered in the same language;
- an enumeration member with a label (LabelledEnum) or a Label: its label, translated;
- int / float: a number grouped as the language writes it (pass ids and years as str);
- date / datetime: a date as the language writes it ('23 Nov 2026', '23 nov. 2026');
- Money: an amount with its currency ('USD 12,500', '12 500 USD').

pybabel extracts msg (the text), msg_n (singular, plural) and msg_p (context, text);
packaging/update_translations.py lists the keywords.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money in a currency (ISO 4217 code)."""

    amount: float
    currency: str = "USD"


@dataclass(frozen=True, slots=True)
class Label:
    """A label of a kind that is not an enumeration (an incident sub-type, a casualty
    group…): its English text and its kind, the translation context."""

    text: str
    kind: str

    @property
    def label(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable message: English id, parameters, and for a plural its plural id."""

    text: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    plural: str | None = None
    context: str | None = None

    @property
    def count(self) -> int:
        """The number choosing the plural form (the parameter 'n')."""
        return int(self.params.get("n", 1))

    def __str__(self) -> str:
        from cimicdesk.i18n.catalogue import texts

        return texts("en").render(self)


def msg(text: str, /, **params: Any) -> Message:
    """A message whose English is `text`, its {placeholders} filled from params."""
    return Message(text, params)


def msg_n(singular: str, plural: str, n: int, /, **params: Any) -> Message:
    """A message with a singular and a plural form chosen by n (the {n} placeholder)."""
    return Message(singular, {"n": n, **params}, plural=plural)


def msg_p(context: str, text: str, /, **params: Any) -> Message:
    """A message whose English text has more than one meaning: context tells them apart."""
    return Message(text, params, context=context)


# What a message may be handed over as: a Message, or text no one translates (an officer's).
Text = Message | str

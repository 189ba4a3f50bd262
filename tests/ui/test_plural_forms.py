"""The window's counts use Qt's plural forms (%Ln), in English and French."""

from __future__ import annotations

from cimicdesk.ui import i18n
from cimicdesk.ui.pages.search import SearchPage


def _records(count: int) -> str:
    return SearchPage.tr("%Ln record(s)", "", count)


def test_english_counts_take_their_plural_form_and_group_thousands(qapp):
    i18n.install("en")
    assert [_records(n) for n in (0, 1, 2, 12400)] == [
        "0 records",
        "1 record",
        "2 records",
        "12,400 records",
    ]


def test_french_counts_take_the_french_rule_zero_is_singular(qapp):
    try:
        assert i18n.install("fr") == "fr"
        assert [_records(n) for n in (0, 1, 2)] == [
            "0 fiche",
            "1 fiche",
            "2 fiches",
        ]
        assert _records(12400).replace("\u202f", " ").replace("\u00a0", " ") == ("12 400 fiches")
    finally:
        i18n.uninstall()

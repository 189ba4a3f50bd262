"""What the four record sheets share: options, language, directory, texts cut to fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from cimicdesk.domain.qip import Attachment
from cimicdesk.domain.timeutil import utc_now
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports import record_photos
from cimicdesk.reports.data import Directory, day_of, grid_text, marking_text, military_dtg
from cimicdesk.reports.document import (
    Block,
    Cell,
    Document,
    FieldGrid,
    Furniture,
    Heading,
    Image,
    Paragraph,
)
from cimicdesk.reports.place_text import grid_nearby, says_more_than
from cimicdesk.store.database import Store
from cimicdesk.store.report_settings import get_report_settings

MAX_PHOTOS = 4
# The officer's texts of a sheet together, before they are shortened (about a page).
TEXT_LIMIT = 4_000
# Rows of a table printed at most; older ones are counted in a line under it.
MAX_ROWS = 10
SHORTENED = msg("Shortened to fit two pages: the full text is in the record.")


@dataclass(frozen=True)
class SheetOptions:
    """How a sheet is written: the handling marking (None: the unit's default, else
    UN RESTRICTED), the moment it is printed (its DTG), the characters of free text it may
    hold in all, the rows of each table, the photos and their height on the page."""

    marking: str | None = None
    now: datetime | None = None
    text_limit: int = TEXT_LIMIT
    max_rows: int = MAX_ROWS
    max_photos: int = MAX_PHOTOS
    photo_height_mm: float = 52


class Sheet:
    """Helpers shared by the four builders: the language, the directory, the text budget.

    Attributes: store, texts, directory (contacts and organisations, masked as reports
    name them), options, shortened (True once a text was cut to fit).
    """

    def __init__(self, store: Store, texts: Texts, options: SheetOptions):
        self.store = store
        self.texts = texts
        self.directory = Directory(store)
        self.options = options
        self.shortened = False

    def t(self, value: object) -> str:
        """Any value (a Message, a label, a number, a date, an officer's str) as text."""
        return self.texts.value(value)

    def day(self, text: str) -> str:
        """A stored YYYY-MM-DD day as the language writes it ('' stays '')."""
        return self.t(day_of(text))

    def dtg(self, stamp: str) -> str:
        return military_dtg(stamp) if stamp else ""

    def usd(self, amount: float) -> str:
        return self.texts.money(amount, "USD")

    def person(self, contact_id: str | None) -> str:
        """A contact as the report may name them: a restricted one by code only."""
        person = self.directory.contact(contact_id)
        if person is None:
            return ""
        return self.t(self.directory.person_label(person, names_sensitive=False))

    def organisation(self, org_id: str | None) -> str:
        org = self.directory.organisation(org_id)
        return org.display_name if org is not None else ""

    def document(self, kind: Message, reference: str, unit: str) -> Document:
        """An empty sheet whose pages carry the marking, the record's reference, its unit
        and the DTG it was printed."""
        now = self.options.now or utc_now()
        furniture = Furniture(
            marking=self.t(
                marking_text(self.options.marking or get_report_settings(self.store).marking)
            ),
            title=f"{self.t(kind)} {reference}".strip(),
            unit=unit or self.store.unit.name,
            period=self.t(msg("Printed {dtg}", dtg=military_dtg(now))),
            exercise=self.store.training,
        )
        return Document(furniture, subject=reference)

    def fields(self, pairs: Sequence[tuple[Message, object]], columns: int = 2) -> FieldGrid:
        """A header grid; empty values print as a dash."""
        return FieldGrid(
            tuple((self.t(label), self.t(value) or "—") for label, value in pairs), columns
        )

    def free_text(self, value: str, budget: int) -> list[Block]:
        """An officer's text as paragraphs (split on blank lines), shortened to `budget`
        characters with a note that the full text is in the database."""
        value = (value or "").replace("\r\n", "\n").strip()
        if not value:
            return [Paragraph(self.t(msg("Not recorded.")), "note")]
        cut = len(value) > budget
        if cut:
            value = value[: max(budget, 80)].rsplit(" ", 1)[0].rstrip() + " …"
            self.shortened = True
        blocks: list[Block] = [
            Paragraph(part.strip()) for part in value.split("\n\n") if part.strip()
        ]
        if cut:
            blocks.append(
                Paragraph(
                    self.t(SHORTENED),
                    "small",
                )
            )
        return blocks

    def section(self, number: int, title: Message, blocks: Sequence[Block]) -> list[Block]:
        """A numbered heading with its blocks (the renderer keeps it with the first)."""
        return [Heading(self.t(title), str(number)), *blocks]

    def budgets(self, texts: Sequence[str]) -> list[int]:
        """Each text's share of the sheet's text limit: short texts keep all they have,
        the rest share what is left equally."""
        limit = self.options.text_limit
        shares = [0] * len(texts)
        left = list(range(len(texts)))
        while left:
            each = limit // len(left)
            short = [i for i in left if len(texts[i] or "") <= each]
            if not short:
                for i in left:
                    shares[i] = each
                break
            for i in short:
                shares[i] = len(texts[i] or "")
                limit -= shares[i]
                left.remove(i)
        return shares

    def clipped_rows(
        self, rows: list[tuple[object, ...]], what: Callable[[int], Message]
    ) -> tuple[list[tuple[object, ...]], list[Block]]:
        """The newest max_rows rows (rows come oldest first) and a line counting the rest."""
        limit = self.options.max_rows
        if len(rows) <= limit:
            return rows, []
        left_out = len(rows) - limit
        self.shortened = True
        return rows[-limit:], [Paragraph(self.t(what(left_out)), "small")]

    def photos(self, found: Sequence[tuple[Attachment, str]]) -> list[Block]:
        """Up to max_photos photos, two abreast, each pair with its caption; a line for
        the photos left out and one for any that cannot be read."""
        limit = self.options.max_photos
        shown, problems = record_photos.pictures(self.store, self.texts, found[:limit])
        blocks: list[Block] = [
            Image(p.data, p.caption, max_height_mm=self.options.photo_height_mm) for p in shown
        ]
        blocks += [Paragraph(problem, "note") for problem in problems]
        if len(found) > limit:
            more = len(found) - limit
            self.shortened = True
            blocks.append(
                Paragraph(
                    self.t(
                        msg_n(
                            "{n} more photo is in the record.",
                            "{n} more photos are in the record.",
                            more,
                        )
                    ),
                    "small",
                )
            )
        return blocks

    def where(self, place: str, grid: str) -> str:
        """'Bambari · 34N DM 64090 37550 (12 km NE of Bambari)': the place as written, the
        grid, and where the grid lies against the gazetteer when that adds anything."""
        written = place_and_grid(place, grid)
        nearby = grid_nearby(self.store, grid)
        if not says_more_than(nearby, place):
            return written
        return f"{written} ({self.t(nearby)})"

    def photo_caption(self, attachment: Attachment, prefix: str = "") -> str:
        own = attachment.caption.strip() or attachment.filename
        return " · ".join(p for p in (prefix, own) if p)


def place_and_grid(place: str, grid: str) -> str:
    """'Bambari · 34N DM 64090 37550' (either alone when the other is empty)."""
    return " · ".join(p for p in (place, grid_text(grid)) if p)


def yes_no(value: bool | None) -> Message:
    if value is None:
        return msg("Not answered")
    return msg("Yes") if value else msg("No")


def one_line(value: str, limit: int) -> str:
    """Free text on one line for a table cell, cut at a word with '…' past `limit`."""
    value = " ".join((value or "").split())
    return value if len(value) <= limit else value[:limit].rsplit(" ", 1)[0] + " …"


def cells(row: Sequence[object]) -> tuple[str | Cell, ...]:
    return tuple(v if isinstance(v, Cell) else str(v) for v in row)

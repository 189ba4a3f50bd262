"""The map page of the sitreps and the handover brief: records as symbols, in the report's language.

The unit sitrep maps the period's incidents (circles, coloured by category, a red ring when
a flash report was called for) and QIPs (squares, coloured by status); the sector sitrep
colours by battalion instead so the battalions stand apart; the handover brief maps the
key organisations' offices (triangles) and the running QIPs. A report whose records have no
grid reference gets no map page. The map is the report's last annex, on a page of its own:
the body keeps its page budget (the summary the SO1 reads first is unchanged), and the
sitrep's map is Annex D whichever of annexes A-C the officer chose (their letters are fixed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack

from cimicdesk.domain.enums import IncidentCategory, QipStatus
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import Message, msg, msg_n
from cimicdesk.reports.data import IncidentRow, QipRow, SitrepData
from cimicdesk.reports.document import Block, Document, Heading, Image
from cimicdesk.reports.handover_data import HandoverData
from cimicdesk.reports.map_image import (
    FLASH_RING,
    RGB,
    LegendItem,
    MapImage,
    Marker,
    Shape,
    render_map,
)
from cimicdesk.reports.map_source import MapSource, position
from cimicdesk.reports.palette import SERIES_HEX
from cimicdesk.store.mbtiles import MbTiles, MbTilesError
from cimicdesk.store.places import PLACES_ATTRIBUTION

MAX_HEIGHT_MM = 215  # the map and its legend on one page of A4 or Letter, under a heading
SITREP_MAP_LETTER = "D"  # after the sitrep's annexes A-C (sitrep_annexes.LETTERS)


def _hex(code: str) -> RGB:
    return (int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16))


# The charts' palette (reports/palette.py): apart in colour and in grey print.
PALETTE = [_hex(c) for c in SERIES_HEX]
# One colour per category, the same in every report.
CATEGORY_COLOURS: dict[IncidentCategory, RGB] = {
    category: PALETTE[i % len(PALETTE)] for i, category in enumerate(IncidentCategory)
}
# QIP statuses: the pipeline in blue-greys, money stages warm, work blue, done greens.
STATUS_COLOURS: dict[QipStatus, RGB] = {
    QipStatus.IDENTIFIED: _hex("#c9d6df"),
    QipStatus.PROPOSAL_DRAFTED: _hex("#a9bcd0"),
    QipStatus.SUBMITTED: _hex("#8aa2bd"),
    QipStatus.UNDER_REVIEW: _hex("#6b88aa"),
    QipStatus.APPROVED: _hex("#f2c14e"),
    QipStatus.RETURNED: _hex("#e8a87c"),
    QipStatus.REJECTED: _hex("#7d8597"),
    QipStatus.AGREEMENT_SIGNED: _hex("#f29e4c"),
    QipStatus.DISBURSED: _hex("#e07a5f"),
    QipStatus.IN_IMPLEMENTATION: _hex("#1f77b4"),
    QipStatus.COMPLETED: _hex("#2a9d8f"),
    QipStatus.HANDED_OVER: _hex("#57cc99"),
    QipStatus.CLOSED: _hex("#386641"),
    QipStatus.CANCELLED: _hex("#adb5bd"),
}
OFFICE_COLOUR = _hex("#edae49")
NEUTRAL = _hex("#dde4ea")  # the kind's symbol in the sector legend, where colour is the unit


def _flash(row: IncidentRow) -> RGB | None:
    return FLASH_RING if row.flash is not None else None


def incident_marker(row: IncidentRow, colour: RGB | None = None) -> Marker | None:
    """An incident's symbol (None without a usable grid)."""
    found = position(row.grid)
    if found is None:
        return None
    fill = colour or CATEGORY_COLOURS[row.category]
    return Marker(found[0], found[1], Shape.CIRCLE, fill, _flash(row))


def qip_marker(row: QipRow, colour: RGB | None = None) -> Marker | None:
    """A QIP's symbol (None without a usable grid)."""
    found = position(row.grid)
    if found is None:
        return None
    return Marker(found[0], found[1], Shape.SQUARE, colour or STATUS_COLOURS[row.status])


def distance_label(texts: Texts) -> Callable[[float], str]:
    """The scale bar's label in the report's language: '10 km', '500 m'."""

    def label(metres: float) -> str:
        if metres >= 1000:
            return texts.render(msg("{distance} km", distance=texts.number(metres / 1000)))
        return texts.render(msg("{distance} m", distance=texts.number(metres)))

    return label


def _render(
    texts: Texts,
    source: MapSource,
    markers: Sequence[Marker],
    legend: Sequence[LegendItem],
) -> MapImage:
    """Draw the map, over the map file when it still opens (else a plain background)."""
    with ExitStack() as stack:
        basemap: MbTiles | None = None
        if source.basemap is not None:
            try:
                basemap = stack.enter_context(MbTiles.open(source.basemap, immutable=True))
            except MbTilesError:
                basemap = None  # removed or damaged since it was listed: no tiles, still a map
        credits = []
        if basemap is not None:
            credits.append(basemap.attribution or basemap.name)
        if source.places:  # GeoNames' licence, printed wherever its names are
            credits.append(texts.render(PLACES_ATTRIBUTION))
        return render_map(
            markers,
            places=source.places,
            legend=legend,
            legend_title=texts.render(msg("Legend")),
            basemap=basemap,
            overlays=source.overlays,
            attributions=credits,
            distance_label=distance_label(texts),
        )


def _page(heading: Heading, texts: Texts, image: MapImage, caption: Message) -> list[Block]:
    return [heading, Image(image.png, texts.render(caption), max_height_mm=MAX_HEIGHT_MM)]


def add_page(document: Document, blocks: Sequence[Block]) -> None:
    """Append a map page as the document's next annex (nothing when there is no map)."""
    if blocks:
        document.start_annex()
        document.add(*blocks)


def _shown(texts: Texts, shown: int, total: int) -> Message:
    """The caption: how many of the report's records the map shows (those with a grid)."""
    return msg_n(
        "{shown} of {n} record has a grid reference and is on the map.",
        "{shown} of {n} records have a grid reference and are on the map.",
        total,
        shown=texts.number(shown),
    )


def sitrep_markers(texts: Texts, data: SitrepData) -> tuple[list[Marker], list[LegendItem]]:
    """The sitrep's symbols and legend: by category and status (unit), by battalion (sector)."""
    markers: list[Marker] = []
    legend: list[LegendItem] = []
    if data.sector:
        for index, unit in enumerate(data.units):
            colour = PALETTE[index % len(PALETTE)]
            mine = [incident_marker(r, colour) for r in unit.incidents]
            mine += [qip_marker(r, colour) for r in unit.qips]
            found = [m for m in mine if m is not None]
            markers += found
            if found:
                legend.append(LegendItem(unit.unit, colour))
        legend.append(LegendItem(texts.render(msg("Incident")), NEUTRAL, Shape.CIRCLE))
        legend.append(LegendItem(texts.render(msg("QIP")), NEUTRAL, Shape.SQUARE))
    else:
        incidents = [(r, incident_marker(r)) for r in data.incidents]
        qips = [(r, qip_marker(r)) for r in data.qips]
        markers = [m for _, m in incidents if m] + [m for _, m in qips if m]
        for category in IncidentCategory:
            if any(m and r.category is category for r, m in incidents):
                colour = CATEGORY_COLOURS[category]
                legend.append(LegendItem(texts.value(category), colour, Shape.CIRCLE))
        for status in QipStatus:
            if any(m and r.status is status for r, m in qips):
                colour = STATUS_COLOURS[status]
                legend.append(LegendItem(texts.value(status), colour, Shape.SQUARE))
    if any(m.ring for m in markers):
        flash = texts.render(msg("Flash report"))
        legend.append(LegendItem(flash, (255, 255, 255), Shape.CIRCLE, FLASH_RING))
    return markers, legend


def sitrep_map(texts: Texts, data: SitrepData) -> list[Block]:
    """The sitrep's map annex; [] when no incident or QIP of the period has a grid."""
    markers, legend = sitrep_markers(texts, data)
    if data.map_source is None or not markers:
        return []
    image = _render(texts, data.map_source, markers, legend)
    total = len(data.incidents) + len(data.qips)
    title = msg("Annex {letter}: Situation map", letter=SITREP_MAP_LETTER)
    return _page(Heading(texts.render(title)), texts, image, _shown(texts, len(markers), total))


def handover_map(texts: Texts, data: HandoverData, number: str) -> list[Block]:
    """The handover brief's map annex (`number`: 'Annex C'): the key organisations'
    offices and the running QIPs; [] when none has a grid."""
    if data.map_source is None:
        return []
    offices = [
        Marker(p[0], p[1], Shape.TRIANGLE, OFFICE_COLOUR)
        for p in (position(o.grid) for o in data.organisations)
        if p is not None
    ]
    qips = [(r, qip_marker(r)) for r in data.qips]
    markers = offices + [m for _, m in qips if m]
    if not markers:
        return []
    legend = []
    if offices:
        legend.append(
            LegendItem(texts.render(msg("Organisation office")), OFFICE_COLOUR, Shape.TRIANGLE)
        )
    for status in QipStatus:
        if any(m and r.status is status for r, m in qips):
            legend.append(LegendItem(texts.value(status), STATUS_COLOURS[status], Shape.SQUARE))
    image = _render(texts, data.map_source, markers, legend)
    total = len(data.organisations) + len(data.qips)
    heading = Heading(texts.render(msg("Map of offices and running QIPs")), number)
    return _page(heading, texts, image, _shown(texts, len(markers), total))

"""The map annex of the sitreps and the handover brief, read back from the PDF as a picture."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document as WordDocument
from factories import (
    NOW,
    PASSPHRASE,
    TODAY,
    make_entry,
    make_incident,
    make_org,
    make_qip,
    move,
)
from mbtiles_builder import build_mbtiles
from overlay_builder import geojson_lines
from PIL import Image
from pypdf import PdfReader

from cimicdesk.domain.enums import IncidentCategory, QipStatus, UnitLevel
from cimicdesk.domain.grid import grid_from_latlon
from cimicdesk.i18n.catalogue import texts
from cimicdesk.reports import report_maps
from cimicdesk.reports.data import Period, gather_sitrep
from cimicdesk.reports.handover import build_handover_brief
from cimicdesk.reports.handover_data import gather_handover
from cimicdesk.reports.map_image import INK, OVERLAY_INK, fit_area, view_of
from cimicdesk.reports.output import write_document
from cimicdesk.reports.sitrep import build
from cimicdesk.store.database import create_database
from cimicdesk.store.map_files import add_map, add_overlay, maps_folder
from cimicdesk.store.places import set_mission_area

EN = texts("en")
PERIOD = Period(date(2026, 6, 1), date(2026, 6, 7))
KAGA = (6.98961, 19.18744)  # as GeoNames has it
BATTLE = (6.96, 19.14)  # ~6 km SW of Kaga-Bandoro
PROTEST = (7.12, 19.36)
QIP_AT = (6.86, 19.02)
TILE_COLOUR = (180, 200, 230)


def _grid(at):
    return grid_from_latlon(*at)


def _occurred(hour=4):
    return f"2026-06-01T{hour:02d}:00:00.000Z"  # the factories' now is 1 June, 12:00


@pytest.fixture
def week(store):
    """A week with a flash battle, a protest and a QIP in implementation, each at a grid."""
    make_incident(
        store,
        category=IncidentCategory.BATTLES,
        subcategory="",
        grid=_grid(BATTLE),
        occurred_at=_occurred(),
        reported_at=_occurred(),
    )
    make_incident(
        store,
        category=IncidentCategory.PROTESTS,
        subcategory="",
        grid=_grid(PROTEST),
        occurred_at=_occurred(6),
        reported_at=_occurred(6),
    )
    partner = make_org(store, "Caritas", grid=_grid(KAGA))
    qip = make_qip(store, grid=_grid(QIP_AT), implementing_partner_id=partner.id)
    move(store, qip, QipStatus.PROPOSAL_DRAFTED)
    return store


def _image_of_last_page(pdf):
    """The largest image on the PDF's last page, decoded."""
    page = PdfReader(str(pdf)).pages[-1]
    images = list(page.images)
    assert images, "the map page holds a picture"
    biggest = max(images, key=lambda i: len(i.data))
    return page, Image.open(io.BytesIO(biggest.data)).convert("RGB")


def _near(colour, expected, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_the_unit_sitrep_ends_with_its_map(week, tmp_path, db_path):
    add_map(
        db_path,
        build_mbtiles(
            tmp_path / "gis" / "kaga.mbtiles",
            zooms=range(8, 12),
            bounds=(18.8, 6.6, 19.8, 7.4),
            tile=lambda z, x, y: _solid(TILE_COLOUR),
        ),
    )
    set_mission_area(week, ["CF"])  # the built-in places of the Central African Republic
    data = gather_sitrep(week, PERIOD, now=NOW)
    assert "Kaga-Bandoro" in [p.name for p in data.map_source.places]
    pdf = write_document(build(data, EN), tmp_path / "sitrep.pdf", EN)
    page, picture = _image_of_last_page(pdf)
    assert "Annex D: Situation map" in page.extract_text()
    assert "3 of 3 records have a grid reference and are on the map." in page.extract_text()
    # The picture is printed at its own pixels: the map part is the renderer's view.
    view = view_of(fit_area([BATTLE, PROTEST, QIP_AT]))
    assert picture.width == view.width and picture.height > view.height
    # Each record's symbol colour where its grid is (the battle's category colour inside
    # its red flash ring, the protest's, the QIP's status colour).
    for at, colour in (
        (BATTLE, report_maps.CATEGORY_COLOURS[IncidentCategory.BATTLES]),
        (PROTEST, report_maps.CATEGORY_COLOURS[IncidentCategory.PROTESTS]),
        (QIP_AT, report_maps.STATUS_COLOURS[QipStatus.PROPOSAL_DRAFTED]),
    ):
        x, y = view.pixel_of(*at)
        assert _near(picture.getpixel((round(x), round(y))), colour), at
    x, y = view.pixel_of(*BATTLE)
    ring = [picture.getpixel((round(x) + dx, round(y))) for dx in range(14, 24)]
    assert any(_near(p, report_maps.FLASH_RING, 40) for p in ring)
    # The map file's tiles lie under the records (most of a patch away from them: the
    # MGRS grid's lines cross it).
    patch = picture.crop((view.width // 2 - 50, 150, view.width // 2 + 50, 250))
    tile = sum(1 for p in patch.get_flattened_data() if _near(p, TILE_COLOUR, 4))
    assert tile > 0.9 * 100 * 100
    # Kaga-Bandoro's name is written beside its dot: dark ink where the label goes.
    kx, ky = view.pixel_of(*KAGA)
    region = [
        picture.getpixel((px, py))
        for px in range(round(kx) - 200, round(kx) + 200)
        for py in range(round(ky) - 30, round(ky) + 30)
        if 0 <= px < view.width
    ]
    assert sum(1 for p in region if _near(p, INK, 30)) > 150


def _solid(colour):
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


def test_the_legend_names_what_is_on_the_map(week):
    data = gather_sitrep(week, PERIOD, now=NOW)
    markers, legend = report_maps.sitrep_markers(EN, data)
    assert len(markers) == 3
    assert [item.label for item in legend] == [
        "Battles",
        "Protests",
        "Proposal drafted",
        "Flash report",
    ]


def test_a_map_file_elsewhere_leaves_a_plain_map(week, tmp_path, db_path):
    add_map(db_path, build_mbtiles(tmp_path / "far.mbtiles", bounds=(30.0, 0.0, 31.0, 1.0)))
    data = gather_sitrep(week, PERIOD, now=NOW)
    assert data.map_source.basemap is None
    add_map(db_path, build_mbtiles(tmp_path / "near.mbtiles", bounds=(18.8, 6.6, 19.8, 7.4)))
    data = gather_sitrep(week, PERIOD, now=NOW)
    assert data.map_source.basemap == maps_folder(db_path) / "near.mbtiles"
    # Removed after the data was gathered: the report is still written, on a plain map.
    data.map_source.basemap.unlink()
    assert report_maps.sitrep_map(EN, data)


def test_no_positions_no_map(store, tmp_path):
    make_incident(store, grid="", occurred_at=_occurred(), reported_at=_occurred())
    data = gather_sitrep(store, PERIOD, now=NOW)
    assert data.map_source is None and report_maps.sitrep_map(EN, data) == []
    doc = build(data, EN)
    assert not any("Situation map" in h for h in doc.headings())


def test_no_annexes_asked_for_no_map(week):
    doc = build(gather_sitrep(week, PERIOD, now=NOW), EN, ())
    assert doc.annex_starts == []


def test_the_word_copy_holds_the_map(week, tmp_path):
    data = gather_sitrep(week, PERIOD, now=NOW)
    out = write_document(build(data, EN), tmp_path / "sitrep.docx", EN)
    word = WordDocument(str(out))
    assert any("Annex D: Situation map" in p.text for p in word.paragraphs)
    pictures = [s for s in word.inline_shapes]
    assert pictures, "the map is in the Word copy"


def test_the_sector_map_sets_the_battalions_apart(tmp_path):
    store = create_database(
        tmp_path / "sector.sqlite", "Sector West", UnitLevel.SECTOR, passphrase=PASSPHRASE
    )
    try:
        for unit, at in (("BANBAT 1", BATTLE), ("BANBAT 2", PROTEST), ("NEPBATT", QIP_AT)):
            make_incident(
                store,
                origin_unit=unit,
                grid=_grid(at),
                occurred_at=_occurred(),
                reported_at=_occurred(),
            )
        data = gather_sitrep(store, PERIOD, sector=True, now=NOW)
        _, legend = report_maps.sitrep_markers(EN, data)
        swatches = [item for item in legend if item.shape is None]
        assert [item.label for item in swatches] == ["BANBAT 1", "BANBAT 2", "NEPBATT"]
        assert len({item.colour for item in swatches}) == 3
        assert [item.label for item in legend if item.shape] == ["Incident", "QIP"]
        pdf = write_document(build(data, EN), tmp_path / "sector.pdf", EN)
        page, picture = _image_of_last_page(pdf)
        assert "Annex D: Situation map" in page.extract_text()
        view = view_of(fit_area([BATTLE, PROTEST, QIP_AT]))
        for at, item in zip((BATTLE, PROTEST, QIP_AT), swatches, strict=True):
            x, y = view.pixel_of(*at)
            assert _near(picture.getpixel((round(x), round(y))), item.colour), item.label
    finally:
        store.close()


def test_the_handover_brief_maps_offices_and_running_qips(week, tmp_path):
    ocha = make_org(week, "OCHA", grid=_grid(KAGA))
    unhcr = make_org(week, "UNHCR")  # met, but no grid: counted, not drawn
    make_entry(week, orgs=(ocha, unhcr), start="2026-05-28T09:00:00.000Z")  # key organisations
    data = gather_handover(week, as_of=TODAY, now=NOW)
    assert sorted(bool(o.grid) for o in data.organisations) == [False, True]
    doc = build_handover_brief(data, EN)
    assert doc.headings()[-1] == "Annex C. Map of offices and running QIPs"
    pdf = write_document(doc, tmp_path / "brief.pdf", EN)
    page, picture = _image_of_last_page(pdf)
    assert "Annex C. Map of offices and running QIPs" in page.extract_text()
    positions = [QIP_AT] + [
        p for p in (report_maps.position(o.grid) for o in data.organisations) if p
    ]
    view = view_of(fit_area(positions))
    x, y = view.pixel_of(*QIP_AT)
    colour = report_maps.STATUS_COLOURS[QipStatus.PROPOSAL_DRAFTED]
    assert _near(picture.getpixel((round(x), round(y))), colour)
    x, y = view.pixel_of(*KAGA)  # OCHA's office: a triangle
    assert _near(picture.getpixel((round(x), round(y))), report_maps.OFFICE_COLOUR)
    assert "2 of 3 records have a grid reference" in page.extract_text()


# A road in the maps folder, crossing a stretch of the week's map no record or label takes.
ROAD = [(6.90, 19.20), (6.90, 19.30)]
ROAD_MIDDLE = (6.90, 19.25)


def test_the_overlays_of_the_maps_folder_are_drawn_on_the_sitrep_map(week, tmp_path, db_path):
    def road_pixel(pdf):
        _page, picture = _image_of_last_page(pdf)
        x, y = view_of(fit_area([BATTLE, PROTEST, QIP_AT])).pixel_of(*ROAD_MIDDLE)
        return picture.getpixel((round(x), round(y)))

    plain = gather_sitrep(week, PERIOD, now=NOW)
    assert plain.map_source.overlays == ()
    before = road_pixel(write_document(build(plain, EN), tmp_path / "plain.pdf", EN))
    assert not _near(before, OVERLAY_INK)
    add_overlay(db_path, geojson_lines(tmp_path / "gis" / "roads.geojson", {"RN8": ROAD}))
    data = gather_sitrep(week, PERIOD, now=NOW)
    assert [o.source for o in data.map_source.overlays] == ["roads.geojson"]
    after = road_pixel(write_document(build(data, EN), tmp_path / "sitrep.pdf", EN))
    assert _near(after, OVERLAY_INK), after


def test_the_handover_brief_map_has_the_overlays_too(week, tmp_path, db_path):
    # A track 3 km north of the running QIP (the only record of the brief's map).
    track = [(QIP_AT[0] + 0.03, QIP_AT[1] - 0.05), (QIP_AT[0] + 0.03, QIP_AT[1] + 0.05)]
    add_overlay(db_path, geojson_lines(tmp_path / "gis" / "tracks.geojson", {"T1": track}))
    data = gather_handover(week, as_of=TODAY, now=NOW)
    assert [o.source for o in data.map_source.overlays] == ["tracks.geojson"]
    pdf = write_document(build_handover_brief(data, EN), tmp_path / "brief.pdf", EN)
    _page, picture = _image_of_last_page(pdf)
    x, y = view_of(fit_area([QIP_AT])).pixel_of(QIP_AT[0] + 0.03, QIP_AT[1] + 0.02)
    assert _near(picture.getpixel((round(x), round(y))), OVERLAY_INK)

"""The incident editor: times in Zulu, category and sub-category, the casualty grid, the
flash report's state, the source and narrative, and links to liaison entries."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHeaderView, QListWidgetItem

from cimicdesk.domain.enums import (
    IncidentCategory,
    IncidentStatus,
    LocationPrecision,
    SourceReliability,
)
from cimicdesk.domain.errors import CimicError, FieldError, RecordNotFoundError, ValidationError
from cimicdesk.domain.incident import CASUALTY_FIELDS, Incident, subcategories
from cimicdesk.domain.records import LiaisonEntry
from cimicdesk.store import liaison
from cimicdesk.ui.editors.common import TabbedEditor, picked, show_start
from cimicdesk.ui.editors.draft_fields import number_in
from cimicdesk.ui.editors.liaison import from_qt, this_minute, to_qt
from cimicdesk.ui.formatting import grid_display, stamp_display
from cimicdesk.ui.generated.ui_incident_editor import Ui_IncidentEditor
from cimicdesk.ui.i18n import label, label_text
from cimicdesk.ui.models.casualties import CasualtyModel
from cimicdesk.ui.models.cells import NUMBER, Cell
from cimicdesk.ui.print_record import RecordPrinter
from cimicdesk.ui.widgets.child_table import set_up_child_table
from cimicdesk.ui.widgets.choices import (
    fill_choices,
    make_searchable,
    masked_contact_choices,
    on_enter,
    organisation_choices,
    refill_keeping_choice,
    select_choice,
    typed_index,
)
from cimicdesk.ui.widgets.line_slot import BOX_EXTRA, LineSlot, keep_space
from cimicdesk.ui.widgets.optional_datetime import UTC as QT_UTC
from cimicdesk.ui.widgets.optional_datetime import OptionalDateTime

# English, marked for lupdate; shown with translate("IncidentEditor", …).
NOT_SAVED = QT_TRANSLATE_NOOP("IncidentEditor", "(assigned when first saved)")
NOT_GIVEN = QT_TRANSLATE_NOOP("IncidentEditor", "not given")
NO_CONTACT = QT_TRANSLATE_NOOP("IncidentEditor", "(no contact)")
NO_ORGANISATION = QT_TRANSLATE_NOOP("IncidentEditor", "(no organisation)")
NO_SUBCATEGORY = QT_TRANSLATE_NOOP("IncidentEditor", "(not specified)")
PICK_ENTRY = QT_TRANSLATE_NOOP("IncidentEditor", "Choose a liaison entry…")
translate = QCoreApplication.translate
LINK_CHOICES = 1000  # the most recent liaison entries offered for linking
EntryRole = Qt.ItemDataRole.UserRole
FLASH_PENDING_STYLE = (
    "background: #fbe3e4; border: 1px solid #d9a0a3; border-radius: 3px; padding: 4px; "
    "color: #8a1c1c; font-weight: bold;"
)
FLASH_SENT_STYLE = (
    "background: #e3f1e4; border: 1px solid #9fc9a2; border-radius: 3px; padding: 4px; "
    "color: #1b5e20;"
)
NO_FLASH_STYLE = "color: #5a5a5a; border: 1px solid transparent; padding: 4px;"


def spin_name(field: str) -> str:
    """The name the casualty spin box of a field had, under which drafts written before
    the casualty table kept its count: 'killed_civilian_men' -> 'killedCivilianMenSpin'."""
    first, *rest = field.split("_")
    return first + "".join(part.capitalize() for part in rest) + "Spin"


def entry_label(entry: LiaisonEntry) -> str:
    """'BANBAT1-2026-0012 · 2026-11-20 · Key leader engagement · Bria'."""
    parts = [entry.ref, entry.start[:10], label(entry.entry_type), entry.place]
    return " · ".join(p for p in parts if p)


class IncidentEditor(TabbedEditor):
    """Edits one incident report.

    Attributes: casualties (CasualtyModel: the counts in the casualty table, as edited),
    entry_names (liaison entry id -> label, for the link list and its picker), occurred
    (OptionalDateTime over the time it happened: a new report starts without one, so the
    officer gives it rather than saving the time of typing; touching the field starts
    from this minute).
    """

    flash_requested = Signal()  # mark the flash report sent

    FIELDS = {
        "occurred_at": ("occurredEdit", "occurredError"),
        "reported_at": ("reportedEdit", "reportedError"),
        "subcategory": ("subcategoryCombo", "subcategoryError"),
        "grid": ("gridEdit", "gridError"),
        "flash_sent_at": ("markFlashButton", "flashError"),
        "source_contact_id": ("sourceContactCombo", "sourceContactError"),
        "source_organisation_id": ("sourceOrganisationCombo", "sourceOrganisationError"),
        "narrative": ("narrativeEdit", "narrativeError"),
        "liaison_entry_ids": ("liaisonList", "linksError"),
        **{name: ("casualtiesTable", "casualtiesError") for name in CASUALTY_FIELDS},
    }
    FIRST_INPUT = "occurredEdit"
    DRAFT_SKIP = ("addLinkCombo",)

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self.ui = Ui_IncidentEditor()
        self.ui.setupUi(self)
        ui = self.ui
        self.entry_names: dict[str, str] = {}
        self._set_up_casualties()
        ui.reportedEdit.setTimeZone(QT_UTC)
        self.occurred = OptionalDateTime(
            ui.occurredEdit, translate("IncidentEditor", NOT_GIVEN), this_minute
        )
        for enum, combo in (
            (IncidentStatus, ui.statusCombo),
            (IncidentCategory, ui.categoryCombo),
            (LocationPrecision, ui.precisionCombo),
            (SourceReliability, ui.reliabilityCombo),
        ):
            for member in enum:
                combo.addItem(label(member), member.value)
        for combo in (ui.sourceContactCombo, ui.sourceOrganisationCombo, ui.addLinkCombo):
            make_searchable(combo)
        ui.tabs.setCurrentIndex(0)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.markFlashButton.clicked.connect(self.flash_requested)
        # The flash line is two lines high in every state and its button keeps its room:
        # the report's fields stay where they are as casualties are counted.
        self.flash_line = LineSlot(ui.flashLabel, BOX_EXTRA, lines=2)
        keep_space(ui.markFlashButton)
        ui.openSourceContactButton.clicked.connect(
            lambda: self._open(ui.sourceContactCombo, "contact")
        )
        ui.openSourceOrganisationButton.clicked.connect(
            lambda: self._open(ui.sourceOrganisationCombo, "organisation")
        )
        ui.sourceContactCombo.currentIndexChanged.connect(self._update_links)
        ui.sourceOrganisationCombo.currentIndexChanged.connect(self._update_links)
        ui.addLinkButton.clicked.connect(self._add_link)
        on_enter(ui.addLinkCombo, self._add_link)  # Enter picks and links
        ui.removeLinkButton.clicked.connect(self._remove_link)
        ui.openLinkButton.clicked.connect(self._open_selected_link)
        ui.liaisonList.itemDoubleClicked.connect(self._open_link)
        ui.liaisonList.currentRowChanged.connect(lambda _: self._update_links())
        self.edited.connect(self._update_flash)
        self.add_error_label("place", ui.placeEdit, ui.formLayout)
        self.printer = RecordPrinter(self, "incident")  # Print… (Ctrl+P)
        self.finish_setup()

    # RecordEditor -------------------------------------------------------------------

    def refresh_choices(self) -> None:
        page = liaison.list_liaison(self.store, limit=LINK_CHOICES)
        self.entry_names = {e.id: entry_label(e) for e in page.items}
        with self.loading():
            refill_keeping_choice(
                self.ui.sourceContactCombo,
                masked_contact_choices(self.store),
                translate("IncidentEditor", NO_CONTACT),
            )
            refill_keeping_choice(
                self.ui.sourceOrganisationCombo,
                organisation_choices(self.store),
                translate("IncidentEditor", NO_ORGANISATION),
            )
            fill_choices(
                self.ui.addLinkCombo,
                list(self.entry_names.items()),
                translate("IncidentEditor", PICK_ENTRY),
            )
        self._update_links()

    def blank(self) -> Incident:
        """A new report: reported this minute; when, where and what are the officer's."""
        return Incident(reported_at=from_qt(this_minute()))

    def fill(self, incident: Incident) -> None:
        ui = self.ui
        ui.refLabel.setText(incident.reference or translate("IncidentEditor", NOT_SAVED))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(incident.status.value))
        self.occurred.set_value(to_qt(incident.occurred_at) if incident.occurred_at else None)
        ui.reportedEdit.setDateTime(
            to_qt(incident.reported_at) if incident.reported_at else this_minute()
        )
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(incident.category.value))
        self._fill_subcategories(incident.category, incident.subcategory)
        ui.placeEdit.setText(incident.place)
        ui.gridEdit.setText(grid_display(incident.grid))
        ui.precisionCombo.setCurrentIndex(
            ui.precisionCombo.findData(incident.location_precision.value)
        )
        self.casualties.set_counts({name: getattr(incident, name) for name in CASUALTY_FIELDS})
        if not select_choice(
            ui.sourceContactCombo, incident.source_contact_id
        ) or not select_choice(ui.sourceOrganisationCombo, incident.source_organisation_id):
            self.refresh_choices()
            select_choice(ui.sourceContactCombo, incident.source_contact_id)
            select_choice(ui.sourceOrganisationCombo, incident.source_organisation_id)
        ui.sourceNoteEdit.setText(incident.source_note)
        ui.reliabilityCombo.setCurrentIndex(
            ui.reliabilityCombo.findData(incident.reliability.value)
        )
        ui.actorsEdit.setText(incident.actors)
        ui.narrativeEdit.setPlainText(incident.narrative)
        ui.actionTakenEdit.setPlainText(incident.action_taken)
        ui.assessmentEdit.setPlainText(incident.assessment)
        ui.liaisonList.clear()
        for entry_id in incident.liaison_entry_ids:
            self._append_link(entry_id)
        show_start(ui.sourceContactCombo, ui.sourceOrganisationCombo)
        self._update_flash()
        self._update_links()

    def read(self, incident: Incident) -> Incident:
        ui = self.ui
        contact = picked(ui.sourceContactCombo, "source_contact_id", "contact", "Contacts")
        organisation = picked(
            ui.sourceOrganisationCombo, "source_organisation_id", "organisation", "Organisations"
        )
        occurred = self.occurred.value()
        return replace(
            incident,
            status=IncidentStatus(ui.statusCombo.currentData()),
            occurred_at=from_qt(occurred) if occurred is not None else "",
            reported_at=from_qt(ui.reportedEdit.dateTime()),
            category=IncidentCategory(ui.categoryCombo.currentData()),
            subcategory=ui.subcategoryCombo.currentData() or "",
            place=ui.placeEdit.text().strip(),
            grid=self.grid_text("grid"),
            location_precision=LocationPrecision(ui.precisionCombo.currentData()),
            **self.casualties.counts(),
            source_contact_id=contact,
            source_organisation_id=organisation,
            source_note=ui.sourceNoteEdit.text().strip(),
            reliability=SourceReliability(ui.reliabilityCombo.currentData()),
            actors=ui.actorsEdit.text().strip(),
            narrative=ui.narrativeEdit.toPlainText(),
            action_taken=ui.actionTakenEdit.toPlainText(),
            assessment=ui.assessmentEdit.toPlainText(),
            liaison_entry_ids=self.linked_entries(),
        )

    def draft_lists(self) -> dict[str, list[Any]]:
        """Linked entries' ids; the casualty table as one row per group ({group, killed,
        injured, abducted})."""
        counts = self.casualties.counts()
        casualties = [
            {"group": group, **{o: counts[f"{o}_{group}"] for o in CasualtyModel.OUTCOMES}}
            for group in CasualtyModel.GROUPS
        ]
        return {"liaison_entry_ids": list(self.linked_entries()), "casualties": casualties}

    def apply_draft(self, values: dict[str, Any], lists: dict[str, Any] | None = None) -> None:
        """A draft written before the casualty table kept each count under its spin box."""
        lists = dict(lists or {})
        old = {name: values.get(spin_name(name)) for name in CASUALTY_FIELDS}
        if "casualties" not in lists and any(isinstance(v, int) for v in old.values()):
            lists["casualties"] = [
                {
                    "group": group,
                    **{o: old[f"{o}_{group}"] or 0 for o in CasualtyModel.OUTCOMES},
                }
                for group in CasualtyModel.GROUPS
            ]
        super().apply_draft(values, lists)

    def apply_draft_lists(self, lists: dict[str, Any]) -> None:
        rows = lists.get("casualties")
        if isinstance(rows, list):
            counts = self.casualties.counts()
            for row in (r for r in rows if isinstance(r, dict)):
                if row.get("group") not in CasualtyModel.GROUPS:
                    continue
                for outcome in CasualtyModel.OUTCOMES:
                    field = f"{outcome}_{row['group']}"
                    count = int(number_in(row, outcome))
                    if Cell(NUMBER, field).taken(count)[1] == "":
                        counts[field] = count
            self.casualties.set_counts(counts)
        linked = lists.get("liaison_entry_ids")
        if isinstance(linked, list):
            self.ui.liaisonList.clear()
            for entry_id in dict.fromkeys(e for e in linked if isinstance(e, str) and e):
                self._append_link(entry_id)
            self._update_links()

    # Category and casualties --------------------------------------------------------

    def _fill_subcategories(self, category: IncidentCategory, selected: str = "") -> None:
        combo: QComboBox = self.ui.subcategoryCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("IncidentEditor", NO_SUBCATEGORY), "")
        for sub in subcategories(category):
            combo.addItem(label_text(sub.label, "Subcategory"), sub.code)
        index = combo.findData(selected) if selected else 0
        if index < 0:  # a code this version does not know: keep it, shown as it is
            combo.addItem(selected, selected)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _category_changed(self) -> None:
        category = IncidentCategory(self.ui.categoryCombo.currentData())
        keep = self.ui.subcategoryCombo.currentData() or ""
        codes = {s.code for s in subcategories(category)}
        self._fill_subcategories(category, keep if keep in codes else "")

    def _set_up_casualties(self) -> None:
        """The casualty table: every row shown (it never scrolls), Enter-free typing."""
        table = self.ui.casualtiesTable
        self.casualties = CasualtyModel(self)
        set_up_child_table(table, self.casualties)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = table.verticalHeader().length() + header.sizeHint().height()
        table.setFixedHeight(rows + 2 * table.frameWidth())
        self.casualties.dataChanged.connect(self._casualties_edited)
        self.casualties.refused.connect(lambda why: self.flag("killed_civilian_men", why))

    def _casualties_edited(self, _first=None, _last=None, roles=()) -> None:
        if self._loading or (roles and Qt.ItemDataRole.DisplayRole not in roles):
            return  # loaded, or only a cell's tint changed
        if self._errors["killed_civilian_men"].isVisibleTo(self):  # one label for them all
            for field in CASUALTY_FIELDS:
                self._clear_error(field)
            self.casualties.set_marked(())
        self.mark_edited()

    def show_errors(self, error: ValidationError):
        """A casualty error tints its cell, and the cursor goes to the first one."""
        unplaced = super().show_errors(error)
        named = [e.field for e in error.errors if e.field in CASUALTY_FIELDS]
        self.casualties.set_marked(named)
        if named:
            self.ui.casualtiesTable.setCurrentIndex(self.casualties.index_of(named[0]))
        return unplaced

    def clear_errors(self) -> None:
        super().clear_errors()
        self.casualties.set_marked(())

    def is_marked(self, field: str) -> bool:
        if field in CASUALTY_FIELDS:
            return field in self.casualties.marked
        return super().is_marked(field)

    # Flash --------------------------------------------------------------------------

    def _update_flash(self) -> None:
        """The flash line: pending (red, with the button), sent (green), or not a flash."""
        ui = self.ui
        try:
            current = self.read(self.record)
        except CimicError:
            current = self.record
        if current.needs_flash():
            why = (
                self.tr("%Ln casualt(y|ies)", "", current.total_casualties())
                if current.total_casualties()
                else label(current.category).lower()
            )
            self.flash_line.set_text(
                self.tr("FLASH ({why}): flash report not marked sent.").format(why=why)
            )
            ui.flashLabel.setStyleSheet(FLASH_PENDING_STYLE)
            ui.markFlashButton.setVisible(True)
        elif current.flash_sent_at:
            self.flash_line.set_text(
                self.tr("Flash report sent {when}.").format(
                    when=stamp_display(current.flash_sent_at)
                )
            )
            ui.flashLabel.setStyleSheet(FLASH_SENT_STYLE)
            ui.markFlashButton.setVisible(False)
        else:
            self.flash_line.set_text(
                self.tr("Not a flash incident: no casualties, routine category.")
            )
            ui.flashLabel.setStyleSheet(NO_FLASH_STYLE)
            ui.markFlashButton.setVisible(False)

    def flash_text(self) -> str:
        return self.flash_line.text()

    # Liaison links ------------------------------------------------------------------

    def linked_entries(self) -> tuple[str, ...]:
        listed = self.ui.liaisonList
        return tuple(listed.item(r).data(EntryRole) for r in range(listed.count()))

    def _entry_name(self, entry_id: str) -> str:
        if entry_id in self.entry_names:
            return self.entry_names[entry_id]
        try:
            entry = liaison.get_liaison(self.store, entry_id)
        except RecordNotFoundError:
            return self.tr("unknown liaison entry {id}").format(id=entry_id[:8])
        if entry.deleted:
            return self.tr("{name} (deleted)").format(name=entry_label(entry))
        return entry_label(entry)

    def _append_link(self, entry_id: str) -> None:
        name = self._entry_name(entry_id)
        item = QListWidgetItem(QIcon(":/icons/liaison"), name)
        item.setData(EntryRole, entry_id)
        item.setToolTip(self.tr("{name}. Double-click to open the entry.").format(name=name))
        self.ui.liaisonList.addItem(item)

    def add_link(self, entry_id: str) -> bool:
        """Link a liaison entry; False when it is already linked."""
        if entry_id in self.linked_entries():
            return False
        self._append_link(entry_id)
        if self._errors["liaison_entry_ids"].isVisibleTo(self):
            self._clear_error("liaison_entry_ids")
        self.mark_edited()
        self._update_links()
        return True

    def _add_link(self) -> None:
        combo = self.ui.addLinkCombo
        index = typed_index(combo)
        entry_id = combo.itemData(index) if index > 0 else None
        if not entry_id:
            self.show_errors(
                ValidationError(
                    [
                        FieldError(
                            "liaison_entry_ids",
                            self.tr("Choose a liaison entry from the list first, then press Add."),
                        )
                    ]
                )
            )
            return
        self.add_link(entry_id)
        combo.setCurrentIndex(0)

    def _remove_link(self) -> None:
        row = self.ui.liaisonList.currentRow()
        if row >= 0:
            self.ui.liaisonList.takeItem(row)
            self.mark_edited()
            self._update_links()

    def _open_link(self, item: QListWidgetItem) -> None:
        self.open_requested.emit("liaison", item.data(EntryRole))

    def _open_selected_link(self) -> None:
        item = self.ui.liaisonList.currentItem()
        if item is not None:
            self._open_link(item)

    def _update_links(self) -> None:
        ui = self.ui
        ui.openSourceContactButton.setEnabled(ui.sourceContactCombo.currentIndex() > 0)
        ui.openSourceOrganisationButton.setEnabled(ui.sourceOrganisationCombo.currentIndex() > 0)
        selected = ui.liaisonList.currentRow() >= 0
        ui.openLinkButton.setEnabled(selected)
        ui.removeLinkButton.setEnabled(selected)
        count = ui.liaisonList.count()
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.linksTab),
            self.tr("&Liaison entries ({count})").format(count=count)
            if count
            else self.tr("&Liaison entries"),
        )

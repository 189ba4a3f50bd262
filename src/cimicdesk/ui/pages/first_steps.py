"""The dashboard's first steps on a new database: the unit, the first organisation and
contact, the first meeting and the mission's QIP rules, each done or not, each one click
from where it is done; gone once the first records are in."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.store import places, stats
from cimicdesk.store.database import Store
from cimicdesk.store.mission_settings import get_mission_settings
from cimicdesk.ui.i18n import usd

DONE_MARK = "✓"
OPEN_MARK = "○"
# The steps whose records make a database no longer new: once all have one, the list goes.
RECORD_STEPS = {
    "organisations": "organisations",
    "contacts": "contacts",
    "liaison": "liaison_entries",
}


class Step(NamedTuple):
    """One line: its key, whether it is done, what it says, its button's text and tip."""

    key: str
    done: bool
    text: str
    button: str
    tip: str


class FirstSteps(QFrame):
    """Hidden on a read-only database and once an organisation, a contact and a liaison
    entry exist (so never on a seeded one); else lists the steps with a mark (✓ done,
    ○ to do) and, for each one not done, the button that does it.

    Signals: new_requested(page key) (start a new record there), rules_requested()
    (the mission's QIP rules), parent_requested() (record the unit's parent formation),
    area_requested() (choose the mission area: the towns and villages of map and editors).
    Attributes: store, title_label, hint_label, steps (the Steps shown), marks / texts / buttons
    (key -> that step's widgets).
    """

    new_requested = Signal(str)
    rules_requested = Signal()
    parent_requested = Signal()
    area_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.steps: list[Step] = []
        self.setObjectName("firstSteps")
        self.setStyleSheet(
            "#firstSteps { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.title_label = QLabel(self.tr("First steps in this database"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.hint_label = QLabel(
            self.tr(
                "This list goes away once the first organisation, contact and liaison entry "
                "are saved."
            )
        )
        self.hint_label.setWordWrap(True)
        hint = self.hint_label.palette()
        hint.setColor(QPalette.ColorRole.WindowText, hint.color(QPalette.ColorRole.PlaceholderText))
        self.hint_label.setPalette(hint)
        title = QHBoxLayout()
        title.addWidget(self.title_label)
        title.addSpacing(12)
        title.addWidget(self.hint_label, 1)
        layout.addLayout(title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(3, 1)  # each button close to its step
        layout.addLayout(self.grid)
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, key in enumerate(("unit", *RECORD_STEPS, "qip_rules", "mission_area")):
            mark = QLabel()
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance(DONE_MARK) + 8)
            text = QLabel()
            text.setObjectName(f"firstStep_{key}")
            button = QPushButton()
            button.setObjectName(f"firstStepButton_{key}")
            button.clicked.connect(lambda _=False, k=key: self._requested(k))
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(button, row, 2)
            # A step done loses its button, not its height: the lines below stay put.
            self.grid.setRowMinimumHeight(row, button.sizeHint().height())
            self.marks[key], self.texts[key], self.buttons[key] = mark, text, button
        self.reload()

    def wanted(self) -> bool:
        """Whether the database is new enough for the list: writable, and a first
        organisation, contact or liaison entry still to come."""
        if self.store.read_only_reason():
            return False
        return not all(stats.has_live(self.store, table) for table in RECORD_STEPS.values())

    def reload(self) -> None:
        """Read the steps' state again; show them, or hide the list when not wanted."""
        if not self.wanted():
            self.hide()
            return
        self.steps = self._steps()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for step in self.steps:
            mark, text, button = self.marks[step.key], self.texts[step.key], self.buttons[step.key]
            mark.setText(DONE_MARK if step.done else OPEN_MARK)
            mark.setAccessibleName(self.tr("Done") if step.done else self.tr("To do"))
            mark.setToolTip(mark.accessibleName())
            mark.setStyleSheet("font-weight: bold;" if step.done else f"color: {muted};")
            text.setText(step.text)
            text.setStyleSheet(f"color: {muted};" if step.done else "")
            button.setText(step.button)
            button.setToolTip(step.tip)
            button.setVisible(not step.done)
        self.show()

    def done(self, key: str) -> bool:
        return next(step.done for step in self.steps if step.key == key)

    def _steps(self) -> list[Step]:
        unit = self.store.unit
        settings = get_mission_settings(self.store)
        area = places.mission_area(self.store)
        return [
            Step(
                "unit",
                bool(unit.name and unit.parent),
                self.tr("Your unit: {unit}, reporting to {parent}").format(
                    unit=unit.name, parent=unit.parent
                )
                if unit.parent
                else self.tr("Your unit: {unit}. Record the formation it reports to.").format(
                    unit=unit.name
                ),
                self.tr("Set parent formation…"),
                self.tr("The higher HQ this unit reports to, as its files and reports name it"),
            ),
            Step(
                "organisations",
                stats.has_live(self.store, "organisations"),
                self.tr("Your first organisation: an authority, agency or NGO you work with"),
                self.tr("New organisation"),
                self.tr("Open the Organisations page with a new organisation"),
            ),
            Step(
                "contacts",
                stats.has_live(self.store, "contacts"),
                self.tr("Your first contact: a person you deal with"),
                self.tr("New contact"),
                self.tr("Open the Contacts page with a new contact"),
            ),
            Step(
                "liaison",
                stats.has_live(self.store, "liaison_entries"),
                self.tr("Your first meeting, call or visit, in the liaison log"),
                self.tr("New liaison entry"),
                self.tr("Open the Liaison log with a new entry"),
            ),
            Step(
                "qip_rules",
                stats.has_live(self.store, "mission_settings"),
                self.tr(
                    "The mission's QIP rules: at most {ceiling} a project, finished within "
                    "{duration}"
                ).format(
                    ceiling=usd(settings.qip_ceiling_usd),
                    duration=self.tr("%Ln month(s)", "", settings.qip_max_months),
                ),
                self.tr("QIP rules…"),
                self.tr("Check or change the ceiling and longest plan the mission set"),
            ),
            Step(
                "mission_area",
                bool(area),
                self.tr("The mission area: {countries}").format(countries=", ".join(area))
                if area
                else self.tr(
                    "The mission area: its countries' towns and villages on the map and in "
                    "place fields"
                ),
                self.tr("Mission area…"),
                self.tr("Edit → Preferences: choose the mission's countries"),
            ),
        ]

    def _requested(self, key: str) -> None:
        if key == "unit":
            self.parent_requested.emit()
        elif key == "qip_rules":
            self.rules_requested.emit()
        elif key == "mission_area":
            self.area_requested.emit()
        else:
            self.new_requested.emit(key)

"""The assessment editor's form, laid out in the order of the visit: one group per step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cimicdesk.domain.assessment import POPULATION_GROUPS, POPULATION_PARTS
from cimicdesk.domain.bounds import RANGES
from cimicdesk.domain.enums import AssessmentMethod, AssessmentSector, CommunityKind, Severity
from cimicdesk.store.database import Store
from cimicdesk.ui.editors.base import ERROR_STYLE
from cimicdesk.ui.editors.picked_records import CONTACT, ORGANISATION, PickedRecords
from cimicdesk.ui.i18n import label
from cimicdesk.ui.severity import severity_text, swatch

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP = Qt.AlignmentFlag.AlignTop
# Object name stems of the population groups and their parts ('idpsWomenEdit').
GROUP_STEMS = {"resident": "resident", "idps": "idps", "returnees": "returnees"}
PART_STEMS = {"total": "Total", "women": "Women", "men": "Men", "children": "Children"}
TEXT_LINES = 2  # a sector's key facts and sources show this many lines


def population_edit_name(group: str, part: str) -> str:
    return f"{GROUP_STEMS[group]}{PART_STEMS[part]}Edit"


def sector_stem(sector: AssessmentSector) -> str:
    """'wash' -> 'wash', 'food_security' -> 'foodSecurity' (object names)."""
    head, *rest = sector.value.split("_")
    return head + "".join(word.capitalize() for word in rest)


def error_label(name: str, parent: QWidget) -> QLabel:
    label_widget = QLabel(parent)
    label_widget.setObjectName(name)
    label_widget.setStyleSheet(ERROR_STYLE)
    label_widget.setWordWrap(True)
    # A long message wraps in the room there is: it never widens the form (which would
    # move every field beside it the moment an error shows).
    policy = label_widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label_widget.setSizePolicy(policy)
    return label_widget


class TextBox(QPlainTextEdit):
    """A text field that asks for little width (Qt's default asks 256 px): the form's
    columns share what the page gives, the list beside it keeps its columns."""

    def sizeHint(self) -> QSize:
        return QSize(120, super().sizeHint().height())


def text_box(name: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    """A several-line text field Tab leaves (it never types a tab into the text)."""
    edit = TextBox(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    return edit


def step_box(number: int, title: str, parent: QWidget) -> QGroupBox:
    """A visit step's group box, titled '3 · Population'."""
    box = QGroupBox(f"{number} · {title}", parent)
    font = box.font()
    font.setBold(True)
    box.setFont(font)
    return box


def plain_font(widget: QWidget) -> None:
    """The box title is bold; its fields are not (a child inherits the box's font)."""
    font = QFont(widget.font())
    font.setBold(False)
    widget.setFont(font)


class AssessmentForm:
    """The widgets of the assessment editor, named as the editor's FIELDS say; built by
    setupUi(editor) as a generated form would be. Tab order is the order of the visit.

    Attributes (besides the inputs): severity_combos, facts_edits, sources_edits (sector ->
    its widgets), population_edits ((group, part) -> line edit), known_labels (group ->
    the label giving the group's total as known), method_checks (method -> check box),
    joint_list, informant_list, present_list (PickedRecords), infrastructureTable,
    actionsTable.
    """

    def setupUi(self, editor: QWidget, store: Store) -> None:
        self.editor = editor
        outer = QVBoxLayout(editor)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("AssessmentEditor", "Reference:")))
        self.referenceLabel = QLabel(editor)
        self.referenceLabel.setObjectName("referenceLabel")
        self.referenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.referenceLabel, 1)
        outer.addLayout(head)
        self.order: list[QWidget] = []  # the tab order, built as the steps are
        outer.addWidget(self._community(editor))
        outer.addWidget(self._when_who_how(editor, store))
        outer.addWidget(self._population(editor))
        outer.addWidget(self._sectors(editor))
        outer.addWidget(self._infrastructure(editor))
        outer.addWidget(self._present(editor, store))
        outer.addWidget(self._actions(editor))
        outer.addWidget(self._summary(editor))
        outer.addStretch(1)
        for first, second in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # 1. The community -----------------------------------------------------------------

    def _community(self, editor: QWidget) -> QGroupBox:
        box = step_box(1, translate("AssessmentEditor", "The community"), editor)
        form = QFormLayout(box)
        self.kindCombo = QComboBox(box)
        self.kindCombo.setObjectName("kindCombo")
        for kind in CommunityKind:
            self.kindCombo.addItem(label(kind), kind.value)
        self.nameEdit = QLineEdit(box)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setPlaceholderText(
            translate("AssessmentEditor", "as the community writes it")
        )
        self.nameError = error_label("nameError", box)
        self.adm1Edit = QLineEdit(box)
        self.adm1Edit.setObjectName("adm1Edit")
        self.adm1Edit.setPlaceholderText(translate("AssessmentEditor", "prefecture, state, region"))
        self.adm2Edit = QLineEdit(box)
        self.adm2Edit.setObjectName("adm2Edit")
        self.adm2Edit.setPlaceholderText(translate("AssessmentEditor", "sub-prefecture"))
        self.admError = error_label("admError", box)
        self.placeEdit = QLineEdit(box)
        self.placeEdit.setObjectName("placeEdit")
        self.placeEdit.setPlaceholderText(
            translate("AssessmentEditor", "12 km N of Kaga-Bandoro, Batangafo axis")
        )
        self.placeEdit.setToolTip(
            translate(
                "AssessmentEditor",
                "Where it lies, in words; type a town's name to choose it from the gazetteer",
            )
        )
        self.placeError = error_label("placeError", box)
        self.gridEdit = QLineEdit(box)
        self.gridEdit.setObjectName("gridEdit")
        self.gridEdit.setPlaceholderText(translate("AssessmentEditor", "MGRS, or a GPS position"))
        self.gridEdit.setToolTip(translate("AssessmentEditor", "The community's centre"))
        self.gridError = error_label("gridError", box)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kindCombo)
        kind_row.addStretch(1)
        adm = QHBoxLayout()
        adm.addWidget(self.adm1Edit, 1)
        adm.addWidget(QLabel("/", box))
        adm.addWidget(self.adm2Edit, 1)
        self._row(form, translate("AssessmentEditor", "&Kind:"), kind_row, self.kindCombo)
        self._row(form, translate("AssessmentEditor", "Name:"), self.nameEdit)
        form.addRow("", self.nameError)
        self._row(
            form, translate("AssessmentEditor", "Prefecture / sub-prefecture:"), adm, self.adm1Edit
        )
        form.addRow("", self.admError)
        self._row(form, translate("AssessmentEditor", "&Place:"), self.placeEdit)
        form.addRow("", self.placeError)
        self._row(form, translate("AssessmentEditor", "&Grid:"), self.gridEdit)
        form.addRow("", self.gridError)
        self.order += [
            self.kindCombo,
            self.nameEdit,
            self.adm1Edit,
            self.adm2Edit,
            self.placeEdit,
            self.gridEdit,
        ]
        self._plain(box)
        return box

    # 2. When, by whom, how ------------------------------------------------------------------

    def _when_who_how(self, editor: QWidget, store: Store) -> QGroupBox:
        box = step_box(2, translate("AssessmentEditor", "When, by whom, how"), editor)
        form = QFormLayout(box)
        self.dateEdit = QDateEdit(box)
        self.dateEdit.setObjectName("dateEdit")
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setToolTip(
            translate("AssessmentEditor", "The day of the visit (not in the future)")
        )
        self.dateError = error_label("dateError", box)
        self.teamEdit = QLineEdit(box)
        self.teamEdit.setObjectName("teamEdit")
        self.teamEdit.setPlaceholderText(
            translate("AssessmentEditor", "BANBAT1 CIMIC team 2, Capt. Rahman")
        )
        self.teamError = error_label("teamError", box)
        self.joint_list = PickedRecords(
            store, ORGANISATION, "joint", translate("AssessmentEditor", "Add an organisation…"), box
        )
        self.joint_list.setToolTip(
            translate(
                "AssessmentEditor",
                "Organisations that assessed with the team; none: the team alone",
            )
        )
        self.jointError = error_label("jointError", box)
        # One under the other: side by side, the French labels made the form too wide
        # for a laptop's page.
        methods = QVBoxLayout()
        methods.setSpacing(2)
        self.method_checks: dict[AssessmentMethod, QCheckBox] = {}
        for method in AssessmentMethod:
            check = QCheckBox(label(method), box)
            check.setObjectName(f"method_{method.value}")
            methods.addWidget(check)
            self.method_checks[method] = check
        self.informant_list = PickedRecords(
            store, CONTACT, "informants", translate("AssessmentEditor", "Add a contact…"), box
        )
        self.informant_list.setToolTip(
            translate(
                "AssessmentEditor",
                "Key informants who are in the contacts: a restricted one shows by its code "
                "only. Others are named in the sectors' sources.",
            )
        )
        self.informantsError = error_label("informantsError", box)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dateEdit)
        date_row.addStretch(1)
        self._row(form, translate("AssessmentEditor", "&Date:"), date_row, self.dateEdit)
        form.addRow("", self.dateError)
        self._row(form, translate("AssessmentEditor", "Te&am:"), self.teamEdit)
        form.addRow("", self.teamError)
        self._row(
            form,
            translate("AssessmentEditor", "&Joint with:"),
            self.joint_list,
            self.joint_list.picker,
        )
        form.addRow("", self.jointError)
        form.addRow(translate("AssessmentEditor", "Methods:"), methods)
        self._row(
            form,
            translate("AssessmentEditor", "Key inf&ormants:"),
            self.informant_list,
            self.informant_list.picker,
        )
        form.addRow("", self.informantsError)
        self.order += [
            self.dateEdit,
            self.teamEdit,
            self.joint_list.picker,
            self.joint_list.listed,
            *self.method_checks.values(),
            self.informant_list.picker,
            self.informant_list.listed,
        ]
        self._plain(box)
        return box

    # 3. The population --------------------------------------------------------------------

    def _population(self, editor: QWidget) -> QGroupBox:
        box = step_box(
            3, translate("AssessmentEditor", "Population (estimates; empty: not known)"), editor
        )
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        headers = (
            translate("AssessmentEditor", "Total"),
            translate("AssessmentEditor", "Women"),
            translate("AssessmentEditor", "Men"),
            translate("AssessmentEditor", "Children"),
            translate("AssessmentEditor", "Known total"),
        )
        tips = (
            translate("AssessmentEditor", "Everyone in the group"),
            translate("AssessmentEditor", "Women 18 and over"),
            translate("AssessmentEditor", "Men 18 and over"),
            translate("AssessmentEditor", "Under 18, girls and boys"),
            translate("AssessmentEditor", "The total given, else the sum of the parts known"),
        )
        for column, (text, tip) in enumerate(zip(headers, tips, strict=True), start=1):
            header = QLabel(text, box)
            header.setToolTip(tip)
            header.setAlignment(RIGHT)
            grid.addWidget(header, 0, column)
        groups = (
            translate("AssessmentEditor", "Residents"),
            translate("AssessmentEditor", "IDPs"),
            translate("AssessmentEditor", "Returnees"),
        )
        group_tips = (
            translate("AssessmentEditor", "The host population living there"),
            translate(
                "AssessmentEditor",
                "Displaced people staying there, in a site or with host families",
            ),
            translate("AssessmentEditor", "People who came back to this community"),
        )
        high = int(RANGES["resident_total"].high)
        width = self.editor.fontMetrics().horizontalAdvance("999,999") + 24
        self.population_edits: dict[tuple[str, str], QLineEdit] = {}
        self.known_labels: dict[str, QLabel] = {}
        self.population_errors: dict[str, QLabel] = {}
        row = 1
        for group, text, tip in zip(POPULATION_GROUPS, groups, group_tips, strict=True):
            name = QLabel(text, box)
            name.setToolTip(tip)
            grid.addWidget(name, row, 0)
            for column, part in enumerate(POPULATION_PARTS, start=1):
                edit = QLineEdit(box)
                edit.setObjectName(population_edit_name(group, part))
                edit.setValidator(QIntValidator(0, high, edit))
                edit.setAlignment(RIGHT)
                edit.setFixedWidth(width)
                edit.setToolTip(
                    translate("AssessmentEditor", "{group}: {figure}").format(
                        group=text, figure=tips[column - 1]
                    )
                )
                grid.addWidget(edit, row, column)
                self.population_edits[(group, part)] = edit
                self.order.append(edit)
            known = QLabel(box)
            known.setObjectName(f"{GROUP_STEMS[group]}KnownLabel")
            known.setAlignment(RIGHT)
            known.setMinimumWidth(width)
            font = known.font()
            font.setBold(True)
            known.setFont(font)
            grid.addWidget(known, row, len(POPULATION_PARTS) + 1)
            self.known_labels[group] = known
            error = error_label(f"{GROUP_STEMS[group]}Error", box)
            grid.addWidget(error, row + 1, 1, 1, len(POPULATION_PARTS) + 1)
            self.population_errors[group] = error
            row += 2
        grid.setColumnStretch(len(POPULATION_PARTS) + 2, 1)
        self._plain(box)
        for known in self.known_labels.values():  # after _plain: the totals stay bold
            font = known.font()
            font.setBold(True)
            known.setFont(font)
        return box

    # 4. The sectors ------------------------------------------------------------------------

    def _sectors(self, editor: QWidget) -> QGroupBox:
        box = step_box(
            4, translate("AssessmentEditor", "Sectors (JIAF severity 1–5; type the digit)"), editor
        )
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(QLabel(translate("AssessmentEditor", "Sector and severity"), box), 0, 0)
        grid.addWidget(QLabel(translate("AssessmentEditor", "Key facts"), box), 0, 1)
        grid.addWidget(
            QLabel(translate("AssessmentEditor", "Sources (who said so, or seen)"), box), 0, 2
        )
        metrics = editor.fontMetrics()
        # The sector column fits "5 · Catastrophic" and most sector names on one line.
        left_width = max(
            metrics.horizontalAdvance(severity_text(Severity.CATASTROPHIC)) + 56,
            min(max(metrics.horizontalAdvance(label(s)) for s in AssessmentSector), 200),
        )
        self.severity_combos: dict[AssessmentSector, QComboBox] = {}
        self.facts_edits: dict[AssessmentSector, QPlainTextEdit] = {}
        self.sources_edits: dict[AssessmentSector, QPlainTextEdit] = {}
        for row, sector in enumerate(AssessmentSector, start=1):
            stem = sector_stem(sector)
            left = QVBoxLayout()
            left.setSpacing(2)
            name = QLabel(label(sector), box)
            name.setObjectName(f"{stem}SectorLabel")
            name.setWordWrap(True)
            cluster = sector.cluster
            name.setToolTip(
                translate("AssessmentEditor", "Cluster: {code}").format(code=cluster.value)
                if cluster
                else translate(
                    "AssessmentEditor",
                    "Not a cluster: access and security for the humanitarian partners",
                )
            )
            combo = QComboBox(box)
            combo.setObjectName(f"{stem}SeverityCombo")
            combo.addItem(swatch(None), translate("AssessmentEditor", "— not rated"), "")
            for severity in Severity:
                combo.addItem(swatch(severity), severity_text(severity), severity.value)
            combo.setToolTip(
                translate(
                    "AssessmentEditor",
                    "{sector}: its severity. Type 1 to 5, or 0 for 'not rated': the team looked "
                    "but could not tell (never a 1 for 'not known')",
                ).format(sector=label(sector))
            )
            name.setBuddy(combo)
            name.setFixedWidth(left_width)
            combo.setFixedWidth(left_width)
            left.addWidget(name)
            left.addWidget(combo)
            left.addStretch(1)
            facts = text_box(f"{stem}FactsEdit", TEXT_LINES, box)
            facts.setToolTip(
                translate("AssessmentEditor", "{sector}: what the team found").format(
                    sector=label(sector)
                )
            )
            sources = text_box(f"{stem}SourcesEdit", TEXT_LINES, box)
            sources.setToolTip(
                translate("AssessmentEditor", "{sector}: who said so, or how it was seen").format(
                    sector=label(sector)
                )
            )
            grid.addLayout(left, row, 0)
            grid.addWidget(facts, row, 1, TOP)
            grid.addWidget(sources, row, 2, TOP)
            self.severity_combos[sector] = combo
            self.facts_edits[sector] = facts
            self.sources_edits[sector] = sources
            self.order += [combo, facts, sources]
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.sectorsAnchor = self.severity_combos[AssessmentSector.ACCESS_SECURITY]
        self.sectorsError = error_label("sectorsError", box)
        grid.addWidget(self.sectorsError, len(AssessmentSector) + 1, 0, 1, 3)
        self._plain(box)
        return box

    # 5. Infrastructure, 6. who works there, 7. actions, 8. summary ---------------------------

    def _rows_box(
        self, step: int, title: str, name: str, add_text: str, add_tip: str, editor: QWidget
    ) -> tuple[QGroupBox, QTableView, QPushButton, QPushButton, QLabel]:
        """A step that is a table of rows: the table, its error line, Add and Remove."""
        box = step_box(step, title, editor)
        layout = QVBoxLayout(box)
        table = self._table(f"{name}Table", box)
        add = QPushButton(add_text, box)
        add.setObjectName(f"add{name[0].upper()}{name[1:].removesuffix('s')}Button")
        add.setToolTip(add_tip)
        remove = QPushButton(translate("AssessmentEditor", "Remove"), box)
        error = error_label(f"{name}Error", box)
        layout.addWidget(table)
        layout.addWidget(error)
        layout.addLayout(self._buttons(add, remove))
        self.order.append(table)
        self._plain(box)
        return box, table, add, remove, error

    def _infrastructure(self, editor: QWidget) -> QGroupBox:
        box, self.infrastructureTable, self.addInfrastructureButton, remove, error = self._rows_box(
            5,
            translate("AssessmentEditor", "Infrastructure seen"),
            "infrastructure",
            translate("AssessmentEditor", "Add infrastructure (Alt+I)"),
            translate(
                "AssessmentEditor",
                "Add a row (Alt+I, or Insert in the table); Delete in the table removes one",
            ),
            editor,
        )
        self.removeInfrastructureButton, self.infrastructureError = remove, error
        return box

    def _present(self, editor: QWidget, store: Store) -> QGroupBox:
        box = step_box(6, translate("AssessmentEditor", "Who already works there"), editor)
        layout = QVBoxLayout(box)
        self.present_list = PickedRecords(
            store,
            ORGANISATION,
            "present",
            translate("AssessmentEditor", "Add an organisation…"),
            box,
        )
        self.present_list.setToolTip(
            translate(
                "AssessmentEditor",
                "Organisations working in the community (the 3W; a QIP checks it for duplication)",
            )
        )
        self.presentError = error_label("presentError", box)
        layout.addWidget(self.present_list)
        layout.addWidget(self.presentError)
        self.order += [self.present_list.picker, self.present_list.listed]
        self._plain(box)
        return box

    def _actions(self, editor: QWidget) -> QGroupBox:
        box, self.actionsTable, self.addActionButton, remove, error = self._rows_box(
            7,
            translate("AssessmentEditor", "Recommended actions"),
            "actions",
            translate("AssessmentEditor", "Add an action (Alt+R)"),
            translate(
                "AssessmentEditor",
                "Add a row (Alt+R, or Insert in the table); Delete in the table removes one",
            ),
            editor,
        )
        self.removeActionButton, self.actionsError = remove, error
        return box

    def _summary(self, editor: QWidget) -> QGroupBox:
        box = step_box(8, translate("AssessmentEditor", "Summary"), editor)
        layout = QVBoxLayout(box)
        self.summaryEdit = text_box("summaryEdit", 4, box)
        self.summaryEdit.setPlaceholderText(
            translate("AssessmentEditor", "The team's overall judgement, in a few lines")
        )
        self.summaryError = error_label("summaryError", box)
        layout.addWidget(self.summaryEdit)
        layout.addWidget(self.summaryError)
        self.order.append(self.summaryEdit)
        self._plain(box)
        return box

    # Helpers ------------------------------------------------------------------------------

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        caption = QLabel(text)
        caption.setBuddy(buddy if buddy is not None else field)
        form.addRow(caption, field)

    @staticmethod
    def _table(name: str, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(table.fontMetrics().height() * 5)
        table.setMaximumHeight(table.fontMetrics().height() * 10)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return table

    @staticmethod
    def _buttons(add: QPushButton, remove: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in (add, remove):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes field to field
            row.addWidget(button)
        row.addStretch(1)
        return row

    @staticmethod
    def _plain(box: QGroupBox) -> None:
        for child in box.findChildren(QWidget):
            plain_font(child)

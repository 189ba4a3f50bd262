"""The bars over every page that say what kind of database is open: EXERCISE (a training
database) and, for a read-only one, why it cannot be edited (a unit file, a handed-over
database, a disk that cannot be written)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cimicdesk.store.database import Store
from cimicdesk.ui import i18n


class DatabaseBanner(QWidget):
    """Hidden when the database is a writable, real one.

    Attributes: exercise_label (shown for a training database), read_only_label (shown,
    with the reason, when the database refuses edits).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("databaseBanner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        self.exercise_label = self._bar(
            "exerciseBanner", "background: #b00020; color: white; font-weight: bold;"
        )
        self.read_only_label = self._bar(
            "readOnlyBanner", "background: #fff3cd; color: #4d3800; border: 1px solid #e0c36a;"
        )
        layout.addWidget(self.exercise_label)
        layout.addWidget(self.read_only_label)

    def _bar(self, name: str, style: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setFrameShape(QFrame.Shape.NoFrame)
        label.setStyleSheet(f"#{name} {{ {style} padding: 6px; border-radius: 3px; }}")
        label.hide()
        return label

    def show_for(self, store: Store) -> None:
        """Show the bars this database needs, and hide the banner when it needs none."""
        self.exercise_label.setText(
            self.tr(
                "EXERCISE — training database: not real data. Its made-up records are for "
                "practice and can never be imported into a real database."
            )
        )
        self.exercise_label.setVisible(store.training)
        reason = store.read_only_reason()
        self.read_only_label.setText(
            self.tr("Read-only: {reason}").format(reason=i18n.message(reason))
        )
        self.read_only_label.setVisible(bool(reason))
        self.setVisible(store.training or bool(reason))

    def text(self) -> str:
        """What the banner shows now ('' when hidden)."""
        shown = [
            w.text() for w in (self.exercise_label, self.read_only_label) if w.isVisibleTo(self)
        ]
        return "\n".join(shown) if not self.isHidden() else ""

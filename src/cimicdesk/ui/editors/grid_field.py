"""Grid fields that take a GPS position: a latitude/longitude typed or pasted becomes its MGRS
when the officer leaves the field, with a note saying how it was read (Ctrl+Z gives back
what was typed)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit

from cimicdesk.domain.errors import FieldError
from cimicdesk.domain.grid import GridReferenceError
from cimicdesk.domain.position import (
    PositionError,
    grid_from_input,
    looks_like_position,
    parse_position,
    position_display,
)
from cimicdesk.ui.formatting import grid_display
from cimicdesk.ui.i18n import message

translate = QCoreApplication.translate
READ_AS = QT_TRANSLATE_NOOP(
    "GridField",
    "Made from {position} (to 10 m). Ctrl+Z undoes.",
)


def typed_grid(text: str) -> str:
    """What a grid field saves: the MGRS of a position, else the text as typed (the record's
    own check then says what is wrong with it). Raises PositionError for a position that
    cannot be read."""
    if looks_like_position(text):
        return grid_from_input(text)
    return text.strip()


class GridFields(QObject):
    """Converts the editor's grid fields on leaving them; never while the officer types.

    Replacing the text (rather than a hint beside it) shows the officer exactly what will
    be saved, in the form every list and report prints; the note under it tells how the
    position was read (latitude and longitude as N/S, E/W: a swapped pair shows at once)
    and Undo puts the typed text back.
    """

    # Leaving the window is no leaving of the field: the officer may be in the GPS's or
    # the phone's window copying the longitude, and comes back to the field as they left it.
    STAYING = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)

    def __init__(self, editor, fields: dict[str, QLineEdit]):
        super().__init__(editor)
        self.editor = editor
        self.fields = fields
        self._field_of = {edit: field for field, edit in fields.items()}
        for field, edit in fields.items():
            edit.installEventFilter(self)
            edit.returnPressed.connect(lambda f=field: self.convert(f))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() not in self.STAYING
            and watched in self._field_of
        ):
            self.convert(self._field_of[watched])
        return False

    def convert(self, field: str) -> None:
        """Leave the field holding MGRS when it held a readable position; show why not
        when it held an unreadable one; anything else is left for the save to check."""
        edit = self.fields[field]
        text = edit.text()
        if not looks_like_position(text):
            return
        try:
            position = parse_position(text)
            mgrs = grid_from_input(text)
        except GridReferenceError as exc:
            self.editor.flag(field, message(exc.message))
            return
        self.editor._close_change()  # the typing was one undo step; this is the next
        edit.setText(grid_display(mgrs))  # an edit like typing: Undo gives `text` back
        edit.setCursorPosition(0)
        self.editor.show_note(
            field,
            translate("GridField", READ_AS).format(position=position_display(position)),
        )

    def value(self, field: str, errors: list[FieldError]) -> str:
        """The field's text to save (see typed_grid); a position that cannot be read adds
        its error to `errors` and gives the text as typed."""
        text = self.fields[field].text()
        try:
            return typed_grid(text)
        except PositionError as exc:
            errors.append(FieldError(field, exc.message))
            return text.strip()

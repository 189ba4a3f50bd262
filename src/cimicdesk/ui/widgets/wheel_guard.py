"""The mouse wheel changes a combo box, spin box or date field only once it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

# Widgets whose value the wheel steps: every combo box (editable pickers too) and every
# spin box (QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit are all QAbstractSpinBox).
GUARDED = (QComboBox, QAbstractSpinBox)
_WHEEL = QEvent.Type.Wheel


class WheelGuard(QObject):
    """An event filter on each guarded field: an officer scrolling a form with the wheel
    must not change the category, casualty count or sensitivity the pointer passes over.

    Over an unfocused field the wheel event is not delivered to it but passed on to its
    parents, so the scroll area around the form scrolls; a focused field (clicked or
    tabbed into) still takes the wheel. The filter sits on the fields themselves, not on
    the application: an application-wide filter would see every event of the program
    (some 20,000 while the window is built) and cost about 200 ms at start-up.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _WHEEL and not watched.hasFocus():
            pass_to_parents(watched, event)
            return True
        return False


def pass_to_parents(widget: QWidget, event: QWheelEvent) -> None:
    """Offer a wheel event to the widget's parents, nearest first, until one takes it.

    Qt's own propagation (QApplication::notify) does the same for events from the window
    system, but not for events sent by the program; doing it here makes both behave alike.
    """
    position = QPointF(event.position())
    while not widget.isWindow() and not widget.testAttribute(
        Qt.WidgetAttribute.WA_NoMousePropagation
    ):
        position += QPointF(widget.pos())
        parent = widget.parentWidget()
        if parent is None:
            break
        widget = parent
        offered = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        offered.setTimestamp(event.timestamp())
        offered.setAccepted(True)  # as Qt delivers it; a widget that does not use it ignores it
        # Taken only when handled and accepted, as Qt has it: a table view's event() turns
        # the wheel down (False) without ignoring it, and its parents must still get it.
        handled = QCoreApplication.sendEvent(widget, offered)
        if handled and offered.isAccepted():
            return


def _guard() -> WheelGuard:
    """The one filter of the running application (a child of it: lives as long as it)."""
    app = QCoreApplication.instance()
    found = app.findChild(WheelGuard)
    return found if found is not None else WheelGuard(app)


def guard_wheel(root: QWidget) -> None:
    """Guard `root` and every combo and spin box inside it (again: nothing changes).

    Each gets the filter, and Qt.StrongFocus instead of Qt's Qt.WheelFocus: the wheel
    would otherwise focus the field before any filter saw it, and the next notch would
    change it. Call it on a window or dialog once built, and on a field made later (a
    table's cell widget).
    """
    guard = _guard()
    fields = [root] if isinstance(root, GUARDED) else []
    for kind in GUARDED:
        fields += root.findChildren(kind)
    for field in fields:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)  # installed once: Qt moves, never doubles, it

"""The mouse wheel changes a combo box, spin box or date field only once it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

# Widgets whose value the wheel steps: every combo box (editable pickers too) and every
# spin box (QSpinBox, QDoubleSpinBox, QDateEdit, QDateTimeEdit are all QAbstractSpinBox).
GUARDED = (QComboBox, QAbstractSpinBox)
_GUARD_PROPERTY = "cimicdeskWheelGuard"


class WheelGuard(QObject):
    """An application-wide event filter: an officer scrolling a form with the wheel must not
    change the category, casualty count or sensitivity the pointer happens to pass over.

    Over an unfocused guarded widget the wheel event is not delivered to it but passed on to
    its parents, so the scroll area around the form scrolls; a focused widget (clicked or
    tabbed into) still takes the wheel. Qt gives these widgets Qt.WheelFocus, which would let the
    wheel itself focus them before any filter sees the event, so each one is switched to
    Qt.StrongFocus when it is polished (first shown).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            strong_focus(watched)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
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
        QCoreApplication.sendEvent(widget, offered)
        if offered.isAccepted():
            return


def strong_focus(widget: QWidget) -> None:
    """Tab and click focus the widget; the wheel does not (Qt.WheelFocus -> Qt.StrongFocus)."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard() -> None:
    """Install the guard on the running application, once (later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is None or app.property(_GUARD_PROPERTY):
        return
    guard = WheelGuard(app)  # a child of the application: lives as long as it does
    app.installEventFilter(guard)
    app.setProperty(_GUARD_PROPERTY, True)

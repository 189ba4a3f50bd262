"""The desktop interface: main window, pages, table models, editors, prompts (PySide6)."""

from cimicdesk.ui.none_guard import pin_none

pin_none()

"""The desktop interface: main window, pages, table models, editors, prompts (PySide6)."""

"""Bare floor of starting the program: PySide6, an empty QMainWindow shown, grabbed, saved.

    python floors/window.py OUT.png  -- prints the process's resident memory (MB) once shown
It waits the same 800 ms `cimicdesk gui --screenshot` waits before grabbing.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def save_and_quit() -> None:
        saved = window.grab().save(sys.argv[1])
        print(f"rss {resident_mb():.1f}")
        app.exit(0 if saved else 2)

    QTimer.singleShot(800, save_and_quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

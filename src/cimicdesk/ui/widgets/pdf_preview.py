"""Preview a PDF inside the program: pages rendered by poppler's pdftoppm, shown as images.

Qt for Python Essentials has no PDF module, and no PDF renderer ships with the program,
so the pages are rendered by `pdftoppm` when the machine has it (most Linux desktops;
Windows only if poppler was installed). Without it the caller opens the PDF in the
desktop's own viewer instead. Everything is local: nothing is fetched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

RENDER_DPI = 96
MAX_PAGES = 30  # a longer report is previewed in part (memory); the viewer shows it whole
RESCALE_DELAY_MS = 80
RENDER_TIMEOUT_S = 120


def find_renderer() -> str | None:
    """The pdftoppm program on this machine, or None."""
    return shutil.which("pdftoppm")


def render_pages(
    pdf: Path,
    folder: Path,
    *,
    dpi: int = RENDER_DPI,
    last_page: int = MAX_PAGES,
    renderer: str | None = None,
) -> list[Path]:
    """Render pages 1…last_page of `pdf` to PNG files in `folder` (worker thread); [] when
    there is no renderer. Raises OSError or subprocess errors when rendering fails."""
    program = renderer or find_renderer()
    if not program:
        return []
    prefix = folder / f"{pdf.stem}-page"
    # No console window flashing up on Windows.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
    subprocess.run(
        [program, "-png", "-r", str(dpi), "-l", str(last_page), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=RENDER_TIMEOUT_S,
        creationflags=flags,
    )
    pages = sorted(folder.glob(f"{prefix.name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return pages


def load_images(pages: list[Path]) -> list[QImage]:
    """Read rendered pages into memory (QImage may be used off the UI thread)."""
    return [QImage(str(page)) for page in pages]


class PreviewWindow(QWidget):
    """A window showing a report's pages one under the other, scaled to its width.

    Attributes: title_label, note_label, open_button (the PDF in the desktop's viewer),
    close_button, scroll (QScrollArea), page_labels (one QLabel per page), pdf (the file
    previewed, kept until the next preview or quitting), page_count.
    """

    open_requested = Signal(object)  # the PDF's Path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("previewWindow")
        self.setWindowTitle(self.tr("Report preview"))
        self.pdf: Path | None = None
        self.page_count = 0
        self.page_labels: list[QLabel] = []
        self._images: list[QImage] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("previewTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.note_label = QLabel()
        self.note_label.setObjectName("previewNote")
        self.open_button = QPushButton(self.tr("Open in PDF &viewer"))
        self.open_button.setToolTip(
            self.tr("Open this preview in the program the computer uses for PDFs")
        )
        self.close_button = QPushButton(self.tr("&Close"))
        top.addWidget(self.title_label)
        top.addWidget(self.note_label, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea, #previewPages { background: #6b6b6b; }")
        pages = QWidget()
        pages.setObjectName("previewPages")
        self._pages_layout = QVBoxLayout(pages)
        self._pages_layout.setSpacing(12)
        self._pages_layout.setContentsMargins(16, 16, 16, 16)
        self.scroll.setWidget(pages)
        layout.addWidget(self.scroll, 1)
        self.open_button.clicked.connect(lambda: self.pdf and self.open_requested.emit(self.pdf))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(RESCALE_DELAY_MS)
        self._rescale.timeout.connect(self._scale)
        self.resize(760, 900)

    def show_pages(self, title: str, pdf: Path, images: list[QImage], *, partial: bool) -> None:
        """Replace what is shown by these page images of `pdf`."""
        for label in self.page_labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self.pdf = pdf
        self._images = list(images)
        self.page_count = len(images)
        self.page_labels = []
        for number in range(1, len(images) + 1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            label.setToolTip(self.tr("Page {number}").format(number=number))
            self._pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.title_label.setText(title)
        pages = self.tr("%Ln page(s)", "", self.page_count)
        self.note_label.setText(
            self.tr("  ·  first {pages} shown: open it in the PDF viewer for the rest").format(
                pages=pages
            )
            if partial
            else f"  ·  {pages}"
        )
        self.setWindowTitle(self.tr("Preview — {title}").format(title=title))
        self._scale()
        self.scroll.verticalScrollBar().setValue(0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale.start()  # once the resizing pauses, not at every step

    def _scale(self) -> None:
        width = max(200, self.scroll.viewport().width() - 40)
        for label, image in zip(self.page_labels, self._images, strict=True):
            if image.isNull():
                label.setText(self.tr("(this page could not be shown)"))
                continue
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                min(width, image.width() * 2), Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(pixmap)
            label.setFixedHeight(pixmap.height())

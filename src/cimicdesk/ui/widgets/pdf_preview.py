"""Preview a PDF inside the program: pages rendered by poppler's pdftoppm, shown as images.

Qt for Python Essentials has no PDF module, and no PDF renderer ships with the program,
so the pages are rendered by `pdftoppm` when the machine has it (most Linux desktops;
Windows only if poppler was installed). Without it the caller opens the PDF in the
desktop's own viewer instead. Everything is local: nothing is fetched.

Only the pages the officer looks at are rendered: the first ones before the preview
shows, the others on a worker thread as they scroll into view (rendering every page of a
long report took longer than writing it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
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
FIRST_PAGES = 1  # rendered before the preview shows; the others when in view
# A page object of a PDF ('/Type /Page', not the '/Type /Pages' tree above them).
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
# render(pdf, first, last) -> the images of pages first..last (1-based), on a worker.
PageRenderer = Callable[[Path, int, int], list[QImage]]


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
    first_page: int = 1,
) -> list[Path]:
    """Render pages first_page…last_page of `pdf` to PNG files in `folder` (worker thread);
    [] when there is no renderer. Raises OSError or subprocess errors when rendering fails."""
    program = renderer or find_renderer()
    if not program:
        return []
    prefix = folder / f"{pdf.stem}-page"
    # No console window flashing up on Windows.
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
    subprocess.run(
        [
            program,
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(first_page),
            "-l",
            str(last_page),
            str(pdf),
            str(prefix),
        ],
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


def count_pages(pdf: Path) -> int:
    """How many pages the PDF has (its page objects; reportlab writes them uncompressed);
    0 when none are found."""
    return len(_PAGE_OBJECT.findall(pdf.read_bytes()))


def render_images(
    pdf: Path, first: int, last: int, *, renderer: str | None = None, dpi: int = RENDER_DPI
) -> list[QImage]:
    """Pages first..last of `pdf` as images (worker thread); the page files are deleted
    at once (the pages stay in memory only)."""
    folder = Path(tempfile.mkdtemp(prefix="pages-", dir=pdf.parent))
    try:
        pages = render_pages(
            pdf, folder, dpi=dpi, first_page=first, last_page=last, renderer=renderer
        )
        return load_images(pages)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class PreviewWindow(QWidget):
    """A window showing a report's pages one under the other, scaled to its width.

    The pages not yet rendered stand as blank sheets of the page's shape; those that come
    into view are rendered on a worker thread (`render`, one batch at a time) and shown.

    Attributes: title_label, note_label, open_button (the PDF in the desktop's viewer),
    close_button, scroll (QScrollArea), page_labels (one QLabel per page shown), pdf (the
    file previewed, kept until the next preview or quitting), page_count (pages shown),
    render (PageRenderer for the pages scrolled to, or None), rendering (the Task
    rendering pages, or None).
    """

    open_requested = Signal(object)  # the PDF's Path
    pages_rendered = Signal()  # a batch of pages scrolled to is shown

    def __init__(self, parent: QWidget | None = None, render: PageRenderer | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("previewWindow")
        self.setWindowTitle(self.tr("Report preview"))
        self.pdf: Path | None = None
        self.page_count = 0
        self.page_labels: list[QLabel] = []
        self.render = render
        self.rendering = None
        self._images: list[QImage | None] = []
        self._shape = 297 / 210  # height / width of a page (A4 until one is rendered)
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
        self._look = QTimer(self)  # which pages are in view, once scrolling pauses
        self._look.setSingleShot(True)
        self._look.setInterval(RESCALE_DELAY_MS)
        self._look.timeout.connect(self._render_visible)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _value: self._look.start())
        self.resize(760, 900)

    def show_pages(
        self,
        title: str,
        pdf: Path,
        images: list[QImage],
        *,
        partial: bool,
        total: int | None = None,
    ) -> None:
        """Replace what is shown by `pdf`: `total` pages (default: as many as `images`),
        the first ones rendered as `images`, the others when they come into view."""
        for label in self.page_labels:
            self._pages_layout.removeWidget(label)
            label.deleteLater()
        self.pdf = pdf
        count = max(len(images), total or 0)
        self._images = [*images, *[None] * (count - len(images))]
        first = next((i for i in images if not i.isNull()), None)
        if first is not None and first.width():
            self._shape = first.height() / first.width()
        self.page_count = count
        self.page_labels = []
        for number in range(1, count + 1):
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
        self._look.start()

    def is_rendered(self, number: int) -> bool:
        """Whether page `number` (1-based) is shown as rendered (not a blank sheet)."""
        return self._images[number - 1] is not None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale.start()  # once the resizing pauses, not at every step

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._look.start()

    def _width(self) -> int:
        return max(200, self.scroll.viewport().width() - 40)

    def _scale(self) -> None:
        width = self._width()
        for number, label in enumerate(self.page_labels, 1):
            self._show_page(number, label, width)
        self._look.start()

    def _show_page(self, number: int, label: QLabel, width: int) -> None:
        image = self._images[number - 1]
        if image is None:  # a blank sheet of the page's shape until it is rendered
            label.clear()
            label.setText(self.tr("Page {number}…").format(number=number))
            label.setStyleSheet("background: white; color: #9aa5b1;")
            label.setFixedHeight(round(width * self._shape))
            return
        label.setStyleSheet("")
        if image.isNull():
            label.setText(self.tr("(this page could not be shown)"))
            return
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            min(width, image.width() * 2), Qt.TransformationMode.SmoothTransformation
        )
        label.setPixmap(pixmap)
        label.setFixedHeight(pixmap.height())

    def visible_pages(self) -> list[int]:
        """The numbers (1-based) of the pages at least partly in view."""
        if not self.page_labels or not self.isVisible():
            return []
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        return [
            number
            for number, label in enumerate(self.page_labels, 1)
            if label.y() < bottom and label.y() + label.height() > top
        ]

    def _render_visible(self) -> None:
        """Render the pages in view that are still blank (one batch at a time)."""
        if self.render is None or self.rendering is not None or self.pdf is None:
            return
        wanted = [n for n in self.visible_pages() if not self.is_rendered(n)]
        if not wanted:
            return
        from cimicdesk.ui.workers import run_task  # the window's worker pool

        first, last = wanted[0], wanted[-1]
        pdf = self.pdf
        self.rendering = run_task(
            self.tr("Showing pages {first}–{last}").format(first=first, last=last),
            self.render,
            pdf,
            first,
            last,
            on_finished=lambda images: self._rendered(pdf, first, last, images),
            on_failed=lambda _error: self._render_failed(pdf, first, last),
            parent=self,
        )

    def _rendered(self, pdf: Path, first: int, last: int, images: list[QImage]) -> None:
        self.rendering = None
        if pdf != self.pdf:  # another report is shown now: its own pages come next
            self._look.start()
            return
        width = self._width()
        for number in range(first, min(last, len(self._images)) + 1):
            # A page pdftoppm did not give is shown as not shown (null), not asked again.
            found = images[number - first] if number - first < len(images) else QImage()
            self._images[number - 1] = found
            self._show_page(number, self.page_labels[number - 1], width)
        self.pages_rendered.emit()
        self._look.start()

    def _render_failed(self, pdf: Path, first: int, last: int) -> None:
        self.rendering = None
        if pdf != self.pdf:
            self._look.start()
            return
        for number in range(first, last + 1):
            self._images[number - 1] = QImage()  # null: 'could not be shown', not retried
            self._show_page(number, self.page_labels[number - 1], self._width())

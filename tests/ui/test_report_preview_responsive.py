"""Issue 16: a report's preview is made on a worker while the window keeps running, a new
preview supersedes one still being made, and pages are rendered when they come into view."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from scripted_prompter import ScriptedPrompter, make_contact, make_entry

from cimicdesk.reports import commands
from cimicdesk.ui.widgets import pdf_preview
from cimicdesk.ui.widgets.pdf_preview import find_renderer

pytestmark = pytest.mark.skipif(find_renderer() is None, reason="pdftoppm is not installed")
WAIT_MS = 20_000


class PreviewPrompter(ScriptedPrompter):
    def open_file(self, path) -> bool:
        return True


@pytest.fixture
def prompter() -> PreviewPrompter:
    return PreviewPrompter()


@pytest.fixture
def page(open_window, store):
    marie = make_contact(store, "Marie Ndoumba")
    for day in range(16, 23):
        for hour in (8, 10, 14):
            make_entry(
                store, [marie], start=f"2026-11-{day}T{hour:02d}:00:00.000Z", purpose="Water"
            )
    window = open_window()
    shown = window.show_page("reports")
    shown.period_picker.set_week(2026, 47)
    return shown


def _busy_for(seconds: float) -> None:
    """Pure-Python work, as gathering and laying out a report is (it holds the GIL)."""
    end = time.perf_counter() + seconds
    total = 0
    while time.perf_counter() < end:
        total += sum(range(200))


def test_the_window_keeps_running_while_a_preview_is_made(page, qtbot, monkeypatch):
    real = commands.write_sitrep
    on_worker: list[bool] = []

    def slow(*args, **options):
        on_worker.append(threading.current_thread() is not threading.main_thread())
        _busy_for(1.5)
        return real(*args, **options)

    monkeypatch.setattr(commands, "write_sitrep", slow)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    # Progress is shown, and the page is still usable (Preview can be asked again).
    assert page.ui.busyBar.isVisible() and page.ui.previewButton.isEnabled()
    qtbot.waitUntil(
        lambda: page.preview_window is not None and page.preview_window.isVisible(),
        timeout=WAIT_MS,
    )
    timer.stop()
    qtbot.addWidget(page.preview_window)
    took = time.perf_counter() - started
    assert on_worker == [True]
    assert took >= 1.5
    # The event loop ran all along: the timer ticked through the generation, never
    # stopped for long. (How often it ticks depends on the machine and on how the busy
    # worker shares the interpreter: a UI thread blocked by the generation would give
    # none at all and one gap of 1.5 s.)
    during = [t for t in ticks if t - started < 1.5]
    assert len(during) >= 5, len(during)
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    assert max(gaps) < 0.5, max(gaps)
    assert not page.preview_window.page_labels[0].pixmap().isNull()
    assert not page.ui.busyBar.isVisible()


def test_a_second_preview_supersedes_the_first(page, qtbot, monkeypatch):
    release = threading.Event()
    real = commands.write_sitrep
    written: list[str] = []

    def held(store, out, **options):
        if not written:
            written.append(str(out))
            assert release.wait(10)
        else:
            written.append(str(out))
        return real(store, out, **options)

    monkeypatch.setattr(commands, "write_sitrep", held)
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(written) == 1, timeout=WAIT_MS)
    first = page.workflow.task
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    second = page.workflow.task
    assert second is not None and second is not first
    assert page.ui.busyBar.isVisible() and page.ui.busyBar.task is second
    qtbot.waitUntil(lambda: page.preview_window is not None, timeout=WAIT_MS)
    qtbot.addWidget(page.preview_window)
    assert page.preview_window.pdf.name.endswith("-2.pdf")
    shown_first = []
    page.workflow.preview_ready.connect(lambda *args: shown_first.append(args))
    release.set()  # the first ends now: what it gives is not shown
    qtbot.waitUntil(lambda: not first.running, timeout=WAIT_MS)
    qtbot.wait(100)
    assert shown_first == []
    assert page.preview_window.pdf.name.endswith("-2.pdf")
    assert page.workflow.task is None and not page.ui.busyBar.isVisible()


def test_pages_are_rendered_when_they_come_into_view(page, qtbot, monkeypatch):
    asked: list[tuple[int, int]] = []
    real = pdf_preview.render_images

    def counted(pdf, first, last, **options):
        asked.append((first, last))
        return real(pdf, first, last, **options)

    monkeypatch.setattr(pdf_preview, "render_images", counted)
    from cimicdesk.ui.pages import report_workflow

    monkeypatch.setattr(report_workflow, "render_images", counted)
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.workflow.task is None, timeout=WAIT_MS)
    window = page.preview_window
    qtbot.addWidget(window)
    assert window.page_count >= 4  # the body and the three annexes
    assert asked[0] == (1, 1)  # before it shows: the first page only
    assert window.is_rendered(1) and not window.is_rendered(window.page_count)
    with qtbot.waitSignal(window.pages_rendered, timeout=WAIT_MS):
        bar = window.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.is_rendered(window.page_count), timeout=WAIT_MS)
    assert not window.page_labels[-1].pixmap().isNull()
    # Only what was in view was rendered: never every page at once.
    assert all(last - first < window.page_count - 1 for first, last in asked)

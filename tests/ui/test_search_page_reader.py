"""The Search page searches on one kept connection (issue 16): the hits the store gives,
the file not opened again per keystroke, the connection gone with the page."""

from __future__ import annotations

from scripted_prompter import make_contact, make_org, search_for

from cimicdesk.store.search import search
from cimicdesk.ui import workers
from cimicdesk.ui.models.search import SEARCHED_KINDS, SearchResultsModel


def test_searches_keep_one_connection_and_show_the_store_s_hits(
    open_window, store, qtbot, monkeypatch
):
    org = make_org(store, "Médecins Sans Frontières", acronym="MSF", place="Bambari")
    make_contact(store, "Marie Bamba", organisation_id=org.id)
    window = open_window()
    opened: list[object] = []
    real_open = workers.open_as_before
    monkeypatch.setattr(
        workers, "open_as_before", lambda path: opened.append(path) or real_open(path)
    )
    for text in ("b", "ba", "bam", "msf", "bambari"):
        page = search_for(window, qtbot, text)
        expected = search(store, text, kinds=SEARCHED_KINDS, limit=SearchResultsModel.LIMIT)
        shown = [
            page.model.index(r, 0).data(page.model.RecordIdRole)
            for r in range(page.model.rowCount())
        ]
        assert shown == [h.record_id for h in expected], text
        assert shown
    assert opened == []  # no search opened the file: the kept connection served them all
    reader = window.search_page.model.reader
    assert reader._conn is not None
    window.drop_pages()
    qtbot.waitUntil(lambda: reader._conn is None)  # closed with the page's model

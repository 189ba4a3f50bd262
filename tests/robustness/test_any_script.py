"""Text of any script (Arabic, French accents, emoji) and very long text: stored and read
back identically through the repositories, and found by search; too long, refused plainly."""

from __future__ import annotations

import unicodedata

import pytest
from factories import NOW, PASSPHRASE, make_contact, make_entry, make_incident, make_org
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cimicdesk.domain.enums import UnitLevel
from cimicdesk.domain.errors import ValidationError
from cimicdesk.domain.records import MAX_NAME, MAX_TEXT, Contact
from cimicdesk.store.contacts import get_contact, list_contacts, save_contact
from cimicdesk.store.database import create_database, open_database
from cimicdesk.store.filters import ContactFilter
from cimicdesk.store.incidents import get_incident, save_incident
from cimicdesk.store.liaison import get_liaison, list_liaison
from cimicdesk.store.organisations import get_organisation
from cimicdesk.store.search import fts_query, query_words, search

SAMPLES = {
    "arabic": "اجتماع مع شيخ القرية حول بئر المياه في حي الكيلو خمسة",
    "french": "Réunion à l'école Sainte-Thérèse : « les déplacés de Ngakobo », où ça coûte cher",
    "sango": "Mbï yeke na Bangî, tënë tî sêse",
    "emoji": "Water point 🚰 fixed 💧, thanks 🙏🏾 — family 👨‍👩‍👧 safe ✅",
    "mixed": "Cheikh محمد Ngaïkoumon said «OK» 👍 at 09:30Z, tel. +236 72 11 22 33",
    "combining": "Nga\u0308i\u0308koumon e\u0301cole",  # decomposed accents, as some keyboards send
    "controls": "line one\nline two\ttabbed\r\nzero\u200bwidth\u200f rtl-mark",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_script_is_stored_read_back_and_found(store, db_path, name):
    text = SAMPLES[name]
    org = make_org(store, text[:MAX_NAME], notes=text)
    person = make_contact(store, text[:MAX_NAME], notes=text, place=text, organisation_id=org.id)
    entry = make_entry(store, contacts=[person], purpose=text, info_received=text * 3)
    incident = make_incident(store, narrative=text, actors=text)
    store.close()
    with open_database(db_path) as again:  # from the file, not from a cache
        assert get_contact(again, person.id).notes == text
        assert get_contact(again, person.id).name == text[:MAX_NAME]
        assert get_organisation(again, org.id).notes == text
        read = get_liaison(again, entry.id)
        assert (read.purpose, read.info_received) == (text, text * 3)
        assert get_incident(again, incident.id).narrative == text
        for word in query_words(text):
            found = {h.record_id for h in search(again, word, limit=50)}
            assert {person.id, entry.id, incident.id} <= found, word
        assert [c.id for c in list_contacts(again, ContactFilter(text=text[:40])).items] == [
            person.id
        ]


def test_accents_are_optional_when_searching(store):
    person = make_contact(store, "Élisabeth Ngaïkoumon", notes="déplacés à l'école")
    for typed in ("elisabeth", "ELISABETH", "ngaikoumon", "deplaces", "ecole", "Ngaïk"):
        assert [h.record_id for h in search(store, typed)] == [person.id], typed


def test_long_text_up_to_the_limit_is_kept_whole_and_found(store):
    words = " ".join(f"mot{n} نص{n} 🚰" for n in range(4000))
    notes = (words + " dernierMotUnique")[-MAX_TEXT:]
    assert len(notes) == MAX_TEXT
    person = make_contact(store, "Long Notes", notes=notes)
    assert get_contact(store, person.id).notes == notes
    assert [h.record_id for h in search(store, "dernierMotUnique")] == [person.id]
    entry = make_entry(store, contacts=[person], purpose="é" * MAX_TEXT)
    assert get_liaison(store, entry.id).purpose == "é" * MAX_TEXT


@pytest.mark.parametrize("length", [MAX_TEXT + 1, 100_000])
def test_longer_text_is_refused_with_a_plain_message_and_nothing_saved(store, length):
    person = make_contact(store, "Someone")
    with pytest.raises(ValidationError) as caught:
        save_contact(store, Contact(name="Too long", notes="x" * length))
    assert str(caught.value.for_field("notes")) == f"Notes are longer than {MAX_TEXT:,} characters."
    with pytest.raises(ValidationError) as caught:
        make_entry(store, contacts=[person], purpose="y" * length)
    assert str(caught.value.for_field("purpose")) == f"Longer than {MAX_TEXT:,} characters."
    incident = make_incident(store)
    incident.narrative = "z" * length
    with pytest.raises(ValidationError):
        save_incident(store, incident, now=NOW)
    assert [c.name for c in list_contacts(store).items] == ["Someone"]
    assert list_liaison(store).items == []


@pytest.fixture(scope="module")
def text_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("text") / "text.sqlite"
    store = create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    yield store
    store.close()


# Characters already in Unicode 3.2: the index's tables (Unicode 6.1) and Python's (14.0)
# classify them alike. A character added later (U+FD40, an Arabic ligature of Unicode 14)
# is unknown to the index, which keeps it inside a word where Python sees a symbol.
_any_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cn")).filter(
        lambda ch: unicodedata.ucd_3_2_0.category(ch) != "Cn"
    ),
    min_size=1,
    max_size=300,
) | st.sampled_from(list(SAMPLES.values()))


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=_any_text, notes=_any_text)
# A lone combining mark (no word, nothing indexed); a name written with Arabic harakat.
@example(name="Chef de quartier", notes="\U0001d1aa")
@example(name="Chef de quartier", notes="\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f")
def test_any_text_round_trips_through_a_contact_and_its_words_find_it(text_store, name, notes):
    contact = Contact(name=name[:MAX_NAME], notes=notes, place=notes[:50])
    try:
        saved = save_contact(text_store, contact)
    except ValidationError as exc:
        assert exc.for_field("name")  # only a blank name is refused
        assert not name[:MAX_NAME].strip()
        return
    read = get_contact(text_store, saved.id)
    assert (read.name, read.notes, read.place) == (name[:MAX_NAME], notes, notes[:50])
    words = query_words(notes)
    if words:
        hit = text_store.db.execute(
            "SELECT 1 FROM search_index WHERE search_index MATCH ? AND record_id = ?",
            [fts_query(notes), saved.id],
        ).fetchone()
        assert hit is not None, words


def test_every_combining_mark_splits_a_word_where_the_index_splits_it(text_store):
    """query_words and the index agree on every combining mark of Unicode 3.2: the
    diacritics it removes stay inside a word, every other mark separates."""
    conn = text_store.db.conn
    conn.execute(
        "CREATE VIRTUAL TABLE temp.marks USING fts5(body, "
        'tokenize = "unicode61 remove_diacritics 2")'
    )
    conn.execute("CREATE VIRTUAL TABLE temp.mark_terms USING fts5vocab(temp, marks, 'row')")
    differ = []
    for code in range(0x110000):
        mark = chr(code)
        if unicodedata.category(mark) != "Mn" or unicodedata.ucd_3_2_0.category(mark) == "Cn":
            continue
        conn.execute("DELETE FROM temp.marks")
        conn.execute("INSERT INTO temp.marks (body) VALUES (?)", [f"a{mark}b"])
        terms = conn.execute("SELECT count(*) FROM temp.mark_terms").fetchone()[0]
        if terms != len(query_words(f"a{mark}b")):
            differ.append(hex(code))
    assert differ == []

"""Full-text search over contacts, organisations and liaison entries."""

from factories import action, make_contact, make_entry, make_org
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cimicdesk.store import contacts, liaison, organisations
from cimicdesk.store.filters import LiaisonFilter, OrganisationFilter
from cimicdesk.store.search import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    fts_query,
    index_many,
    parse_query,
    query_words,
    search,
)


def test_finds_every_record_type_by_any_word(store):
    org = make_org(store, "Médecins Sans Frontières", acronym="MSF", place="Bambari")
    person = make_contact(
        store, "Jean-Baptiste Ngaïkoumon", organisation_id=org.id, position="Chef de quartier"
    )
    entry = make_entry(
        store,
        contacts=[person],
        purpose="Cholera outbreak near the market",
        actions=[action("Deliver chlorine tablets")],
    )
    assert {h.record_id for h in search(store, "msf")} == {org.id, person.id}
    assert [h.kind for h in search(store, "cholera")] == ["liaison"]
    assert search(store, "chlorine")[0].record_id == entry.id
    # accents are folded and words are prefixes
    assert search(store, "ngaikou")[0].record_id == person.id
    assert search(store, "frontieres bambari")[0].record_id == org.id
    assert search(store, "cholera", kinds=("contact",)) == []


def test_edits_and_tombstones_keep_the_index_in_step(store):
    person = make_contact(store, "Grace Nzapayeké")
    person.position = "Women's association president"
    contacts.save_contact(store, person)
    assert search(store, "association")[0].record_id == person.id
    contacts.delete_contact(store, person.id)
    assert search(store, "grace") == []
    contacts.restore_contact(store, person.id)
    assert search(store, "grace")[0].record_id == person.id


def test_operators_typed_by_the_user_are_searched_literally(store):
    make_org(store, "Comité AND NOT paix")
    assert fts_query('a "b" NEAR(c') == '"a"* "b"* "NEAR"* "c"*'
    assert search(store, 'AND "NOT') != []
    assert search(store, "***") == []


def test_list_text_filter_uses_the_index(store):
    org = make_org(store, "Danish Refugee Council", acronym="DRC")
    make_org(store, "World Food Programme", acronym="WFP")
    assert [
        o.id
        for o in organisations.list_organisations(store, OrganisationFilter(text="refugee")).items
    ] == [org.id]
    person = make_contact(store, "John Okello")
    make_entry(store, contacts=[person], purpose="Water point repairs")
    assert liaison.count_liaison(store, LiaisonFilter(text="water")) == 1
    assert liaison.count_liaison(store, LiaisonFilter(text="fire")) == 0


def test_renaming_an_organisation_updates_its_peoples_entries(store):
    org = make_org(store, "Comité de paix", acronym="CDP")
    person = make_contact(store, "Sarah Williams", organisation_id=org.id)
    org.name = "Association des femmes"
    organisations.save_organisation(store, org)
    assert [h.record_id for h in search(store, "femmes", kinds=("contact",))] == [person.id]
    assert search(store, "comite", kinds=("contact",)) == []


# Issue 11: a pasted page (8,000 words) took minutes, as FTS5's work grows with the square
# of the phrases in the query. The query is bounded; dropping repeats never changes hits.


def test_a_pasted_page_is_searched_as_a_bounded_query(store):
    marie = make_contact(store, "Marie Ndoumba", notes="water committee of Bria")
    make_contact(store, "Awa Sow", notes="water point")
    page = " ".join(f"mot{n}x" for n in range(8000))
    assert len(page) > 24_000
    query = parse_query(page)
    assert query.shortened
    assert len(fts_query(page).split()) == len(query.words) <= MAX_QUERY_TERMS
    assert query.words == tuple(f"mot{n}x" for n in range(MAX_QUERY_TERMS))
    assert search(store, page) == []  # no record has these words

    # The same few words pasted over and over: one term each, and still found.
    pasted = "NDOUMBA water, bria! " * 1200
    assert len(pasted.split()) > 3000 and len(pasted) > 24_000
    assert fts_query(pasted) == '"NDOUMBA"* "water"* "bria"*'
    assert [h.record_id for h in search(store, pasted)] == [marie.id]
    assert parse_query(pasted).shortened  # cut at MAX_QUERY_CHARS: the window says so


def test_repeats_and_words_that_begin_another_word_are_left_out(store):
    assert fts_query("wat Water WATER wa water") == '"Water"*'
    assert fts_query("Ngaïk ngaikoumon école ECOLES") == '"ngaikoumon"* "ECOLES"*'
    assert not parse_query("wat Water WATER wa water").shortened
    words = " ".join(f"w{n}x" for n in range(MAX_QUERY_TERMS))
    assert parse_query(words) == parse_query(words + " w1x W2X")  # repeats never shorten
    assert not parse_query(words).shortened
    assert parse_query(words + " other").shortened
    assert parse_query("a" * MAX_QUERY_CHARS).words == ("a" * MAX_QUERY_CHARS,)
    assert parse_query("a" * (MAX_QUERY_CHARS + 1)).shortened


_VOCABULARY = ["wa", "wat", "water", "Water", "waters", "bria", "bri", "école", "ecole", "é", "x"]


@settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    docs=st.lists(st.lists(st.sampled_from(_VOCABULARY), max_size=5), min_size=1, max_size=6),
    typed=st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=12),
)
def test_leaving_out_repeats_never_changes_what_is_found(store, docs, typed):
    """Within the bounds, the bounded query finds exactly what every word typed finds."""
    conn = store.db.conn
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM search_keys")
    index_many(conn, [("contact", f"id{n}", "t", " ".join(words)) for n, words in enumerate(docs)])
    text = " ".join(typed)
    every_word = " ".join(f'"{w}"*' for w in query_words(text))
    sql = "SELECT record_id FROM search_index WHERE search_index MATCH ? ORDER BY record_id"
    assert (
        conn.execute(sql, [fts_query(text)]).fetchall()
        == conn.execute(sql, [every_word]).fetchall()
    )
    assert not parse_query(text).shortened

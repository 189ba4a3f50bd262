"""How a restricted contact is named where names must not appear: a code, never the name."""

from __future__ import annotations

from cimicdesk.domain.enums import Sensitivity
from cimicdesk.domain.records import Contact


def restricted_code(record_id: str) -> str:
    """The reference that stands for a restricted contact: derived from its id, no name.

    'C-' and the first six hex digits of the id: the same at every site and in every
    report, so officers can talk about the person without naming them.
    """
    return f"C-{record_id.replace('-', '')[:6].upper()}"


def is_restricted(contact: Contact) -> bool:
    return contact.sensitivity is Sensitivity.RESTRICTED


def masked_contact_label(contact: Contact) -> str:
    """A contact as an export, a printout or a shared screen may show it.

    Restricted: 'Restricted contact C-1A2B3C' (no name, position, phone or place);
    anyone else: their name.
    """
    if is_restricted(contact):
        return f"Restricted contact {restricted_code(contact.id)}"
    return contact.name


def listed_name(record_id: str, name: str, sensitivity: str) -> str:
    """How another record's list row or search text names a contact: restricted, its code."""
    return restricted_code(record_id) if sensitivity == Sensitivity.RESTRICTED.value else name


def restricted_search_text(record_id: str, organisation: str, category: str) -> tuple[str, str]:
    """The (title, body) a restricted contact is found by in search: what the masked
    Contacts list shows of it -- its code, its organisation ('name acronym') and its
    category -- and nothing it hides (name, position, phones, e-mail, place, notes).

    The search index is a table in the file: whatever it holds can be read from the file
    and confirmed by a search, so it must hold no more than the masked list shows.
    """
    return restricted_code(record_id), " ".join(p for p in (organisation, category) if p)

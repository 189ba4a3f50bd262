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

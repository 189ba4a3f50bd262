"""The key hook of the tests' child processes (see sitecustomize.py beside it)."""

from __future__ import annotations

TEST_KDF_ITERATIONS = 1_000  # as tests/factories.py


def install(passphrase: str) -> None:
    from cimicdesk.store import encryption

    encryption.KDF_ITERATIONS = TEST_KDF_ITERATIONS
    found = encryption.key_for

    def key_for(path):  # type: ignore[no-untyped-def]
        key = found(path)
        if key is None:
            salt = encryption.file_salt(path)
            if salt and not encryption.is_plain(path):
                key = encryption.derive(passphrase, salt)
                encryption.remember(path, key)
        return key

    encryption.key_for = key_for
    _share_unit_file_keys()


def _share_unit_file_keys() -> None:
    """As tests/conftest.py does in the parent: every database the child makes has the
    tests' shared X25519 pair, and with no headquarters enrolled seals for it."""
    from factories import SHARED_AGREEMENT_PRIVATE, SHARED_AGREEMENT_PUBLIC, SHARED_RECIPIENT

    from cimicdesk.store import unit_keys
    from cimicdesk.sync import recipients

    made = unit_keys.new_keys

    def new_keys():  # type: ignore[no-untyped-def]
        own = made()
        return unit_keys.NewKeys(
            own.signing_private,
            own.signing_public,
            SHARED_AGREEMENT_PRIVATE,
            SHARED_AGREEMENT_PUBLIC,
        )

    found = recipients.headquarters
    unit_keys.new_keys = new_keys
    recipients.headquarters = lambda store: found(store) or [SHARED_RECIPIENT]

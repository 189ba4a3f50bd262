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

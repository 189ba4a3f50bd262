"""The benchmarks' passphrase and keyed connections (they run outside pytest: no factories)."""

from __future__ import annotations

from cimicdesk.store.encryption import connect as raw_connect

# Benchmarks make databases with SQLCipher's full key derivation (256,000 rounds), as the
# program does; this is their passphrase.
PASSPHRASE = "benchmark passphrase"

__all__ = ["PASSPHRASE", "raw_connect"]

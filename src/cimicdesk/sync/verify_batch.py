"""Check the files of an import batch side by side, a thread each; the outcomes in file order.

Each file is checked on its own copy, in its own folder, on a connection of its own
(sync/verify.py): nothing is shared but the process's key store, which holds a lock.
SQLite, SQLCipher's decryption and the hashing run outside Python's lock, so on a laptop
with two cores or more a batch of full unit files is checked in about half the time.

What the caller sees is what checking the files one after the other gives: `before` is
called for each file in order before its outcome is taken, `after` with its package;
the first file (in order) that is refused raises, and no outcome of a later file is
looked at. However the batch ends, every check still running is waited for (the work
folder is removed next) and those not started are cancelled.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cimicdesk.sync.verify import VerifiedPackage, verify_package

# At most this many files are checked at once: each check holds a page cache (up to
# verify._CACHE_KIB) and a copy of its file.
MAX_WORKERS = 4


def workers(files: int) -> int:
    return max(1, min(files, MAX_WORKERS, os.cpu_count() or 1))


def verify_all(
    files: Sequence[Path],
    work: Path,
    *,
    agreement_keys: Sequence[bytes],
    before: Callable[[Path], None],
    after: Callable[[Path, VerifiedPackage], None],
) -> list[VerifiedPackage]:
    """The verified packages of `files`, in order; the copy of file i is checked in
    work/i. Raises what verify_package, `before` or `after` raises, as one by one would."""
    folders = []
    for index in range(len(files)):
        folder = work / str(index)
        folder.mkdir()
        folders.append(folder)
    pool = ThreadPoolExecutor(max_workers=workers(len(files)), thread_name_prefix="verify")
    try:
        futures = [
            pool.submit(verify_package, path, folder, agreement_keys=agreement_keys)
            for path, folder in zip(files, folders, strict=True)
        ]
        packages = []
        for path, future in zip(files, futures, strict=True):
            before(path)
            package = future.result()
            after(path, package)
            packages.append(package)
        return packages
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

"""In the tests' child processes only (their PYTHONPATH holds this folder): the tests' key
derivation rounds, and the tests' passphrase ($CIMICDESK_PASSPHRASE) for any encrypted
file the child opens, as the parent process holds the keys of the files it made."""

import os

if os.environ.get("CIMICDESK_PASSPHRASE"):
    from factories_keys import install

    install(os.environ["CIMICDESK_PASSPHRASE"])

"""Table models over the repositories: lazy, keyset-paged, sortable."""

"""Text folding for sorting and matching names: case, accents and spacing do not count."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """'  Élisabeth  NGAÏKOUMON ' -> 'elisabeth ngaikoumon'; sorts É with E, not after Z."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())

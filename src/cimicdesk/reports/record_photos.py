"""A record's photos for its printed sheet: scaled down and set side by side in pairs.

A page holds two photos abreast where one alone would leave most of its width empty, so
a sheet's four photos take two rows instead of four. Each pair becomes one picture
(JPEG) with a caption naming the left and the right photo.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.qip import Attachment
from cimicdesk.i18n.catalogue import Texts
from cimicdesk.i18n.message import msg
from cimicdesk.store import attachments
from cimicdesk.store.database import Store

# Pixel height of each photo in a pair: sharp when printed 5 cm high.
ROW_PIXELS = 640
GAP_PIXELS = 24
JPEG_QUALITY = 82


@dataclass(frozen=True)
class Picture:
    """One picture to print: JPEG bytes, its caption, how many photos it shows."""

    data: bytes
    caption: str
    photos: int


# The last photos scaled, by SHA-256 (a sheet is laid out several times while it is
# fitted to two pages; the bytes behind a SHA-256 never change).
_scaled: dict[str, Image.Image] = {}
_KEEP = 8


def _load(store: Store, attachment: Attachment) -> Image.Image:
    """The photo scaled to ROW_PIXELS high; CimicError when it is missing or unreadable."""
    if attachment.sha256 in _scaled:
        return _scaled[attachment.sha256]
    data = attachments.blob_data(store, attachment.sha256)  # CimicError when missing
    try:
        image: Image.Image = Image.open(io.BytesIO(data))
        image.load()
    except OSError as exc:
        raise CimicError(
            msg("The photo {name} cannot be read.", name=attachment.filename or attachment.id)
        ) from exc
    image = ImageOps.exif_transpose(image) or image
    scale = ROW_PIXELS / image.height
    size = (max(1, round(image.width * scale)), ROW_PIXELS)
    scaled = image.convert("RGB").resize(size, Image.Resampling.LANCZOS)
    if len(_scaled) >= _KEEP:
        _scaled.clear()
    _scaled[attachment.sha256] = scaled
    return scaled


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def pictures(
    store: Store, texts: Texts, found: Sequence[tuple[Attachment, str]]
) -> tuple[list[Picture], list[str]]:
    """The photos in pairs (an odd last one alone), and a line for each that could not
    be read (a photo whose bytes have not reached this database)."""
    loaded: list[tuple[Image.Image, str]] = []
    problems: list[str] = []
    for attachment, caption in found:
        try:
            loaded.append((_load(store, attachment), caption))
        except CimicError as exc:
            problems.append(
                texts.render(exc.message) if not isinstance(exc.message, str) else exc.message
            )
    out: list[Picture] = []
    for start in range(0, len(loaded), 2):
        pair = loaded[start : start + 2]
        if len(pair) == 1:
            image, caption = pair[0]
            out.append(Picture(_jpeg(image), caption, 1))
            continue
        (left, left_caption), (right, right_caption) = pair
        sheet = Image.new(
            "RGB", (left.width + GAP_PIXELS + right.width, ROW_PIXELS), (255, 255, 255)
        )
        sheet.paste(left, (0, 0))
        sheet.paste(right, (left.width + GAP_PIXELS, 0))
        caption = texts.render(
            msg(
                "Left: {left} · Right: {right}",
                left=left_caption or "—",
                right=right_caption or "—",
            )
        )
        out.append(Picture(_jpeg(sheet), caption, 2))
    return out, problems

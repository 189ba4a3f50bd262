"""Photos attached to records: downscaled on entry, stored once by SHA-256, with thumbnails.

The bytes live in `blobs` (content-addressed, INSERT OR IGNORE: the same photo is stored
once however often it is attached); synced `attachments` rows say which record uses
which blob. Every photo is re-encoded as JPEG at most 1600 px on its long side, upright
(EXIF orientation applied) and without its EXIF data, so a camera's GPS position and
serial number do not travel with the database.
"""

from __future__ import annotations

import hashlib
import io
import math
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from cimicdesk.domain.errors import CimicError, FieldError, ValidationError
from cimicdesk.domain.qip import Attachment
from cimicdesk.i18n.message import msg
from cimicdesk.store import synced
from cimicdesk.store.database import Store

TABLE = "attachments"
MAX_SIDE = 1600
JPEG_QUALITY = 85
THUMB_SIDE = 160
JPEG = "image/jpeg"
# Records a photo may belong to.
OWNER_TABLES = ("qip_visits", "qips", "incidents", "support_requests")
_NAMESPACE = uuid.UUID("3c9e1f27-5a6b-4d8e-9f01-2b3c4d5e6f70")


class NotAnImageError(CimicError):
    """A file offered as a photo that is not a readable image."""


@dataclass(frozen=True)
class PreparedPhoto:
    """A photo ready to store: JPEG bytes and their size in pixels."""

    data: bytes
    width: int
    height: int
    mime: str = JPEG

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _open_image(data: bytes, name: str, longest: int) -> Image.Image:
    """Decode an image upright, in RGB, already reduced near `longest` px when cheap."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            scale = min(1.0, longest / max(image.size))
            # JPEG decodes at 1/2, 1/4 or 1/8 scale for free: never below the target.
            image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
            image.load()
            image = ImageOps.exif_transpose(image) or image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        if name:
            refusal = msg(
                "'{name}' is far too large an image to use; take a smaller copy of it.",
                name=name,
            )
        else:
            refusal = msg("The file is far too large an image to use; take a smaller copy of it.")
        raise NotAnImageError(refusal) from None
    except UnidentifiedImageError:
        if name:
            refusal = msg(
                "'{name}' is not a photo: choose a JPEG, PNG or other image file.", name=name
            )
        else:
            refusal = msg("The file is not a photo: choose a JPEG, PNG or other image file.")
        raise NotAnImageError(refusal) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if name:
            refusal = msg(
                "'{name}' is a damaged image and cannot be read ({exc}).", name=name, exc=str(exc)
            )
        else:
            refusal = msg("The file is a damaged image and cannot be read ({exc}).", exc=str(exc))
        raise NotAnImageError(refusal) from exc
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB") if image.mode != "RGB" else image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def prepare_photo(
    data: bytes, *, name: str = "", max_side: int = MAX_SIDE, quality: int = JPEG_QUALITY
) -> PreparedPhoto:
    """Upright JPEG of at most `max_side` px on the long side; NotAnImageError otherwise."""
    image = _open_image(data, name, max_side)
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return PreparedPhoto(_jpeg(image, quality), image.width, image.height)


def thumbnail(data: bytes, side: int = THUMB_SIDE) -> bytes:
    """A small JPEG (at most `side` px on the long side) of an image, for lists and editors."""
    image = _open_image(data, "", side)
    image.thumbnail((side, side), Image.Resampling.LANCZOS)
    return _jpeg(image, 80)


def store_blob(store: Store, data: bytes, mime: str) -> str:
    """Keep bytes under their SHA-256 (once, however often they are stored); return it."""
    digest = hashlib.sha256(data).hexdigest()
    store.db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, mime, data) VALUES (?, ?, ?, ?)",
        [digest, len(data), mime, data],
    )
    return digest


def blob_data(store: Store, sha256: str) -> bytes:
    row = store.db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise CimicError(
            msg("The photo {sha256}… is missing from this database.", sha256=sha256[:12])
        )
    return bytes(row[0])


def photo_attachment_id(owner_id: str, sha256: str) -> str:
    """The same photo attached to the same record gets the same id at every site."""
    return str(uuid.uuid5(_NAMESPACE, f"{owner_id}:{sha256}"))


def attach_photo(
    store: Store,
    owner_table: str,
    owner_id: str,
    source: bytes | Path,
    *,
    filename: str = "",
    caption: str = "",
) -> Attachment:
    """Downscale a photo (bytes or a file) and attach it to a record; returns the attachment.

    Attaching the same photo to the same record again returns the existing attachment
    (brought back if it had been removed).
    """
    if isinstance(source, Path):
        filename = filename or source.name
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise CimicError(
                msg(
                    "'{filename}' cannot be read: {strerror}.",
                    filename=filename,
                    strerror=exc.strerror or str(exc),
                )
            ) from exc
    if owner_table not in OWNER_TABLES:
        raise ValueError(f"photos cannot be attached to {owner_table}")
    if not synced.fetch_row(store, owner_table, owner_id):
        raise ValidationError(
            [FieldError("owner_id", msg("Save the record before adding photos."))]
        )
    photo = prepare_photo(source, name=filename)
    with store.db.atomic():
        digest = store_blob(store, photo.data, photo.mime)
        the_id = photo_attachment_id(owner_id, digest)
        existing = synced.fetch_row(store, TABLE, the_id)
        attachment = synced.from_row(Attachment, existing) if existing else Attachment(id=the_id)
        attachment.owner_table = owner_table
        attachment.owner_id = owner_id
        attachment.sha256 = digest
        attachment.mime = photo.mime
        attachment.width, attachment.height = photo.width, photo.height
        attachment.size = len(photo.data)
        attachment.filename = attachment.filename or filename
        attachment.caption = caption or attachment.caption
        attachment.deleted = False
        return synced.write(store, TABLE, attachment)


def get_attachment(store: Store, attachment_id: str) -> Attachment:
    return synced.get(store, TABLE, Attachment, attachment_id)


def list_attachments(
    store: Store, owner_ids: list[str], *, include_deleted: bool = False
) -> dict[str, list[Attachment]]:
    """Attachments of several records at once, by owner id, oldest first."""
    if not owner_ids:
        return {}
    marks = ", ".join("?" for _ in owner_ids)
    sql = f"SELECT * FROM {TABLE} WHERE owner_id IN ({marks})"
    if not include_deleted:
        sql += " AND deleted = 0"
    cursor = store.db.execute(sql + " ORDER BY created_at, id", owner_ids)
    names = [d[0] for d in cursor.description]
    found: dict[str, list[Attachment]] = {owner: [] for owner in owner_ids}
    for values in cursor.fetchall():
        attachment = synced.from_row(Attachment, dict(zip(names, values, strict=True)))
        found[attachment.owner_id].append(attachment)
    return found


def attachments_of(store: Store, owner_id: str) -> list[Attachment]:
    """The live attachments of one record, oldest first."""
    return list_attachments(store, [owner_id])[owner_id]


def photo_data(store: Store, attachment_id: str) -> bytes:
    """The stored (downscaled) JPEG of an attachment."""
    return blob_data(store, get_attachment(store, attachment_id).sha256)


def photo_thumbnail(store: Store, attachment_id: str, side: int = THUMB_SIDE) -> bytes:
    return thumbnail(photo_data(store, attachment_id), side)


def set_caption(store: Store, attachment_id: str, caption: str) -> Attachment:
    with store.db.atomic():
        attachment = get_attachment(store, attachment_id)
        attachment.caption = caption
        return synced.write(store, TABLE, attachment)


def delete_attachment(store: Store, attachment_id: str) -> Attachment:
    """Tombstone an attachment; its blob stays (other records may use the same photo)."""
    with store.db.atomic():
        return synced.set_deleted(store, TABLE, Attachment, attachment_id, True)


def restore_attachment(store: Store, attachment_id: str) -> Attachment:
    with store.db.atomic():
        return synced.set_deleted(store, TABLE, Attachment, attachment_id, False)

"""Photos: downscaled on entry, upright, stripped of EXIF, stored once by SHA-256."""

import hashlib
import io

import pytest
from factories import TODAY, image_bytes, make_org, make_qip
from PIL import Image

from cimicdesk.domain.errors import CimicError, ValidationError
from cimicdesk.domain.qip import MonitoringVisit
from cimicdesk.store import attachments, qips


def _visit(store, percent=20):
    qip = make_qip(store, implementing_partner_id=make_org(store, "ACDA").id)
    qip.visits = [MonitoringVisit(visit_date="2026-05-20", percent_complete=percent)]
    return qips.save_qip(store, qip, today=TODAY).visits[0]


def _blobs(store):
    return store.db.execute("SELECT count(*) FROM blobs").fetchone()[0]


def _open(data):
    return Image.open(io.BytesIO(data))


def test_a_large_photo_is_downscaled_to_a_jpeg(store):
    visit = _visit(store)
    big = image_bytes((2400, 1600), fmt="PNG")
    photo = qips.add_visit_photo(store, visit.id, big, filename="site.png", caption="Walls")
    assert (photo.width, photo.height) == (1600, 1067)
    assert photo.mime == "image/jpeg" and photo.filename == "site.png"
    stored = attachments.photo_data(store, photo.id)
    assert _open(stored).format == "JPEG" and _open(stored).size == (1600, 1067)
    assert photo.size == len(stored) and photo.sha256 == hashlib.sha256(stored).hexdigest()
    assert qips.get_qip(store, visit.qip_id).visits[0].photos == [photo]


def test_a_small_photo_is_not_enlarged(store):
    photo = qips.add_visit_photo(store, _visit(store).id, image_bytes((320, 200)))
    assert (photo.width, photo.height) == (320, 200)


def test_exif_orientation_is_applied_and_exif_dropped(store):
    image = Image.new("RGB", (400, 200), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 200, 200))  # left half red
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=95)
    photo = qips.add_visit_photo(store, _visit(store).id, out.getvalue())
    assert (photo.width, photo.height) == (200, 400)
    upright = _open(attachments.photo_data(store, photo.id)).convert("RGB")
    red, _green, blue = upright.getpixel((100, 50))  # the left half is now on top
    assert red > 200 and blue < 60
    assert dict(_open(attachments.photo_data(store, photo.id)).getexif()) == {}


def test_the_same_photo_is_stored_once(store):
    first, second = _visit(store), _visit(store)
    data = image_bytes((1800, 1200), color=(10, 120, 40), fmt="JPEG", quality=95)
    a = qips.add_visit_photo(store, first.id, data, filename="a.jpg")
    again = qips.add_visit_photo(store, first.id, data, filename="b.jpg")
    b = qips.add_visit_photo(store, second.id, data)
    assert _blobs(store) == 1
    assert again.id == a.id  # attaching it twice to one visit is one attachment
    assert a.id != b.id and a.sha256 == b.sha256
    assert attachments.photo_attachment_id(first.id, a.sha256) == a.id
    qips.add_visit_photo(store, first.id, image_bytes((50, 50), color=(0, 0, 0)))
    assert _blobs(store) == 2


def test_files_that_are_not_images_are_refused(store, tmp_path):
    visit = _visit(store)
    text = tmp_path / "report.txt"
    text.write_text("Not a photo at all", encoding="utf-8")
    with pytest.raises(CimicError, match=r"'report\.txt' is not a photo"):
        qips.add_visit_photo(store, visit.id, text)
    with pytest.raises(attachments.NotAnImageError, match="damaged image"):
        qips.add_visit_photo(store, visit.id, image_bytes((200, 200), fmt="JPEG")[:300])
    with pytest.raises(CimicError, match="cannot be read"):
        qips.add_visit_photo(store, visit.id, tmp_path / "missing.jpg")
    assert _blobs(store) == 0
    assert store.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


def test_a_photo_from_a_file_keeps_its_name(store, tmp_path):
    path = tmp_path / "IMG_0042.png"
    path.write_bytes(image_bytes((100, 80)))
    photo = qips.add_visit_photo(store, _visit(store).id, path, caption="Borehole apron")
    assert photo.filename == "IMG_0042.png" and photo.caption == "Borehole apron"


def test_transparent_images_get_a_white_background(store):
    out = io.BytesIO()
    Image.new("RGBA", (60, 40), (0, 0, 0, 0)).save(out, "PNG")
    photo = qips.add_visit_photo(store, _visit(store).id, out.getvalue())
    pixel = _open(attachments.photo_data(store, photo.id)).convert("RGB").getpixel((30, 20))
    assert min(pixel) > 240


def test_thumbnail(store):
    photo = qips.add_visit_photo(store, _visit(store).id, image_bytes((1200, 900)))
    thumb = _open(attachments.photo_thumbnail(store, photo.id))
    assert thumb.format == "JPEG" and thumb.size == (160, 120)
    assert _open(attachments.thumbnail(image_bytes((90, 300)), 60)).size == (18, 60)


def test_photos_need_a_saved_owner_and_can_be_removed(store):
    with pytest.raises(ValidationError, match="Save the record"):
        qips.add_visit_photo(store, "unsaved-visit", image_bytes())
    with pytest.raises(ValueError, match="cannot be attached"):
        attachments.attach_photo(store, "organisations", "x", image_bytes())
    visit = _visit(store)
    photo = qips.add_visit_photo(store, visit.id, image_bytes(), caption="Before")
    assert attachments.set_caption(store, photo.id, "After").caption == "After"
    assert attachments.attachments_of(store, visit.id) == [
        attachments.get_attachment(store, photo.id)
    ]
    attachments.delete_attachment(store, photo.id)
    assert attachments.attachments_of(store, visit.id) == []
    assert qips.get_qip(store, visit.qip_id).visits[0].photos == []
    assert _blobs(store) == 1  # the bytes stay: other records may use them
    attachments.restore_attachment(store, photo.id)
    assert len(qips.get_qip(store, visit.qip_id).visits[0].photos) == 1
    with pytest.raises(CimicError, match="missing"):
        attachments.blob_data(store, "0" * 64)

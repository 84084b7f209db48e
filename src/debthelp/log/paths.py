"""Where the log lives: ``--db``, else ``DEBTHELP_HOME``, else the user's data folder.

A small stand-in for platformdirs' ``user_data_dir`` (one function is not worth
a dependency): XDG on Linux and the BSDs, Application Support on macOS,
LOCALAPPDATA on Windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from debthelp.errors import InputError

APP = "debthelp"
DB_NAME = "log.sqlite3"


def user_data_dir(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The folder a program keeps its user's data in, by the platform's custom."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or Path.home())
    if plat.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA")
        return Path(base) / APP if base else home / "AppData" / "Local" / APP
    if plat == "darwin":
        return home / "Library" / "Application Support" / APP
    xdg = env.get("XDG_DATA_HOME", "").strip()
    # The XDG spec: a relative path is invalid and must be ignored.
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_dir / APP


# Every log path this run has used, so that a save (``files.write_private``)
# can refuse to replace a log given with ``--db``, not only the default one.
USED: list[Path] = []


def expand_user(name: str) -> Path:
    """``name`` with a leading ``~`` or ``~user`` expanded; a user that does not
    exist is the input's fault, not an internal error."""
    try:
        return Path(name).expanduser()
    except RuntimeError:
        raise InputError("path-unknown-user", path=name) from None


def default_db_path() -> Path:
    """The log file used when no ``--db`` is given."""
    home = os.environ.get("DEBTHELP_HOME", "").strip()
    folder = expand_user(home) if home else user_data_dir()
    return folder / DB_NAME


def db_path(db: Path | str | None) -> Path:
    """``db`` as given (``~`` expanded), or the default."""
    if db is None or str(db) == "":
        path = default_db_path()
    else:
        name = os.fspath(db)
        # As for every other file debthelp writes: "-" names standard output,
        # and a name ending in "/" names a folder, never a file to create.
        if name == "-":
            raise InputError("log.db-dash")
        if name.endswith(("/", os.sep)):
            raise InputError("log.db-is-folder", path=name)
        path = expand_user(name)
    if path not in USED:
        USED.append(path)
        del USED[:-8]  # one run uses one or two; many runs in one process (tests) keep the last
    return path

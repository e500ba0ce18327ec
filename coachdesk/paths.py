"""Find the bundled data folders (resources/, ui/, db/) wherever coachdesk runs.

Three homes are supported:
  * the source tree / editable install: the folders sit beside the package;
  * an installed wheel: hatch force-includes them as ``coachdesk/_data/<name>``;
  * a PyInstaller bundle: build.spec copies them under ``sys._MEIPASS``.
Plain files, no Qt, so core/ and reports/ may use this too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_FOLDERS = ("resources", "ui", "db")


def _candidates(name: str) -> list[Path]:
    homes: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        homes.append(Path(bundle) / name)
    homes.append(_PACKAGE_DIR / "_data" / name)
    homes.append(_PACKAGE_DIR.parent / name)
    return homes


@cache
def data_dir(name: str) -> Path:
    """Return the folder ``name`` (one of resources, ui, db); raise if it is missing."""
    if name not in _FOLDERS:
        raise ValueError(f"unknown data folder {name!r}; expected one of {_FOLDERS}")
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"coachdesk data folder {name!r} not found (looked in {tried})")


def resources_dir() -> Path:
    return data_dir("resources")


def ui_dir() -> Path:
    return data_dir("ui")


def db_dir() -> Path:
    return data_dir("db")


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return resources_dir().joinpath(*parts)


CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")


def cjk_font_path() -> Path:
    """The bundled CJK TrueType font, used by the GUI and embedded in PDFs."""
    return resource(*CJK_FONT_FILE)

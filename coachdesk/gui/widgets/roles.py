"""The item-data roles of every model and item view in the app, in one place so no two of them collide."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)


class ItemRole(IntEnum):
    """Custom roles; ``index.data(ItemRole.SORT)``. Values are fixed: a drag's MIME data or a test may name
    them."""

    ID = _USER  # the record a row or item stands for (action, practice, survey response); also a combo's data
    SORT = _USER + 1  # what a proxy sorts by (numbers as numbers, dates as ISO text)
    MEMBER_ID = _USER + 2
    TEAM_ID = _USER + 3
    SIGNAL_ID = _USER + 4  # the signal an evidence row is about
    SEARCH = _USER + 5  # the text a filter looks in (a practice's titles, steps and signals)
    SPARK = _USER + 6  # a rep's daily values drawn as a sparkline
    NAME = _USER + 7  # a threshold's field name
    PROBLEM = _USER + 8  # True on a cell whose value has a problem (its delegate frames it)
    MARKED = _USER + 9  # a flag the row shows as a mark (a prescribed practice)

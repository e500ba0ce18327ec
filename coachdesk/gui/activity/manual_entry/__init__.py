"""Team → Enter Day's Figures…: type one day's figures for the reps of a team (or one group) in a grid.

Spreadsheet keys: typing a number starts editing (and replaces the cell), Enter/Return commits and moves down
to the next rep, Tab moves right, Delete clears, Ctrl+C/Ctrl+V copy and paste blocks (e.g. a column from a
spreadsheet). The grid starts with what is stored for the day. Cells that cannot be read, or break a rule
(connected > calls, deals > connected), turn red with the reason as tooltip and block saving; what was typed
stays as typed. Save stores the changed rows through ``save_day_entries`` — one undoable import named
"manual entry YYYY-MM-DD".
"""

from __future__ import annotations

from coachdesk.gui.activity.manual_entry.cells import (
    ERRORS_LISTED,
    FIELD_OF,
    FIGURE_COLUMNS,
    INVALID_BG,
    INVALID_FG,
    Col,
    Figures,
    GridRow,
    Index,
    canonical_text,
    column_label,
    figures_texts,
    parse_cell,
)
from coachdesk.gui.activity.manual_entry.dialog import ManualEntryDialog
from coachdesk.gui.activity.manual_entry.grid import DayGrid, EnterMovesDown
from coachdesk.gui.activity.manual_entry.model import DayGridModel, GroupFilter

__all__ = [
    "ERRORS_LISTED",
    "FIELD_OF",
    "FIGURE_COLUMNS",
    "INVALID_BG",
    "INVALID_FG",
    "Col",
    "DayGrid",
    "DayGridModel",
    "EnterMovesDown",
    "Figures",
    "GridRow",
    "GroupFilter",
    "Index",
    "ManualEntryDialog",
    "canonical_text",
    "column_label",
    "figures_texts",
    "parse_cell",
]

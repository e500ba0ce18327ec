"""Why a CSV/.xlsx file cannot be read (core/tabular's ``FileProblem`` codes), in the user's language.

Shared by every import that reads tables (activity, survey): translated by code, filled from the params."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.core.common.messages import CodedError
from coachdesk.core.tabular import files
from coachdesk.gui.widgets.text import CodeTexts

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

MAP_NO_COLUMN = "file.map_no_column"  # raised by store/activity/imports.py (the CLI's --map; the GUI offers only
# the file's own columns, but a file changed between two steps can still raise it)

# code → a template and the params that fill its %1, %2, … in that order
_TEXTS = CodeTexts({
    files.UNKNOWN_ENCODING.code: (
        lambda: translate("FileProblems", "unknown encoding “%1” (try UTF-8 or GB18030)"), ("name",)),
    files.NO_SUCH_FILE.code: (lambda: translate("FileProblems", "%1 does not exist"), ("path",)),
    files.OLD_XLS.code: (
        lambda: translate("FileProblems", "old .xls workbooks are not supported; save the sheet as .xlsx or CSV"),
        ()),
    files.BAD_BYTES_IN_ROW.code: (
        lambda: translate("FileProblems", "row %1 is not valid %2 (%3); choose another encoding"),
        ("row", "encoding", "reason")),
    files.BAD_BYTES.code: (
        lambda: translate("FileProblems", "the file is not valid %1; choose another encoding"), ("encoding",)),
    files.NO_HEADER.code: (lambda: translate("FileProblems", "the file has no header row"), ()),
    files.NOT_XLSX.code: (lambda: translate("FileProblems", "not a readable .xlsx workbook (%1)"), ("error",)),
    files.SHEET_NO_HEADER.code: (lambda: translate("FileProblems", "the first sheet has no header row"), ()),
    MAP_NO_COLUMN: (lambda: translate("FileProblems", "the file has no column “%1” (for %2)"), ("header", "field")),
})


def translates(code: str) -> bool:
    return code in _TEXTS


def file_problem_text(error: CodedError) -> str:
    """The problem in the user's language (a code not known here: its English text)."""
    return _TEXTS.text(error.code, error.params, str(error))

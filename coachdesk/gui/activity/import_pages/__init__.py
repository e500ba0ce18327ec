"""The four pages of the import wizard (see import_wizard.py for the flow).

Modules: ``common`` (helpers shared by the pages), ``file_page`` (1. File), ``preview_model`` and
``columns_page`` (2. Columns), ``report_view`` (the counts and tables of a report), ``check_page`` (3. Check =
dry run) and ``import_page`` (4. Import).
"""

from coachdesk.gui.activity.import_pages.check_page import CheckPage
from coachdesk.gui.activity.import_pages.columns_page import ColumnsPage
from coachdesk.gui.activity.import_pages.file_page import FilePage
from coachdesk.gui.activity.import_pages.import_page import ImportPage
from coachdesk.gui.activity.import_pages.preview_model import PreviewModel
from coachdesk.gui.activity.import_pages.report_view import ReportView
from coachdesk.gui.activity.import_wizard import CHECK_PAGE

__all__ = ["CHECK_PAGE", "CheckPage", "ColumnsPage", "FilePage", "ImportPage", "PreviewModel", "ReportView"]

"""The Activity tab: call-activity dashboard (KPIs, charts, per-group bars, per-rep table with sparklines).

Modules: ``data`` (queries run on the worker, results as plain arrays), ``formatting`` (numbers as shown),
``range_bar``, ``kpi_strip``, ``charts`` (pyqtgraph), ``rep_table`` (model, proxy, sparkline delegate),
``rep_chart_dialog``, ``export`` (charts to PNG) and ``activity_dashboard`` (the tab itself).
"""

from coachdesk.gui.activity.dashboard.activity_dashboard import ActivityDashboard

__all__ = ["ActivityDashboard"]

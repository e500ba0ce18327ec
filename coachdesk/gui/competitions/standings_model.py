"""The standings tables of the contest page: groups (with a strength bar), individuals (handicap, streak, opted-out
and tie-break markers), the rolling 7 days and the duels. Rows are the core ``Standing`` / ``DuelResult``; labels
of groups and sides come from the page."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachdesk.core.competitions.standings import NAME, DuelResult, Standing
from coachdesk.gui.competitions.column_model import LEFT, RIGHT, Column, ColumnModel
from coachdesk.gui.competitions.contest_labels import tie_break_label
from coachdesk.gui.competitions.contest_texts import figure, money, percent
from coachdesk.gui.widgets.roles import ItemRole
from coachdesk.gui.widgets.text import fill

Index = QModelIndex | QPersistentModelIndex


def _num(value: float | None) -> float | None:
    return value


class StandingsModel(ColumnModel[Standing]):
    """What the group, individual and rolling boards share: the page's group names and the tie-break tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.group_names: Mapping[int, str] = {}
        self.as_percent = False  # target and race contests: the score is the % of own target
        super().__init__(parent)

    def score_text(self, s: Standing) -> str:
        return percent(s.score) if self.as_percent and s.progress is not None else figure(s.score)

    def set_standings(self, rows: tuple[Standing, ...], group_names: Mapping[int, str]) -> None:
        self.group_names = group_names
        self.set_rows(rows)

    def group_name(self, s: Standing) -> str:
        return self.group_names.get(s.group, "") if s.group is not None else ""

    def decided(self, s: Standing) -> str:
        """A marker when the rank was decided by a tie-break (equal score with the one above)."""
        return "⚖" if s.decided_by else ""

    def decided_tip(self, s: Standing) -> str:
        if not s.decided_by:
            return ""
        if s.decided_by == NAME:
            return fill(self.tr("Level on score with #%1; every tie-break was level too, so the name decided."),
                        s.rank - 1)
        return fill(self.tr("Level on score with #%1; placed below by the tie-break “%2”."), s.rank - 1,
                    tie_break_label(s.decided_by))

    @property
    def best_score(self) -> float:
        return max((s.score for s in self.rows), default=0.0)


class GroupStandingsModel(StandingsModel):
    BAR = 9  # the strength column

    def make_columns(self) -> list[Column[Standing]]:
        return [
            Column(lambda: self.tr("#"), lambda s: str(s.rank), lambda s: s.rank, RIGHT, self.decided_tip),
            Column(lambda: self.tr("Group"), lambda s: s.label + (" " + self.decided(s) if s.decided_by else ""),
                   lambda s: s.label, LEFT, self.decided_tip, bold=lambda s: s.rank == 1),
            Column(lambda: self.tr("Score"), lambda s: figure(s.score), lambda s: s.score, RIGHT),
            Column(lambda: self.tr("Points"), lambda s: figure(s.points), lambda s: s.points, RIGHT),
            Column(lambda: self.tr("Target"), lambda s: figure(s.target), lambda s: _num(s.target), RIGHT),
            Column(lambda: self.tr("Progress"), lambda s: percent(s.progress), lambda s: _num(s.progress), RIGHT),
            Column(lambda: self.tr("Size"), lambda s: str(s.size), lambda s: s.size, RIGHT,
                   lambda s: fill(self.tr("pro-rating factor ×%1"), f"{s.factor:.2f}") if s.factor != 1 else ""),
            Column(lambda: self.tr("Deals"), lambda s: str(s.deals), lambda s: s.deals, RIGHT),
            Column(lambda: self.tr("Revenue"), lambda s: money(s.revenue_cents), lambda s: s.revenue_cents, RIGHT),
            Column(lambda: self.tr("Strength"), self.score_text, lambda s: s.score, LEFT,
                   lambda s: fill(self.tr("%1: %2 (the leader: %3)"), s.label, self.score_text(s),
                                  self.score_text(self.rows[0]) if self.rows else "")),
        ]


class RepStandingsModel(StandingsModel):
    def make_columns(self) -> list[Column[Standing]]:
        return [
            Column(lambda: self.tr("#"), lambda s: str(s.rank), lambda s: s.rank, RIGHT, self.decided_tip),
            Column(lambda: self.tr("Name"), lambda s: s.label + (" " + self.decided(s) if s.decided_by else ""),
                   lambda s: s.label, LEFT, self.decided_tip, bold=lambda s: s.rank == 1),
            Column(lambda: self.tr("Group"), self.group_name),
            Column(lambda: self.tr("Score"), lambda s: figure(s.score), lambda s: s.score, RIGHT),
            Column(lambda: self.tr("Points"), lambda s: figure(s.points), lambda s: s.points, RIGHT),
            Column(lambda: self.tr("Target %"), lambda s: percent(s.progress), lambda s: _num(s.progress), RIGHT,
                   lambda s: fill(self.tr("%1 of %2 points"), figure(s.points), figure(s.target))
                   if s.target else ""),
            Column(lambda: self.tr("Handicap"), lambda s: f"×{s.factor:.2f}", lambda s: s.factor, RIGHT,
                   lambda s: self.tr("Target × factor; in points contests the score is points ÷ factor")
                   if s.factor != 1 else ""),
            Column(lambda: self.tr("Streak"), lambda s: fill(self.tr("%1 (best %2)"), s.streak, s.best_streak)
                   if s.best_streak else "–", lambda s: s.streak, RIGHT,
                   lambda s: self.tr("Selling days in a row with a deal")),
            Column(lambda: self.tr("Deals"), lambda s: str(s.deals), lambda s: s.deals, RIGHT),
            Column(lambda: self.tr("Revenue"), lambda s: money(s.revenue_cents), lambda s: s.revenue_cents, RIGHT),
            Column(lambda: self.tr("Public board"), lambda s: self.tr("hidden") if s.opted_out else "",
                   lambda s: int(s.opted_out), LEFT,
                   lambda s: self.tr("Opted out: competes, but is never named on the public board")
                   if s.opted_out else "", color=lambda s: "#b45309" if s.opted_out else None),
        ]


class RollingModel(StandingsModel):
    """The last 7 days counted, by points (reps, or groups in a groups-only contest)."""

    def make_columns(self) -> list[Column[Standing]]:
        return [
            Column(lambda: self.tr("#"), lambda s: str(s.rank), lambda s: s.rank, RIGHT, self.decided_tip),
            Column(lambda: self.tr("Name"), lambda s: s.label, lambda s: s.label, LEFT, bold=lambda s: s.rank == 1),
            Column(lambda: self.tr("Group"), lambda s: self.group_name(s) if not s.is_group else ""),
            Column(lambda: self.tr("Points (7 days)"), lambda s: figure(s.points), lambda s: s.points, RIGHT),
            Column(lambda: self.tr("Deals"), lambda s: str(s.deals), lambda s: s.deals, RIGHT),
            Column(lambda: self.tr("Revenue"), lambda s: money(s.revenue_cents), lambda s: s.revenue_cents, RIGHT),
        ]


class DuelsModel(ColumnModel[DuelResult]):
    def __init__(self, parent: QObject | None = None) -> None:
        self.labels: Mapping[str, str] = {}
        super().__init__(parent)

    def set_duels(self, duels: tuple[DuelResult, ...], labels: Mapping[str, str]) -> None:
        self.labels = labels
        self.set_rows(duels)

    def side(self, key: str) -> str:
        return self.labels.get(key, key)

    def leader(self, d: DuelResult) -> str:
        if d.leader is None:
            return self.tr("level")
        return self.side(d.leader) + (" ✓" if d.finished else "")

    def make_columns(self) -> list[Column[DuelResult]]:
        return [
            Column(lambda: self.tr("Side A"), lambda d: self.side(d.duel.a),
                   bold=lambda d: d.leader == d.duel.a),
            Column(lambda: self.tr("Score A"), lambda d: figure(d.a_score), lambda d: d.a_score, RIGHT),
            Column(lambda: self.tr("Side B"), lambda d: self.side(d.duel.b),
                   bold=lambda d: d.leader == d.duel.b),
            Column(lambda: self.tr("Score B"), lambda d: figure(d.b_score), lambda d: d.b_score, RIGHT),
            Column(lambda: self.tr("Leader"), self.leader, bold=lambda d: d.finished),
            Column(lambda: self.tr("Period"),
                   lambda d: f"{d.duel.starts_on.isoformat()} – {d.duel.ends_on.isoformat()}",
                   lambda d: d.duel.starts_on.isoformat()),
            Column(lambda: self.tr("Finished"), lambda d: self.tr("finished") if d.finished else self.tr("running"),
                   lambda d: int(d.finished)),
        ]


class StrengthBarDelegate(QStyledItemDelegate):
    """Draws a group's score as a bar against the leader's, with the figure at its end."""

    def __init__(self, model: StandingsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        value = float(index.data(ItemRole.SORT) or 0.0)
        best = self.model.best_score
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)
        text_width = option.fontMetrics.horizontalAdvance(text) + 8
        room = max(10.0, rect.width() - text_width)
        fraction = max(0.0, min(1.0, value / best)) if best > 0 else 0.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), room, rect.height()), 3, 3)
        painter.setBrush(QColor("#16a34a" if fraction >= 0.999 else "#2563eb"))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), room * fraction, rect.height()), 3, 3)
        painter.setPen(option.palette.text().color())
        painter.drawText(QRectF(rect.left() + room + 6, option.rect.top(), text_width, option.rect.height()),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()

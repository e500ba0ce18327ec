"""The stage mix as one horizontal bar split by share (stage colours), the percent printed inside wide segments,
and a legend (swatch, label, percent) that wraps onto more lines when the page is narrow."""

from __future__ import annotations

from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from coachdesk.reports.document import Segment
from coachdesk.reports.pdf.fonts import printable
from coachdesk.reports.pdf.styles import BODY, HAIRLINE, Styles, stage_colour


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


class StageBarFlowable(Flowable):
    def __init__(self, segments: tuple[Segment, ...], styles: Styles) -> None:
        super().__init__()
        self.segments = segments
        self.styles = styles
        self.bar_height = 16 * styles.scale
        self.font_size = 8.6 * styles.scale
        self.legend_leading = self.font_size * 1.9
        self._lines: list[list[tuple[float, Segment, str]]] = []

    def _shares(self) -> list[float]:
        total = sum(max(0.0, s.share) for s in self.segments)
        return [max(0.0, s.share) / total if total > 0 else 0.0 for s in self.segments]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        swatch = self.font_size * 1.1
        x = 0.0
        line: list[tuple[float, Segment, str]] = []
        self._lines = [line]
        for seg, share in zip(self.segments, self._shares(), strict=True):
            text = f"{printable(seg.label)}  {percent(share)}"
            w = swatch + 4 + stringWidth(text, self.styles.font, self.font_size) + 16 * self.styles.scale
            if line and x + w > availWidth:
                line = []
                self._lines.append(line)
                x = 0.0
            line.append((x, seg, text))
            x += w
        self.height = self.bar_height + 8 * self.styles.scale + len(self._lines) * self.legend_leading
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.styles
        top = self.height
        y = top - self.bar_height
        c.saveState()
        clip = c.beginPath()
        clip.roundRect(0, y, self.width, self.bar_height, 3 * s.scale)
        c.clipPath(clip, stroke=0, fill=0)  # rounded ends on the first and last segment
        c.setFillColor(HAIRLINE)
        c.rect(0, y, self.width, self.bar_height, stroke=0, fill=1)
        x = 0.0
        shares = self._shares()
        visible = [i for i, share in enumerate(shares) if share > 0]
        for i in visible:
            seg, share = self.segments[i], shares[i]
            w = share * self.width
            c.setFillColor(stage_colour(seg.stage))
            c.rect(x, y, w, self.bar_height, stroke=0, fill=1)
            if i != visible[-1]:  # a white hairline between segments
                c.setStrokeColor(white)
                c.setLineWidth(1.2)
                c.line(x + w, y, x + w, y + self.bar_height)
            label = percent(share)
            if stringWidth(label, s.font, self.font_size) + 6 < w:
                c.setFillColor(white)
                c.setFont(s.font, self.font_size)
                c.drawCentredString(x + w / 2, y + (self.bar_height - self.font_size * 0.72) / 2, label)
            x += w
        c.restoreState()
        swatch = self.font_size * 1.1
        ly = y - 8 * s.scale - self.font_size
        for line in self._lines:
            for lx, seg, text in line:
                c.setFillColor(stage_colour(seg.stage))
                c.roundRect(lx, ly - 0.5, swatch, swatch, 1.5, stroke=0, fill=1)
                c.setFillColor(BODY)
                c.setFont(s.font, self.font_size)
                c.drawString(lx + swatch + 4, ly + 1, text)
            ly -= self.legend_leading

"""Server-rendered bar charts: an SVG drawn from a list of (label, value) rows.

Readable without JavaScript, printable, and always shown with its data table
(templates/includes/bar_chart.html).
"""

from dataclasses import dataclass, field

WIDTH = 640
ROW_HEIGHT = 46
BAR_HEIGHT = 18
LABEL_GAP = 20  # from the top of a row to the top of its bar; the label sits above the bar
VALUE_SPACE = 56  # room right of the longest bar for its number
PALETTE = ("#b3141c", "#1d4f91", "#8a6d00", "#1e7b34", "#6b3fa0", "#c2410c")


@dataclass
class Bar:
    label: str
    value: int
    url: str = ""
    y: int = 0
    width: float = 0
    colour: str = PALETTE[0]


@dataclass
class BarChart:
    title: str
    caption: str = ""
    unit: str = ""
    bars: list[Bar] = field(default_factory=list)
    width: int = WIDTH

    @property
    def height(self):
        return max(len(self.bars), 1) * ROW_HEIGHT + 8

    @property
    def total(self):
        return sum(bar.value for bar in self.bars)


def bar_chart(title, rows, *, unit="", caption="", colours=False):
    """Return a BarChart of `rows`, an iterable of (label, value) or (label, value, url).

    Bars are scaled to the largest value; `colours` gives each bar its own colour (for charts
    whose rows are categories rather than one series).
    """
    bars = [Bar(*row) for row in rows]
    peak = max((bar.value for bar in bars), default=0) or 1
    for index, bar in enumerate(bars):
        bar.y = index * ROW_HEIGHT + LABEL_GAP
        bar.width = round((WIDTH - VALUE_SPACE) * bar.value / peak, 1)
        bar.colour = PALETTE[index % len(PALETTE)] if colours else PALETTE[1]
    return BarChart(title=title, caption=caption, unit=unit, bars=bars)

"""A 4x4 risk heat map (CNIL scales): severity upwards, likelihood to the right, risks by number.

The colours run from light to dark and a legend names every level in text, so the map also reads in
grey-scale and on a projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from app.ui.style import INK, LEVEL_COLOURS, LINE, MUTED

ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
ALIGN_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_UNITS, GRID_UNITS, BELOW_UNITS = 2.0, 12.0, 7.0  # heights in lines of text
MIN_SCALE = 0.5  # the smallest a map is drawn, as a share of its size at the current zoom


@dataclass(frozen=True)
class HeatMapModel:
    """What the map shows; built by the page from the verdict and the catalogue's scales."""

    matrix: tuple[tuple[str, ...], ...]  # matrix[severity - 1][likelihood - 1] -> level id
    level_order: tuple[str, ...]  # level ids, most favourable first
    level_labels: dict[str, str]
    scale_labels: dict[int, str]
    points: dict[tuple[int, int], list[str]]  # (severity, likelihood) -> risk numbers


def level_colour(level: str, order: tuple[str, ...]) -> QColor:
    if level not in order or len(order) < 2:
        return QColor(LEVEL_COLOURS[0])
    position = order.index(level) / (len(order) - 1)
    return QColor(LEVEL_COLOURS[round(position * (len(LEVEL_COLOURS) - 1))])


class HeatMap(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.model: HeatMapModel | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(title)

    def set_model(self, model: HeatMapModel | None) -> None:
        self.model = model
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        if self.model is None:
            return ""
        return "; ".join(
            f"{', '.join(numbers)}: severity {s}, likelihood {lk}"
            for (s, lk), numbers in sorted(self.model.points.items(), reverse=True)
        )

    # -- geometry ------------------------------------------------------------------------------
    def _unit(self) -> float:
        return float(self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return self._natural_size()

    def minimumSizeHint(self) -> QSize:
        """Down to MIN_SCALE of the natural size: at a large zoom on a narrow page the map is drawn
        smaller rather than widen the page beyond the window."""
        natural = self._natural_size()
        return QSize(round(natural.width() * MIN_SCALE), round(natural.height() * MIN_SCALE))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self._natural_size().height() * self._scale_for(width))

    def _natural_size(self) -> QSize:
        unit = self._unit()
        width = unit * 2.2 + self._label_width() + unit * (GRID_UNITS + 0.5)
        return QSize(round(width), round(unit * (TOP_UNITS + GRID_UNITS + BELOW_UNITS)))

    def _scale_for(self, width: int) -> float:
        natural = self._natural_size().width()
        return max(MIN_SCALE, min(1.0, width / natural)) if natural > 0 else 1.0

    def _drawn_width(self) -> float:
        """The width the drawing code lays out in: the widget's, before the painter's scaling."""
        return self.width() / self._scale_for(self.width())

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        labels = self.model.scale_labels.values() if self.model else ()
        return max((metrics.horizontalAdvance(text) for text in labels), default=0.0)

    def _grid_rect(self) -> QRectF:
        unit = self._unit()
        left = unit * 2.2 + self._label_width()
        return QRectF(left, unit * TOP_UNITS, unit * GRID_UNITS, unit * GRID_UNITS)

    def _cell(self, grid: QRectF, severity: int, likelihood: int) -> QRectF:
        side = grid.width() / 4
        x = grid.left() + (likelihood - 1) * side
        return QRectF(x, grid.top() + (4 - severity) * side, side, side)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = self._scale_for(self.width())
        painter.scale(scale, scale)
        self._draw_title(painter)
        if self.model is None:
            painter.setPen(QColor(MUTED))
            area = QRectF(0, 0, self._drawn_width(), self.height() / scale)
            painter.drawText(area, ALIGN_CENTER, self.tr("No risk scores yet"))
            return
        grid = self._grid_rect()
        self._draw_cells(painter, grid)
        self._draw_axes(painter, grid)
        self._draw_legend(painter, grid)

    def _draw_title(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(0, 0, self._drawn_width(), self._unit() * 1.6), ALIGN_LEFT_MIDDLE, self.title)
        painter.setFont(self.font())

    def _draw_cells(self, painter: QPainter, grid: QRectF) -> None:
        assert self.model is not None
        for severity in range(1, 5):
            for likelihood in range(1, 5):
                rect = self._cell(grid, severity, likelihood)
                level = self.model.matrix[severity - 1][likelihood - 1]
                colour = level_colour(level, self.model.level_order)
                painter.fillRect(rect, colour)
                painter.setPen(QPen(QColor("white"), 2))
                painter.drawRect(rect)
                numbers = self.model.points.get((severity, likelihood))
                if numbers:
                    ink = QColor("white") if colour.lightness() < 140 else QColor(INK)
                    self._draw_numbers(painter, rect.adjusted(3, 3, -3, -3), numbers, ink)

    def _draw_numbers(self, painter: QPainter, rect: QRectF, numbers: list[str], ink: QColor) -> None:
        """Risk numbers in bold, in as many lines as needed, shrunk until they fit the cell."""
        font = QFont(self.font())
        font.setBold(True)
        flags = ALIGN_CENTER | Qt.TextFlag.TextWordWrap
        text = " ".join(numbers)
        for _ in range(6):
            bounds = QFontMetricsF(font).boundingRect(rect, int(flags), text)
            if bounds.height() <= rect.height() and bounds.width() <= rect.width():
                break
            font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect, flags, text)
        painter.setFont(self.font())

    def _draw_axes(self, painter: QPainter, grid: QRectF) -> None:
        assert self.model is not None
        unit = self._unit()
        painter.setPen(QColor(LINE))
        painter.drawRect(grid)
        painter.setPen(QColor(INK))
        side = grid.width() / 4
        labels = [self.model.scale_labels.get(v, str(v)) for v in range(1, 5)]
        fits = max(QFontMetricsF(self.font()).horizontalAdvance(t) for t in labels) <= side - 4
        for value, text in enumerate(labels, start=1):
            row = QRectF(unit * 1.6, grid.top() + (4 - value) * side, grid.left() - unit * 2.0, side)
            painter.drawText(row, ALIGN_RIGHT_MIDDLE, text)
            column = QRectF(grid.left() + (value - 1) * side, grid.bottom() + 2, side, unit * 1.3)
            painter.drawText(column, ALIGN_CENTER, text if fits else str(value))
        painter.setPen(QColor(MUTED))
        axis_title = self.tr("Likelihood →")
        if not fits:
            axis_title += "  (" + ", ".join(f"{v} {t}" for v, t in enumerate(labels, 1)) + ")"
        axis = QRectF(unit * 1.6, grid.bottom() + unit * 1.4, self._drawn_width() - unit * 1.6, unit * 2.6)
        painter.drawText(axis, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, axis_title)
        painter.save()
        painter.translate(0, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, 0, grid.height(), unit * 1.4), ALIGN_CENTER, self.tr("Severity →")
        )
        painter.restore()

    def _draw_legend(self, painter: QPainter, grid: QRectF) -> None:
        assert self.model is not None
        unit = self._unit()
        x = grid.left()
        y = grid.bottom() + unit * 4.2
        metrics = QFontMetricsF(self.font())
        for level in self.model.level_order:
            label = self.model.level_labels.get(level, level)
            width = metrics.horizontalAdvance(label) + unit * 1.6
            if x + width > self._drawn_width():
                x, y = grid.left(), y + unit * 1.3
            chip = QRectF(x, y + unit * 0.15, unit * 0.9, unit * 0.9)
            painter.fillRect(chip, level_colour(level, self.model.level_order))
            painter.setPen(QColor(LINE))
            painter.drawRect(chip)
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(x + unit * 1.2, y, width, unit * 1.2), ALIGN_LEFT_MIDDLE, label)
            x += width + unit * 0.6


class HeatMapPair(QWidget):
    """Inherent and residual maps side by side, or one above the other when the page is narrow."""

    def __init__(self, first: HeatMap, second: HeatMap) -> None:
        super().__init__()
        self.first = first
        self.second = second
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(24)
        self._layout.addWidget(first)
        self._layout.addWidget(second)
        self._layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        hint = self.first.minimumSizeHint()
        return QSize(hint.width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= 2 * self.first.sizeHint().width() + 24
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

#include "training/MetricChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace layerlab::ui::charts {

const Metric kLoss{[](const EpochMetrics& m) { return m.loss; },
                   [](const EpochMetrics& m) { return m.valLoss; },
                   [](const BatchMetrics& m) { return m.loss; }, false};
const Metric kAccuracy{[](const EpochMetrics& m) { return m.accuracy; },
                       [](const EpochMetrics& m) { return m.valAccuracy; },
                       [](const BatchMetrics& m) { return m.accuracy; }, true};

QList<QPointF> decimated(const QList<QPointF>& points, int limit) {
    if (points.size() <= limit) return points;
    const double stride = static_cast<double>(points.size()) / limit;
    QList<QPointF> out;
    out.reserve(limit + 1);
    for (double i = 0; i < points.size(); i += stride) out.append(points[static_cast<int>(i)]);
    if (out.last() != points.last()) out.append(points.last());
    return out;
}

QLineSeries* line(const QColor& color, Qt::PenStyle style, qreal width) {
    auto* series = new QLineSeries;
    QPen pen(color);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

MetricChart::MetricChart(const Metric& m) : metric(m) {
    // QAreaSeries does not own its boundary lines (LeakSanitizer found them leaking).
    gapLower->setParent(gap);
    gapUpper->setParent(gap);
    for (auto* points : {trainPoints, validationPoints}) {
        points->setMarkerSize(7);
        points->setColor(points == trainPoints ? kTrainColor : kValidationColor);
        points->setBorderColor(Qt::white);
    }
    QColor shade = kValidationColor;
    shade.setAlpha(45);
    gap->setBrush(shade);
    gap->setPen(Qt::NoPen);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{
             gap, batches, train, validation, trainPoints, validationPoints, markers}) {
        chart->addSeries(s);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->setLabelFormat(QStringLiteral("%d"));
    chart->legend()->hide();  // one key under both charts says what the curves are
    chart->setMargins(QMargins(4, 4, 4, 4));
    view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
}

QList<QAbstractSeries*> MetricChart::curves(Curve curve) const {
    switch (curve) {
        case Curve::Train:
            return {train, trainPoints};
        case Curve::Validation:
            return {validation, validationPoints};
        case Curve::Batches:
            return {batches};
        case Curve::Gap:
            return {gap};
        case Curve::FineTune:
            break;
    }
    return {markers};
}

void fitAxes(MetricChart& c, const ValueRange& range, QList<QPointF> markers, double maxX,
             bool isLoss) {
    const bool empty = range.lo > range.hi;  // nothing plotted yet: a plain 0 to 1
    const double pad = empty ? 0 : (range.hi - range.lo) * 0.05 + 1e-3;
    const double yLo = empty ? 0 : std::max(0.0, range.lo - pad);
    const double yHi = empty ? 1 : isLoss ? range.hi + pad : std::min(1.0, range.hi + pad);
    for (auto& p : markers) p.setY(p.y() > 0 ? yHi : yLo);
    c.markers->replace(markers);
    c.y->setRange(yLo, std::max(yHi, yLo + 1e-3));
    c.y->applyNiceNumbers();  // ticks at 0.25, 0.5 … rather than 0.19, 0.38
    c.x->setRange(0, maxX);
    c.x->setTickType(QValueAxis::TicksDynamic);
    c.x->setTickAnchor(0);
    // Whole epochs, only as many labels as fit side by side (large type, narrow charts).
    const double labelWidth =
        2.5 * QFontMetricsF(c.x->labelsFont()).horizontalAdvance(QString::number(int(maxX)));
    const double plotWidth = c.chart->plotArea().width();
    const double fitting = plotWidth > 0 ? std::max(1.0, plotWidth / labelWidth) : 10;
    c.x->setTickInterval(maxX <= std::min(15.0, fitting) ? 1 : std::ceil(maxX / fitting));
}

}  // namespace layerlab::ui::charts

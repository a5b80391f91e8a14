#include "common/LineChart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace layerlab::ui {

struct LineChart::Impl {
    QChart* chart = new QChart;
    QChartView* view = nullptr;
    QLineSeries* line = new QLineSeries;
    QScatterSeries* marker = new QScatterSeries;
    QLineSeries* guide = new QLineSeries;
    QAbstractAxis* x = nullptr;
    QValueAxis* y = new QValueAxis;
    bool logX = false;
    std::optional<std::pair<double, double>> yRange;
    std::optional<double> guideY;
    std::optional<QPointF> markerPoint;
    QString xTitle;
};

LineChart::LineChart(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
    d_->chart->legend()->hide();
    d_->chart->setMargins(QMargins(4, 4, 4, 4));
    d_->marker->setMarkerSize(12);
    d_->marker->setColor(QColor(0xd6, 0x27, 0x28));
    QPen dashed(QColor(0x88, 0x88, 0x88));
    dashed.setStyle(Qt::DashLine);
    d_->guide->setPen(dashed);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(d_->guide), static_cast<QAbstractSeries*>(d_->line),
          static_cast<QAbstractSeries*>(d_->marker)})
        d_->chart->addSeries(series);
    d_->chart->addAxis(d_->y, Qt::AlignLeft);
    for (QAbstractSeries* series : d_->chart->series()) series->attachAxis(d_->y);
    d_->view = new QChartView(d_->chart, this);
    d_->view->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d_->view);
    setLogX(false);
}

LineChart::~LineChart() = default;

void LineChart::setAxisTitles(const QString& x, const QString& y) {
    d_->xTitle = x;
    d_->x->setTitleText(x);
    d_->y->setTitleText(y);
}

// The x axis is replaced, not reconfigured: Qt Charts has no axis that is both.
void LineChart::setLogX(bool logX) {
    if (d_->x && d_->logX == logX) return;
    d_->logX = logX;
    if (d_->x) {
        d_->chart->removeAxis(d_->x);
        delete d_->x;
    }
    if (logX) {
        auto* axis = new QLogValueAxis;
        axis->setLabelFormat(QStringLiteral("%.0e"));
        d_->x = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%d"));
        d_->x = axis;
    }
    d_->x->setTitleText(d_->xTitle);
    d_->chart->addAxis(d_->x, Qt::AlignBottom);
    for (QAbstractSeries* series : d_->chart->series()) series->attachAxis(d_->x);
    fitAxes();
}

void LineChart::setYRange(std::optional<std::pair<double, double>> range) {
    d_->yRange = range;
    fitAxes();
}

void LineChart::setPoints(const std::vector<QPointF>& points) {
    QList<QPointF> list;
    for (const QPointF& p : points)
        if (std::isfinite(p.y()) && (!d_->logX || p.x() > 0)) list << p;
    d_->line->replace(list);
    fitAxes();
}

void LineChart::setMarker(std::optional<QPointF> point) {
    d_->markerPoint = point;
    d_->marker->clear();
    if (point) d_->marker->append(*point);
}

void LineChart::setGuide(std::optional<double> y) {
    d_->guideY = y;
    fitAxes();
}

int LineChart::pointCount() const {
    return static_cast<int>(d_->line->count());
}

std::optional<QPointF> LineChart::marker() const {
    return d_->markerPoint;
}

void LineChart::fitAxes() {
    const auto points = d_->line->points();
    if (points.isEmpty() || !d_->x) return;
    double x0 = points.front().x(), x1 = x0, y0 = points.front().y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    if (x1 <= x0) x1 = x0 + 1;
    if (d_->yRange) std::tie(y0, y1) = *d_->yRange;
    if (y1 <= y0) y1 = y0 + 1;
    d_->x->setRange(x0, x1);
    d_->y->setRange(y0, y1);
    d_->guide->clear();
    if (d_->guideY) d_->guide->append({QPointF(x0, *d_->guideY), QPointF(x1, *d_->guideY)});
}

}  // namespace layerlab::ui

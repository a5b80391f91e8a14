#pragma once

// Part of HistoryChart's implementation, included by HistoryChart.cpp alone: the Qt Charts
// types stay out of every other header (Qt Charts is deprecated upstream after 6.10).

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QLineSeries>
#include <QList>
#include <QPointF>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "train/FitConfig.h"

namespace layerlab::ui::charts {

// Metric accessors so loss and accuracy share every line of plotting code.
struct Metric {
    double (*train)(const EpochMetrics&);
    double (*validation)(const EpochMetrics&);
    double (*batch)(const BatchMetrics&);
    bool higherIsBetter;
};
extern const Metric kLoss, kAccuracy;

inline const QColor kTrainColor(0x1f, 0x77, 0xb4), kValidationColor(0xd6, 0x27, 0x28);
inline const QColor kMarkerColor(0x55, 0x55, 0x55);
inline const QColor kOverlayColors[] = {QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};

// The entries of the key under the charts, each for its curves in both charts.
enum class Curve { Train, Validation, Batches, Gap, FineTune };
constexpr Curve kCurves[] = {Curve::Train, Curve::Validation, Curve::Batches, Curve::Gap,
                             Curve::FineTune};

// Keeps every k-th point (and the last) so a long run stays cheap to draw.
QList<QPointF> decimated(const QList<QPointF>& points, int limit);

QLineSeries* line(const QColor& color, Qt::PenStyle style, qreal width);

// One chart (loss or accuracy) and its series.
struct MetricChart {
    Metric metric;
    QChart* chart = new QChart;
    QChartView* view = nullptr;
    QValueAxis* x = new QValueAxis;
    QValueAxis* y = new QValueAxis;
    QLineSeries* train = line(kTrainColor, Qt::SolidLine, 2);
    QLineSeries* validation = line(kValidationColor, Qt::SolidLine, 2);
    QScatterSeries* trainPoints = new QScatterSeries;
    QScatterSeries* validationPoints = new QScatterSeries;
    QLineSeries* batches = line(kTrainColor.lighter(150), Qt::SolidLine, 1);
    QLineSeries* gapLower = new QLineSeries;
    QLineSeries* gapUpper = new QLineSeries;
    QAreaSeries* gap = new QAreaSeries(gapUpper, gapLower);
    QLineSeries* markers = line(kMarkerColor, Qt::DashLine, 1.5);
    QList<QAbstractSeries*> overlays;

    explicit MetricChart(const Metric& m);

    // The series an entry of the key stands for.
    QList<QAbstractSeries*> curves(Curve curve) const;
};

// The values a chart shows, for its y range.
struct ValueRange {
    double lo, hi;
    void extend(double v) {
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    }
};

// Padded y range (accuracy within [0, 1]), the markers across it, and whole epochs on x: one
// tick each while they fit, then every few epochs.
void fitAxes(MetricChart& c, const ValueRange& range, QList<QPointF> markers, double maxX,
             bool isLoss);

}  // namespace layerlab::ui::charts

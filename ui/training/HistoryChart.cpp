#include "training/HistoryChart.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace layerlab::ui {
namespace {

// Metric accessors so loss and accuracy share every line of plotting code.
struct Metric {
    double (*train)(const EpochMetrics&);
    double (*validation)(const EpochMetrics&);
    double (*batch)(const BatchMetrics&);
    bool higherIsBetter;
};
const Metric kLoss{[](const EpochMetrics& m) { return m.loss; },
                   [](const EpochMetrics& m) { return m.valLoss; },
                   [](const BatchMetrics& m) { return m.loss; }, false};
const Metric kAccuracy{[](const EpochMetrics& m) { return m.accuracy; },
                       [](const EpochMetrics& m) { return m.valAccuracy; },
                       [](const BatchMetrics& m) { return m.accuracy; }, true};

const QColor kTrainColor(0x1f, 0x77, 0xb4), kValidationColor(0xd6, 0x27, 0x28);
const QColor kMarkerColor(0x55, 0x55, 0x55);
const QColor kOverlayColors[] = {QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                 QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};

// The entries of the key under the charts, each for its curves in both charts.
enum class Curve { Train, Validation, Batches, Gap, FineTune };
constexpr Curve kCurves[] = {Curve::Train, Curve::Validation, Curve::Batches, Curve::Gap,
                             Curve::FineTune};

// Keeps every k-th point (and the last) so a long run stays cheap to draw.
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

    explicit MetricChart(const Metric& m) : metric(m) {
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

    // The series an entry of the key stands for.
    QList<QAbstractSeries*> curves(Curve curve) const {
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

// An entry of the key: its curves' colour, a sample of their stroke, and what they are.
struct KeyEntry {
    QColor color;
    QString swatch;
    QString name;
};

KeyEntry keyEntry(Curve curve) {
    switch (curve) {
        case Curve::Train:
            return {kTrainColor, QStringLiteral("━━"), QStringLiteral("loss, acc")};
        case Curve::Validation:
            return {kValidationColor, QStringLiteral("━━"), QStringLiteral("val_loss, val_acc")};
        case Curve::Batches:
            return {kTrainColor.lighter(150), QStringLiteral("━━"), HistoryChart::tr("per batch")};
        case Curve::Gap:
            return {kValidationColor.lighter(160), QStringLiteral("■"),
                    HistoryChart::tr("overfitting gap")};
        case Curve::FineTune:
            break;
    }
    return {kMarkerColor, QStringLiteral("┆"), HistoryChart::tr("fine-tune")};
}

}  // namespace

struct HistoryChart::Impl {
    MetricChart loss{kLoss}, accuracy{kAccuracy};
    std::vector<EpochMetrics> history;
    QList<QPointF> batchLoss, batchAccuracy;
    struct Overlay {
        QString label;
        std::vector<EpochMetrics> history;
    };
    std::vector<Overlay> overlays;
    QString label;
    QTimer redrawTimer;
    int redraws = 0;
    int plottedBatchPoints = 0;
    bool overlaysChanged = false;
    bool labelChanged = false;  // the legend names the run on show
    double scale = 1;  // presentation mode and zoom
    // Overlaid runs by name and colour, under the charts: a chart legend would cut them short.
    QLabel* overlayLegend = nullptr;
    // One key for both charts, under them, that wraps: a legend inside each narrow chart cut its
    // entries short at 1024 px ("val_l…", "과대…"). A click on an entry hides or shows its
    // curves; the fine-tune entry is there while a marker is.
    QLabel* key = nullptr;
    std::set<Curve> hidden;
    bool hasMarkers = false;

    void showKey() const {
        const QString text = QApplication::palette().color(QPalette::WindowText).name();
        QStringList entries;
        for (Curve curve : kCurves) {
            if (curve == Curve::FineTune && !hasMarkers) continue;
            const KeyEntry entry = keyEntry(curve);
            QString name = entry.name.toHtmlEscaped();
            if (hidden.count(curve)) name = QStringLiteral("<s>%1</s>").arg(name);
            entries << QStringLiteral(
                           "<a href=\"%1\" style=\"text-decoration:none\"><span "
                           "style=\"color:%2\">%3</span>&nbsp;<span "
                           "style=\"color:%4\">%5</span></a>")
                           .arg(QString::number(int(curve)), entry.color.name(), entry.swatch, text,
                                name);
        }
        key->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
    }

    void toggle(Curve curve) {
        if (!hidden.erase(curve)) hidden.insert(curve);
        for (MetricChart* c : {&loss, &accuracy})
            for (QAbstractSeries* series : c->curves(curve)) series->setVisible(shown(curve));
        showKey();
    }

    bool shown(Curve curve) const {
        return !hidden.count(curve) && (curve != Curve::FineTune || hasMarkers);
    }

    // The x axis runs to the last epoch of anything on show (at least 1).
    double lastEpoch() const {
        double maxX = 1;
        for (const auto& overlay : overlays)
            if (!overlay.history.empty())
                maxX = std::max<double>(maxX, overlay.history.back().epoch);
        if (!history.empty()) maxX = std::max<double>(maxX, history.back().epoch);
        if (!batchLoss.isEmpty()) maxX = std::max(maxX, std::ceil(batchLoss.last().x()));
        return maxX;
    }

    // The run's epoch points and lines and the shaded overfitting gap; returns the fine-tune
    // markers (as vertical lines whose ends fitAxes places).
    QList<QPointF> drawHistory(MetricChart& c, ValueRange& range) const {
        QList<QPointF> train, validation, lower, upper, markers;
        for (const EpochMetrics& m : history) {
            const double t = c.metric.train(m), v = c.metric.validation(m);
            train.append({double(m.epoch), t});
            range.extend(t);
            if (!m.marker.empty()) markers << QPointF(m.epoch - 1, 0) << QPointF(m.epoch - 1, 1e9);
            if (!std::isfinite(v)) continue;  // a run without validation: training curves only
            validation.append({double(m.epoch), v});
            range.extend(v);
            // The gap that signals overfitting: validation worse than training.
            const double worse = c.metric.higherIsBetter ? std::min(t, v) : std::max(t, v);
            lower.append({double(m.epoch), c.metric.higherIsBetter ? worse : t});
            upper.append({double(m.epoch), c.metric.higherIsBetter ? t : worse});
        }
        c.train->replace(train);
        c.trainPoints->replace(train);
        c.validation->replace(validation);
        c.validationPoints->replace(validation);
        c.gapLower->replace(lower);
        c.gapUpper->replace(upper);
        return markers;
    }

    void showOverlayLegend() const {
        QStringList entries;
        int colour = 0;
        for (const auto& overlay : overlays)
            entries << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                           .arg(kOverlayColors[colour++ % std::size(kOverlayColors)].name(),
                                overlay.label.toHtmlEscaped());
        // The run on show is the solid lines; say which it is, so every curve has a key.
        const QString shown = label.isEmpty()
                                  ? QString()
                                  : HistoryChart::tr("Solid: %1.").arg(label.toHtmlEscaped()) +
                                        QStringLiteral(" &nbsp; ");
        overlayLegend->setText(shown +
                               HistoryChart::tr("Overlaid (dashed: train, dotted: validation): %1")
                                   .arg(entries.join(QStringLiteral(" &nbsp; "))));
        overlayLegend->setVisible(!overlays.empty());
    }

    // Other runs, dashed (train) and dotted (validation), one colour each.
    void replaceOverlays(MetricChart& c) const {
        for (QAbstractSeries* s : c.overlays) {
            c.chart->removeSeries(s);
            delete s;
        }
        c.overlays.clear();
        int colour = 0;
        for (const auto& overlay : overlays) {
            const QColor color = kOverlayColors[colour++ % std::size(kOverlayColors)];
            auto* t = line(color, Qt::DashLine, 1.5 * scale);
            auto* v = line(color, Qt::DotLine, 1.5 * scale);
            for (const EpochMetrics& m : overlay.history) {
                t->append(m.epoch, c.metric.train(m));
                if (std::isfinite(c.metric.validation(m)))
                    v->append(m.epoch, c.metric.validation(m));
            }
            for (QLineSeries* s : {t, v}) {
                c.chart->addSeries(s);
                s->attachAxis(c.x);
                s->attachAxis(c.y);
                c.overlays.append(s);
            }
        }
    }
};

HistoryChart::HistoryChart(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
    auto* charts = new QHBoxLayout;
    charts->addWidget(d_->loss.view);
    charts->addWidget(d_->accuracy.view);
    d_->overlayLegend = new QLabel(this);
    d_->overlayLegend->setWordWrap(true);
    d_->overlayLegend->setVisible(false);
    d_->key = new QLabel(this);
    d_->key->setObjectName(QStringLiteral("chartKey"));
    d_->key->setWordWrap(true);
    d_->key->setTextFormat(Qt::RichText);
    d_->key->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Queued: the label is still handling the click (or Return) that activated the link when
    // toggle() gives it a new text.
    connect(
        d_->key, &QLabel::linkActivated, this,
        [this](const QString& entry) { d_->toggle(Curve(entry.toInt())); }, Qt::QueuedConnection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(charts, 1);
    layout->addWidget(d_->key);
    layout->addWidget(d_->overlayLegend);
    d_->redrawTimer.setSingleShot(true);
    d_->redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&d_->redrawTimer, &QTimer::timeout, this, &HistoryChart::redraw);
    retranslate();
    redraw();
}

HistoryChart::~HistoryChart() = default;

void HistoryChart::clear() {
    d_->history.clear();
    d_->batchLoss.clear();
    d_->batchAccuracy.clear();
    d_->overlays.clear();
    d_->overlaysChanged = true;
    scheduleRedraw();
}

void HistoryChart::setHistory(const QString& label, const std::vector<EpochMetrics>& history) {
    // The per-batch line is not stored on disk: reopening the run on show (as the end of a run
    // does) keeps it; another run starts without one.
    if (label != d_->label) {
        d_->batchLoss.clear();
        d_->batchAccuracy.clear();
    }
    setLabel(label);
    d_->history = history;
    scheduleRedraw();
}

void HistoryChart::setLabel(const QString& label) {
    d_->labelChanged = d_->labelChanged || label != d_->label;
    d_->label = label;
    scheduleRedraw();
}

void HistoryChart::addEpoch(const EpochMetrics& metrics) {
    d_->history.push_back(metrics);
    scheduleRedraw();
}

void HistoryChart::addBatch(const BatchMetrics& m) {
    // x in epochs: the end of epoch e is x = e, as the epoch points are drawn.
    const double x = m.epoch - 1 + static_cast<double>(m.step) / std::max(1, m.steps);
    d_->batchLoss.append({x, m.loss});
    d_->batchAccuracy.append({x, m.accuracy});
    scheduleRedraw();
}

void HistoryChart::addOverlay(const QString& label, const std::vector<EpochMetrics>& history) {
    d_->overlays.push_back({label, history});
    d_->overlaysChanged = true;
    scheduleRedraw();
}

void HistoryChart::clearOverlays() {
    d_->overlays.clear();
    d_->overlaysChanged = true;
    scheduleRedraw();
}

int HistoryChart::redrawCount() const {
    return d_->redraws;
}
int HistoryChart::plottedBatchPoints() const {
    return d_->plottedBatchPoints;
}

void HistoryChart::scheduleRedraw() {
    if (!d_->redrawTimer.isActive()) d_->redrawTimer.start();
}

void HistoryChart::redraw() {
    ++d_->redraws;
    const double maxX = d_->lastEpoch();
    const bool anything = !d_->history.empty() || !d_->batchLoss.isEmpty() || !d_->overlays.empty();
    for (MetricChart* c : {&d_->loss, &d_->accuracy}) {
        const bool isLoss = c == &d_->loss;
        // Loss axes start at 0; accuracy axes span the values shown.
        ValueRange range = isLoss && anything ? ValueRange{0, 0.1} : ValueRange{1, 0};
        const QList<QPointF> markers = d_->drawHistory(*c, range);
        const QList<QPointF> batches =
            decimated(isLoss ? d_->batchLoss : d_->batchAccuracy, kMaxBatchPoints);
        for (const QPointF& p : batches) range.extend(p.y());
        c->batches->replace(batches);
        if (isLoss) d_->plottedBatchPoints = static_cast<int>(batches.size());
        if (d_->overlaysChanged) d_->replaceOverlays(*c);
        for (const auto& overlay : d_->overlays)
            for (const EpochMetrics& m : overlay.history) {
                range.extend(c->metric.train(m));
                range.extend(c->metric.validation(m));
            }
        fitAxes(*c, range, markers, maxX, isLoss);
        if (isLoss) showFineTuneMarkers(!markers.isEmpty());
    }
    // One legend for both charts.
    if (d_->overlaysChanged || d_->labelChanged) d_->showOverlayLegend();
    d_->overlaysChanged = d_->labelChanged = false;
}

// The fine-tune markers, where the run has them, and their entry in the key.
void HistoryChart::showFineTuneMarkers(bool any) {
    const bool changed = any != d_->hasMarkers;
    d_->hasMarkers = any;
    for (MetricChart* c : {&d_->loss, &d_->accuracy})
        c->markers->setVisible(d_->shown(Curve::FineTune));
    if (changed) d_->showKey();
}

bool HistoryChart::saveImage(const QString& path) {
    redraw();
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size());
        generator.setViewBox(rect());
        generator.setTitle(d_->label);
        QPainter painter;
        if (!painter.begin(&generator)) return false;
        render(&painter);
        return painter.end();
    }
    // PNG at twice the screen's resolution under the run's name: sharp on slides and in reports.
    const int titleHeight = fontMetrics().height() * 2;
    QImage image(QSize(width(), height() + titleHeight) * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    painter.setFont(title);
    painter.drawText(QRect(0, 0, width(), titleHeight), Qt::AlignCenter, d_->label);
    render(&painter, QPoint(0, titleHeight));
    painter.end();
    return image.save(path);
}

bool HistoryChart::batchLineVisible() const {
    return d_->loss.batches->isVisible();
}

QString HistoryChart::overlayLegendText() const {
    return d_->overlays.empty() ? QString() : d_->overlayLegend->text();
}

void HistoryChart::setScale(double scale) {
    d_->scale = scale;
    d_->overlaysChanged = true;
    scheduleRedraw();
    QFont font = QApplication::font();
    QFont title = font;
    title.setBold(true);
    for (MetricChart* c : {&d_->loss, &d_->accuracy}) {
        c->chart->setTitleFont(title);
        for (QValueAxis* axis : {c->x, c->y}) {
            axis->setLabelsFont(font);
            axis->setTitleFont(title);
        }
        for (QAbstractSeries* series : c->chart->series()) {
            // Each series' own thickness at scale 1, remembered the first time.
            if (auto* points = qobject_cast<QScatterSeries*>(series)) {
                if (!points->property("baseSize").isValid())
                    points->setProperty("baseSize", points->markerSize());
                points->setMarkerSize(points->property("baseSize").toDouble() * scale);
            } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
                if (!line->property("baseWidth").isValid())
                    line->setProperty("baseWidth", line->pen().widthF());
                QPen pen = line->pen();
                pen.setWidthF(line->property("baseWidth").toDouble() * scale);
                line->setPen(pen);
            }
        }
    }
}

void HistoryChart::retranslate() {
    d_->loss.chart->setTitle(tr("Loss"));
    d_->accuracy.chart->setTitle(tr("Accuracy"));
    for (MetricChart* c : {&d_->loss, &d_->accuracy}) c->x->setTitleText(tr("epoch"));
    d_->key->setToolTip(tr("A click on an entry hides or shows its curves"));
    d_->showKey();
}

// The epoch labels are spaced for the plot's width: a first layout's narrow plot left only
// "0" and the last epoch on the axis until the next epoch arrived.
void HistoryChart::resizeEvent(QResizeEvent* event) {
    scheduleRedraw();
    QWidget::resizeEvent(event);
}

void HistoryChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui

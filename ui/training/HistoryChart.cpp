#include "training/HistoryChart.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <set>

#include "training/MetricChart.h"

namespace layerlab::ui {

using namespace charts;  // HistoryChart.cpp is where its parts are put together

namespace {

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

// Written beside `path` and moved over it only once whole (QSaveFile): a failed save leaves
// whatever was there as it was.
bool HistoryChart::saveImage(const QString& path) {
    redraw();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size());
        generator.setViewBox(rect());
        generator.setTitle(d_->label);
        QPainter painter;
        if (!painter.begin(&generator)) return false;
        render(&painter);
        return painter.end() && file.commit();
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
    return image.save(&file, "PNG") && file.commit();
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

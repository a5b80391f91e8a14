#include "imdb/LengthHistogram.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "util/LessonDefaults.h"

namespace layerlab::ui {
namespace {

// A chart view that turns presses and drags into a maxlen at the mouse's x.
class DragView : public QChartView {
  public:
    DragView(QChart* chart, std::function<void(double)> onDrag)
        : QChartView(chart), onDrag_(std::move(onDrag)) {
        setRenderHint(QPainter::Antialiasing);
        setCursor(Qt::SizeHorCursor);
    }

  protected:
    void mousePressEvent(QMouseEvent* event) override { drag(event); }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (event->buttons() & Qt::LeftButton) drag(event);
    }

  private:
    void drag(QMouseEvent* event) { onDrag_(chart()->mapToValue(event->position()).x()); }
    std::function<void(double)> onDrag_;
};

QLineSeries* verticalLine(const QColor& color, Qt::PenStyle style) {
    auto* series = new QLineSeries;
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

}  // namespace

struct LengthHistogram::Impl {
    QChart* chart = new QChart;
    QValueAxis* x = new QValueAxis;
    QValueAxis* y = new QValueAxis;
    QLineSeries* upper = new QLineSeries;
    QAreaSeries* bars = new QAreaSeries(upper);
    QLineSeries* mean = verticalLine(QColor(0xd6, 0x27, 0x28), Qt::DashLine);
    QLineSeries* median = verticalLine(QColor(0x2c, 0xa0, 0x2c), Qt::DashLine);
    QLineSeries* cut = verticalLine(QColor(0x22, 0x22, 0x22), Qt::SolidLine);
    DragView* view = nullptr;
    LengthStatistics statistics;
    double top = 1;
    double longest = 1;
    int maxlen = defaults::imdb::kMaxlen;

    void placeLine(QLineSeries* series, double x) const {
        series->replace({QPointF(x, 0), QPointF(x, top)});
    }
    // The cut stays in view even when it is beyond every review.
    void fitX() {
        x->setRange(0, std::max(longest, maxlen * 1.05));
        x->applyNiceNumbers();  // ticks at 0, 50, 100 … rather than 26, 52, 78
    }
};

LengthHistogram::LengthHistogram(QWidget* parent) : QWidget(parent), d_(std::make_unique<Impl>()) {
    d_->upper->setParent(d_->bars);  // QAreaSeries does not own its boundary line
    d_->bars->setBrush(QColor(0x1f, 0x77, 0xb4, 150));
    d_->bars->setPen(QPen(QColor(0x1f, 0x77, 0xb4)));
    for (QAbstractSeries* s :
         std::initializer_list<QAbstractSeries*>{d_->bars, d_->mean, d_->median, d_->cut})
        d_->chart->addSeries(s);
    d_->chart->addAxis(d_->x, Qt::AlignBottom);
    d_->chart->addAxis(d_->y, Qt::AlignLeft);
    for (QAbstractSeries* s : d_->chart->series()) {
        s->attachAxis(d_->x);
        s->attachAxis(d_->y);
    }
    d_->x->setLabelFormat(QStringLiteral("%d"));
    d_->y->setLabelFormat(QStringLiteral("%d"));
    d_->chart->legend()->setAlignment(Qt::AlignBottom);
    d_->chart->setMargins(QMargins(4, 4, 4, 4));
    d_->view = new DragView(d_->chart, [this](double x) {
        const int value = std::max(1, static_cast<int>(std::lround(x)));
        if (value == d_->maxlen) return;
        setMaxlen(value);
        Q_EMIT maxlenDragged(value);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d_->view);
    retranslate();
}

LengthHistogram::~LengthHistogram() = default;

void LengthHistogram::setStatistics(const LengthStatistics& statistics, int bins) {
    d_->statistics = statistics;
    if (statistics.lengths.empty()) {
        d_->upper->clear();
        return;
    }
    std::vector<double> edges;
    // No more bins than distinct lengths: whole-number lengths would leave empty gaps.
    bins = std::max(1, std::min(bins, statistics.max - statistics.min + 1));
    const std::vector<int> counts = statistics.histogram(bins, &edges);
    QList<QPointF> outline;
    d_->top = 1;
    // A step outline: each bin is a flat top between its edges.
    outline.append({edges.front(), 0});
    for (std::size_t i = 0; i < counts.size(); ++i) {
        outline.append({edges[i], double(counts[i])});
        outline.append({edges[i + 1], double(counts[i])});
        d_->top = std::max(d_->top, double(counts[i]));
    }
    outline.append({edges.back(), 0});
    d_->upper->replace(outline);
    d_->top *= 1.05;
    d_->longest = edges.back();
    d_->fitX();
    d_->y->setRange(0, d_->top);
    d_->y->applyNiceNumbers();
    d_->top = d_->y->max();  // the mean, median and maxlen lines run to the top
    d_->placeLine(d_->mean, statistics.mean);
    d_->placeLine(d_->median, statistics.median);
    d_->placeLine(d_->cut, d_->maxlen);
    retranslate();
}

void LengthHistogram::setMaxlen(int maxlen) {
    d_->maxlen = maxlen;
    d_->placeLine(d_->cut, maxlen);
    d_->fitX();
    retranslate();
}

int LengthHistogram::maxlen() const {
    return d_->maxlen;
}

bool LengthHistogram::saveImage(const QString& path) {
    return grab().save(path);
}

void LengthHistogram::retranslate() {
    d_->chart->setTitle(tr("Review lengths (words, start token included)"));
    d_->bars->setName(tr("reviews"));
    d_->mean->setName(tr("mean %1").arg(d_->statistics.mean, 0, 'f', 1));
    d_->median->setName(tr("median %1").arg(d_->statistics.median, 0, 'f', 1));
    d_->cut->setName(tr("maxlen %1 (drag)").arg(d_->maxlen));
    d_->x->setTitleText(tr("length"));
    d_->y->setTitleText(tr("reviews"));
}

void LengthHistogram::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace layerlab::ui

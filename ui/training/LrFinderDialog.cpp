#include "training/LrFinderDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "text/FailureText.h"
#include "common/Duration.h"
#include "common/LineChart.h"
#include "experiment/Experiment.h"

namespace layerlab::ui {

LrFinderDialog::LrFinderDialog(ExperimentSpec spec, QWidget* parent)
    : QDialog(parent),
      intro_(new QLabel(this)),
      chart_(new LineChart(this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      stop_(new QPushButton(this)),
      use_(new QPushButton(this)) {
    intro_->setWordWrap(true);
    status_->setWordWrap(true);
    chart_->setLogX(true);
    chart_->setMinimumSize(480, 280);
    use_->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(progress_, 1);
    row->addWidget(stop_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(chart_, 1);
    layout->addLayout(row);
    layout->addWidget(status_);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(use_);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(stop_, &QPushButton::clicked, this, [this] { cancel_.cancel(); });
    connect(use_, &QPushButton::clicked, this, [this] {
        if (suggestion_) Q_EMIT learningRateChosen(*suggestion_);
        accept();
    });
    connect(&watcher_, &QFutureWatcher<Outcome>::finished, this,
            [this] { finish(watcher_.result()); });
    retranslate();
    status_->setText(tr("Preparing: scanning data, building the model…"));
    progress_->setRange(0, 0);
    running_ = true;
    watcher_.setFuture(QtConcurrent::run([this, spec] {
        Outcome outcome;
        try {
            outcome.points = findLearningRate(
                spec, LrSweepConfig{}, [](const Message&) {},
                [this](const LrPoint& point, int step, int steps) {
                    QMetaObject::invokeMethod(
                        this, [this, point, step, steps] { addPoint(point, step, steps); },
                        Qt::QueuedConnection);
                },
                cancel_);
        } catch (const Stopped&) {
        } catch (const std::exception& e) {
            outcome.error = failureText(e);
        }
        return outcome;
    }));
}

LrFinderDialog::~LrFinderDialog() {
    cancel_.cancel();
    watcher_.waitForFinished();
}

void LrFinderDialog::addPoint(const LrPoint& point, int step, int steps) {
    points_.emplace_back(point.learningRate, point.smoothedLoss);
    chart_->setPoints(points_);
    progress_->setRange(0, steps);
    progress_->setValue(step);
    if (step == 1) clock_.start();
    const double seconds = clock_.elapsed() / 1000.0;
    const QString left =
        step > 1 ? formatDuration(seconds / (step - 1) * (steps - step)) : QStringLiteral("…");
    status_->setText(tr("Step %1 of %2: learning rate %3, loss %4 · about %5 left")
                         .arg(step)
                         .arg(steps)
                         .arg(point.learningRate, 0, 'g', 2)
                         .arg(point.smoothedLoss, 0, 'f', 4)
                         .arg(left));
}

void LrFinderDialog::finish(const Outcome& outcome) {
    running_ = false;
    progress_->setRange(0, 1);
    progress_->setValue(1);
    stop_->setEnabled(false);
    if (!outcome.error.isEmpty()) {
        status_->setText(outcome.error);
        return;
    }
    points_.clear();
    for (const LrPoint& p : outcome.points) points_.emplace_back(p.learningRate, p.smoothedLoss);
    chart_->setPoints(points_);
    // As fastai plots it: the explosion at the end would flatten everything before it.
    if (!outcome.points.empty()) {
        double low = outcome.points.front().smoothedLoss;
        for (const LrPoint& p : outcome.points) low = std::min(low, p.smoothedLoss);
        const double start = outcome.points.front().smoothedLoss;
        chart_->setYRange(std::make_pair(low - 0.05 * (start - low + 1e-3), start * 1.5));
    }
    // A sweep stopped by hand has not seen the loss fall and explode: no suggestion from it.
    if (cancel_.cancelled()) {
        status_->setText(tr("Stopped after %n step(s): too few for a suggestion.", nullptr,
                            static_cast<int>(outcome.points.size())));
        return;
    }
    suggestion_ = suggestLearningRate(outcome.points);
    // Two significant digits: what is shown is what goes into the box.
    if (suggestion_) suggestion_ = QString::number(*suggestion_, 'g', 2).toDouble();
    if (!suggestion_) {
        status_->setText(
            outcome.points.empty()
                ? tr("Stopped.")
                : tr("No suggestion: the loss did not fall during the sweep. This model learns "
                     "too little from a hundred single batches (an RNN "
                     "trained from scratch often does): keep the usual "
                     "learning rate, or look at the curve."));
        return;
    }
    // The point of the sweep the rounded suggestion stands for.
    const auto nearest = std::min_element(
        outcome.points.begin(), outcome.points.end(), [this](const LrPoint& a, const LrPoint& b) {
            return std::abs(std::log(a.learningRate / *suggestion_)) <
                   std::abs(std::log(b.learningRate / *suggestion_));
        });
    chart_->setMarker(QPointF(nearest->learningRate, nearest->smoothedLoss));
    status_->setText(tr("%n step(s). The loss falls fastest at %1 (the red point): a good "
                        "learning rate to start from.",
                        nullptr, static_cast<int>(outcome.points.size()))
                         .arg(*suggestion_, 0, 'g', 2));
    use_->setEnabled(true);
    retranslate();
}

void LrFinderDialog::retranslate() {
    setWindowTitle(tr("Find a learning rate"));
    intro_->setText(
        tr("One batch per step while the learning rate grows from 1e-7 to 10, on a "
           "copy of the model this page would train: the run's settings and any "
           "saved run stay as they are. The loss is smoothed; the sweep stops when "
           "it explodes."));
    chart_->setAxisTitles(tr("learning rate (log scale)"), tr("loss (smoothed)"));
    stop_->setText(tr("Stop"));
    use_->setText(suggestion_ ? tr("&Use %1").arg(*suggestion_, 0, 'g', 2)
                              : tr("&Use the suggestion"));
}

void LrFinderDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

}  // namespace layerlab::ui

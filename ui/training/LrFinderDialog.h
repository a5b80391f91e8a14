#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <optional>
#include <vector>

#include "experiment/ExperimentSpec.h"
#include "train/LearningRateSweep.h"
#include "util/CancelToken.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace layerlab::ui {

class LineChart;

// The learning-rate finder (fastai's lr_find) on the model the page would train: one batch
// per step at a learning rate growing from 1e-7 to 10 on a copy of the model (nothing is
// written), the smoothed loss drawn live over a log axis, stopping once it explodes, and the
// suggestion (steepest descent) one click away from the learning-rate box.
class LrFinderDialog : public QDialog {
    Q_OBJECT
  public:
    LrFinderDialog(ExperimentSpec spec, QWidget* parent = nullptr);
    ~LrFinderDialog() override;  // stops the sweep and waits for it

    // Until its result is shown (the watcher finishes a little before that).
    bool busy() const { return running_; }
    std::optional<double> suggestion() const { return suggestion_; }
    LineChart* chart() const { return chart_; }
    QPushButton* useButton() const { return use_; }
    QPushButton* stopButton() const { return stop_; }
    QLabel* status() const { return status_; }

  Q_SIGNALS:
    void learningRateChosen(double learningRate);

  protected:
    void changeEvent(QEvent* event) override;

  private:
    struct Outcome {
        std::vector<LrPoint> points;
        QString error;
    };
    void addPoint(const LrPoint& point, int step, int steps);
    void finish(const Outcome& outcome);
    void retranslate();

    QLabel* intro_;
    LineChart* chart_;
    QProgressBar* progress_;
    QLabel* status_;
    QPushButton* stop_;
    QPushButton* use_;
    std::vector<QPointF> points_;
    std::optional<double> suggestion_;
    CancelToken cancel_;  // the Stop button's, and the destructor's
    QElapsedTimer clock_;  // from the first step: preparing is not part of the pace
    QFutureWatcher<Outcome> watcher_;
    bool running_ = false;
};

}  // namespace layerlab::ui

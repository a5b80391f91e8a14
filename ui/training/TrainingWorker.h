#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QThread>
#include <memory>
#include <mutex>

#include "experiment/Experiment.h"
#include "train/FitConfig.h"
#include "training/RunOutcome.h"

namespace layerlab::ui {

// What to train: a new run from an experiment spec, a run to resume, or a run to fine-tune.
struct TrainingRequest {
    enum Kind { New, Resume, FineTune };
    Kind kind = New;
    ExperimentSpec spec;       // New
    QString runDir;            // Resume
    FineTuneRequest fineTune;  // FineTune
};

// The time a run has spent paused, so that its ETA counts only training: Pause and Resume are
// clicked on the GUI thread, the training thread reads the total.
class PausedTime {
  public:
    PausedTime();
    void pause();
    void resume();
    double seconds() const;  // the current pause included

  private:
    mutable std::mutex mutex_;
    QElapsedTimer clock_;
    qint64 totalMs_ = 0;
    qint64 pausedAtMs_ = -1;  // -1: not paused
};

// The training thread: builds the experiment and trains it. Everything it reports is a signal
// emitted on this thread, so receivers on the GUI thread get it queued. Nothing thrown here
// escapes: an error ends the thread with done(…, error); what was written to the run folder
// stays there. Stop is honoured while the run is still being prepared, too.
class TrainingWorker : public QThread {
    Q_OBJECT
  public:
    TrainingWorker(TrainingRequest request, std::shared_ptr<TrainingControl> control,
                   std::shared_ptr<const PausedTime> paused, QObject* parent = nullptr);

  Q_SIGNALS:
    void runStarted(const QString& runDir, int initialEpoch, int epochs);
    void logLine(const QString& line);
    void batchProgress(const layerlab::BatchMetrics& metrics, double etaSeconds);
    void epochFinished(const layerlab::EpochMetrics& metrics);
    // The last signal: how the request ended.
    void done(const layerlab::ui::RunOutcome& outcome);

  protected:
    void run() override;

  private:
    std::unique_ptr<Experiment> prepare();
    void train(Experiment& experiment, RunOutcome& outcome);
    void say(const Message& message);

    TrainingRequest request_;
    std::shared_ptr<TrainingControl> control_;
    std::shared_ptr<const PausedTime> paused_;
};

}  // namespace layerlab::ui

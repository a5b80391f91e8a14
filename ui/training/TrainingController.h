#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <vector>

#include "train/FitConfig.h"
#include "training/TrainingWorker.h"

Q_DECLARE_METATYPE(layerlab::BatchMetrics)
Q_DECLARE_METATYPE(layerlab::EpochMetrics)

namespace layerlab::ui {

// Runs one experiment at a time on a TrainingWorker thread. Pause and Stop are atomic flags the
// trainer reads between batches (and the experiment between its preparing steps), so Stop
// takes effect within one batch; progress, epochs and log lines arrive as queued signals.
// Nothing thrown on the worker escapes: it becomes the outcome's error, and what was written to
// the run folder stays there.
class TrainingController : public QObject {
    Q_OBJECT
  public:
    enum class State { Idle, Preparing, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override;  // stops a running experiment and waits for it

    // False (and nothing happens) while an experiment runs.
    bool start(const TrainingRequest& request);
    void setPaused(bool paused);
    void stop();
    State state() const { return state_; }
    bool isActive() const { return state_ != State::Idle; }
    // Blocks until the worker has ended (tests). True when it has. The GUI never calls this
    // while a run is going: it waits for stateChanged(Idle) instead.
    bool wait(int milliseconds);

  Q_SIGNALS:
    void stateChanged(layerlab::ui::TrainingController::State state);
    // The run folder exists and training begins after `initialEpoch` (a resume, a fine-tune).
    void runStarted(const QString& runDir, int initialEpoch, int epochs);
    void logLine(const QString& line);
    // At most every ~30 ms, and on an epoch's last step.
    void batchProgress(const layerlab::BatchMetrics& metrics, double etaSeconds);
    void epochFinished(const layerlab::EpochMetrics& metrics);
    // The last signal of every start(): a finished, stopped or failed request.
    void finished(const layerlab::ui::RunOutcome& outcome);

  private:
    void setState(State state);
    void onWorkerDone(const RunOutcome& outcome);

    State state_ = State::Idle;
    TrainingWorker* worker_ = nullptr;
    std::shared_ptr<TrainingControl> control_;
    std::shared_ptr<PausedTime> paused_;
};

}  // namespace layerlab::ui

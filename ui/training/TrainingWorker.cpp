#include "training/TrainingWorker.h"

#include <algorithm>
#include <exception>

#include "text/FailureText.h"
#include "io/FileIO.h"
#include "train/TrainingEta.h"

namespace layerlab::ui {
namespace {

constexpr qint64 kBatchSignalIntervalMs = 30;

}  // namespace

PausedTime::PausedTime() {
    clock_.start();
}

void PausedTime::pause() {
    const std::lock_guard lock(mutex_);
    if (pausedAtMs_ < 0) pausedAtMs_ = clock_.elapsed();
}

void PausedTime::resume() {
    const std::lock_guard lock(mutex_);
    if (pausedAtMs_ >= 0) totalMs_ += clock_.elapsed() - pausedAtMs_;
    pausedAtMs_ = -1;
}

double PausedTime::seconds() const {
    const std::lock_guard lock(mutex_);
    const qint64 current = pausedAtMs_ >= 0 ? clock_.elapsed() - pausedAtMs_ : 0;
    return double(totalMs_ + current) / 1000.0;
}

TrainingWorker::TrainingWorker(TrainingRequest request, std::shared_ptr<TrainingControl> control,
                               std::shared_ptr<const PausedTime> paused, QObject* parent)
    : QThread(parent),
      request_(std::move(request)),
      control_(std::move(control)),
      paused_(std::move(paused)) {
    setObjectName(QStringLiteral("training"));
}

void TrainingWorker::say(const Message& message) {
    Q_EMIT logLine(messageText(message));
}

std::unique_ptr<Experiment> TrainingWorker::prepare() {
    const Say sayLine = [this](const Message& message) { say(message); };
    const CancelToken& stop = control_->stop;
    switch (request_.kind) {
        case TrainingRequest::Resume:
            return Experiment::resume(request_.runDir.toStdString(), sayLine, stop);
        case TrainingRequest::FineTune:
            return Experiment::fineTune(request_.fineTune, sayLine, stop);
        case TrainingRequest::New:
            break;
    }
    return Experiment::create(request_.spec, sayLine, stop);
}

void TrainingWorker::train(Experiment& experiment, RunOutcome& outcome) {
    outcome.runDir = QString::fromStdString(displayPath(experiment.run().path()));
    outcome.lastEpoch = experiment.initialEpoch();
    Q_EMIT runStarted(outcome.runDir, experiment.initialEpoch(), experiment.epochs());
    FitCallbacks callbacks;
    callbacks.log = [this](const Message& message) { say(message); };
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    double lastEpochSeconds = 0;
    const int epochs = experiment.epochs();
    // The trainer's clocks run on through a pause; the ETA takes this epoch's pauses out.
    double pausedBeforeEpoch = paused_->seconds();
    auto pausedInEpoch = [&] { return paused_->seconds() - pausedBeforeEpoch; };
    callbacks.onBatch = [&](const BatchMetrics& m) {
        // Throttled: a tiny model does thousands of steps a second.
        if (m.step == m.steps || sinceSignal.elapsed() >= kBatchSignalIntervalMs) {
            sinceSignal.restart();
            BatchMetrics training = m;
            training.secondsInEpoch = std::max(0.0, m.secondsInEpoch - pausedInEpoch());
            Q_EMIT batchProgress(m, estimateRemainingSeconds(training, epochs, lastEpochSeconds));
        }
    };
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        lastEpochSeconds = std::max(0.0, m.seconds - pausedInEpoch());
        pausedBeforeEpoch = paused_->seconds();
        outcome.lastEpoch = m.epoch;  // on disk: the experiment writes it before this call
        Q_EMIT epochFinished(m);
    };
    experiment.train(callbacks, *control_);
    outcome.kept = true;
}

void TrainingWorker::run() {
    RunOutcome outcome;
    try {
        const std::unique_ptr<Experiment> experiment = prepare();
        train(*experiment, outcome);
    } catch (const Stopped&) {
        // Stopped while preparing: nothing was trained and no run folder was made.
    } catch (const std::exception& e) {
        outcome.error = failureText(e);
    } catch (...) {
        outcome.error = tr("An unknown error stopped the training.");
    }
    outcome.stopped = control_->stop.cancelled();
    Q_EMIT done(outcome);
}

}  // namespace layerlab::ui

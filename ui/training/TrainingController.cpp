#include "training/TrainingController.h"

#include <algorithm>

namespace layerlab::ui {

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<layerlab::BatchMetrics>();
    qRegisterMetaType<layerlab::EpochMetrics>();
    qRegisterMetaType<layerlab::ui::RunOutcome>();
    connect(this, &TrainingController::runStarted, this, [this] {
        if (state_ == State::Preparing) setState(State::Running);
    });
}

TrainingController::~TrainingController() {
    stop();
    wait(-1);
}

bool TrainingController::start(const TrainingRequest& request) {
    if (isActive()) return false;
    control_ = std::make_shared<TrainingControl>();
    paused_ = std::make_shared<PausedTime>();
    worker_ = new TrainingWorker(request, control_, paused_, this);
    // The worker's signals are emitted on its thread; these connections queue them here.
    connect(worker_, &TrainingWorker::runStarted, this, &TrainingController::runStarted);
    connect(worker_, &TrainingWorker::logLine, this, &TrainingController::logLine);
    connect(worker_, &TrainingWorker::batchProgress, this, &TrainingController::batchProgress);
    connect(worker_, &TrainingWorker::epochFinished, this, &TrainingController::epochFinished);
    connect(worker_, &TrainingWorker::done, this, &TrainingController::onWorkerDone);
    setState(State::Preparing);
    worker_->start();
    return true;
}

void TrainingController::onWorkerDone(const RunOutcome& outcome) {
    if (worker_) {
        worker_->wait();  // done() is its last act: this returns at once
        delete worker_;
        worker_ = nullptr;
    }
    setState(State::Idle);
    Q_EMIT finished(outcome);
}

void TrainingController::setPaused(bool paused) {
    if (!control_ || (state_ != State::Running && state_ != State::Paused)) return;
    control_->pause = paused;
    if (paused)
        paused_->pause();
    else
        paused_->resume();
    setState(paused ? State::Paused : State::Running);
}

void TrainingController::stop() {
    if (!control_ || !isActive()) return;
    control_->stop.cancel();
    control_->pause = false;
    paused_->resume();
    setState(State::Stopping);
}

bool TrainingController::wait(int milliseconds) {
    if (!worker_) return true;
    return milliseconds < 0 ? worker_->wait() : worker_->wait(milliseconds);
}

void TrainingController::setState(State state) {
    if (state_ == state) return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

}  // namespace layerlab::ui

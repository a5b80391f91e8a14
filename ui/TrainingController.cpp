#include "TrainingController.h"

#include <QElapsedTimer>
#include <QThread>
#include <exception>

#include "io/FileIO.h"

namespace layerlab::ui {
namespace {

constexpr qint64 kBatchSignalIntervalMs = 30;

// Runs on the worker thread: builds the experiment and trains it. Emits through `emitter`
// (which lives on the GUI thread), so every signal is queued to the GUI.
QString runExperiment(const TrainingRequest& request, TrainingControl& control,
                      TrainingController* emitter, QString* error) {
    auto say = [emitter](const std::string& line) {
        Q_EMIT emitter->logLine(QString::fromStdString(line));
    };
    try {
        std::unique_ptr<Experiment> experiment;
        switch (request.kind) {
            case TrainingRequest::New:
                experiment = Experiment::create(request.args, say);
                break;
            case TrainingRequest::Resume:
                experiment = Experiment::resume(request.runDir.toStdString(), say);
                break;
            case TrainingRequest::FineTune:
                experiment = Experiment::fineTune(request.fineTune, say);
                break;
        }
        const QString runDir = QString::fromStdString(displayPath(experiment->run().path()));
        Q_EMIT emitter->runStarted(runDir, experiment->initialEpoch(), experiment->epochs());
        FitCallbacks callbacks;
        callbacks.log = say;
        QElapsedTimer sinceSignal;
        sinceSignal.start();
        double lastEpochSeconds = 0;
        const int epochs = experiment->epochs();
        callbacks.onBatch = [&](const BatchMetrics& m) {
            // Throttled: a tiny model does thousands of steps a second.
            if (m.step == m.steps || sinceSignal.elapsed() >= kBatchSignalIntervalMs) {
                sinceSignal.restart();
                Q_EMIT emitter->batchProgress(
                    m, TrainingController::estimateRemaining(m, epochs, lastEpochSeconds));
            }
            return true;
        };
        callbacks.onEpoch = [&](const EpochMetrics& m) {
            lastEpochSeconds = m.seconds;
            Q_EMIT emitter->epochFinished(m);
            return true;
        };
        experiment->train(callbacks, control);
        return runDir;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
    } catch (...) {
        *error = QStringLiteral("unknown error");
    }
    return {};
}

}  // namespace

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<layerlab::BatchMetrics>();
    qRegisterMetaType<layerlab::EpochMetrics>();
    connect(this, &TrainingController::runStarted, this, [this] {
        if (state_ == State::Preparing) setState(State::Running);
    });
}

TrainingController::~TrainingController() {
    stop();
    wait(-1);
    delete thread_;
}

double TrainingController::estimateRemaining(const BatchMetrics& batch, int epochs,
                                             double lastEpochSeconds) {
    if (batch.step <= 0 || batch.steps <= 0) return -1;
    const double perStep = batch.secondsInEpoch / batch.step;
    const double thisEpoch = perStep * (batch.steps - batch.step);
    // Later epochs may be much faster (cached features): trust the last full one when known.
    const double perEpoch = lastEpochSeconds > 0 ? lastEpochSeconds : perStep * batch.steps;
    return thisEpoch + perEpoch * std::max(0, epochs - batch.epoch);
}

bool TrainingController::start(const TrainingRequest& request) {
    if (isActive()) return false;
    control_ = std::make_shared<TrainingControl>();
    auto control = control_;
    thread_ = QThread::create([this, request, control] {
        QString error;
        const QString runDir = runExperiment(request, *control, this, &error);
        QMetaObject::invokeMethod(
            this, [this, runDir, error] { onWorkerDone(runDir, error); }, Qt::QueuedConnection);
    });
    thread_->setObjectName(QStringLiteral("training"));
    setState(State::Preparing);
    thread_->start();
    return true;
}

void TrainingController::onWorkerDone(const QString& runDir, const QString& error) {
    if (thread_) {
        thread_->wait();
        delete thread_;
        thread_ = nullptr;
    }
    const bool stopped = control_ && control_->stop.load();
    setState(State::Idle);
    if (!error.isEmpty())
        Q_EMIT failed(error);
    else
        Q_EMIT finished(runDir, stopped);
}

void TrainingController::setPaused(bool paused) {
    if (!control_ || (state_ != State::Running && state_ != State::Paused)) return;
    control_->pause = paused;
    setState(paused ? State::Paused : State::Running);
}

void TrainingController::stop() {
    if (!control_ || !isActive()) return;
    control_->stop = true;
    control_->pause = false;
    setState(State::Stopping);
}

bool TrainingController::wait(int milliseconds) {
    if (!thread_) return true;
    const bool done = milliseconds < 0 ? thread_->wait() : thread_->wait(milliseconds);
    return done;
}

void TrainingController::setState(State state) {
    if (state_ == state) return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

}  // namespace layerlab::ui

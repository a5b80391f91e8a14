#include "experiment/Experiment.h"

#include <algorithm>
#include <cmath>

#include "experiment/ExperimentBuilder.h"
#include "experiment/RunCheckpoints.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

fs::path runDirOf(const ExperimentSpec& spec) {
    return std::visit([](const auto& s) { return s.runDir; }, spec);
}

}  // namespace

Experiment::Experiment(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Experiment::~Experiment() = default;

std::unique_ptr<Experiment> Experiment::create(const ExperimentSpec& spec, const Say& say,
                                               const CancelToken& stop, ExistingRun existing) {
    validate(spec);
    if (runDirOf(spec).empty()) throw UsageError(MessageId::TrainNeedsRunDir);
    const ExperimentSpec absolute = withAbsolutePaths(spec);
    Transcript transcript(say);
    auto impl = buildExperiment(absolute, transcript.recorder(), stop);
    throwIfStopped(stop);
    const RunRecord record = RunRecord::newRun(absolute, impl->classes);
    impl->run.emplace(RunDirectory::create(runDirOf(absolute),
                                           record.toExperimentJson(*impl->network), existing));
    impl->createdHere = true;
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

namespace {

// The epoch a run resumes after, once its checkpoint and history agree with each other and
// with the experiment; a mismatch names the file that is wrong.
int checkedResumeEpoch(const RunDirectory& run, int started, int epochs) {
    const auto checkpoint = run.checkpointEpoch();
    const auto history = run.history();
    const std::string where = displayPath(run.path());
    // Killed before its first checkpoint (they are kept by time): it starts again, and the
    // epochs in its history are trained again.
    if (!checkpoint) return started;
    if (*checkpoint < started || *checkpoint > epochs)
        throw FileError(MessageId::ResumeCheckpointOutside,
                        {where, std::to_string(*checkpoint), std::to_string(started + 1),
                         std::to_string(epochs)});
    const auto done = std::count_if(history.begin(), history.end(),
                                    [&](const EpochMetrics& m) { return m.epoch <= *checkpoint; });
    if (done < *checkpoint)
        throw FileError(MessageId::ResumeHistoryShort,
                        {where, std::to_string(done), std::to_string(*checkpoint)});
    return *checkpoint;
}

// "Resuming RUN after epoch 12", or, when the history went past the checkpoint (a run killed
// between checkpoints), which epochs are trained again.
Message resumeLine(const std::string& run, int from, int recorded, bool checkpointed) {
    if (recorded <= from) return Message(MessageId::Resuming, {run, std::to_string(from)});
    const bool one = recorded == from + 1;
    const MessageId id = one ? (checkpointed ? MessageId::ResumeRedoOneCheckpointed
                                             : MessageId::ResumeRedoOneUnchecked)
                             : (checkpointed ? MessageId::ResumeRedoManyCheckpointed
                                             : MessageId::ResumeRedoManyUnchecked);
    return Message(id, {run, std::to_string(from), std::to_string(from + 1),
                        std::to_string(recorded)});
}

}  // namespace

std::unique_ptr<Experiment> Experiment::resume(const fs::path& runDir, const Say& say,
                                               const CancelToken& stop) {
    RunDirectory run = RunDirectory::openForWriting(runDir);
    const RunRecord stored = RunRecord::read(run);
    Transcript transcript(say);
    const Say record = transcript.recorder();
    stored.requireAbsolutePaths();
    // A fine-tuning run starts from its source's model, not from pretrained weights.
    const auto& origin = stored.fineTunedFrom;
    auto impl =
        buildExperiment(stored.spec, record, stop,
                        origin ? RunDirectory::file(origin->run, RunFile::FinalModel) : fs::path());
    impl->firstMarker = origin ? "fine-tune" : "";
    impl->run.emplace(std::move(run));
    const int started = origin ? origin->afterEpoch : 0;
    impl->initialEpoch = checkedResumeEpoch(*impl->run, started, impl->epochs);
    if (impl->initialEpoch > started) impl->firstMarker.clear();
    if (impl->run->checkpointEpoch()) {
        const std::string folder = displayPath(impl->run->file(RunFile::Checkpoints));
        impl->trainer->loadModelState(impl->run->checkpointModel(),
                                      Message(MessageId::ModelInCheckpoint, {folder}));
        impl->trainer->loadOptimizerState(impl->run->checkpointOptimizer(),
                                          Message(MessageId::OptimizerInCheckpoint, {folder}));
    }
    // Only now, with the checkpoint loaded, are epochs after it dropped from the history.
    const auto history = impl->run->history();
    const int recorded = history.empty() ? impl->initialEpoch : history.back().epoch;
    impl->run->truncateHistory(impl->initialEpoch);
    record(resumeLine(displayPath(runDir), impl->initialEpoch, recorded,
                      impl->run->checkpointEpoch().has_value()));
    if (impl->initialEpoch >= impl->epochs)
        record(Message(MessageId::RunAlreadyFinished, {std::to_string(impl->epochs)}));
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

Task Experiment::task() const {
    return impl_->task;
}
RunDirectory& Experiment::run() {
    return *impl_->run;
}
Network& Experiment::network() {
    return *impl_->network;
}
int Experiment::initialEpoch() const {
    return impl_->initialEpoch;
}
int Experiment::epochs() const {
    return impl_->epochs;
}

void Experiment::train(const FitCallbacks& callbacks, TrainingControl& control) {
    Impl& d = *impl_;
    RunDirectory& run = *d.run;
    FitCallbacks wrapped = callbacks;
    wrapped.log = [&](const Message& message) {
        if (callbacks.log) callbacks.log(message);
        run.log(englishText(message));
    };
    std::string marker = d.firstMarker;
    RunCheckpoints checkpoints(run, *d.trainer, d.checkpointEvery, d.initialEpoch);
    wrapped.onEpoch = [&](const EpochMetrics& m) {
        EpochMetrics row = m;
        row.marker = marker;
        marker.clear();
        run.appendHistory(row);
        checkpoints.epochEnded(row, m.epoch == d.epochs);
        if (callbacks.onEpoch) callbacks.onEpoch(row);
    };
    wrapped.onPause = [&] {
        checkpoints.settle();
        if (callbacks.onPause) callbacks.onPause();
    };
    try {
        d.trainer->fit(wrapped, control, d.initialEpoch);
        checkpoints.settle();  // stopped, finished or stopped early
    } catch (...) {
        try {
            checkpoints.settle();  // the last whole epoch, when the disk still takes it
        } catch (...) {            // the failure being handled is the one to report
        }
        // A new run that failed before its first epoch ended is no run: nothing is left of it.
        const auto history = run.history();
        const bool trained = !history.empty() && history.back().epoch > d.initialEpoch;
        if (d.createdHere && !run.checkpointEpoch() && !trained) run.discard();
        throw;
    }
    // Stopped before its first epoch ended: the run stays, resumable from its first epoch, but
    // there is no trained model to write yet.
    if (!run.checkpointEpoch()) return;
    if (checkpoints.modelIsCheckpoint())
        run.writeFinalModelAsCheckpoint();
    else  // stopped in the middle of an epoch, or early stopping restored the best weights
        run.writeFinalModel(saveNetworkWeights(*d.network));
    std::vector<RunDirectory::Prediction> predictions;
    for (const auto& p : d.trainer->lastValidationPredictions())
        predictions.push_back({d.validationItems.at(p.index), static_cast<int>(p.label),
                               static_cast<int>(p.predicted), p.probability});
    if (!predictions.empty()) run.writePredictions(predictions);
    if (d.afterTraining && !control.stop.cancelled())
        d.afterTraining(callbacks.log ? callbacks.log : Say([](const Message&) {}));
}

}  // namespace layerlab

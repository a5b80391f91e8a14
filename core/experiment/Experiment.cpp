#include "experiment/Experiment.h"

#include <algorithm>
#include <cmath>

#include "experiment/CheckpointWriter.h"
#include "experiment/ExperimentBuilder.h"
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
    if (!checkpoint) {
        // One epoch past the start without a checkpoint: killed between writing its history
        // row and its checkpoint. That epoch is trained again.
        if (!history.empty() && history.back().epoch > started + 1)
            throw FileError(MessageId::ResumeNoCheckpoint,
                            {where, std::to_string(history.back().epoch)});
        return started;
    }
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
    impl->run->truncateHistory(impl->initialEpoch);
    record(Message(MessageId::Resuming,
                   {displayPath(runDir), std::to_string(impl->initialEpoch)}));
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
    double bestValLoss = INFINITY;
    for (const auto& row : run.history()) bestValLoss = std::min(bestValLoss, row.valLoss);
    CheckpointWriter writer(run);
    wrapped.onEpoch = [&](const EpochMetrics& m) {
        const bool best = m.valLoss < bestValLoss;  // ModelCheckpoint(save_best_only), val_loss
        if (best) bestValLoss = m.valLoss;
        EpochMetrics row = m;
        row.marker = marker;
        marker.clear();
        writer.wait();
        run.appendHistory(row);
        writer.start(m.epoch, best, d.trainer->snapshotModelState(),
                     d.trainer->snapshotOptimizerState());
        if (callbacks.onEpoch) callbacks.onEpoch(row);
    };
    try {
        d.trainer->fit(wrapped, control, d.initialEpoch);
        writer.wait();
    } catch (...) {
        try {
            writer.wait();
        } catch (...) {  // the failure being handled is the one to report
        }
        // A new run that failed before its first epoch ended is no run: nothing is left of it.
        if (d.createdHere && !run.checkpointEpoch()) run.discard();
        throw;
    }
    // Stopped before its first epoch ended: the run stays, resumable from its first epoch, but
    // there is no trained model to write yet.
    if (!run.checkpointEpoch()) return;
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

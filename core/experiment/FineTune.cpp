#include "experiment/ExperimentBuilder.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"

namespace fs = std::filesystem;

namespace layerlab {

namespace {

// What a fine-tune unfreezes: the request's layers, where the lesson's default (VGG16's
// block5_conv) stands for "the base's last frozen block" on other backbones, as the GUI's
// fine-tune dialog ticks it.
std::vector<std::string> blocksToUnfreeze(const FineTuneRequest& request,
                                          const TransferExperimentSpec& source) {
    if (request.unfreeze != FineTuneRequest{}.unfreeze || source.model.backbone == Backbone::Vgg16)
        return request.unfreeze;
    Network network(source.model);
    source.applyFreezing(network);
    std::string last;
    for (const std::string& block : backboneBlocks(network.layers()))
        for (const LayerSpec& l : network.layers())
            if (l.block == block && !l.trainable) last = block;
    if (last.empty()) throw UsageError(MessageId::FineTuneNothingFrozen);
    return {last};
}

}  // namespace

std::unique_ptr<Experiment> Experiment::fineTune(const FineTuneRequest& request, const Say& say,
                                                 const CancelToken& stop) {
    if (request.epochs < 1) throw UsageError(MessageId::FineTuneNeedsEpochs);
    if (request.runDir.empty()) throw UsageError(MessageId::FineTuneNeedsRunDir);
    const auto inside = [](const fs::path& folder, const fs::path& outer) {
        std::error_code error;
        for (fs::path p = fs::weakly_canonical(folder, error); !p.empty() && p != p.parent_path();
             p = p.parent_path())
            if (fs::equivalent(p, outer, error)) return true;
        return false;
    };
    if (inside(request.runDir, request.from))
        throw UsageError(MessageId::FineTuneIntoSource);
    RunDirectory source = RunDirectory::open(request.from);
    if (!source.hasFinalModel())  // killed, or stopped before an epoch
        throw FileError(MessageId::FineTuneNoFinalModel, {displayPath(request.from)});
    const RunRecord stored = RunRecord::read(source);
    stored.requireAbsolutePaths();
    const auto* sourceSpec = std::get_if<TransferExperimentSpec>(&stored.spec);
    if (!sourceSpec) throw UsageError(MessageId::FineTuneNotTransfer);
    const auto history = source.history();
    const int done = history.empty() ? 0 : history.back().epoch;
    // The same experiment with the new freeze state, learning rate and epoch count, so that
    // resuming the fine-tune rebuilds the same model.
    TransferExperimentSpec spec = *sourceSpec;
    spec.fit.learningRate = request.learningRate;
    spec.fit.epochs = done + request.epochs;
    spec.runDir = fs::absolute(request.runDir).lexically_normal();
    spec.weights = {WeightsSource::Kind::None, {}};
    if (request.checkpointEvery) spec.fit.checkpointEvery = *request.checkpointEvery;
    const std::vector<std::string> unfreeze = blocksToUnfreeze(request, *sourceSpec);
    spec.unfreeze.insert(spec.unfreeze.end(), unfreeze.begin(), unfreeze.end());
    Transcript transcript(say);
    const Say record = transcript.recorder();
    auto impl = buildTransfer(spec, record, stop, source.file(RunFile::FinalModel));
    throwIfStopped(stop);
    const RunRecord tune =
        RunRecord::newRun(spec, impl->classes, FineTuneOrigin{fs::absolute(request.from), done});
    impl->run.emplace(RunDirectory::create(request.runDir, tune.toExperimentJson(*impl->network),
                                           request.existing));
    impl->createdHere = true;
    for (const auto& row : history) impl->run->appendHistory(row);
    impl->initialEpoch = done;
    impl->firstMarker = "fine-tune";
    record(Message(MessageId::FineTuning, {displayPath(source.path()), std::to_string(done)}));
    transcript.writeTo(*impl->run);
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

}  // namespace layerlab

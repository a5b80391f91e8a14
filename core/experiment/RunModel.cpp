#include "experiment/RunModel.h"

#include "experiment/Experiment.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "model/KerasExport.h"
#include "model/Network.h"
#include "model/SequenceModel.h"
#include "train/Trainer.h"
#include "util/Checksum.h"

namespace fs = std::filesystem;

namespace layerlab {

RunModel::RunModel() = default;
RunModel::~RunModel() = default;
RunModel::RunModel(RunModel&&) noexcept = default;

RunModel loadRunModel(const fs::path& runDir) {
    const RunDirectory run = RunDirectory::open(runDir);
    RunModel model;
    model.spec = readRunSpec(run);
    if (const auto* transfer = std::get_if<TransferExperimentSpec>(&model.spec)) {
        model.classes = readRunClasses(run);
        ModelSpec spec = transfer->model;
        spec.numClasses = static_cast<int>(model.classes.size());
        model.network = std::make_unique<Network>(spec);
    } else {
        const auto& imdb = std::get<ImdbExperimentSpec>(model.spec);
        model.classes = {"negative", "positive"};
        model.network = std::make_unique<Network>(buildSequenceLayers(imdb.model),
                                                  sequenceInputShape(imdb.model));
    }
    const fs::path final = runDir / "model.pt";
    std::error_code error;
    std::string bytes, source;
    if (fs::exists(final, error)) {
        bytes = readFileBytes(final);
        source = displayPath(final);
    } else if (run.checkpointEpoch()) {
        bytes = run.checkpointModel();
        source = "The model in " + displayPath(runDir / "checkpoint");
        model.unfinished = "the run has not finished: its checkpoint of epoch " +
                           std::to_string(*run.checkpointEpoch());
    } else {
        throw FileError(displayPath(runDir) + " has no trained model yet");
    }
    loadNetworkWeights(*model.network, bytes, source);
    model.weightsChecksum = fnv64Hex(bytes);
    return model;
}

void writeKerasModel(RunModel& model, const fs::path& file) {
    const auto& origin = model.network->pretrainedOrigin();
    std::error_code error;
    if (origin && fs::equivalent(origin->file, file, error))
        throw UsageError(displayPath(file) +
                         " holds the frozen layers this run (and others) read: export to "
                         "another file");
    writeFileAtomically(file, kerasModelFile(*model.network, model.classes));
}

}  // namespace layerlab

#include "experiment/RunModel.h"

#include <optional>

#include "experiment/RunRecord.h"
#include "io/ExportTarget.h"
#include "io/FileIO.h"
#include "io/KerasH5.h"
#include "io/Paths.h"
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
    const RunRecord record = RunRecord::read(run);
    RunModel model;
    model.spec = record.spec;
    model.classes = record.classes;
    if (const auto* transfer = std::get_if<TransferExperimentSpec>(&model.spec)) {
        ModelSpec spec = transfer->model;
        spec.numClasses = static_cast<int>(model.classes.size());
        model.network = std::make_unique<Network>(spec);
    } else {
        const auto& imdb = std::get<ImdbExperimentSpec>(model.spec);
        model.network = std::make_unique<Network>(buildSequenceLayers(imdb.model),
                                                  sequenceInputShape(imdb.model));
    }
    std::string bytes;
    Message source;
    if (record.hasFinalModel) {
        const fs::path final = run.file(RunFile::FinalModel);
        bytes = readFileBytes(final);
        source = verbatim(displayPath(final));
    } else if (run.checkpointEpoch()) {
        bytes = run.checkpointModel();
        source = Message(MessageId::ModelInCheckpoint, {displayPath(run.file(RunFile::Checkpoints))});
        model.unfinished =
            Message(MessageId::RunUnfinished, {std::to_string(*run.checkpointEpoch())});
    } else {
        throw FileError(MessageId::RunHasNoModel, {displayPath(runDir)});
    }
    loadNetworkWeights(*model.network, bytes, source);
    model.weightsChecksum = fnv64Hex(bytes);
    return model;
}

namespace {

// Why an export must not write `file` (empty: it may).
std::optional<Message> exportRefusal(const RunModel& model, const fs::path& file,
                                     ExistingExport existing) {
    if (auto refusal = exportTargetRefusal(file)) return refusal;
    std::error_code error;
    const std::string name = displayPath(file);
    const auto& origin = model.network->pretrainedOrigin();
    if (origin && fs::equivalent(origin->file, file, error))
        return Message(MessageId::ExportOverWeights, {name});
    if (!fs::exists(file, error)) return {};
    if (!isLayerLabKerasExport(file)) return Message(MessageId::ExportNotOurs, {name});
    if (existing == ExistingExport::Refuse) return Message(MessageId::ExportExists, {name});
    return {};
}

}  // namespace

void writeKerasModel(RunModel& model, const fs::path& file, ExistingExport existing) {
    if (auto refusal = exportRefusal(model, file, existing)) throw UsageError(std::move(*refusal));
    writeFileAtomically(file, kerasModelFile(*model.network, model.classes));
}

}  // namespace layerlab

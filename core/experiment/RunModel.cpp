#include "experiment/RunModel.h"

#include <optional>

#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
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

// `path`, or the nearest of its parent folders, is a run folder (it holds experiment.json).
std::optional<fs::path> enclosingRun(const fs::path& path) {
    for (fs::path p = path.parent_path(); !p.empty(); p = p.parent_path()) {
        if (RunDirectory::holdsRun(p)) return p;
        if (p == p.parent_path()) break;
    }
    return std::nullopt;
}

bool isInside(const fs::path& path, const fs::path& folder) {
    std::error_code error;
    const fs::path outer = fs::weakly_canonical(folder, error);
    if (error || outer.empty()) return false;
    for (fs::path p = path.parent_path(); !p.empty(); p = p.parent_path()) {
        if (p == outer) return true;
        if (p == p.parent_path()) break;
    }
    return false;
}

// Why an export must not write `file` (empty: it may).
std::optional<Message> exportRefusal(const RunModel& model, const fs::path& file,
                                     ExistingExport existing) {
    if (file.empty()) return Message(MessageId::ExportNeedsFile);
    std::error_code error;
    const fs::path target = fs::weakly_canonical(fs::absolute(file), error);
    const std::string name = displayPath(file);
    if (const auto run = enclosingRun(target))
        return Message(MessageId::ExportInsideRun, {name, displayPath(*run)});
    std::vector<fs::path> caches = kerasCacheDirs();
    caches.push_back(userCacheDir());
    for (const fs::path& cache : caches)
        if (isInside(target, cache))
            return Message(MessageId::ExportInsideCache, {name, displayPath(cache)});
    const auto& origin = model.network->pretrainedOrigin();
    if (origin && fs::equivalent(origin->file, file, error))
        return Message(MessageId::ExportOverWeights, {name});
    const fs::file_status status = fs::symlink_status(file, error);
    if (!fs::exists(status)) return {};
    if (fs::is_symlink(status)) return Message(MessageId::ExportIsLink, {name});
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

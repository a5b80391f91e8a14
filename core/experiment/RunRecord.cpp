#include "experiment/RunRecord.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "data/Imdb.h"
#include "experiment/ImageFolders.h"
#include "experiment/SequenceOptions.h"
#include "io/FileIO.h"
#include "model/Network.h"
#include "util/EnumNames.h"
#include "util/Text.h"
#include "util/Version.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab {
namespace {

// --- writing ------------------------------------------------------------------------------

json experimentJson(const ExperimentSpec& spec, json data, json model, json fit) {
    return {{"layerlab", kLayerLabVersion}, {"task", enumName(kTasks, taskOf(spec))},
            {"args", experimentArgs(spec)}, {"data", std::move(data)},
            {"model", std::move(model)},    {"fit", std::move(fit)}};
}

json transferJson(const TransferExperimentSpec& s, const std::vector<std::string>& classes,
                  const Network& network) {
    const ImageFolders folders = imageFolders(s);
    json frozen = json::array();
    for (const auto& layer : network.layers())
        if (!layer.trainable) frozen.push_back(layer.name);
    const FitConfig& fit = s.fit;
    return experimentJson(s,
                          {{"train", folders.train.string()},
                           {"validation", folders.validation.string()},
                           {"classes", classes}},
                          {{"backbone", enumName(kBackbones, s.model.backbone)},
                           {"alpha", s.model.alpha},
                           {"input_size", s.model.inputSize},
                           {"head", enumName(kHeads, s.model.head)},
                           {"preprocessing", enumName(kPreprocessings, s.model.preprocessing)},
                           {"weights", network.weightsSource()},
                           {"frozen_layers", frozen}},
                          {{"epochs", fit.epochs},
                           {"steps_per_epoch", fit.stepsPerEpoch},
                           {"validation_steps", fit.validationSteps},
                           {"batch_size", fit.batchSize},
                           {"optimizer", enumName(kOptimizers, fit.optimizer)},
                           {"learning_rate", fit.learningRate},
                           {"seed", fit.seed},
                           {"cache", fit.cacheFrozenFeatures},
                           {"augmented_copies", fit.augmentedCopies},
                           {"augment", s.augment ? kerasCode(*s.augment) : "none"},
                           {"interpolation", interpolationName(s.interpolation)}});
}

json imdbJson(const ImdbExperimentSpec& s, const std::vector<std::string>& classes) {
    const SequenceModelSpec& m = s.model;
    return experimentJson(s,
                          {{"path", s.data.string()},
                           {"num_words", m.numWords},
                           {"skip_top", s.skipTop},
                           {"maxlen", m.maxlen},
                           {"classes", classes}},
                          {{"cell", enumName(kRecurrentCells, m.cell)},
                           {"units", m.units},
                           {"input", enumName(kSequenceInputs, m.input)},
                           {"embedding_dim", m.embeddingDim},
                           {"layers", m.recurrentLayers},
                           {"bidirectional", m.bidirectional}},
                          {{"epochs", s.fit.epochs},
                           {"batch_size", s.fit.batchSize},
                           {"optimizer", enumName(kOptimizers, s.fit.optimizer)},
                           {"learning_rate", s.fit.learningRate},
                           {"validation_split", s.validationSplit},
                           {"seed", s.fit.seed}});
}

// --- reading ------------------------------------------------------------------------------

// Earlier builds kept paths as typed. Their --run-dir was typed relative to the same folder as
// the others, so where the run has not moved, its folder's path ends with it and says which
// folder that was: /home/t/lesson/runs/a typed as runs/a was made in /home/t/lesson.
std::optional<fs::path> workingFolderOf(const ExperimentSpec& spec, const fs::path& runPath) {
    const fs::path typed = std::visit([](const auto& s) { return s.runDir; }, spec);
    if (typed.empty() || typed.is_absolute()) return std::nullopt;
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(runPath), error);
    const fs::path normal = typed.lexically_normal();
    std::vector<fs::path> parts(normal.begin(), normal.end());
    if (!parts.empty() && parts.back().empty()) parts.pop_back();  // a trailing slash
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
        if (folder.filename() != *part) return std::nullopt;
        folder = folder.parent_path();
    }
    return folder;
}

ExperimentSpec resolvedSpec(const json& experiment, const fs::path& runPath) {
    const ExperimentSpec spec =
        parseExperimentSpec(experiment.at("args").get<std::vector<std::string>>());
    if (!firstRelativePath(spec)) return spec;
    const auto folder = workingFolderOf(spec, runPath);
    if (!folder) return spec;  // left relative: requireAbsolutePaths refuses to train on it
    return withAbsolutePaths(spec, *folder);
}

// Null and objects are left out: nothing a class would compare.
std::optional<RecordedValue> recordedValue(const json& value) {
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) return value.get<std::string>();
    if (!value.is_array()) return std::nullopt;
    std::vector<std::string> items;
    for (const json& item : value)
        items.push_back(item.is_string() ? item.get<std::string>() : item.dump());
    return items;
}

std::vector<RecordedSetting> recordedSettings(const json& experiment) {
    std::vector<RecordedSetting> settings;
    for (const char* section : {"data", "model", "fit"}) {
        const auto found = experiment.find(section);
        if (found == experiment.end() || !found->is_object()) continue;
        for (const auto& [name, value] : found->items())
            if (auto recorded = recordedValue(value))
                settings.push_back({std::string(section) + "." + name, std::move(*recorded)});
    }
    return settings;
}

// The part experiment.json says; any problem in it (broken JSON, a missing field, an option
// out of range) told as one sentence that names the file.
template <typename Read>
auto readingExperiment(const std::string& file, Read&& read) {
    try {
        return read();
    } catch (const json::exception& error) {
        throw FileError(MessageId::RunSettingsDamaged, {file, withoutJsonTag(error.what())});
    } catch (const UsageError& error) {
        throw FileError(MessageId::RunSettingsInvalid, {file}, error.message());
    }
}

void readExperiment(const RunDirectory& run, RunRecord& record) {
    readingExperiment(displayPath(run.file(RunFile::Experiment)), [&] {
        const json experiment = json::parse(run.experimentJson());
        record.spec = resolvedSpec(experiment, run.path());
        // IMDB's labels are fixed by the data set; an image run's are its class folders.
        record.classes = record.task() == Task::Imdb
                             ? imdbClassNames()
                             : experiment.at("data").at("classes").get<std::vector<std::string>>();
        const std::string from = experiment.value("fine_tune_from", "");
        if (!from.empty())
            record.fineTunedFrom =
                FineTuneOrigin{from, experiment.value("fine_tune_after_epoch", 0)};
        if (const auto by = experiment.find("made_by"); by != experiment.end())
            record.madeBy =
                RunAuthor{by->value("user", std::string()), by->value("host", std::string())};
        if (const auto model = experiment.find("model"); model != experiment.end())
            record.frozenLayers = model->value("frozen_layers", std::vector<std::string>());
        record.settings = recordedSettings(experiment);
    });
}

// The settings experiment.json spells out for people that name files (as recorded: they are
// not worked out again from the data, which need not be in place yet).
void relocateSettings(json& experiment, const Relocation& relocate) {
    for (const auto& [section, key] : {std::pair{"data", "train"}, std::pair{"data", "validation"},
                                       std::pair{"data", "path"}, std::pair{"model", "weights"}}) {
        const auto found = experiment.find(section);
        if (found == experiment.end() || !found->contains(key)) continue;
        json& value = (*found)[key];
        if (value.is_string() && !value.get<std::string>().empty())
            value = relocate(value.get<std::string>()).string();
    }
    const std::string from = experiment.value("fine_tune_from", "");
    if (!from.empty()) experiment["fine_tune_from"] = relocate(from).string();
}

}  // namespace

RunRecord RunRecord::newRun(ExperimentSpec spec, std::vector<std::string> classes,
                            std::optional<FineTuneOrigin> fineTunedFrom) {
    RunRecord record;
    record.folder = std::visit([](const auto& s) { return s.runDir; }, spec);
    record.spec = std::move(spec);
    record.classes = std::move(classes);
    record.fineTunedFrom = std::move(fineTunedFrom);
    record.madeBy = thisAuthor();
    return record;
}

std::string RunRecord::toExperimentJson(const Network& network) const {
    json experiment = std::holds_alternative<ImdbExperimentSpec>(spec)
                          ? imdbJson(std::get<ImdbExperimentSpec>(spec), classes)
                          : transferJson(std::get<TransferExperimentSpec>(spec), classes, network);
    if (fineTunedFrom) {
        experiment["fine_tune_from"] = fineTunedFrom->run.string();
        experiment["fine_tune_after_epoch"] = fineTunedFrom->afterEpoch;
    }
    if (madeBy) experiment["made_by"] = {{"user", madeBy->user}, {"host", madeBy->host}};
    return experiment.dump(2);
}

RunRecord RunRecord::read(const RunDirectory& run) {
    RunRecord record;
    record.folder = run.path();
    readExperiment(run, record);
    record.hasFinalModel = run.hasFinalModel();
    try {
        record.label = run.label();
        record.history = run.history();
    } catch (const FileError& error) {
        record.problem = error.message();
    }
    return record;
}

RunRecord RunRecord::read(const fs::path& runDir) {
    return read(RunDirectory::open(runDir));
}

std::string RunRecord::relocatedExperimentJson(const std::string& experimentJson,
                                               const Relocation& relocate,
                                               const std::string& where) {
    return readingExperiment(where, [&] {
        json experiment = json::parse(experimentJson);
        const ExperimentSpec spec = withRelocatedPaths(
            parseExperimentSpec(experiment.at("args").get<std::vector<std::string>>()), relocate);
        experiment["args"] = experimentArgs(spec);
        relocateSettings(experiment, relocate);
        return experiment.dump(2);
    });
}

Task RunRecord::task() const {
    return taskOf(spec);
}

int RunRecord::epochsPlanned() const {
    return std::visit([](const auto& s) { return s.fit.epochs; }, spec);
}

int RunRecord::epochsDone() const {
    return history.empty() ? 0 : history.back().epoch;
}

bool RunRecord::finished() const {
    return epochsDone() >= epochsPlanned();
}

std::optional<BestEpoch> RunRecord::bestEpoch() const {
    std::optional<BestEpoch> best;
    for (const auto& m : history)
        if (std::isfinite(m.valAccuracy) && (!best || m.valAccuracy > best->valAccuracy))
            best = BestEpoch{m.epoch, m.valAccuracy};
    return best;
}

double RunRecord::trainingSeconds() const {
    double seconds = 0;
    for (const auto& m : history) seconds += m.seconds;
    return seconds;
}

ImageFolders RunRecord::imageFolders() const {
    const auto* transfer = std::get_if<TransferExperimentSpec>(&spec);
    return transfer ? layerlab::imageFolders(*transfer) : ImageFolders{};
}

void RunRecord::requireAbsolutePaths() const {
    // A relative path would mean another folder from wherever LayerLab now runs: other data,
    // silently.
    if (const auto relative = firstRelativePath(spec))
        throw FileError(MessageId::RunSettingsRelative,
                        {displayPath(RunDirectory::file(folder, RunFile::Experiment)),
                         relative->string()});
}

}  // namespace layerlab

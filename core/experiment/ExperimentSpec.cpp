#include "experiment/ExperimentSpec.h"

#include "io/FeatureStore.h"

#include "experiment/AugmentOptions.h"
#include "experiment/FitOptions.h"
#include "experiment/ModelOptions.h"
#include "experiment/SequenceOptions.h"
#include "model/Network.h"
#include "model/Summary.h"
#include "util/EnumNames.h"

namespace fs = std::filesystem;

namespace layerlab {
namespace {

void append(std::vector<std::string>& args, const std::vector<std::string>& more) {
    args.insert(args.end(), more.begin(), more.end());
}

WeightsSource readWeights(ArgList& args) {
    const auto text = args.value("--weights");
    if (!text || text->empty()) return {};
    if (*text == "none") return {WeightsSource::Kind::None, {}};
    return {WeightsSource::Kind::File, *text};
}

std::string weightsArg(const WeightsSource& weights) {
    switch (weights.kind) {
        case WeightsSource::Kind::None:
            return "none";
        case WeightsSource::Kind::File:
            return weights.file.string();
        case WeightsSource::Kind::KerasCache:
            break;
    }
    return {};
}

// load_data(skip_top=…): the most frequent words to map to OOV; IMDB has 88,584 words.
constexpr IntRange kSkipTopRange{"--skip-top", 0, 1000000, "0..1000000"};

// --cache auto|off: the frozen-feature cache.
constexpr std::pair<bool, const char*> kCacheModes[] = {{true, "auto"}, {false, "off"}};

}  // namespace

// --- transfer learning -----------------------------------------------------------------

TransferExperimentSpec TransferExperimentSpec::fromArgs(ArgList& args) {
    TransferExperimentSpec s;
    s.data = args.valueOr("--data", "");
    s.validationData = args.valueOr("--validation-data", "");
    s.model = readModelSpec(args);
    s.weights = readWeights(args);
    s.interpolation = readEnumOption(args, "--interpolation", kInterpolations, s.interpolation);
    const bool noAugment = args.flag("--no-augment");
    s.augment = readAugmentOptions(args);  // read either way: its options are not unknown
    if (noAugment) s.augment.reset();
    s.fit = readFitOptions(args, s.fit);
    s.fit.validationSteps = args.integer(kValidationStepsRange).value_or(s.fit.validationSteps);
    s.fit.cacheFrozenFeatures =
        readEnumOption(args, "--cache", kCacheModes, s.fit.cacheFrozenFeatures);
    s.fit.augmentedCopies = args.integer(kAugmentedCopiesRange).value_or(s.fit.augmentedCopies);
    s.fit.channelsLast = !args.flag("--no-channels-last");
    if (auto f = args.value("--freeze")) s.freeze = splitList(*f);
    if (auto u = args.value("--unfreeze")) s.unfreeze = splitList(*u);
    s.strategy = args.valueOr("--strategy", "");
    if (auto store = args.value("--feature-store"))
        s.featureStore = *store == "off" ? std::filesystem::path() : std::filesystem::path(*store);
    s.fit.featureStore.precision = readEnumOption(args, "--feature-precision", kFeaturePrecisions,
                                                  s.fit.featureStore.precision);
    if (auto cap = args.integerIn("--feature-store-cap", 1, 1 << 24))  // MB
        s.fit.featureStore.capBytes = static_cast<std::uintmax_t>(*cap) << 20;
    s.runDir = args.valueOr("--run-dir", "");
    return s;
}

std::filesystem::path TransferExperimentSpec::featureStoreDir() const {
    return featureStore ? *featureStore : FeatureStore::defaultDir();
}

std::vector<std::string> TransferExperimentSpec::toArgs() const {
    std::vector<std::string> args = {"--data", data.string()};
    if (!validationData.empty()) append(args, {"--validation-data", validationData.string()});
    append(args, modelOptionArgs(model));
    if (weights.kind != WeightsSource::Kind::KerasCache)
        append(args, {"--weights", weightsArg(weights)});
    append(args, {"--interpolation", interpolationName(interpolation)});
    if (augment)
        append(args, augmentOptionArgs(*augment));
    else
        args.push_back("--no-augment");
    append(args, fitOptionArgs(fit));
    append(args, {"--validation-steps", std::to_string(fit.validationSteps), "--cache",
                  enumName(kCacheModes, fit.cacheFrozenFeatures)});
    if (fit.augmentedCopies > 0)
        append(args, {"--augmented-copies", std::to_string(fit.augmentedCopies)});
    if (!fit.channelsLast) args.push_back("--no-channels-last");
    if (!strategy.empty()) append(args, {"--strategy", strategy});
    if (featureStore)
        append(args, {"--feature-store", featureStore->empty() ? "off" : featureStore->string()});
    const FeatureStoreUse& store = fit.featureStore;
    if (store.precision != FeatureStoreUse{}.precision)
        append(args, {"--feature-precision", enumName(kFeaturePrecisions, store.precision)});
    if (store.capBytes != FeatureStoreUse{}.capBytes)
        append(args, {"--feature-store-cap", std::to_string(store.capBytes >> 20)});
    if (!freeze.empty()) append(args, {"--freeze", joinList(freeze)});
    if (!unfreeze.empty()) append(args, {"--unfreeze", joinList(unfreeze)});
    if (!runDir.empty()) append(args, {"--run-dir", runDir.string()});
    return args;
}

void TransferExperimentSpec::validate() const {
    if (data.empty()) throw UsageError(MessageId::TrainNeedsData);
    checkModelSpec(model);
    checkFitConfig(fit);
    if (weights.kind == WeightsSource::Kind::File && weights.file.empty())
        throw UsageError(MessageId::WeightsNeedFile);
    if (!strategy.empty() && !findStrategy(strategy))
        throw UsageError(MessageId::StrategyUnknown, {strategy});
}

void TransferExperimentSpec::applyFreezing(std::vector<LayerSpec>& layers) const {
    if (!strategy.empty()) applyStrategy(layers, findStrategy(strategy)->strategy);
    try {
        for (const auto& name : freeze) setTrainable(layers, name, false);
        for (const auto& name : unfreeze) setTrainable(layers, name, true);
    } catch (const UsageError& error) {
        throw UsageError(MessageId::FreezeOption, {}, error.message());
    }
}

void TransferExperimentSpec::applyFreezing(Network& network) const {
    network.applyFreezing([this](std::vector<LayerSpec>& layers) { applyFreezing(layers); });
}

std::vector<LayerSpec> TransferExperimentSpec::frozenLayers(int classes) const {
    ModelSpec spec = model;
    spec.numClasses = classes;
    std::vector<LayerSpec> layers = buildLayers(spec);
    applyFreezing(layers);
    return layers;
}

// --- IMDB ----------------------------------------------------------------------------------

FitConfig ImdbExperimentSpec::bookFit() {
    FitConfig fit;
    fit.optimizer = OptimizerKind::RMSprop;
    fit.learningRate = defaults::imdb::kLearningRate;
    fit.epochs = defaults::imdb::kEpochs;
    fit.batchSize = defaults::imdb::kBatchSize;
    fit.stepsPerEpoch = 0;
    fit.validationSteps = 0;
    return fit;
}

ImdbOptions ImdbExperimentSpec::loadOptions() const {
    ImdbOptions options;
    options.numWords = model.numWords;
    options.skipTop = skipTop;
    options.seed = loadSeed;
    return options;
}

ImdbExperimentSpec ImdbExperimentSpec::fromArgs(ArgList& args) {
    ImdbExperimentSpec s;
    s.data = args.valueOr("--data", "");
    s.skipTop = args.integer(kSkipTopRange).value_or(s.skipTop);
    s.loadSeed = args.unsignedInteger("--load-seed").value_or(s.loadSeed);
    s.padding = readSide(args, "--padding");
    s.truncating = readSide(args, "--truncating");
    s.model = readSequenceModelSpec(args);
    s.fit = readFitOptions(args, s.fit);
    s.validationSplit = args.number("--validation-split").value_or(s.validationSplit);
    s.runDir = args.valueOr("--run-dir", "");
    return s;
}

std::vector<std::string> ImdbExperimentSpec::toArgs() const {
    std::vector<std::string> args = {"--data",       data.string(),
                                     "--skip-top",   std::to_string(skipTop),
                                     "--load-seed",  std::to_string(loadSeed),
                                     "--padding",    enumName(kSides, padding),
                                     "--truncating", enumName(kSides, truncating)};
    append(args, sequenceModelArgs(model));
    append(args, fitOptionArgs(fit));
    append(args, {"--validation-split", numberArg(validationSplit)});
    if (!runDir.empty()) append(args, {"--run-dir", runDir.string()});
    return args;
}

void ImdbExperimentSpec::validate() const {
    if (data.empty())
        throw UsageError(MessageId::ImdbNeedsData);
    kSkipTopRange.check(skipTop);
    checkSequenceModelSpec(model);
    checkFitConfig(fit);
    if (validationSplit < 0 || validationSplit >= 1)
        throw UsageError(MessageId::ValidationSplitRange);
}

// --- either ----------------------------------------------------------------------------------

Task taskOf(const ExperimentSpec& spec) {
    return std::holds_alternative<ImdbExperimentSpec>(spec) ? Task::Imdb : Task::Transfer;
}

ExperimentSpec parseExperimentSpec(const std::vector<std::string>& argList) {
    ArgList args(argList);
    const Task task = readEnumOption(args, "--task", kTasks, Task::Transfer);
    ExperimentSpec spec;
    if (task == Task::Imdb)
        spec = ImdbExperimentSpec::fromArgs(args);
    else
        spec = TransferExperimentSpec::fromArgs(args);
    const auto rest = args.positionals();
    if (!rest.empty()) throw UsageError(MessageId::UnexpectedArgument, {rest.front()});
    validate(spec);
    return spec;
}

std::vector<std::string> experimentArgs(const ExperimentSpec& spec) {
    std::vector<std::string> args = {"--task", enumName(kTasks, taskOf(spec))};
    append(args, std::visit([](const auto& s) { return s.toArgs(); }, spec));
    return args;
}

void validate(const ExperimentSpec& spec) {
    std::visit([](const auto& s) { s.validate(); }, spec);
}

namespace {

// Every file or folder an experiment names, for `visit` to read or change.
template <typename Spec, typename Visit>
void forEachPath(Spec& spec, Visit&& visit) {
    if (auto* imdb = std::get_if<ImdbExperimentSpec>(&spec)) {
        visit(imdb->data);
        visit(imdb->runDir);
        return;
    }
    auto& s = std::get<TransferExperimentSpec>(spec);
    for (auto* path : {&s.data, &s.validationData, &s.weights.file, &s.runDir}) visit(*path);
    if (s.featureStore) visit(*s.featureStore);
}

}  // namespace

ExperimentSpec withRelocatedPaths(ExperimentSpec spec, const Relocation& relocate) {
    forEachPath(spec, [&](fs::path& path) {
        if (!path.empty()) path = relocate(path);
    });
    return spec;
}

ExperimentSpec withAbsolutePaths(ExperimentSpec spec, const fs::path& base) {
    return withRelocatedPaths(std::move(spec), [&](const fs::path& path) {
        // As the file system reads it: "link/../data" is the data beside the link's target.
        std::error_code error;
        const fs::path resolved = fs::weakly_canonical(base / path, error);
        return error ? (base / path).lexically_normal() : resolved;
    });
}

std::optional<fs::path> firstRelativePath(const ExperimentSpec& spec) {
    std::optional<fs::path> relative;
    forEachPath(spec, [&](const fs::path& path) {
        if (!relative && path.is_relative() && !path.empty()) relative = path;
    });
    return relative;
}

}  // namespace layerlab

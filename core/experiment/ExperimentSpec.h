#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "data/Augmentation.h"
#include "data/ImageDecoder.h"
#include "data/Imdb.h"
#include "data/Sequences.h"
#include "experiment/ArgList.h"
#include "experiment/Task.h"
#include "io/RunDirectory.h"
#include "model/ModelSpec.h"
#include "model/PretrainedWeights.h"
#include "model/SequenceModel.h"
#include "train/FitConfig.h"

namespace layerlab {

class Network;

// Transfer learning and fine-tuning on an image folder. A default-constructed spec is the
// lesson's experiment (util/LessonDefaults.h) but for the data and run folders.
struct TransferExperimentSpec {
    std::filesystem::path data;            // DIR with train/ and validation/, or a train folder
    std::filesystem::path validationData;  // overrides DIR's validation folder
    ModelSpec model;
    WeightsSource weights;
    Interpolation interpolation = Interpolation::Nearest;  // flow_from_directory's resizing
    std::optional<AugmentParams> augment = AugmentParams::lesson();  // none: not augmented
    FitConfig fit;
    std::string strategy;                       // one of the lesson's four, or none
    std::vector<std::string> freeze, unfreeze;  // layers or blocks, after the strategy
    // --feature-store DIR|off: none, the default store (io/FeatureStore.h); an empty path, off.
    std::optional<std::filesystem::path> featureStore;
    std::filesystem::path runDir;

    // The feature store this experiment's trainer uses (empty: none).
    std::filesystem::path featureStoreDir() const;

    // Reads `layerlab-cli train --task transfer` options (the rest of `args` is left).
    static TransferExperimentSpec fromArgs(ArgList& args);
    // The options that fromArgs reads back into this very spec.
    std::vector<std::string> toArgs() const;
    // Throws UsageError naming the option of the first value out of range.
    void validate() const;
    // The freezing rule, written here alone: the strategy, then --freeze, then --unfreeze.
    // Throws UsageError naming --freeze/--unfreeze for a name that matches no layer.
    void applyFreezing(std::vector<LayerSpec>& layers) const;
    void applyFreezing(Network& network) const;
    // The model's layers for `classes` classes, frozen by that rule.
    std::vector<LayerSpec> frozenLayers(int classes) const;
};

// The RNN sentiment classifier on IMDB reviews. A default-constructed spec is the lesson's
// load_data/pad_sequences with the book's fit() (util/LessonDefaults.h).
struct ImdbExperimentSpec {
    std::filesystem::path data;  // an imdb.npz or an aclImdb folder
    int skipTop = defaults::imdb::kSkipTop;
    std::uint32_t loadSeed = defaults::imdb::kLoadSeed;  // load_data(seed=…)
    Side padding = Side::Pre, truncating = Side::Pre;
    SequenceModelSpec model;  // its numWords and maxlen are load_data's and pad_sequences'
    FitConfig fit = bookFit();
    double validationSplit = defaults::imdb::kValidationSplit;
    std::filesystem::path runDir;

    // The book's RNN fit(): RMSprop 1e-3, 10 epochs, batch 128, one pass over the data.
    static FitConfig bookFit();
    // load_data's arguments for this experiment.
    ImdbOptions loadOptions() const;

    static ImdbExperimentSpec fromArgs(ArgList& args);
    std::vector<std::string> toArgs() const;
    void validate() const;
};

// One experiment: what the GUI pages fill in, what the CLI parses into, and — as its argument
// list — what a run's experiment.json keeps, so any run can be repeated or resumed by either.
using ExperimentSpec = std::variant<TransferExperimentSpec, ImdbExperimentSpec>;

Task taskOf(const ExperimentSpec& spec);
// `layerlab-cli train` arguments: --task transfer|imdb (default transfer) and its options.
// Older spellings are accepted (--pad-maxlen for --maxlen), so old runs still open. Throws
// UsageError for unknown options and values out of range.
ExperimentSpec parseExperimentSpec(const std::vector<std::string>& args);
// The arguments parseExperimentSpec reads back into `spec`, --task first, one spelling each.
std::vector<std::string> experimentArgs(const ExperimentSpec& spec);
void validate(const ExperimentSpec& spec);
// The same experiment with every file and folder it names made absolute against `base` (the
// current folder), as experiment.json keeps them: a run resumed from another folder reads the
// same data.
ExperimentSpec withAbsolutePaths(ExperimentSpec spec,
                                 const std::filesystem::path& base = std::filesystem::current_path());
// The same experiment with every file and folder it names (none left empty) replaced by what
// `relocate` makes of it: a run installed from a lesson pack names the installed data.
using Relocation = std::function<std::filesystem::path(const std::filesystem::path&)>;
ExperimentSpec withRelocatedPaths(ExperimentSpec spec, const Relocation& relocate);
// The first file or folder `spec` names by a relative path (earlier LayerLab builds kept them as
// typed, without the folder they were relative to).
std::optional<std::filesystem::path> firstRelativePath(const ExperimentSpec& spec);

// A finished transfer run continued with more layers unfrozen, a lower learning rate and more
// epochs: the lesson's fine-tuning (block5_conv1..3, 1e-5) by default.
struct FineTuneRequest {
    std::filesystem::path from;  // a finished run
    std::vector<std::string> unfreeze{defaults::fine_tune::kUnfreeze};
    double learningRate = defaults::fine_tune::kLearningRate;
    int epochs = defaults::fine_tune::kMoreEpochs;  // more epochs after the source run's last
    std::filesystem::path runDir;
    ExistingRun existing = ExistingRun::Refuse;  // a run already in runDir
    std::optional<CheckpointInterval> checkpointEvery;  // none: the source run's
};

}  // namespace layerlab

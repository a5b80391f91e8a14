#include "experiment/Experiment.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

#include "data/AclImdb.h"
#include "data/ImageFolder.h"
#include "data/Imdb.h"
#include "experiment/AugmentOptions.h"
#include "experiment/FitOptions.h"
#include "experiment/ModelOptions.h"
#include "experiment/SequenceOptions.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "model/SequenceModel.h"
#include "train/Trainer.h"
#include "util/EnumNames.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace layerlab {

struct Experiment::Impl {
    std::string task;
    std::unique_ptr<Network> network;  // the trainer keeps a reference: never moved
    std::optional<Trainer> trainer;
    std::optional<RunDirectory> run;
    int initialEpoch = 0;
    int epochs = 0;
    std::string firstMarker;
    std::vector<std::string> classes;
    std::vector<std::string> validationItems;  // names for predictions.csv
    std::function<void(const Say&)> afterTraining;
};

namespace {

// --- transfer learning -----------------------------------------------------------------

// Everything a transfer run needs, parsed from train arguments.
struct TransferSetup {
    ModelSpec model;
    FitConfig fit;
    ImageInputConfig input;
    fs::path trainDir, validationDir;
    std::string weights;  // file, "none", or empty for the Keras cache
    std::vector<std::string> freeze, unfreeze;
    std::string strategy;
    fs::path runDir;
};

TransferSetup parseTransferSetup(ArgList& args) {
    TransferSetup s;
    const auto data = args.value("--data");
    if (!data) throw UsageError("train needs --data DIR");
    if (splitNames(*data).empty()) {
        s.trainDir = *data;
    } else {  // the lesson's layout: DIR/train and DIR/validation
        s.trainDir = fs::path(*data) / "train";
        for (const char* name : {"validation", "val", "test"})
            if (fs::is_directory(fs::path(*data) / name)) {
                s.validationDir = fs::path(*data) / name;
                break;
            }
    }
    if (auto v = args.value("--validation-data")) s.validationDir = *v;
    s.model = readModelSpec(args);
    s.weights = args.valueOr("--weights", "");
    s.input.size = s.model.inputSize;
    const auto interpolation = parseInterpolation(args.valueOr("--interpolation", "nearest"));
    if (!interpolation) throw UsageError("--interpolation must be nearest, bilinear or area");
    s.input.interpolation = *interpolation;
    const bool noAugment = args.flag("--no-augment");
    AugmentParams augment = readAugmentOptions(args);
    if (!noAugment && augment.randomTransformActive()) s.input.augment = augment;
    s.fit = readFitOptions(args, s.fit);
    s.fit.validationSteps =
        static_cast<int>(args.integer("--validation-steps").value_or(s.fit.validationSteps));
    const std::string cache = args.valueOr("--cache", "auto");
    if (cache != "auto" && cache != "off") throw UsageError("--cache must be auto or off");
    s.fit.cacheFrozenFeatures = cache == "auto";
    s.fit.augmentedCopies = static_cast<int>(args.integer("--augmented-copies").value_or(0));
    s.fit.channelsLast = !args.flag("--no-channels-last");
    if (auto f = args.value("--freeze")) s.freeze = splitList(*f);
    if (auto u = args.value("--unfreeze")) s.unfreeze = splitList(*u);
    s.strategy = args.valueOr("--strategy", "");
    if (!s.strategy.empty() && !findStrategy(s.strategy))
        throw UsageError("unknown --strategy " + s.strategy);
    s.runDir = args.valueOr("--run-dir", "");
    args.positionals();
    return s;
}

DatasetSummary scanChecked(const fs::path& dir, const std::vector<std::string>& classes,
                           const Say& say) {
    ImageFolderOptions options;
    options.classes = classes;
    DatasetSummary summary = scanImageFolder(dir, options);
    checkImageFiles(summary);
    say(summary.foundLine());
    for (const auto& file : summary.skipped)
        say("  skipped " + displayPath(file.path) + ": " + file.reason);
    if (summary.usableCount() == 0)
        throw DatasetError(displayPath(dir) + " has no usable images to train on");
    return summary;
}

void loadPretrained(Network& network, const TransferSetup& s, const Say& say) {
    if (s.weights == "none") {
        say("Weights: none asked for; the base is randomly initialised.");
        return;
    }
    std::optional<fs::path> file;
    if (!s.weights.empty())
        file = fs::path(s.weights);
    else
        file = findKerasWeights(s.model);
    if (!file) {
        say("No pretrained weights found for " +
            std::string(enumName(kBackbones, s.model.backbone)) + " (looked for " +
            kerasWeightsFileName(s.model) +
            " in the Keras cache ~/.keras/models): the base is randomly initialised. Give "
            "--weights FILE to use ImageNet weights.");
        return;
    }
    const int layers = network.loadKerasWeights(readKerasH5(*file));
    say("Weights: " + std::to_string(layers) + " layers from " + displayPath(*file));
}

void applyFreezing(Network& network, const TransferSetup& s) {
    if (!s.strategy.empty()) network.applyStrategy(findStrategy(s.strategy)->strategy);
    for (const auto& name : s.freeze) network.setTrainable(name, false);
    for (const auto& name : s.unfreeze) network.setTrainable(name, true);
}

void sayTotals(const Network& network, const Say& say) {
    const ParamTotals t = network.totals();
    say("Total params: " + withThousands(t.total) + "\nTrainable params: " +
        withThousands(t.trainable) + "\nNon-trainable params: " + withThousands(t.nonTrainable));
}

json transferJson(const TransferSetup& s, const std::vector<std::string>& args,
                  const std::vector<std::string>& classes, const Network& network) {
    json frozen = json::array();
    for (const auto& layer : network.layers())
        if (!layer.trainable) frozen.push_back(layer.name);
    return {{"layerlab", "0.1.0"},
            {"task", "transfer"},
            {"args", args},
            {"data",
             {{"train", s.trainDir.string()},
              {"validation", s.validationDir.string()},
              {"classes", classes}}},
            {"model",
             {{"backbone", enumName(kBackbones, s.model.backbone)},
              {"alpha", s.model.alpha},
              {"input_size", s.model.inputSize},
              {"head", enumName(kHeads, s.model.head)},
              {"preprocessing", enumName(kPreprocessings, s.model.preprocessing)},
              {"weights", network.weightsSource()},
              {"frozen_layers", frozen}}},
            {"fit",
             {{"epochs", s.fit.epochs},
              {"steps_per_epoch", s.fit.stepsPerEpoch},
              {"validation_steps", s.fit.validationSteps},
              {"batch_size", s.fit.batchSize},
              {"optimizer", enumName(kOptimizers, s.fit.optimizer)},
              {"learning_rate", s.fit.learningRate},
              {"seed", s.fit.seed},
              {"cache", s.fit.cacheFrozenFeatures},
              {"augmented_copies", s.fit.augmentedCopies},
              {"augment", s.input.augment ? kerasCode(*s.input.augment) : "none"},
              {"interpolation", interpolationName(s.input.interpolation)}}}};
}

// The network and trainer of a transfer run; `weightsFrom` replaces pretrained weights by a
// run's model (fine-tuning).
std::unique_ptr<Experiment::Impl> buildTransfer(const TransferSetup& s, const Say& say,
                                                const fs::path& weightsFrom = {}) {
    const DatasetSummary train = scanChecked(s.trainDir, {}, say);
    std::optional<DatasetSummary> validation;
    if (!s.validationDir.empty()) validation = scanChecked(s.validationDir, train.classes, say);

    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = "transfer";
    impl->epochs = s.fit.epochs;
    impl->classes = train.classes;
    ModelSpec spec = s.model;
    spec.numClasses = static_cast<int>(train.classes.size());
    impl->network = std::make_unique<Network>(spec, s.fit.seed);
    if (weightsFrom.empty()) {
        loadPretrained(*impl->network, s, say);
    } else {
        loadNetworkWeights(*impl->network, readFileBytes(weightsFrom));
        say("Weights: the model of " + displayPath(weightsFrom.parent_path()));
    }
    applyFreezing(*impl->network, s);
    sayTotals(*impl->network, say);

    std::optional<ImageSet> validationSet;
    ImageInputConfig plain = s.input;
    plain.augment.reset();
    if (validation) {
        validationSet.emplace(*validation, plain);
        for (std::size_t i = 0; i < validationSet->size(); ++i)
            impl->validationItems.push_back(displayPath(validationSet->path(i)));
    }
    impl->trainer.emplace(*impl->network, ImageSet(train, s.input), std::move(validationSet),
                          s.fit);
    if (impl->trainer->usesFeatureCache())
        say("Frozen prefix: its outputs are computed once per input and cached.");
    return impl;
}

// --- IMDB -------------------------------------------------------------------------------

std::unique_ptr<Experiment::Impl> buildImdb(ArgList& args, const std::vector<std::string>& rawArgs,
                                            const Say& say, bool createRun) {
    args.value("--task");
    const auto data = args.value("--data");
    if (!data)
        throw UsageError("train --task imdb needs --data (an imdb.npz or an aclImdb folder)");
    ImdbOptions options;
    options.numWords = static_cast<int>(args.integer("--num-words").value_or(500));
    options.skipTop = static_cast<int>(args.integer("--skip-top").value_or(0));
    options.seed = static_cast<std::uint32_t>(args.integer("--load-seed").value_or(113));
    const int maxlen = static_cast<int>(args.integer("--pad-maxlen").value_or(100));
    const Side padding = readSide(args, "--padding"), truncating = readSide(args, "--truncating");
    SequenceModelSpec spec = readSequenceModelSpec(args, "--pad-maxlen");
    spec.numWords = *options.numWords;
    spec.maxlen = maxlen;
    FitConfig book;  // the book's RNN defaults: RMSprop 1e-3, 10 epochs, batch 128, one pass
    book.optimizer = OptimizerKind::RMSprop;
    book.learningRate = 1e-3;
    book.epochs = 10;
    book.batchSize = 128;
    book.stepsPerEpoch = 0;
    book.validationSteps = 0;
    const FitConfig fit = readFitOptions(args, book);
    const double validationSplit = args.number("--validation-split").value_or(0.2);
    const std::string runDir = args.valueOr("--run-dir", "");
    args.positionals();
    if (runDir.empty() && createRun) throw UsageError("train needs --run-dir DIR");

    ImdbData raw;
    if (fs::is_directory(*data)) {
        AclImdb acl = readAclImdb(*data);
        for (const auto& problem : acl.problems)
            say("skipped " + displayPath(problem.path) + ": " + problem.problem);
        raw = std::move(acl.data);
    } else {
        raw = readImdbNpz(*data);
    }
    const ImdbData loaded = processImdb(std::move(raw), options);
    auto pad = [&](const ImdbSplit& split) {
        return SequenceSet{padSequences(split.x, maxlen, padding, truncating), split.y};
    };
    auto [train, validation] = splitValidation(pad(loaded.train), validationSplit);
    auto test = std::make_shared<SequenceSet>(pad(loaded.test));
    say("x_train " + std::to_string(train.size()) + ", validation " +
        std::to_string(validation.size()) + ", x_test " + std::to_string(test->size()) +
        " (maxlen " + std::to_string(maxlen) + ")");

    auto impl = std::make_unique<Experiment::Impl>();
    impl->task = "imdb";
    impl->epochs = fit.epochs;
    impl->network =
        std::make_unique<Network>(buildSequenceLayers(spec), sequenceInputShape(spec), fit.seed);
    say(impl->network->summary());
    for (std::size_t i = 0; i < validation.size(); ++i)
        impl->validationItems.push_back("x_train[" + std::to_string(train.size() + i) + "]");
    impl->trainer.emplace(*impl->network, std::move(train), std::move(validation), fit);
    Experiment::Impl* self = impl.get();
    impl->afterTraining = [test, self](const Say& sayLine) {
        const std::vector<float> probabilities = self->network->predictSequences(test->x);
        std::size_t correct = 0;
        for (std::size_t i = 0; i < test->size(); ++i)
            correct += (probabilities[i] > 0.5f) == (test->y[i] == 1);
        const std::string line =
            "test accuracy: " +
            std::to_string(static_cast<double>(correct) / static_cast<double>(test->size()));
        sayLine(line);
        self->run->log(line);
    };
    if (createRun) {
        const json experiment = {{"layerlab", "0.1.0"},
                                 {"task", "imdb"},
                                 {"args", rawArgs},
                                 {"data",
                                  {{"path", *data},
                                   {"num_words", *options.numWords},
                                   {"skip_top", options.skipTop},
                                   {"maxlen", maxlen},
                                   {"classes", {"negative", "positive"}}}},
                                 {"model",
                                  {{"cell", enumName(kRecurrentCells, spec.cell)},
                                   {"units", spec.units},
                                   {"input", spec.oneHot ? "one-hot" : "embedding"},
                                   {"embedding_dim", spec.embeddingDim},
                                   {"layers", spec.recurrentLayers},
                                   {"bidirectional", spec.bidirectional}}},
                                 {"fit",
                                  {{"epochs", fit.epochs},
                                   {"batch_size", fit.batchSize},
                                   {"optimizer", enumName(kOptimizers, fit.optimizer)},
                                   {"learning_rate", fit.learningRate},
                                   {"validation_split", validationSplit},
                                   {"seed", fit.seed}}}};
        impl->run.emplace(RunDirectory::create(runDir, experiment.dump(2)));
    }
    return impl;
}

bool isImdb(const std::vector<std::string>& args) {
    return ArgList(args).valueOr("--task", "transfer") == "imdb";
}

std::vector<std::string> storedArgs(const RunDirectory& run) {
    return json::parse(run.experimentJson()).at("args").get<std::vector<std::string>>();
}

}  // namespace

Experiment::Experiment(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Experiment::~Experiment() = default;

std::unique_ptr<Experiment> Experiment::create(const std::vector<std::string>& trainArgs,
                                               const Say& say) {
    ArgList args(trainArgs);
    if (isImdb(trainArgs))
        return std::unique_ptr<Experiment>(new Experiment(buildImdb(args, trainArgs, say, true)));
    const std::string task = args.valueOr("--task", "transfer");
    if (task != "transfer") throw UsageError("--task must be transfer or imdb");
    const TransferSetup setup = parseTransferSetup(args);
    if (setup.runDir.empty()) throw UsageError("train needs --run-dir DIR");
    auto impl = buildTransfer(setup, say);
    impl->run.emplace(RunDirectory::create(
        setup.runDir, transferJson(setup, trainArgs, impl->classes, *impl->network).dump(2)));
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

std::unique_ptr<Experiment> Experiment::resume(const fs::path& runDir, const Say& say) {
    RunDirectory run = RunDirectory::open(runDir);
    const std::vector<std::string> stored = storedArgs(run);
    ArgList args(stored);
    const json experiment = json::parse(run.experimentJson());
    std::unique_ptr<Impl> impl;
    if (isImdb(stored)) {
        impl = buildImdb(args, stored, say, false);
    } else {
        args.value("--task");
        // A fine-tuning run starts from its source's model, not from pretrained weights.
        const fs::path source = experiment.value("fine_tune_from", "");
        impl = buildTransfer(parseTransferSetup(args), say,
                             source.empty() ? source : source / "model.pt");
        impl->firstMarker = source.empty() ? "" : "fine-tune";
    }
    impl->run.emplace(std::move(run));
    const int started = experiment.value("fine_tune_after_epoch", 0);
    impl->initialEpoch = impl->run->checkpointEpoch().value_or(started);
    if (impl->initialEpoch > started) impl->firstMarker.clear();
    if (impl->run->checkpointEpoch()) {
        impl->trainer->loadModelState(impl->run->checkpointModel());
        impl->trainer->loadOptimizerState(impl->run->checkpointOptimizer());
    }
    impl->run->truncateHistory(impl->initialEpoch);
    say("Resuming " + displayPath(runDir) + " after epoch " + std::to_string(impl->initialEpoch));
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

std::unique_ptr<Experiment> Experiment::fineTune(const FineTuneRequest& request, const Say& say) {
    if (request.epochs < 1) throw UsageError("fine-tune needs --epochs N (N >= 1)");
    RunDirectory source = RunDirectory::open(request.from);
    std::vector<std::string> stored = storedArgs(source);
    if (isImdb(stored)) throw UsageError("fine-tune is for transfer-learning runs");
    const auto history = source.history();
    const int done = history.empty() ? 0 : history.back().epoch;
    // The same experiment, with the new freeze state, learning rate and epoch count (later
    // options win, so these override the stored ones and resuming rebuilds the same model).
    std::vector<std::string> unfreeze = request.unfreeze;
    if (auto before = ArgList(stored).value("--unfreeze")) {
        const auto earlier = splitList(*before);
        unfreeze.insert(unfreeze.begin(), earlier.begin(), earlier.end());
    }
    for (const auto& [option, value] :
         {std::pair<std::string, std::string>{"--learning-rate",
                                              std::to_string(request.learningRate)},
          {"--epochs", std::to_string(done + request.epochs)},
          {"--run-dir", request.runDir.string()},
          {"--weights", "none"},
          {"--unfreeze", joinList(unfreeze)}})
        stored.insert(stored.end(), {option, value});
    ArgList args(stored);
    args.value("--task");
    const TransferSetup setup = parseTransferSetup(args);
    auto impl = buildTransfer(setup, say, request.from / "model.pt");
    json experiment = transferJson(setup, stored, impl->classes, *impl->network);
    experiment["fine_tune_from"] = fs::absolute(request.from).string();
    experiment["fine_tune_after_epoch"] = done;
    impl->run.emplace(RunDirectory::create(request.runDir, experiment.dump(2)));
    for (const auto& row : history) impl->run->appendHistory(row);
    impl->initialEpoch = done;
    impl->firstMarker = "fine-tune";
    say("Fine-tuning " + displayPath(source.path()) + " from epoch " + std::to_string(done));
    return std::unique_ptr<Experiment>(new Experiment(std::move(impl)));
}

std::string Experiment::task() const {
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
    wrapped.log = [&](const std::string& line) {
        if (callbacks.log) callbacks.log(line);
        run.log(line);
    };
    std::string marker = d.firstMarker;
    double bestValLoss = INFINITY;
    for (const auto& row : run.history()) bestValLoss = std::min(bestValLoss, row.valLoss);
    wrapped.onEpoch = [&](const EpochMetrics& m) {
        if (m.valLoss < bestValLoss) {  // ModelCheckpoint(save_best_only) on val_loss
            bestValLoss = m.valLoss;
            run.writeBestModel(m.epoch, d.trainer->saveModelState());
        }
        EpochMetrics row = m;
        row.marker = marker;
        marker.clear();
        run.appendHistory(row);
        run.writeCheckpoint(m.epoch, d.trainer->saveModelState(), d.trainer->saveOptimizerState());
        return callbacks.onEpoch ? callbacks.onEpoch(row) : true;
    };
    d.trainer->fit(wrapped, control, d.initialEpoch);
    run.writeFinalModel(saveNetworkWeights(*d.network));
    std::vector<RunDirectory::Prediction> predictions;
    for (const auto& p : d.trainer->lastValidationPredictions())
        predictions.push_back({d.validationItems.at(p.index), static_cast<int>(p.label),
                               static_cast<int>(p.predicted), p.probability});
    if (!predictions.empty()) run.writePredictions(predictions);
    if (d.afterTraining && !control.stop.load())
        d.afterTraining(callbacks.log ? callbacks.log : Say([](const std::string&) {}));
}

}  // namespace layerlab

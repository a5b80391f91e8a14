#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>

#include "cli/AugmentOptions.h"
#include "cli/Commands.h"
#include "cli/FitOptions.h"
#include "cli/ModelOptions.h"
#include "cli/RunLoop.h"
#include "io/FileIO.h"
#include "io/KerasCache.h"
#include "io/RunDirectory.h"
#include "model/Network.h"
#include "train/Trainer.h"
#include "util/EnumNames.h"

namespace fs = std::filesystem;

namespace layerlab::cli {
namespace {

// Everything a run needs, parsed from the command line (also when resuming: experiment.json
// keeps the arguments, so a resumed run is built exactly as the original was).
struct Setup {
    ModelSpec model;
    FitConfig fit;
    ImageInputConfig input;
    fs::path trainDir, validationDir;
    std::string weights;  // file, "none", or empty for the Keras cache
    std::vector<std::string> unfreeze;
    std::string strategy;
    fs::path runDir;
};

Setup parseSetup(ArgList& args) {
    Setup s;
    const std::string task = args.valueOr("--task", "transfer");
    if (task != "transfer")
        throw UsageError("--task " + task + " is not available yet (transfer only)");
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
    if (auto u = args.value("--unfreeze")) s.unfreeze = splitList(*u);
    s.strategy = args.valueOr("--strategy", "");
    if (!s.strategy.empty() && !findStrategy(s.strategy))
        throw UsageError("unknown --strategy " + s.strategy);
    s.runDir = args.valueOr("--run-dir", "");
    return s;
}

DatasetSummary scanChecked(const fs::path& dir, const std::vector<std::string>& classes) {
    ImageFolderOptions options;
    options.classes = classes;
    DatasetSummary summary = scanImageFolder(dir, options);
    checkImageFiles(summary);
    std::cout << summary.foundLine() << "\n";
    for (const auto& file : summary.skipped)
        std::cout << "  skipped " << displayPath(file.path) << ": " << file.reason << "\n";
    return summary;
}

void loadPretrained(Network& network, const Setup& s) {
    if (s.weights == "none") {
        std::cout << "Weights: none asked for; the base is randomly initialised.\n";
        return;
    }
    std::optional<fs::path> file;
    if (!s.weights.empty())
        file = fs::path(s.weights);
    else
        file = findKerasWeights(s.model);
    if (!file) {
        std::cout << "No pretrained weights found for " << enumName(kBackbones, s.model.backbone)
                  << " (looked for " << kerasWeightsFileName(s.model)
                  << " in the Keras cache ~/.keras/models): the base is "
                  << "randomly initialised. Give --weights FILE to use ImageNet weights.\n";
        return;
    }
    const int layers = network.loadKerasWeights(readKerasH5(*file));
    std::cout << "Weights: " << layers << " layers from " << displayPath(*file) << "\n";
}

Network buildNetwork(const Setup& s, const std::vector<std::string>& classes) {
    ModelSpec spec = s.model;
    spec.numClasses = static_cast<int>(classes.size());
    Network network(spec, s.fit.seed);
    loadPretrained(network, s);
    if (!s.strategy.empty()) network.applyStrategy(findStrategy(s.strategy)->strategy);
    for (const auto& name : s.unfreeze) network.setTrainable(name, true);
    const ParamTotals t = network.totals();
    std::cout << "Total params: " << withThousands(t.total)
              << "\nTrainable params: " << withThousands(t.trainable)
              << "\nNon-trainable params: " << withThousands(t.nonTrainable) << "\n";
    return network;
}

nlohmann::json experimentJson(const Setup& s, const std::vector<std::string>& args,
                              const std::vector<std::string>& classes, const Network& network) {
    nlohmann::json frozen = nlohmann::json::array();
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

struct Prepared {
    Setup setup;
    DatasetSummary train;
    std::optional<DatasetSummary> validation;
};

Prepared prepare(ArgList& args) {
    Prepared p{parseSetup(args), {}, std::nullopt};
    args.positionals();
    p.train = scanChecked(p.setup.trainDir, {});
    if (!p.setup.validationDir.empty())
        p.validation = scanChecked(p.setup.validationDir, p.train.classes);
    return p;
}

Trainer makeTrainer(Network& network, const Prepared& p) {
    std::optional<ImageSet> validation;
    ImageInputConfig plain = p.setup.input;
    plain.augment.reset();
    if (p.validation) validation.emplace(*p.validation, plain);
    return Trainer(network, ImageSet(p.train, p.setup.input), std::move(validation), p.setup.fit);
}

}  // namespace

const char* const kTrainHelp =
    "layerlab-cli train --task transfer --data DIR [--validation-data DIR] --run-dir DIR\n"
    "    [--backbone vgg16|mobilenet_v2] [--alpha A] [--size 224] [--head lesson|gap]\n"
    "    [--weights FILE|none] [--preprocessing rescale|caffe|tf] [--interpolation "
    "nearest|bilinear|area]\n"
    "    [--epochs 30] [--steps-per-epoch 100] [--validation-steps 50] [--batch-size 20]\n"
    "    [--optimizer adam|rmsprop|sgd] [--learning-rate 1e-4] [--seed S] [--threads N]\n"
    "    [--no-augment | augmentation options] [--augmented-copies K] [--cache auto|off]\n"
    "    [--unfreeze block5,…] [--strategy small-similar|…] [--early-stopping P [--restore-best]]\n"
    "  Keras's fit() with the lesson's defaults. DIR may hold train/ and validation/. Prints\n"
    "  Keras-like epoch lines and writes the run (experiment.json, history.csv, checkpoint/,\n"
    "  model.pt, training.log). Without --weights the Keras cache is searched.\n"
    "layerlab-cli train --task imdb --data imdb.npz|aclImdb --run-dir DIR [--num-words 500] "
    "[--skip-top 0]\n"
    "    [--pad-maxlen 100] [--padding pre|post] [--truncating pre|post] [--cell "
    "simple_rnn|lstm|gru]\n"
    "    [--units 8] [--input one-hot|embedding] [--embedding-dim 16] [--layers 1] "
    "[--bidirectional]\n"
    "    [--validation-split 0.2] [--optimizer rmsprop] [--learning-rate 1e-3] [--epochs 10]\n"
    "    [--batch-size 128] [--early-stopping P [--restore-best]] [--seed S]\n"
    "  The lesson's RNN sentiment classifier: load_data(num_words), pad_sequences(maxlen), fit\n"
    "  with validation_split, then the test accuracy.\n"
    "layerlab-cli train --resume RUN_DIR\n"
    "  Continues a run from its last finished epoch, with the settings it was started with.\n";

const char* const kFineTuneHelp =
    "layerlab-cli fine-tune --from RUN --unfreeze block5 [--learning-rate 1e-5] --epochs N "
    "--run-dir DIR\n"
    "  Loads RUN's final model, unfreezes the given layers or blocks (default: the lesson's\n"
    "  block5_conv1..3), and trains N more epochs with a fresh optimizer; history.csv continues\n"
    "  RUN's, with the marker 'fine-tune' on the first new epoch.\n";

int runTrain(ArgList& args, const std::vector<std::string>& rawArgs) {
    if (auto resume = args.value("--resume")) {
        args.positionals();
        RunDirectory run = RunDirectory::open(*resume);
        const auto experiment = nlohmann::json::parse(run.experimentJson());
        const auto stored = experiment.at("args").get<std::vector<std::string>>();
        ArgList storedArgs(stored);
        if (experiment.value("task", "transfer") == "imdb")
            return runImdbTraining(storedArgs, stored, &run);
        Prepared p = prepare(storedArgs);
        Network network = buildNetwork(p.setup, p.train.classes);
        Trainer trainer = makeTrainer(network, p);
        const int epoch = run.checkpointEpoch().value_or(0);
        if (epoch > 0) {
            trainer.loadModelState(run.checkpointModel());
            trainer.loadOptimizerState(run.checkpointOptimizer());
        }
        run.truncateHistory(epoch);
        std::cout << "Resuming " << displayPath(run.path()) << " after epoch " << epoch << "\n";
        return trainIntoRun(network, trainer, run, epoch, "");
    }
    if (ArgList(rawArgs).valueOr("--task", "transfer") == "imdb")
        return runImdbTraining(args, rawArgs, nullptr);
    Prepared p = prepare(args);
    if (p.setup.runDir.empty()) throw UsageError("train needs --run-dir DIR");
    Network network = buildNetwork(p.setup, p.train.classes);
    Trainer trainer = makeTrainer(network, p);
    RunDirectory run = RunDirectory::create(
        p.setup.runDir, experimentJson(p.setup, rawArgs, p.train.classes, network).dump(2));
    if (trainer.usesFeatureCache())
        std::cout << "Frozen prefix: its outputs are computed once per input and cached.\n";
    return trainIntoRun(network, trainer, run, 0, "");
}

int runFineTune(ArgList& args) {
    const auto from = args.value("--from");
    const auto runDir = args.value("--run-dir");
    if (!from || !runDir) throw UsageError("fine-tune needs --from RUN and --run-dir DIR");
    const auto unfreeze = splitList(args.valueOr("--unfreeze", "block5_conv"));
    const double learningRate = args.number("--learning-rate").value_or(1e-5);
    const auto moreEpochs = args.integer("--epochs");
    if (!moreEpochs || *moreEpochs < 1) throw UsageError("fine-tune needs --epochs N");
    args.positionals();

    RunDirectory source = RunDirectory::open(*from);
    auto stored =
        nlohmann::json::parse(source.experimentJson()).at("args").get<std::vector<std::string>>();
    const auto history = source.history();
    const int done = history.empty() ? 0 : history.back().epoch;
    // The same experiment, with the new freeze state, learning rate and epoch count.
    for (const auto& [option, value] :
         {std::pair<std::string, std::string>{"--learning-rate", std::to_string(learningRate)},
          {"--epochs", std::to_string(done + *moreEpochs)},
          {"--run-dir", *runDir},
          {"--weights", "none"}})
        stored.insert(stored.end(), {option, value});
    ArgList storedArgs(stored);
    Prepared p = prepare(storedArgs);
    p.setup.unfreeze.insert(p.setup.unfreeze.end(), unfreeze.begin(), unfreeze.end());
    Network network = buildNetwork(p.setup, p.train.classes);
    loadNetworkWeights(network, readFileBytes(fs::path(*from) / "model.pt"));
    for (const auto& name : unfreeze) network.setTrainable(name, true);
    Trainer trainer = makeTrainer(network, p);
    auto experiment = experimentJson(p.setup, stored, p.train.classes, network);
    experiment["fine_tune_from"] = fs::absolute(*from).string();
    RunDirectory run = RunDirectory::create(*runDir, experiment.dump(2));
    for (const auto& row : history) run.appendHistory(row);
    std::cout << "Fine-tuning " << displayPath(source.path()) << " from epoch " << done << "\n";
    return trainIntoRun(network, trainer, run, done, "fine-tune");
}

}  // namespace layerlab::cli

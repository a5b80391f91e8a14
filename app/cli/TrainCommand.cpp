#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>

#include "cli/Commands.h"
#include "cli/Interrupt.h"
#include "experiment/Experiment.h"
#include "experiment/FitOptions.h"
#include "experiment/RunRecord.h"
#include "io/FileIO.h"
#include "io/NewRunFolder.h"
#include "train/TrainingEta.h"
#include "util/RunAuthor.h"
#include "util/Text.h"

namespace layerlab::cli {
namespace {

// Lines name files and class folders, which may hold anything: shown, never obeyed.
void sayLine(const Message& line) {
    std::cout << printable(englishText(line)) << std::endl;
}

// Keras-like lines on stdout, and a progress line with ETA when a person is watching (not in
// logs or pipes).
FitCallbacks consoleCallbacks() {
    FitCallbacks callbacks;
    callbacks.log = sayLine;
    if (isatty(STDOUT_FILENO))
        callbacks.onBatch = [](const BatchMetrics& m) {
            const double eta = estimateRemainingSeconds(m, m.epoch);  // Keras's: this epoch's
            std::printf("\r%d/%d - ETA: %.0fs - loss: %.4f - acc: %.4f   ", m.step, m.steps, eta,
                        m.loss, m.accuracy);
            if (m.step == m.steps) std::printf("\r%*s\r", 60, "");
            std::fflush(stdout);
        };
    return callbacks;
}

using ExperimentBuilder = std::function<std::unique_ptr<Experiment>(const CancelToken&)>;

// Builds the experiment and trains it; Ctrl+C or SIGTERM stops it as the GUI's Stop does (the
// builders give up between their slow steps, training within one batch) and exits 130.
int trainExperiment(const ExperimentBuilder& build) {
    TrainingControl control;
    const InterruptScope interrupt(control.stop);
    std::unique_ptr<Experiment> experiment;
    try {
        experiment = build(control.stop);
    } catch (const Stopped&) {
        std::cout << "Interrupted before training began: no run was made.\n";
        return kInterruptedExit;
    }
    experiment->train(consoleCallbacks(), control);
    const std::string where = displayPath(experiment->run().path());
    if (!InterruptScope::interrupted()) {
        std::cout << "Run written to " << where << "\n";
        return 0;
    }
    const int done = RunRecord::read(experiment->run()).epochsDone();
    std::cout << "\nInterrupted: " << where << " keeps "
              << (done == 0 ? "no finished epoch" : "epochs up to " + std::to_string(done))
              << "; continue it with layerlab-cli train --resume " << where << "\n";
    return kInterruptedExit;
}

}  // namespace

const char* const kTrainHelp =
    "layerlab-cli train --task transfer --data DIR [--validation-data DIR] "
    "--run-dir DIR [--overwrite] | --runs DIR\n"
    "    [--backbone vgg16|mobilenet_v2] [--alpha A] [--size {transfer.size}] [--head lesson|gap]\n"
    "    [--weights FILE|none] [--preprocessing rescale|caffe|tf] [--interpolation "
    "nearest|bilinear|area]\n"
    "    [--frozen-precision fp32|bf16]\n"
    "    [--epochs {transfer.epochs}] [--steps-per-epoch {transfer.steps_per_epoch}] "
    "[--validation-steps {transfer.validation_steps}] [--batch-size {transfer.batch_size}]\n"
    "    [--optimizer adam|rmsprop|sgd] [--learning-rate {transfer.learning_rate}] [--seed S] "
    "[--threads N]\n"
    "    [--no-augment | augmentation options] [--augmented-copies K] [--cache auto|off]\n"
    "    [--feature-store DIR|off] [--feature-precision fp16|fp32] [--feature-store-cap MB]\n"
    "    [--strategy small-similar|…] [--freeze LAYERS] [--unfreeze block5,…] [--early-stopping P "
    "[--restore-best]]\n"
    "    [--checkpoint-every 60s|epoch]\n"
    "  Keras's fit() with the lesson's defaults. DIR may hold train/ and validation/. Prints\n"
    "  Keras-like epoch lines and writes the run (experiment.json, history.csv, checkpoint/,\n"
    "  model.pt, best_model.pt, predictions.csv, training.log). Without --weights the Keras\n"
    "  cache is searched. The frozen base's outputs are kept in the feature store (default\n"
    "  <cache>/features, {feature_store.cap_mb} MB, fp16): a later run over the same data reads "
    "them instead of\n"
    "  computing them (see `layerlab-cli prepare`). --frozen-precision bf16 runs the frozen base\n"
    "  in bfloat16 (about twice as fast where `layerlab-cli version` says native bf16).\n"
    "  The checkpoint (checkpoint/, best_model.pt) is written at most every 60 s of training\n"
    "  (--checkpoint-every 5m or 1h, or epoch for after every epoch) and whenever the run stops,\n"
    "  finishes or fails; history.csv after every epoch. A run killed in between resumes from\n"
    "  its last checkpoint and trains the epochs after it again.\n"
    "  A --run-dir that holds a run is refused unless --overwrite is given\n"
    "  (then that run's files are deleted first); one that holds other files is refused.\n"
    "  --runs DIR instead makes a new run folder in DIR, named by the time, machine and user\n"
    "  (20261203-163501-123-pc07-kim): thirty machines may train into one class folder at\n"
    "  once (see `layerlab-cli class`). Each run records who made it.\n"
    "layerlab-cli train --task imdb --data imdb.npz|aclImdb --run-dir DIR "
    "[--num-words {imdb.num_words}] [--skip-top {imdb.skip_top}] [--load-seed {imdb.load_seed}]\n"
    "    [--maxlen {imdb.maxlen}] [--padding pre|post] [--truncating pre|post] [--cell "
    "simple_rnn|lstm|gru]\n"
    "    [--units {imdb.units}] [--input one-hot|embedding] [--embedding-dim {imdb.embedding_dim}] "
    "[--layers 1] "
    "[--bidirectional] [--dropout D]\n"
    "    [--validation-split {imdb.validation_split}] [--optimizer rmsprop] "
    "[--learning-rate {imdb.learning_rate}] [--epochs {imdb.epochs}]\n"
    "    [--batch-size {imdb.batch_size}] [--early-stopping P [--restore-best]] [--seed S]\n"
    "    [--checkpoint-every 60s|epoch]\n"
    "  The lesson's RNN sentiment classifier: load_data(num_words), pad_sequences(maxlen), fit\n"
    "  with validation_split, then the test accuracy.\n"
    "layerlab-cli train --resume RUN_DIR\n"
    "  Continues a run from its last checkpoint (epochs after it are trained again), with the\n"
    "  settings it was started with.\n";

const char* const kFineTuneHelp =
    "layerlab-cli fine-tune --from RUN --unfreeze block5 [--learning-rate "
    "{fine_tune.learning_rate}] --epochs N "
    "--run-dir DIR [--overwrite]\n"
    "    [--checkpoint-every 60s|epoch]\n"
    "  Loads RUN's final model, unfreezes the given layers or blocks (default: the lesson's\n"
    "  block5_conv1..3 for VGG16, the base's last frozen block otherwise), and trains N more\n"
    "  epochs with a fresh optimizer; history.csv continues RUN's, with the marker 'fine-tune'\n"
    "  on the first new epoch.\n";

namespace {

// --overwrite is about the run folder, not the experiment: it is not kept in experiment.json.
ExistingRun takeOverwrite(ArgList& args, std::vector<std::string>& rawArgs) {
    rawArgs.erase(std::remove(rawArgs.begin(), rawArgs.end(), "--overwrite"), rawArgs.end());
    return args.flag("--overwrite") ? ExistingRun::Replace : ExistingRun::Refuse;
}

// --runs DIR (a class folder, or one's own runs folder): the run gets a new folder there,
// named by its start time, machine and user, that no other process can be given (see
// makeNewRunFolder); it becomes the --run-dir that experiment.json keeps.
std::optional<std::filesystem::path> takeRunsFolder(ArgList& args,
                                                    std::vector<std::string>& rawArgs) {
    const auto runs = args.value("--runs");
    if (!runs) return std::nullopt;
    if (args.value("--run-dir")) throw UsageError("give --runs DIR or --run-dir DIR, not both");
    rawArgs = withoutOptions(rawArgs, {"--runs"});
    const auto folder = makeNewRunFolder(*runs, "-" + authorTag(thisAuthor()));
    rawArgs.insert(rawArgs.end(), {"--run-dir", folder.string()});
    return folder;
}

}  // namespace

int runTrain(ArgList& args, std::vector<std::string> rawArgs) {
    if (auto resume = args.value("--resume")) {
        args.positionals();
        return trainExperiment(
            [&](const CancelToken& stop) { return Experiment::resume(*resume, sayLine, stop); });
    }
    const ExistingRun existing = takeOverwrite(args, rawArgs);
    const auto newFolder = takeRunsFolder(args, rawArgs);
    // A folder made for the run and left empty (bad options, no data, Ctrl+C while preparing)
    // goes again: no run was made. fs::remove leaves a folder that holds anything.
    const auto removeIfEmpty = [&] {
        std::error_code error;
        if (newFolder) std::filesystem::remove(*newFolder, error);
    };
    try {
        const ExperimentSpec spec = parseExperimentSpec(rawArgs);
        const int status = trainExperiment([&](const CancelToken& stop) {
            return Experiment::create(spec, sayLine, stop, existing);
        });
        removeIfEmpty();
        return status;
    } catch (...) {
        removeIfEmpty();
        throw;
    }
}

int runFineTune(ArgList& args) {
    FineTuneRequest request;
    const auto from = args.value("--from");
    const auto runDir = args.value("--run-dir");
    if (!from || !runDir) throw UsageError("fine-tune needs --from RUN and --run-dir DIR");
    request.from = *from;
    request.runDir = *runDir;
    request.existing = args.flag("--overwrite") ? ExistingRun::Replace : ExistingRun::Refuse;
    if (auto unfreeze = args.value("--unfreeze")) request.unfreeze = splitList(*unfreeze);
    request.learningRate = args.number("--learning-rate").value_or(request.learningRate);
    if (const auto every = args.value("--checkpoint-every"))
        request.checkpointEvery = parseCheckpointInterval(*every);
    const auto moreEpochs = args.integer(kEpochsRange);
    if (!moreEpochs) throw UsageError("fine-tune needs --epochs N");
    request.epochs = *moreEpochs;
    args.positionals();
    return trainExperiment(
        [&](const CancelToken& stop) { return Experiment::fineTune(request, sayLine, stop); });
}

}  // namespace layerlab::cli

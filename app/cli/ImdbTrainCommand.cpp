#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

#include "cli/FitOptions.h"
#include "cli/RunLoop.h"
#include "cli/SequenceOptions.h"
#include "data/AclImdb.h"
#include "data/Imdb.h"
#include "model/SequenceModel.h"
#include "util/EnumNames.h"

namespace layerlab::cli {
namespace {

SequenceSet padded(const ImdbSplit& split, int maxlen, Side padding, Side truncating) {
    return {padSequences(split.x, maxlen, padding, truncating), split.y};
}

}  // namespace

int runImdbTraining(ArgList& args, const std::vector<std::string>& rawArgs, RunDirectory* resumed) {
    args.value("--task");
    const auto data = args.value("--data");
    if (!data)
        throw UsageError("train --task imdb needs --data (an imdb.npz or an aclImdb folder)");
    ImdbOptions options;
    options.numWords = static_cast<int>(args.integer("--num-words").value_or(500));
    options.skipTop = static_cast<int>(args.integer("--skip-top").value_or(0));
    const int maxlen = static_cast<int>(args.integer("--pad-maxlen").value_or(100));
    const Side padding = readSide(args, "--padding"), truncating = readSide(args, "--truncating");
    SequenceModelSpec spec = readSequenceModelSpec(args, "--pad-maxlen");
    spec.numWords = *options.numWords;
    spec.maxlen = maxlen;
    FitConfig
        book;  // the book's RNN defaults: RMSprop 1e-3, 10 epochs, batch 128, one pass an epoch
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
    if (runDir.empty() && !resumed) throw UsageError("train needs --run-dir DIR");

    ImdbData raw;
    if (std::filesystem::is_directory(*data)) {
        AclImdb acl = readAclImdb(*data);
        for (const auto& problem : acl.problems)
            std::cout << "skipped " << problem.path.string() << ": " << problem.problem << "\n";
        raw = std::move(acl.data);
    } else {
        raw = readImdbNpz(*data);
    }
    const ImdbData loaded = processImdb(std::move(raw), options);
    auto [train, validation] =
        splitValidation(padded(loaded.train, maxlen, padding, truncating), validationSplit);
    const SequenceSet test = padded(loaded.test, maxlen, padding, truncating);
    std::cout << "x_train " << train.size() << ", validation " << validation.size() << ", x_test "
              << test.size() << " (maxlen " << maxlen << ")\n";

    Network network(buildSequenceLayers(spec), sequenceInputShape(spec), fit.seed);
    std::cout << network.summary();
    Trainer trainer(network, std::move(train), std::move(validation), fit);
    int initialEpoch = 0;
    std::optional<RunDirectory> created;
    RunDirectory* run = resumed;
    if (resumed) {
        initialEpoch = resumed->checkpointEpoch().value_or(0);
        if (initialEpoch > 0) {
            trainer.loadModelState(resumed->checkpointModel());
            trainer.loadOptimizerState(resumed->checkpointOptimizer());
        }
        resumed->truncateHistory(initialEpoch);
        std::cout << "Resuming " << resumed->path().string() << " after epoch " << initialEpoch
                  << "\n";
    } else {
        const nlohmann::json experiment = {{"layerlab", "0.1.0"},
                                           {"task", "imdb"},
                                           {"args", rawArgs},
                                           {"data",
                                            {{"path", *data},
                                             {"num_words", *options.numWords},
                                             {"skip_top", options.skipTop},
                                             {"maxlen", maxlen}}},
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
        created.emplace(RunDirectory::create(runDir, experiment.dump(2)));
        run = &*created;
    }
    trainIntoRun(network, trainer, *run, initialEpoch, "");
    const std::vector<float> probabilities = network.predictSequences(test.x);
    std::size_t correct = 0;
    for (std::size_t i = 0; i < test.size(); ++i)
        correct += (probabilities[i] > 0.5f) == (test.y[i] == 1);
    std::cout << "test accuracy: "
              << static_cast<double>(correct) / static_cast<double>(test.size()) << "\n";
    return 0;
}

}  // namespace layerlab::cli

#include "experiment/FitOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

FitConfig readFitOptions(ArgList& args, FitConfig fit) {
    fit.epochs = static_cast<int>(args.integer("--epochs").value_or(fit.epochs));
    fit.stepsPerEpoch =
        static_cast<int>(args.integer("--steps-per-epoch").value_or(fit.stepsPerEpoch));
    fit.batchSize = static_cast<int>(args.integer("--batch-size").value_or(fit.batchSize));
    fit.learningRate = args.number("--learning-rate").value_or(fit.learningRate);
    fit.optimizer = readEnumOption(args, "--optimizer", kOptimizers, fit.optimizer);
    fit.seed = args.unsignedInteger("--seed").value_or(fit.seed);
    fit.threads = static_cast<int>(args.integer("--threads").value_or(fit.threads));
    fit.earlyStoppingPatience =
        static_cast<int>(args.integer("--early-stopping").value_or(fit.earlyStoppingPatience));
    fit.restoreBestWeights = args.flag("--restore-best") || fit.restoreBestWeights;
    return fit;
}

std::vector<std::string> fitOptionArgs(const FitConfig& fit) {
    std::vector<std::string> args = {"--epochs",
                                     std::to_string(fit.epochs),
                                     "--steps-per-epoch",
                                     std::to_string(fit.stepsPerEpoch),
                                     "--batch-size",
                                     std::to_string(fit.batchSize),
                                     "--optimizer",
                                     enumName(kOptimizers, fit.optimizer),
                                     "--learning-rate",
                                     numberArg(fit.learningRate),
                                     "--seed",
                                     std::to_string(fit.seed)};
    if (fit.threads > 0) args.insert(args.end(), {"--threads", std::to_string(fit.threads)});
    if (fit.earlyStoppingPatience > 0)
        args.insert(args.end(), {"--early-stopping", std::to_string(fit.earlyStoppingPatience)});
    if (fit.restoreBestWeights) args.push_back("--restore-best");
    return args;
}

// Limits far beyond any lesson, low enough that a slip of the keyboard is an error, not a run
// that never ends or a batch that cannot fit in memory.
void checkFitConfig(const FitConfig& fit) {
    if (fit.epochs < 1 || fit.epochs > 100000) throw UsageError("--epochs must be 1..100000");
    if (fit.batchSize < 1 || fit.batchSize > 65536)
        throw UsageError("--batch-size must be 1..65536");
    if (fit.stepsPerEpoch < 0 || fit.stepsPerEpoch > 10000000)
        throw UsageError("--steps-per-epoch must be 0 (one pass) to 10000000");
    if (fit.validationSteps < 0 || fit.validationSteps > 10000000)
        throw UsageError("--validation-steps must be 0 (one pass) to 10000000");
    if (!(fit.learningRate > 0) || fit.learningRate > 10)
        throw UsageError("--learning-rate must be above 0 and at most 10");
    if (fit.threads < 0 || fit.threads > 1024)
        throw UsageError("--threads must be 0 (all cores) to 1024");
    if (fit.earlyStoppingPatience < 0) throw UsageError("--early-stopping must be 0 (off) or more");
    // The feature cache numbers copies below 1024 (Trainer's cache key).
    if (fit.augmentedCopies < 0 || fit.augmentedCopies > 1000)
        throw UsageError("--augmented-copies must be 0..1000");
}

}  // namespace layerlab

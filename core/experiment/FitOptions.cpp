#include "experiment/FitOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

FitConfig readFitOptions(ArgList& args, FitConfig fit) {
    fit.epochs = args.integer(kEpochsRange).value_or(fit.epochs);
    fit.stepsPerEpoch = args.integer(kStepsPerEpochRange).value_or(fit.stepsPerEpoch);
    fit.batchSize = args.integer(kBatchSizeRange).value_or(fit.batchSize);
    fit.learningRate = args.number("--learning-rate").value_or(fit.learningRate);
    fit.optimizer = readEnumOption(args, "--optimizer", kOptimizers, fit.optimizer);
    fit.seed = args.unsignedInteger("--seed").value_or(fit.seed);
    fit.threads = args.integer(kThreadsRange).value_or(fit.threads);
    fit.earlyStoppingPatience = args.integer(kEarlyStoppingRange).value_or(fit.earlyStoppingPatience);
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

void checkFitConfig(const FitConfig& fit) {
    kEpochsRange.check(fit.epochs);
    kBatchSizeRange.check(fit.batchSize);
    kStepsPerEpochRange.check(fit.stepsPerEpoch);
    kValidationStepsRange.check(fit.validationSteps);
    if (!(fit.learningRate > 0) || fit.learningRate > 10)
        throw UsageError(MessageId::LearningRateRange);
    kThreadsRange.check(fit.threads);
    kEarlyStoppingRange.check(fit.earlyStoppingPatience);
    kAugmentedCopiesRange.check(fit.augmentedCopies);
}

}  // namespace layerlab

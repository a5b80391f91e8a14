#include "experiment/FitOptions.h"

#include "util/EnumNames.h"

namespace layerlab {

FitConfig readFitOptions(ArgList& args, FitConfig fit) {
    fit.epochs = static_cast<int>(args.integer("--epochs").value_or(fit.epochs));
    fit.stepsPerEpoch =
        static_cast<int>(args.integer("--steps-per-epoch").value_or(fit.stepsPerEpoch));
    fit.batchSize = static_cast<int>(args.integer("--batch-size").value_or(fit.batchSize));
    fit.learningRate = args.number("--learning-rate").value_or(fit.learningRate);
    if (auto o = args.value("--optimizer")) {
        const auto kind = enumFromName(kOptimizers, *o);
        if (!kind) throw UsageError("--optimizer must be adam, rmsprop or sgd");
        fit.optimizer = *kind;
    }
    fit.seed = static_cast<unsigned>(args.integer("--seed").value_or(fit.seed));
    fit.threads = static_cast<int>(args.integer("--threads").value_or(fit.threads));
    fit.earlyStoppingPatience =
        static_cast<int>(args.integer("--early-stopping").value_or(fit.earlyStoppingPatience));
    fit.restoreBestWeights = args.flag("--restore-best") || fit.restoreBestWeights;
    if (fit.epochs < 1 || fit.batchSize < 1)
        throw UsageError("--epochs and --batch-size must be positive");
    return fit;
}

}  // namespace layerlab

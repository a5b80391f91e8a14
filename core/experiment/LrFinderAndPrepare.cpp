#include "experiment/ExperimentBuilder.h"

namespace layerlab {

std::vector<LrPoint> findLearningRate(const ExperimentSpec& spec, const LrSweepConfig& sweep,
                                      const Say& say, const LrSweepProgress& progress,
                                      const CancelToken& stop) {
    validate(spec);
    auto impl = buildExperiment(spec, say, stop);
    throwIfStopped(stop);
    return impl->trainer->sweepLearningRate(sweep, progress, stop);
}

FeaturePreparation prepareFeatures(const ExperimentSpec& spec, const Say& say,
                                   const PreparationProgress& progress, const CancelToken& stop) {
    validate(spec);
    if (!std::holds_alternative<TransferExperimentSpec>(spec))
        throw UsageError(MessageId::PrepareNotTransfer);
    auto impl = buildExperiment(spec, say, stop);
    throwIfStopped(stop);
    return impl->trainer->prepareFeatures(progress, stop);
}

}  // namespace layerlab

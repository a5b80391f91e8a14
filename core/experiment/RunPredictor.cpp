#include "experiment/RunPredictor.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "data/ImageDecoder.h"
#include "experiment/Experiment.h"
#include "io/FileIO.h"
#include "io/RunDirectory.h"
#include "model/Network.h"
#include "train/Trainer.h"

namespace fs = std::filesystem;

namespace layerlab {

RunPredictor::RunPredictor(const fs::path& runDir) {
    const RunDirectory run = RunDirectory::open(runDir);
    const ExperimentSpec spec = readRunSpec(run);
    const auto* transfer = std::get_if<TransferExperimentSpec>(&spec);
    if (!transfer) throw UsageError(displayPath(runDir) + " is not an image run");
    classes_ = readRunClasses(run);
    ModelSpec model = transfer->model;
    model.numClasses = static_cast<int>(classes_.size());
    network_ = std::make_unique<Network>(model);
    const fs::path final = runDir / "model.pt";
    std::error_code error;
    if (fs::exists(final, error))
        loadNetworkWeights(*network_, readFileBytes(final), displayPath(final));
    else if (run.checkpointEpoch())
        loadNetworkWeights(*network_, run.checkpointModel(),
                           "The model in " + displayPath(runDir / "checkpoint"));
    else
        throw FileError(displayPath(runDir) + " has no trained model yet");
    inputSize_ = model.inputSize;
    interpolation_ = transfer->interpolation;
}

RunPredictor::~RunPredictor() = default;

RunPredictor::Prediction RunPredictor::predict(const fs::path& image) {
    DecodedImage decoded =
        decodeImageFile(image, ImageSize{inputSize_, inputSize_}, interpolation_);
    if (!decoded.ok()) throw FileError(displayPath(image) + ": " + decoded.error);
    Prediction prediction;
    prediction.input = std::move(decoded.image);
    const std::vector<float> out = network_->predict({prediction.input});
    // A binary model has one sigmoid output: P(class 1).
    prediction.probabilities =
        classes_.size() == 2 && out.size() == 1 ? std::vector<float>{1 - out[0], out[0]} : out;
    prediction.predicted = static_cast<int>(
        std::max_element(prediction.probabilities.begin(), prediction.probabilities.end()) -
        prediction.probabilities.begin());
    return prediction;
}

}  // namespace layerlab

#include "experiment/RunPredictor.h"

#include <algorithm>

#include "data/ImageDecoder.h"
#include "io/FileIO.h"
#include "model/Network.h"

namespace fs = std::filesystem;

namespace layerlab {

RunPredictor::RunPredictor(const fs::path& runDir) : model_(loadRunModel(runDir)) {
    const auto* transfer = std::get_if<TransferExperimentSpec>(&model_.spec);
    if (!transfer) throw UsageError(MessageId::NotAnImageRun, {displayPath(runDir)});
    inputSize_ = transfer->model.inputSize;
    interpolation_ = transfer->interpolation;
}

RunPredictor::~RunPredictor() = default;

Image RunPredictor::readInput(const fs::path& image) const {
    DecodedImage decoded =
        decodeImageFile(image, ImageSize{inputSize_, inputSize_}, interpolation_);
    if (!decoded.ok()) throw FileError(MessageId::FileUnusable, {displayPath(image)}, decoded.error);
    return std::move(decoded.image);
}

RunPredictor::Prediction RunPredictor::predict(const fs::path& image) {
    Prediction prediction;
    prediction.input = readInput(image);
    const std::vector<float> out = model_.network->predict({prediction.input});
    // A binary model has one sigmoid output: P(class 1).
    prediction.probabilities = model_.classes.size() == 2 && out.size() == 1
                                   ? std::vector<float>{1 - out[0], out[0]}
                                   : out;
    prediction.predicted = static_cast<int>(
        std::max_element(prediction.probabilities.begin(), prediction.probabilities.end()) -
        prediction.probabilities.begin());
    return prediction;
}

}  // namespace layerlab

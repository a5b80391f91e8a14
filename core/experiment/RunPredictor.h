#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "data/Image.h"
#include "data/ImageDecoder.h"
#include "experiment/RunModel.h"

namespace layerlab {

class Network;

// A finished transfer-learning run's model, for pictures it has never seen ("try your own
// photo"): the image is read as the run's validation images were (its input size and
// interpolation, no augmentation) and the run's preprocessing is applied.
class RunPredictor {
  public:
    struct Prediction {
        Image input;                       // RGB 0..255 at the input size: what the model saw
        std::vector<float> probabilities;  // one per class, summing to 1
        int predicted = 0;                 // the most probable class
    };

    // Loads RUN's final model (model.pt; the last checkpoint's while it has none yet).
    // Throws FileError for a folder that is no run or has no model yet, UsageError for an
    // IMDB run.
    explicit RunPredictor(const std::filesystem::path& runDir);
    ~RunPredictor();

    const std::vector<std::string>& classes() const { return model_.classes; }
    Network& network() { return *model_.network; }
    RunModel& model() { return model_; }
    // The image as the model sees it (RGB 0..255 at its input size). Throws FileError naming
    // the file when it cannot be read as an image.
    Image readInput(const std::filesystem::path& image) const;
    Prediction predict(const std::filesystem::path& image);

  private:
    RunModel model_;
    int inputSize_ = 0;
    Interpolation interpolation_ = Interpolation::Nearest;
};

}  // namespace layerlab

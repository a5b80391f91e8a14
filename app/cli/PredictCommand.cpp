#include <cstdio>
#include <iostream>

#include "cli/Commands.h"
#include "experiment/RunPredictor.h"
#include "io/FileIO.h"

namespace layerlab::cli {

const char* const kPredictHelp =
    "layerlab-cli predict --run RUN IMAGE…\n"
    "  What a finished transfer-learning run's model sees in each image (\"try your own "
    "photo\"):\n"
    "  the image is read as the run's validation images were (its input size and "
    "interpolation)\n"
    "  and one line per image gives the predicted class and every class's probability.\n";

int runPredict(ArgList& args) {
    const auto run = args.value("--run");
    if (!run) throw UsageError("predict needs --run RUN");
    const auto images = args.positionals();
    if (images.empty()) throw UsageError("predict needs at least one IMAGE");
    RunPredictor predictor(*run);
    const auto& classes = predictor.classes();
    for (const auto& image : images) {
        const RunPredictor::Prediction p = predictor.predict(image);
        std::cout << image << ": " << classes.at(std::size_t(p.predicted));
        for (std::size_t i = 0; i < classes.size(); ++i) {
            char probability[32];
            std::snprintf(probability, sizeof probability, "%.4f", p.probabilities[i]);
            std::cout << (i == 0 ? " (" : ", ") << classes[i] << " " << probability;
        }
        std::cout << ")\n";
    }
    return 0;
}

}  // namespace layerlab::cli

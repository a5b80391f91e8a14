#include <cstdio>
#include <iostream>

#include "cli/Commands.h"
#include "experiment/Experiment.h"

namespace layerlab::cli {
const char* const kLrFindHelp =
    "layerlab-cli lr-find TRAIN OPTIONS [--start-lr 1e-7] [--end-lr 10] [--sweep-steps 100]\n"
    "  The learning-rate finder (fastai's lr_find) on the model `train` would start from with\n"
    "  the same options (--run-dir is not needed and nothing is written): one batch per step\n"
    "  while the learning rate grows exponentially, the loss smoothed, stopping once it\n"
    "  explodes. Prints lr,loss,smoothed_loss as CSV and the suggestion (steepest descent).\n";

int runLrFind(ArgList& args, const std::vector<std::string>& rawArgs) {
    LrSweepConfig sweep;
    sweep.startLr = args.number("--start-lr").value_or(sweep.startLr);
    sweep.endLr = args.number("--end-lr").value_or(sweep.endLr);
    sweep.steps = args.integerIn("--sweep-steps", 3, 10000).value_or(sweep.steps);
    if (!(sweep.startLr > 0) || !(sweep.endLr > sweep.startLr))
        throw UsageError("--start-lr must be above 0 and below --end-lr");
    const ExperimentSpec spec =
        parseExperimentSpec(withoutOptions(rawArgs, {"--start-lr", "--end-lr", "--sweep-steps"}));
    const auto points =
        findLearningRate(spec, sweep, [](const Message& line) { std::cerr << englishText(line) << "\n"; });
    std::printf("lr,loss,smoothed_loss\n");
    for (const auto& p : points)
        std::printf("%.6g,%.6f,%.6f\n", p.learningRate, p.loss, p.smoothedLoss);
    if (const auto suggestion = suggestLearningRate(points))
        std::printf("suggested learning rate: %.3g\n", *suggestion);
    else
        std::printf(
            "no suggestion: the loss did not fall during the sweep (the model learns too "
            "little from one batch per step)\n");
    return 0;
}

}  // namespace layerlab::cli

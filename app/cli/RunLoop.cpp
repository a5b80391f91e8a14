#include "cli/RunLoop.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "io/FileIO.h"

namespace layerlab::cli {

int trainIntoRun(Network& network, Trainer& trainer, RunDirectory& run, int initialEpoch,
                 const std::string& firstMarker) {
    TrainingControl control;
    FitCallbacks callbacks;
    callbacks.log = [&](const std::string& line) {
        std::cout << line << std::endl;
        run.log(line);
    };
    std::string marker = firstMarker;
    // A Keras-like progress line with ETA when a person is watching (not in logs or pipes).
    if (isatty(STDOUT_FILENO))
        callbacks.onBatch = [](const BatchMetrics& m) {
            const double eta = m.secondsInEpoch / m.step * (m.steps - m.step);
            std::printf("\r%d/%d - ETA: %.0fs - loss: %.4f - acc: %.4f   ", m.step, m.steps, eta,
                        m.loss, m.accuracy);
            if (m.step == m.steps) std::printf("\r%*s\r", 60, "");
            std::fflush(stdout);
            return true;
        };
    double bestValLoss = INFINITY;
    for (const auto& row : run.history()) bestValLoss = std::min(bestValLoss, row.valLoss);
    callbacks.onEpoch = [&](const EpochMetrics& m) {
        if (m.valLoss <
            bestValLoss) {  // the checkpoint of the best epoch, as ModelCheckpoint(save_best_only)
            bestValLoss = m.valLoss;
            run.writeBestModel(m.epoch, trainer.saveModelState());
        }
        EpochMetrics row = m;
        row.marker = marker;
        marker.clear();
        run.appendHistory(row);
        run.writeCheckpoint(m.epoch, trainer.saveModelState(), trainer.saveOptimizerState());
        return true;
    };
    trainer.fit(callbacks, control, initialEpoch);
    run.writeFinalModel(saveNetworkWeights(network));
    std::cout << "Run written to " << displayPath(run.path()) << "\n";
    return 0;
}

}  // namespace layerlab::cli

#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "experiment/ExperimentSpec.h"

namespace layerlab {

class Network;

// A run's trained model, rebuilt as the run built it: its experiment, classes and network
// with the final weights (model.pt; the last checkpoint's while it has none yet).
struct RunModel {
    ExperimentSpec spec;
    std::vector<std::string> classes;
    std::unique_ptr<Network> network;
    std::string weightsChecksum;  // of the weights loaded: names the model in caches
    // Empty for the final model; else which checkpoint stood in for it, in words.
    std::string unfinished;

    RunModel();
    ~RunModel();
    RunModel(RunModel&&) noexcept;
};

// Throws FileError for a folder that is no run or has no model yet, ModelStateError for
// damaged weights.
RunModel loadRunModel(const std::filesystem::path& runDir);

// Writes the model as a self-contained Keras .h5 file (model/KerasExport.h), atomically.
// Refuses the weights file the run's frozen layers are read from: writing over it would break
// this run and every other run that refers to it. Throws UsageError or FileError.
void writeKerasModel(RunModel& model, const std::filesystem::path& file);

}  // namespace layerlab
